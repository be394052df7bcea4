"""Supervisor commands through Telegram: who may ask, what they see, files they get.

Permission matrix: a cadre and a group admin are refused everything; the
founding supervisor (config) sees every department and grants; a scoped
supervisor sees only their department and cannot reach beyond it.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sim.replay import ReplaySession
from tests.bot.e2e.conftest import SUPERVISOR_ID
from tests.helpers.world import World, build_world

PARTY, EMERGENCY = -1001000000601, -1001000000602
SCOPED_ID = 990002
COMMANDS = ["/stats", "/overlap", "/export", "/grant 5", "/revoke 5"]
REFUSALS = {
    "/stats": "抱歉，只有督查人员可以查看统计。",
    "/overlap": "抱歉，只有督查人员可以查看统计。",
    "/export": "抱歉，只有督查人员可以查看统计。",
    "/grant 5": "只有督查人员可以授予或撤销督查权限。",
    "/revoke 5": "只有督查人员可以授予或撤销督查权限。",
}
DANGER = "请各村今晚排查辖区危房并上报"


async def _world(session: ReplaySession) -> World:
    """Two departments' groups with one duplicated request and some chatter."""
    world = await build_world(
        session,
        {"党政办群": PARTY, "应急办群": EMERGENCY},
        {
            "王书记": ("zh-hans", ["党政办群", "应急办群"]),
            "周主任": ("zh-hans", []),
            "赵科长": ("zh-hans", []),
        },
        fixed_ids={"周主任": SUPERVISOR_ID, "赵科长": SCOPED_ID},
    )
    await session.register(PARTY, "党政办")
    await session.register(EMERGENCY, "应急办")
    sender, control = world.user("王书记"), session.control
    await control.post(PARTY, sender, "请于周五前报送独居老人名单")
    await control.post(PARTY, sender, DANGER)
    await control.post(EMERGENCY, sender, DANGER)
    await control.post(EMERGENCY, sender, "收到")
    await session.settle()
    for name in ("王书记", "周主任", "赵科长"):
        await session.start_private(name)
    return world


async def _private(session: ReplaySession, user_id: int, text: str) -> list[dict[str, Any]]:
    """Everything the bot sent to a user in answer to one private message."""
    before = len(await session.control.sent(user_id))
    await session.control.private(user_id, text)
    await session.settle()
    return (await session.control.sent(user_id))[before:]


async def _texts(session: ReplaySession, user_id: int, text: str) -> list[str]:
    return [str(m["text"]) for m in await _private(session, user_id, text)]


async def test_cadre_and_group_admin_are_refused(session: ReplaySession) -> None:
    world = await _world(session)
    for user_id in (world.user("王书记"), session.admin_id):
        for command in COMMANDS:
            assert await _texts(session, user_id, command) == [REFUSALS[command]], command


async def test_founder_grants_a_scoped_supervisor_who_sees_only_their_department(
    session: ReplaySession,
) -> None:
    await _world(session)
    (granted,) = await _texts(session, SUPERVISOR_ID, f"/grant {SCOPED_ID} 应急办")
    assert granted == f"已授予 {SCOPED_ID} 督查权限（范围：应急办）。"
    told = (await session.control.sent(SCOPED_ID))[-1]["text"]
    assert told == "您已获得督查权限（范围：应急办）。发送 /stats 查看统计。"

    (full,) = await _texts(session, SUPERVISOR_ID, "/stats")
    assert "共 4 条消息：通知 3 条，闲聊 1 条" in full
    assert "党政办群（党政办）" in full and "应急办群（应急办）" in full
    (scoped,) = await _texts(session, SCOPED_ID, "/stats")
    assert "范围：应急办" in scoped and "共 2 条消息：通知 1 条，闲聊 1 条" in scoped
    assert "党政办群" not in scoped

    assert await _texts(session, SCOPED_ID, "/stats 7d 党政办") == [
        "没有找到「党政办」这个群或部门（或不在您的权限范围内）。"
    ]
    assert await _texts(session, SCOPED_ID, "/grant 12345 党政办") == [
        "您只能在自己的部门范围内授权（应急办）。"
    ]
    assert await _texts(session, SCOPED_ID, f"/revoke {SUPERVISOR_ID}") == [
        f"{SUPERVISOR_ID} 是配置文件中的督查人员，不能在 Telegram 中修改。"
    ]

    (revoked,) = await _texts(session, SUPERVISOR_ID, f"/revoke {SCOPED_ID}")
    assert revoked == f"已撤销 {SCOPED_ID} 的督查权限。"
    assert await _texts(session, SCOPED_ID, "/stats") == [REFUSALS["/stats"]]


async def test_grant_to_someone_the_bot_cannot_reach_still_grants(
    session: ReplaySession,
) -> None:
    await _world(session)
    (reply,) = await _texts(session, SUPERVISOR_ID, "/grant 424242")
    assert reply.startswith("已授予 424242 督查权限（范围：全部部门）。")
    assert "暂时无法通知对方" in reply
    assert await _texts(session, SUPERVISOR_ID, "/grant abc") == [
        "「abc」不是有效的用户 ID（应为正整数）。"
    ]
    assert await _texts(session, SUPERVISOR_ID, "/stats 7dd") == [
        "无法识别时间段「7dd」：请写 7d、30d、今天、上周、本月或 2026-11-01..2026-11-30。"
    ]


async def test_stats_buttons_send_charts_and_csv(session: ReplaySession) -> None:
    await _world(session)
    (stats,) = await _private(session, SUPERVISOR_ID, "/stats")
    keyboard = stats["reply_markup"]["inline_keyboard"]
    charts, export = (button["callback_data"] for button in keyboard[0])

    await session.control.press_button(SUPERVISOR_ID, int(stats["message_id"]), charts)
    await session.settle()
    photos = [m for m in await session.control.sent(SUPERVISOR_ID) if m["method"] == "sendPhoto"]
    assert [m["file_name"] for m in photos] == ["volume.png", "after_hours.png", "duplicates.png"]
    assert all(m["file_size"] > 5000 for m in photos)
    assert photos[0]["text"].startswith("📈 每日通知量（按类别）")

    await session.control.press_button(SUPERVISOR_ID, int(stats["message_id"]), export)
    await session.settle()
    (document,) = [
        m for m in await session.control.sent(SUPERVISOR_ID) if m["method"] == "sendDocument"
    ]
    assert document["file_name"].startswith("notices-") and document["file_name"].endswith(".csv")
    assert document["text"].endswith("（3 条）")

    await session.control.press_button(SUPERVISOR_ID, int(stats["message_id"]), "sv:png:gone")
    await session.settle()
    answers = await session.control.callback_answers()
    assert answers[-1]["text"] == "这个按钮已失效，请重新发送 /stats。"


async def test_overlap_and_export_commands(session: ReplaySession) -> None:
    await _world(session)
    (overlap,) = await _texts(session, SUPERVISOR_ID, "/overlap")
    assert "• 党政办群 ⇄ 应急办群：共同 1 项" in overlap
    (document,) = await _private(session, SUPERVISOR_ID, "/export 30d 应急办")
    assert document["method"] == "sendDocument" and document["text"].endswith("（1 条）")
    assert await _texts(session, SUPERVISOR_ID, "/export 2020-01-01") == [
        "这段时间没有通知可导出。"
    ]


async def test_named_periods_in_chinese_and_english(session: ReplaySession) -> None:
    await _world(session)
    today = session.clock.now().astimezone(session.services.config.digest.zone).date()
    chinese = await session.command("周主任", "/stats 今天 党政办群")
    assert f"{today.isoformat()}（1 天）" in chinese and "党政办群" in chinese
    monday = today - timedelta(days=today.weekday())
    in_english = await session.command("周主任", "/stats last week")  # English words, Chinese reply
    last_week = f"{(monday - timedelta(days=7)).isoformat()} – {(monday - timedelta(days=1))}"
    assert last_week in in_english and "（7 天）" in in_english
