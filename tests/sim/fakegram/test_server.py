"""The fake against a real python-telegram-bot Bot, over HTTP; nothing mocked."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from telegram import Bot, BotCommand, BotCommandScopeAllPrivateChats
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter

from sim.fakegram import FakeTelegram, FakeTelegramControl


@pytest.fixture
async def world() -> AsyncIterator[tuple[FakeTelegram, FakeTelegramControl, Bot]]:
    fake = FakeTelegram()
    await fake.start()
    control = FakeTelegramControl(fake.control_url)
    bot = Bot(fake.token, base_url=fake.base_url)
    async with bot:
        yield fake, control, bot
    await control.aclose()
    await fake.stop()


async def test_html_is_parsed_into_entities_and_length_is_checked(world) -> None:  # type: ignore[no-untyped-def]
    _, control, bot = world
    user = await control.create_user("王书记")
    await control.private(user["id"], "/start")
    message = await bot.send_message(
        user["id"], "<b>摘要</b> 👍 <a href='https://t.me/c/1/2'>原文</a>", parse_mode="HTML"
    )
    assert message.text == "摘要 👍 原文"
    assert [(e.type, e.offset, e.length) for e in message.entities] == [
        ("bold", 0, 2),
        ("text_link", 6, 2),
    ]
    with pytest.raises(BadRequest, match="too long"):
        await bot.send_message(user["id"], "长" * 4097)
    with pytest.raises(BadRequest, match="parse entities"):
        await bot.send_message(user["id"], "<b>未闭合", parse_mode="HTML")
    assert (await control.violations()) == []


async def test_errors_map_to_telegram_exceptions(world) -> None:  # type: ignore[no-untyped-def]
    _, control, bot = world
    user = await control.create_user("李")
    with pytest.raises(Forbidden, match="initiate conversation"):
        await bot.send_message(user["id"], "hi")
    await control.private(user["id"], "/start")
    await control.inject_failure("sendMessage", error_code=429, retry_after=7)
    with pytest.raises(RetryAfter) as flood:
        await bot.send_message(user["id"], "hi")
    assert flood.value.retry_after in (7, __import__("datetime").timedelta(seconds=7))
    await control.inject_failure("sendMessage", error_code=502)
    with pytest.raises(NetworkError):
        await bot.send_message(user["id"], "hi")
    await control.block_bot(user["id"])
    with pytest.raises(Forbidden, match="blocked"):
        await bot.send_message(user["id"], "hi")


async def test_migration_and_membership(world) -> None:  # type: ignore[no-untyped-def]
    _, control, bot = world
    admin = await control.create_user("管理员")
    chat = await control.create_chat("村书记群", type="group")
    await control.add_member(chat["id"], admin["id"], status="creator")
    await control.add_bot(chat["id"], by_user_id=admin["id"])
    member = await bot.get_chat_member(chat["id"], admin["id"])
    assert member.status == "creator"
    new_id = await control.migrate_to_supergroup(chat["id"])
    with pytest.raises(ChatMigrated) as moved:
        await bot.send_message(chat["id"], "hi")
    assert moved.value.new_chat_id == new_id
    assert (await bot.get_chat(new_id)).type == "supergroup"


async def test_updates_long_poll_confirm_and_filter(world) -> None:  # type: ignore[no-untyped-def]
    _, control, bot = world
    admin = await control.create_user("管理员")
    chat = await control.create_chat("安全生产群")
    await control.add_member(chat["id"], admin["id"], status="creator")
    await control.add_bot(chat["id"], by_user_id=admin["id"], admin=False)
    updates = await bot.get_updates(timeout=1)
    assert [u.my_chat_member is not None or u.message is not None for u in updates]
    offset = updates[-1].update_id + 1
    await control.post(chat["id"], admin["id"], "普通消息：机器人看不到")
    await control.post(chat["id"], admin["id"], "/register 党政办")
    updates = await bot.get_updates(offset=offset, timeout=1)
    assert [u.message.text for u in updates if u.message] == ["/register 党政办"]
    assert await control.pending_updates() == len(updates)
    await bot.get_updates(offset=updates[-1].update_id + 1, timeout=0)
    assert await control.pending_updates() == 0


async def test_chat_member_updates_need_admin_and_opt_in(world) -> None:  # type: ignore[no-untyped-def]
    _, control, bot = world
    admin = await control.create_user("管理员")
    other = await control.create_user("小刘")
    chat = await control.create_chat("网格员群")
    await control.add_member(chat["id"], admin["id"], status="creator")
    await control.add_bot(chat["id"], by_user_id=admin["id"], admin=True)
    await bot.get_updates(allowed_updates=["message", "chat_member"], timeout=0)
    await control.add_member(chat["id"], other["id"])
    updates = await bot.get_updates(timeout=1)
    assert any(
        u.chat_member and u.chat_member.new_chat_member.user.id == other["id"] for u in updates
    )


async def test_requests_are_checked_against_the_description(world) -> None:  # type: ignore[no-untyped-def]
    fake, control, bot = world
    await bot.set_my_commands([BotCommand("start", "开始")], BotCommandScopeAllPrivateChats())
    async with httpx.AsyncClient() as http:
        bad = await http.post(f"{fake.base_url}{fake.token}/sendMessage", data={"chat_id": "1"})
        unknown = await http.post(f"{fake.base_url}{fake.token}/sendTelepathy", data={})
        wrong_token = await http.post(f"{fake.base_url}123:nope/getMe")
    assert (
        bad.status_code == 400 and "missing required parameter 'text'" in bad.json()["description"]
    )
    assert unknown.status_code == 404 and wrong_token.status_code == 401
    assert any("missing required parameter 'text'" in v for v in await control.violations())
    assert any("all_private_chats" in key for key in await control.commands())
