"""Delivery under Telegram's answers: flood waits, server errors, command menus."""

from __future__ import annotations

from sim.replay import ReplaySession
from tests.helpers.world import build_world

A = -1001000000501


async def _ready(session: ReplaySession) -> int:
    await build_world(
        session,
        {"党政办群": A},
        {"王书记": ("zh-hans", ["党政办群"]), "李主任": ("zh-hans", ["党政办群"])},
    )
    await session.start_private("王书记")
    await session.control.post(A, session.users["李主任"], "请于本周五前报送年度考核材料")
    await session.settle()
    return session.users["王书记"]


async def test_flood_wait_is_honoured_then_sent(session: ReplaySession) -> None:
    user_id = await _ready(session)
    await session.control.inject_failure(
        "sendMessage", error_code=429, retry_after=1, chat_id=user_id
    )
    assert await session.services.digests.digest_now(session.app.bot, user_id)
    texts = [m["text"] for m in await session.received("王书记")]
    assert sum("年度考核材料" in t for t in texts) == 1


async def test_server_errors_are_retried(session: ReplaySession) -> None:
    user_id = await _ready(session)
    await session.control.inject_failure("sendMessage", error_code=502, count=2, chat_id=user_id)
    assert await session.services.digests.digest_now(session.app.bot, user_id)
    texts = [m["text"] for m in await session.received("王书记")]
    assert sum("年度考核材料" in t for t in texts) == 1


async def test_persistent_outage_leaves_the_digest_for_the_next_tick(
    session: ReplaySession,
) -> None:
    user_id = await _ready(session)
    await session.control.inject_failure("sendMessage", error_code=500, count=20, chat_id=user_id)
    assert await session.services.digests.digest_now(session.app.bot, user_id)
    assert not any("年度考核材料" in m["text"] for m in await session.received("王书记"))
    await session.control.clear_failures()
    await session.run_slot(session.clock.now())  # the tick drains the outbox
    texts = [m["text"] for m in await session.received("王书记")]
    assert sum("年度考核材料" in t for t in texts) == 1


async def test_command_menus_per_chat_type_and_language(session: ReplaySession) -> None:
    menus = await session.control.commands()
    private = [key for key in menus if "all_private_chats" in key]
    admins = [key for key in menus if "all_chat_administrators" in key]
    assert len(private) == 2 and len(admins) == 2  # Chinese default and English
    zh_private = next(menus[k] for k in private if k.endswith("|"))
    assert [c["command"] for c in zh_private] == [
        "start",
        "digest",
        "search",
        "chatter",
        "groups",
        "settings",
        "mute",
        "receipts",
        "mydata",
        "help",
    ]
    en_private = next(menus[k] for k in private if k.endswith("|en"))
    assert [c["command"] for c in en_private] == [c["command"] for c in zh_private]


async def test_help_lists_every_private_command(session: ReplaySession) -> None:
    people = {"王书记": ("zh-hans", ["党政办群"]), "Alice": ("en", ["党政办群"])}
    await build_world(session, {"党政办群": A}, people)
    menus = await session.control.commands()
    zh_private = next(v for k, v in menus.items() if "all_private_chats" in k and k.endswith("|"))
    for name, first_line in (("王书记", "我替您盯着工作群"), ("Alice", "I watch your work groups")):
        await session.start_private(name)
        shown = await session.command(name, "/help")
        assert shown.startswith(first_line) and "/receipts" in shown
        assert all(f"/{c['command']}" in shown for c in zh_private), shown


async def test_messages_without_words_are_ignored(session: ReplaySession) -> None:
    await build_world(session, {"党政办群": A}, {"李主任": ("zh-hans", ["党政办群"])})
    await session.control.post(A, session.users["李主任"], photo=True)
    await session.control.post(A, session.users["李主任"], caption="现场照片：整改完成", photo=True)
    await session.settle()
    status = await session.services.registry.status(A)
    assert status is not None and status.notice_count == 1
