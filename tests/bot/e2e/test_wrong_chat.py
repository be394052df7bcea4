"""Every command answers in every chat: its action, or one line saying where it works."""

from __future__ import annotations

from typing import Any

from sim.replay import ReplaySession
from tests.helpers.world import build_world

A, B, C = -1001000000971, -1001000000972, -1001000000973


async def _in_group(session: ReplaySession, chat_id: int, name: str, text: str) -> str:
    return await session._reply_after(
        chat_id, lambda: session.control.post(chat_id, session.users[name], text)
    )


async def test_group_commands_in_private_say_where_they_work(session: ReplaySession) -> None:
    await build_world(session, {"党政办群": A}, {"王书记": ("zh-hans", ["党政办群"]),
                                                 "Alice": ("en", ["党政办群"])})  # fmt: skip
    assert await session.command("王书记", "/register 党政办") == "请在群里使用 /register"
    assert await session.command("王书记", "/groupinfo") == "请在群里使用 /groupinfo"
    assert await session.command("Alice", "/unregister") == "Use /unregister in a group"


async def test_private_commands_in_a_group_say_where_they_work(session: ReplaySession) -> None:
    await build_world(session, {"党政办群": A}, {"王书记": ("zh-hans", ["党政办群"]),
                                                 "Alice": ("en", ["党政办群"])})  # fmt: skip
    for command in ("/digest", "/settings", "/mute 党政办", "/stats 7d", "/search 医保"):
        name = command.split()[0]
        reply = await _in_group(session, A, "王书记", command)
        assert reply == f"请在与我的私聊中使用 {name}"
    assert await _in_group(session, A, "Alice", "/digest") == (
        "Use /digest in a private chat with me"
    )
    help_text = await _in_group(session, A, "王书记", "/help")
    assert "/register" in help_text and "私聊" in help_text


def _buttons(message: dict[str, Any]) -> list[tuple[str, str]]:
    rows = message["reply_markup"]["inline_keyboard"]
    return [(b["text"], b["callback_data"]) for row in rows for b in row]


async def test_mute_with_a_name_mutes_that_group(session: ReplaySession) -> None:
    await build_world(
        session,
        {"青石镇党政办工作群": A, "青石镇网格员群": B, "青石镇村书记群": C},
        {"王书记": ("zh-hans", ["青石镇党政办工作群", "青石镇网格员群", "青石镇村书记群"])},
    )
    await session.start_private("王书记")
    reply = await session.command("王书记", "/mute 网格员")
    assert reply.startswith("🔕 已屏蔽「青石镇网格员群」")
    settings = await session.command("王书记", "/settings")
    assert "🔕 已屏蔽的群：青石镇网格员群" in settings
    # Ambiguous: every match offered as a button; pressing one mutes it.
    await session.command("王书记", "/mute 青石镇")
    choice = (await session.received("王书记"))[-1]
    assert "有 3 个群与「青石镇」相符" in choice["text"]
    pressed = dict(_buttons(choice))["🔕 青石镇村书记群"]
    await session.control.press_button(session.users["王书记"], int(choice["message_id"]), pressed)
    await session.settle()
    settings = await session.command("王书记", "/settings")
    assert "青石镇网格员群" in settings and "青石镇村书记群" in settings.split("已屏蔽的群：")[1]
    # A name that matches nothing offers the whole list; a misspelling still finds it.
    assert "没有与「医保群」相符的" in await session.command("王书记", "/mute 医保群")
    misspelt = await session.command("王书记", "/mute 青石镇党政办公作群")
    assert "已屏蔽「青石镇党政办工作群」" in misspelt


async def test_mute_without_a_name_lists_the_groups(session: ReplaySession) -> None:
    await build_world(session, {"党政办群": A}, {"王书记": ("zh-hans", ["党政办群"])})
    await session.start_private("王书记")
    await session.command("王书记", "/mute")
    listing = (await session.received("王书记"))[-1]
    assert "点按屏蔽或恢复某个群" in listing["text"]
    assert any("党政办群" in text for text, _ in _buttons(listing))
