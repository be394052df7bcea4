"""From a message in a group to the right cadres' digests, once."""

from __future__ import annotations

from sim.replay import ReplaySession
from tests.helpers.world import build_world

A, B = -1001000000201, -1001000000202


async def _two_groups(session: ReplaySession) -> None:
    await build_world(
        session,
        {"党政办群": A, "网格员群": B},
        {
            "王书记": ("zh-hans", ["党政办群", "网格员群"]),
            "小刘": ("zh-hans", ["网格员群"]),
            "Alice": ("en", ["党政办群"]),
        },
    )
    for name in ("王书记", "小刘", "Alice"):
        await session.start_private(name)


async def test_start_finds_the_cadres_groups(session: ReplaySession) -> None:
    await build_world(
        session, {"党政办群": A, "网格员群": B}, {"王书记": ("zh-hans", ["党政办群", "网格员群"])}
    )
    reply = await session.start_private("王书记")
    assert "2 个已登记的群" in reply and "党政办群" in reply and "网格员群" in reply
    groups = await session.command("王书记", "/groups")
    assert "党政办群" in groups and "网格员群" in groups


async def test_message_reaches_members_only(session: ReplaySession) -> None:
    await _two_groups(session)
    sender = session.users["王书记"]
    await session.control.post(A, sender, "请各单位于本周五前报送安全生产统计表")
    await session.control.post(A, sender, "收到")
    await session.settle()
    digest = await session.command("Alice", "/digest")
    assert "安全生产统计表" in digest and "Work-group digest" in digest
    assert "收到" not in digest.split("\n", 2)[2]
    empty = await session.command("小刘", "/digest")
    assert empty == "自上次摘要以来没有新的通知。"


async def test_nothing_is_delivered_twice(session: ReplaySession) -> None:
    await _two_groups(session)
    await session.control.post(B, session.users["小刘"], "明天上午9点在二楼会议室开会")
    await session.settle()
    first = await session.command("王书记", "/digest")
    assert "二楼会议室开会" in first
    second = await session.command("王书记", "/digest")
    assert second == "自上次摘要以来没有新的通知。"
    await session.control.post(B, session.users["小刘"], "关于停水的通知：周三全天停水")
    await session.settle()
    third = await session.command("王书记", "/digest")
    carried, _, new = third.partition("⏰")  # the open to-do is carried, not new again
    assert "停水" in third and "仍待办（1）" in carried and "二楼会议室" in carried
    assert "二楼会议室" not in new


async def test_member_who_leaves_stops_getting_the_group(session: ReplaySession) -> None:
    await _two_groups(session)
    await session.control.remove_member(B, session.users["小刘"])
    await session.control.post(B, session.users["王书记"], "请网格员今天排查独居老人")
    await session.settle()
    assert await session.command("小刘", "/digest") == "自上次摘要以来没有新的通知。"
    assert "独居老人" in await session.command("王书记", "/digest")


async def test_edits_captions_documents_and_forwards(session: ReplaySession) -> None:
    await _two_groups(session)
    control, sender = session.control, session.users["小刘"]
    message = await control.post(B, sender, "周四下午开会")
    await control.post(B, sender, caption="请各村对照现场照片于周五前完成隐患整改", photo=True)
    await control.post(B, sender, document_name="附件1：低保人员统计表.xlsx")
    await control.post(
        B,
        sender,
        "县民政局：请于月底前报送低保复核名单",
        forward_origin={"type": "hidden_user", "name": "县民政局-周科长"},
    )
    await session.settle()
    await control.edit(B, int(message["message_id"]), text="改为周五下午三点开会")
    await session.settle()
    digest = await session.command("王书记", "/digest")
    assert "改为周五下午三点开会" in digest and "周四下午开会" not in digest
    assert "对照现场照片" in digest and "低保人员统计表.xlsx" in digest
    assert "低保复核名单" in digest


async def test_long_digest_is_split_between_items(session: ReplaySession) -> None:
    await _two_groups(session)
    for i in range(60):
        text = f"第{i}号通知：" + "请各村认真落实秋冬季森林防火各项措施，加强巡查。" * 6
        await session.control.post(A, session.users["王书记"], text)
    await session.settle()
    before = len(await session.received("Alice"))
    await session.command("Alice", "/digest")
    await session.settle()
    parts = [m["text"] for m in (await session.received("Alice"))[before:]]
    assert len(parts) >= 2
    assert all(len(p.encode("utf-16-le")) // 2 <= 4096 for p in parts)
    seen = [n for p in parts for n in range(60) if f"第{n}号通知" in p]
    assert sorted(seen) == list(range(60))


async def test_a_due_notice_heads_the_digest_as_a_dated_to_do(session: ReplaySession) -> None:
    await _two_groups(session)
    sender = session.users["小刘"]
    await session.control.post(B, sender, "关于冬季作息时间调整的通知已印发，见附件")
    await session.control.post(B, sender, "请各村于明天下午3点前报送独居老人名单")
    await session.settle()
    digest = await session.command("王书记", "/digest")
    lines = [line for line in digest.splitlines() if line.strip()]
    todo = lines.index("⏰ 待办（按截止时间）")
    first = lines[todo + 1]
    assert first.startswith("1. 明天 15:00 ｜报送｜") and "独居老人名单" in first
    assert digest.index("独居老人名单") < digest.index("冬季作息时间")
