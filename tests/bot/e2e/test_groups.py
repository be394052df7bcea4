"""Group admins register groups; the bot is honest about what it can see."""

from __future__ import annotations

from sim.replay import ReplaySession
from tests.helpers.world import build_world

GROUP = -1001000000101


async def test_admin_registers_and_non_admin_is_refused(session: ReplaySession) -> None:
    world = await build_world(
        session, {"镇党政办群": GROUP}, {"李主任": ("zh-hans", ["镇党政办群"])}, register=False
    )
    control = session.control
    await control.set_member_status(GROUP, world.user("李主任"), "member")
    before = len(await control.sent(GROUP))
    await control.post(GROUP, world.user("李主任"), "/register 党政办")
    await session.settle()
    refusal = (await control.sent(GROUP))[before:]
    assert [m["text"] for m in refusal] == ["只有本群管理员可以登记或取消登记本群。"]

    reply = await session.register(GROUP, "党政办")
    assert "已登记本群「镇党政办群」" in reply and "党政办" in reply
    info = await session._reply_after(
        GROUP, lambda: control.post(GROUP, session.admin_id, "/groupinfo")
    )
    assert "状态：已登记" in info and "能否看到全部消息：能" in info
    assert "/receipts" in info and "不必在群里回复收到" in info


async def test_privacy_mode_warning_when_bot_sees_only_commands(session: ReplaySession) -> None:
    await build_world(session, {"安全生产群": GROUP}, {}, register=False)
    await session.control.set_bot_admin(GROUP, False)
    await session.control.post(GROUP, session.admin_id, "/register")
    await session.settle()
    texts = [m["text"] for m in await session.control.sent(GROUP)]
    assert any("看不到本群的全部消息" in t and "setprivacy" in t for t in texts)


async def test_unregistered_group_is_not_stored(session: ReplaySession) -> None:
    world = await build_world(
        session, {"闲聊群": GROUP}, {"王书记": ("zh-hans", ["闲聊群"])}, register=False
    )
    await session.control.post(GROUP, world.user("王书记"), "请于周五前报送统计表")
    await session.settle()
    assert await session.services.registry.status(GROUP) is None


async def test_supergroup_migration_keeps_the_data(session: ReplaySession) -> None:
    basic = -400000101
    world = await build_world(session, {"村书记群": basic}, {"赵书记": ("zh-hans", ["村书记群"])})
    control = session.control
    await control.post(basic, world.user("赵书记"), "请各村于明天上午报送秸秆禁烧台账")
    await session.settle()
    new_id = await control.migrate_to_supergroup(basic)
    await session.settle()
    await control.post(new_id, world.user("赵书记"), "关于冬季用电安全的通知")
    await session.settle()
    status = await session.services.registry.status(new_id)
    assert status is not None and status.registered and status.notice_count == 2
    assert await session.services.registry.status(basic) is None
