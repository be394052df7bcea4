"""Private chat: help for the lost, statistics for supervisors only, pushes."""

from __future__ import annotations

from sim.replay import ReplaySession
from tests.bot.e2e.conftest import SUPERVISOR_ID
from tests.helpers.world import build_world

A = -1001000000301


async def test_unknown_command_and_stray_text_get_help(session: ReplaySession) -> None:
    await build_world(session, {"党政办群": A}, {"王书记": ("zh-hans", [])})
    reply = await session.command("王书记", "/frobnicate")
    assert reply.startswith("没有这个命令。") and "/digest" in reply
    # Short plain text is a search, which says so and points at /help; a long
    # paste is no query and gets the help itself.
    assert "命令见 /help" in await session.command("王书记", "你好")
    assert "/start" in await session.command("王书记", "你好，" * 60)


async def test_stats_only_for_supervisors(session: ReplaySession) -> None:
    await build_world(
        session,
        {"党政办群": A},
        {"王书记": ("zh-hans", ["党政办群"]), "周主任": ("zh-hans", [])},
        fixed_ids={"周主任": SUPERVISOR_ID},
    )
    await session.control.post(A, session.users["王书记"], "请于周五前报送统计表")
    await session.control.post(A, session.users["王书记"], "收到")
    await session.settle()
    assert await session.command("王书记", "/stats") == "抱歉，只有督查人员可以查看统计。"
    stats = await session.command("周主任", "/stats")
    assert "党政办群" in stats and "共 2 条" in stats and "报送 1" in stats and "闲聊 1" in stats


async def test_urgent_notice_is_pushed_and_marked_in_digest(session: ReplaySession) -> None:
    await build_world(
        session,
        {"党政办群": A},
        {"王书记": ("zh-hans", ["党政办群"]), "李主任": ("zh-hans", ["党政办群"])},
    )
    await session.start_private("王书记")
    await session.control.post(A, session.users["李主任"], "紧急通知：立即排查辖区内危房，马上上报")
    await session.settle()
    pushed = (await session.received("王书记"))[-1]["text"]
    assert pushed.startswith("🔴 紧急通知") and "立即排查辖区内危房" in pushed
    digest = await session.command("王书记", "/digest")
    assert "立即排查辖区内危房" in digest and "已即时推送" in digest


async def test_blocked_cadre_is_marked_inactive_until_start(session: ReplaySession) -> None:
    await build_world(
        session,
        {"党政办群": A},
        {"王书记": ("zh-hans", ["党政办群"]), "李主任": ("zh-hans", ["党政办群"])},
    )
    await session.start_private("王书记")
    user_id = session.users["王书记"]
    await session.control.block_bot(user_id)
    await session.control.post(A, session.users["李主任"], "请于周五前报送统计表")
    await session.settle()
    await session.services.digests.digest_now(session.app.bot, user_id)
    assert not await session.services.registry.is_active(user_id)
    await session.control.unblock_bot(user_id)
    await session.start_private("王书记")
    assert await session.services.registry.is_active(user_id)
