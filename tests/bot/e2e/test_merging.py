"""Copies of a notice across groups reach a cadre once, restarts included."""

from __future__ import annotations

from sim.replay import ReplaySession
from tests.helpers.world import build_world

A, B, C = -1001000000901, -1001000000902, -1001000000903
NOTICE = "请各村于本周五前报送冬季森林防火巡查台账，联系人：张三 13812345678"


async def test_a_copy_arriving_after_the_digest_is_not_repeated(session: ReplaySession) -> None:
    await build_world(
        session,
        {"党政办群": A, "网格员群": B, "书记群": C},
        {
            "王书记": ("zh-hans", ["党政办群", "网格员群", "书记群"]),
            "李主任": ("zh-hans", ["党政办群", "网格员群", "书记群"]),
        },
    )
    await session.start_private("王书记")
    sender = session.users["李主任"]
    await session.control.post(A, sender, NOTICE)
    await session.control.post(B, sender, "【转发】" + NOTICE + " 请各村落实！")
    await session.settle()
    first = await session.command("王书记", "/digest")
    assert first.count("森林防火巡查台账") == 1 and "2 个群" in first
    await session.restart()  # the duplicate index is rebuilt from the database
    await session.control.post(C, sender, "@所有人 " + NOTICE)
    await session.settle()
    assert await session.command("王书记", "/digest") == "自上次摘要以来没有新的通知。"


async def test_copies_of_an_urgent_notice_in_one_burst_push_once(session: ReplaySession) -> None:
    await build_world(
        session,
        {"党政办群": A, "网格员群": B},
        {
            "王书记": ("zh-hans", ["党政办群", "网格员群"]),
            "李主任": ("zh-hans", ["党政办群", "网格员群"]),
        },
    )
    await session.start_private("王书记")
    urgent = "紧急通知：寒潮橙色预警，请各村立即排查危房和大棚，中午12点前反馈！"
    sender = session.users["李主任"]
    await session.control.post(A, sender, urgent)
    await session.control.post(B, sender, "【转发】" + urgent)
    await session.settle()
    pushes = [m for m in await session.received("王书记") if m["text"].startswith("🔴 紧急通知")]
    assert len(pushes) == 1


async def test_a_merged_item_names_its_groups_links_and_counts_reminders(
    session: ReplaySession,
) -> None:
    basic = -400000991  # a basic group: its copies have no link
    await build_world(
        session,
        {"党政办群": A, "书记群": basic},
        {
            "王书记": ("zh-hans", ["党政办群", "书记群"]),
            "李主任": ("zh-hans", ["党政办群", "书记群"]),
        },
    )
    await session.start_private("王书记")
    sender = session.users["李主任"]
    await session.control.post(basic, sender, "【转发】@所有人 " + NOTICE + " 请各村落实！")
    await session.control.post(A, sender, NOTICE)
    await session.control.post(A, sender, "再提醒：森林防火巡查台账还有3个村没报，请本周五前报送")
    await session.settle()
    (digest,) = await session.sent_for("王书记", "/digest")
    (line,) = [line for line in digest.split("\n") if "森林防火巡查台账" in line]
    assert "【转发】" not in line and "@所有人" not in line and "请各村落实" not in line
    assert "党政办群、书记群" in line or "书记群、党政办群" in line
    assert "提醒 1 次：森林防火巡查台账还有3个村没报" in line
    assert f'href="https://t.me/c/{str(A)[4:]}/' in line  # the linked copy, not the basic group's


async def test_a_pushed_urgent_notice_leaves_its_relay_wrapper_out(
    session: ReplaySession,
) -> None:
    await build_world(
        session,
        {"网格员群": B},
        {"王书记": ("zh-hans", ["网格员群"]), "李主任": ("zh-hans", ["网格员群"])},
    )
    await session.start_private("王书记")
    urgent = "紧急通知：寒潮橙色预警，请各村立即排查危房和大棚，中午12点前反馈！"
    await session.control.post(B, session.users["李主任"], "【转发】" + urgent)
    await session.settle()
    received = await session.received("王书记")
    (push,) = [m["text"] for m in received if m["text"].startswith("🔴 紧急通知")]
    assert "【转发】" not in push and urgent in push
