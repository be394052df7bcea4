"""Hostile input is answered, never raised: dates out of range, buttons pressed
by the wrong person or with no message, updates the bot cannot read or handle."""

from __future__ import annotations

from typing import Any

from bot.text_limits import TEXT_CAP_BYTES, stored_text
from sim.replay import ReplaySession
from tests.bot.e2e.conftest import SUPERVISOR_ID
from tests.helpers.world import build_world

A = -1001000001721


async def _world(session: ReplaySession) -> None:
    await build_world(
        session,
        {"党政办群": A},
        {"王书记": ("zh-hans", ["党政办群"]), "周主任": ("zh-hans", ["党政办群"])},
        fixed_ids={"周主任": SUPERVISOR_ID},
    )
    await session.start_private("王书记")


async def test_far_dates_and_long_periods_get_a_clear_answer(session: ReplaySession) -> None:
    await _world(session)
    reply = await session.command("周主任", "/stats 9999-12-31")
    assert reply == "日期「9999-12-31」超出范围：请用 2000-01-01 到 2099-12-31 之间的日期。"
    assert "超出范围" in await session.command("周主任", "/export 0001-01-01..2026-01-01")
    assert "最长 366 天" in await session.command("周主任", "/overlap 2024-01-01..2026-01-01")


def _user(session: ReplaySession, name: str) -> dict[str, Any]:
    return {"id": session.users[name], "is_bot": False, "first_name": name}


async def test_buttons_of_someone_else_or_of_no_message_do_nothing_but_say_so(
    session: ReplaySession,
) -> None:
    await _world(session)
    await session.command("王书记", "/settings")
    keyboard = (await session.received("王书记"))[-1]
    owner_chat = {"id": session.users["王书记"], "type": "private", "first_name": "王书记"}
    message = {
        "message_id": keyboard["message_id"],
        "date": 1_800_000_000,
        "chat": owner_chat,
        "from": {"id": session.app.bot.id, "is_bot": True, "first_name": "Fingertip"},
        "text": keyboard["text"],
    }
    base = {"chat_instance": "1", "data": "st:lang:en"}
    await session.control.inject_updates(
        [
            {"callback_query": {**base, "id": "q1", "from": _user(session, "周主任"),
                                "message": message}},
            {"callback_query": {**base, "id": "q2", "from": _user(session, "王书记"),
                                "inline_message_id": "AAQ"}},
            {"callback_query": {**base, "id": "q3", "from": _user(session, "王书记"),
                                "message": {"chat": owner_chat, "message_id": 1, "date": 0}}},
        ]
    )  # fmt: skip
    await session.settle()
    answers = {a["callback_query_id"]: a["text"] for a in await session.control.callback_answers()}
    assert answers["q1"].startswith("这个按钮不是发给您的")
    assert answers["q2"] == answers["q3"] == "这个键盘已过期，请重新发送命令。"
    assert (await session.services.settings.current(session.users["王书记"])).language == "zh"
    assert await session.control.edits() == []


async def test_unreadable_and_unhandled_updates_are_skipped_quietly(
    session: ReplaySession,
) -> None:
    await _world(session)
    member = _user(session, "王书记")
    chat = {"id": A, "type": "supergroup", "title": "党政办群"}
    bad = {"message_id": 900, "date": 2**62, "chat": chat, "from": member, "text": "x"}
    post = {"message_id": 901, "date": 1_800_000_000, "chat": chat, "from": member}
    before = len(await session.control.sent())
    await session.control.inject_updates(
        [
            {"message": bad},  # python-telegram-bot cannot read this date
            {"channel_post": {**post, "text": "请于周五前报送材料"}},
            {"business_message": {**post, "text": "请于周五前报送材料"}},
            {"poll": {"id": "p", "question": "?", "options": [], "total_voter_count": 0,
                      "is_closed": False, "is_anonymous": True, "type": "regular",
                      "allows_multiple_answers": False}},
            {"message": {**post, "message_id": 902, "text": "请于本周五前报送安全生产统计表"}},
        ]
    )  # fmt: skip
    await session.settle()
    assert len(await session.control.sent()) == before
    digest = await session.command("王书记", "/digest")
    assert "安全生产统计表" in digest and "报送材料" not in digest


def test_oversized_texts_are_cut_at_the_cap_with_a_marker() -> None:
    assert stored_text("通知" * 100) == "通知" * 100
    huge = stored_text("通" * 100_000)
    assert len(huge.encode("utf-8")) <= TEXT_CAP_BYTES
    assert huge.startswith("通" * 20_000) and "其余" in huge and "truncated" in huge
