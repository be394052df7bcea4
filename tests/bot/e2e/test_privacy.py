"""Privacy and retention: /mydata, /forget with its confirmation, the group
notice purge offered after /unregister, and the text retention job."""

from __future__ import annotations

import json
from datetime import timedelta

from sim.replay import ReplaySession
from storage.models import Notice
from tests.bot.e2e.conftest import SUPERVISOR_ID
from tests.helpers.world import build_world

A = -1001000001731


async def _world(session: ReplaySession) -> None:
    await build_world(
        session,
        {"党政办群": A},
        {"王书记": ("zh-hans", ["党政办群"]), "Alice": ("en", ["党政办群"])},
    )
    for name in ("王书记", "Alice"):
        await session.start_private(name)
    await session.control.post(A, session.users["Alice"], "请于本周五前报送安全生产统计表")
    await session.settle()
    await session.command("王书记", "/digest")


async def _press(session: ReplaySession, name: str, chat_id: int, data: str) -> None:
    message = (await session.control.sent(chat_id))[-1]
    await session.control.press_button(session.users[name], message["message_id"], data)
    await session.settle()


async def test_mydata_then_forget_after_confirmation(session: ReplaySession) -> None:
    await _world(session)
    mine = await session.command("王书记", "/mydata")
    assert "我存的关于您的信息" in mine and "党政办群" in mine and "保存的摘要：1 份" in mine
    assert "180 天" in mine
    english = await session.command("Alice", "/mydata")
    assert "notices you posted in groups: 1" in english
    user_id = session.users["王书记"]
    await session.command("王书记", "/forget")
    await _press(session, "王书记", user_id, "pv:keep")
    assert (await session.control.edits())[-1]["text"] == "好的，什么都没有删除。"
    assert await session.services.settings.current(user_id) is not None
    await session.command("王书记", "/forget")
    await _press(session, "王书记", user_id, "pv:forget")
    assert "1 份摘要" in (await session.control.edits())[-1]["text"]
    assert await session.services.settings.current(user_id) is None
    assert (await session.command("王书记", "/mydata")).startswith("我没有存任何关于您的信息")


async def test_unregister_offers_to_delete_the_groups_notices(session: ReplaySession) -> None:
    await _world(session)
    admin = session.admin_id
    await session.control.post(A, admin, "/unregister")
    await session.settle()
    offer = (await session.control.sent(A))[-1]
    assert "还存着 1 条通知" in offer["text"]
    data = offer["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    assert data == f"ur:del:{A}:{admin}"
    # Someone else's press changes nothing (the fake lets anyone press in a group).
    assert await session.services.privacy.group_notice_count(A) == 1
    await session.control.press_button(session.users["Alice"], offer["message_id"], data, chat_id=A)
    await session.settle()
    assert await session.services.privacy.group_notice_count(A) == 1
    await session.control.press_button(admin, offer["message_id"], data, chat_id=A)
    await session.settle()
    assert (await session.control.edits())[-1]["text"] == "已删除本群存的 1 条通知。"
    assert await session.services.privacy.group_notice_count(A) == 0


async def test_old_texts_are_blanked_but_counted(session: ReplaySession) -> None:
    await _world(session)
    privacy = session.services.privacy
    assert await privacy.purge_texts() == (0, 0)
    session.clock.set(session.clock.now() + timedelta(days=181))
    notices, digests = await privacy.purge_texts()
    assert (notices, digests) == (1, 1)
    with session.services.db.session() as db:
        stored = db.get(Notice, 1)
        assert stored is not None and stored.text == "" and stored.kind != ""
    assert await privacy.group_notice_count(A) == 1
    assert await privacy.purge_texts() == (0, 0)


async def test_mydata_shows_marks_and_defaults_and_forget_clears_them(
    session: ReplaySession,
) -> None:
    await build_world(
        session,
        {"党政办群": A},
        {"王书记": ("zh-hans", ["党政办群"]), "周主任": ("zh-hans", ["党政办群"])},
        fixed_ids={"周主任": SUPERVISOR_ID},
    )
    for name in ("王书记", "周主任"):
        await session.start_private(name)
    user_id = session.users["王书记"]
    await session.control.post(A, SUPERVISOR_ID, "请于明天17:00前报送安全生产统计表")
    await session.settle()
    await session.command("王书记", "/digest")
    sent = await session.control.sent(user_id)
    digest = next(m for m in reversed(sent) if m.get("reply_markup"))
    ack_all = next(b for row in digest["reply_markup"]["inline_keyboard"] for b in row)
    assert ack_all["text"] == "✅ 全部收到"
    await _press(session, "王书记", user_id, ack_all["callback_data"])
    await session.command("周主任", f"/grant {user_id} 党政办")
    scope = json.dumps({"chat_id": user_id, "type": "chat"}, sort_keys=True)
    assert f"{scope}|" in await session.control.commands()

    mine = await session.command("王书记", "/mydata")
    assert "待办标记：收到 1 条，已完成 0 条" in mine and "安全生产统计表" in mine
    assert "摘要时间 08:00、17:30（默认）" in mine and "督查权限：党政办" in mine
    await session.command("王书记", "/forget")
    await _press(session, "王书记", user_id, "pv:forget")
    assert "1 条待办标记" in (await session.control.edits())[-1]["text"]
    assert not any(key.startswith(scope) for key in await session.control.commands())
    assert (await session.services.privacy.record(user_id)).acked == 0
    assert (await session.command("王书记", "/mydata")).startswith("我没有存任何关于您的信息")
