"""/digest 24h|3d|7d|today|yesterday and /digest last, through the real Application."""

from __future__ import annotations

from datetime import timedelta

from sim.replay import ReplaySession
from storage import repository as repo
from tests.helpers.world import build_world

A, B = -1001000000801, -1001000000802


async def _world(session: ReplaySession) -> None:
    await build_world(
        session,
        {"党政办群": A, "网格员群": B},
        {"王书记": ("zh-hans", ["党政办群", "网格员群"]), "Alice": ("en", ["党政办群"])},
    )
    for name in ("王书记", "Alice"):
        await session.start_private(name)


def _mute(session: ReplaySession, name: str, chat_id: int) -> None:
    with session.services.db.session() as s:
        cadre = repo.get_cadre(session=s, user_id=session.users[name])
        assert cadre is not None
        repo.save_cadre_settings(session=s, cadre=cadre, values={"muted_groups": [chat_id]})


async def test_a_period_is_re_read_merged_and_marked_without_moving_on(
    session: ReplaySession,
) -> None:
    await _world(session)
    wang = session.users["王书记"]
    await session.control.post(A, wang, "请各村于本周五前报送秸秆禁烧巡查台账")
    await session.control.post(B, wang, "请各村于本周五前报送秸秆禁烧巡查台账")  # a copy
    await session.settle()
    assert "秸秆禁烧" in await session.command("王书记", "/digest")
    session.clock.advance(timedelta(minutes=5))
    await session.control.post(A, wang, "关于停水的通知：周三全天停水")
    await session.settle()
    [again] = await session.sent_for("王书记", "/digest 24h")
    assert again.count("秸秆禁烧") == 1  # the two copies are one item
    assert again.split("\n")[1].startswith("过去 24 小时：2 个群 3 条消息 → 2 项")
    delivered = next(line for line in again.split("\n") if "秸秆禁烧" in line)
    fresh = next(line for line in again.split("\n") if "停水" in line)
    assert "✓ 已发过" in delivered and "✓" not in fresh
    # Nothing moved on: the new notice still comes with the next digest.
    assert "停水" in await session.command("王书记", "/digest")
    _mute(session, "王书记", A)
    [muted] = await session.sent_for("王书记", "/digest 3d")
    assert "停水" not in muted and "秸秆禁烧" in muted and "过去 3 天" in muted


async def test_today_yesterday_and_english(session: ReplaySession) -> None:
    await _world(session)
    await session.control.post(A, session.users["王书记"], "明天上午9点在二楼会议室开会")
    await session.settle()
    session.clock.advance(timedelta(days=1))
    assert "二楼会议室" in await session.command("王书记", "/digest yesterday")
    assert await session.command("王书记", "/digest today") == "这段时间你的群里没有通知。"
    english = await session.command("Alice", "/digest 7d")
    assert english.split("\n")[1].startswith("Last 7 days: 1 ") and "二楼会议室" in english


async def test_last_digest_is_sent_again_as_it_was(session: ReplaySession) -> None:
    await _world(session)
    assert await session.command("王书记", "/digest last") == "还没有给你发过摘要。"
    await session.control.post(A, session.users["王书记"], "请于周五前报送低保复核统计表")
    await session.settle()
    first = await session.sent_for("王书记", "/digest")
    assert await session.sent_for("王书记", "/digest last") == first


async def test_bad_arguments_get_one_line_listing_the_accepted_ones(
    session: ReplaySession,
) -> None:
    await _world(session)
    for bad in ("/digest 2w", "/digest 30d", "/digest 前天"):
        reply = await session.command("王书记", bad)
        assert reply == (
            "用法：/digest [24h|3d|7d|today|yesterday|last]，不带参数时发送上次摘要以来的新通知。"
        )
