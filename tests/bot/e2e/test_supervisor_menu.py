"""A supervisor granted in Telegram gets the supervisor menu; revoked, loses it."""

from __future__ import annotations

from sim.replay import ReplaySession
from tests.bot.e2e.conftest import SUPERVISOR_ID
from tests.helpers.world import build_world


async def test_grant_and_revoke_change_the_menu(session: ReplaySession) -> None:
    await build_world(
        session,
        {"党政办群": -1001000000951},
        {"周主任": ("zh-hans", []), "吴科长": ("zh-hans", [])},
        fixed_ids={"周主任": SUPERVISOR_ID},
    )
    await session.start_private("吴科长")
    target = session.users["吴科长"]
    await session.command("周主任", f"/grant {target}")
    menus = await session.control.commands()
    scoped = [key for key in menus if f'"chat_id": {target}' in key]
    assert scoped and any(c["command"] == "stats" for c in menus[scoped[0]])
    await session.command("周主任", f"/revoke {target}")
    assert not [key for key in await session.control.commands() if f'"chat_id": {target}' in key]


async def test_the_founding_supervisor_gets_the_menu_on_first_talk(
    session: ReplaySession,
) -> None:
    # The menu published at start could not reach them: they had no chat with the bot yet.
    await build_world(
        session,
        {"党政办群": -1001000000952},
        {"周主任": ("zh-hans", []), "王书记": ("zh-hans", [])},
        fixed_ids={"周主任": SUPERVISOR_ID},
    )
    scoped = f'"chat_id": {SUPERVISOR_ID}'
    assert not [key for key in await session.control.commands() if scoped in key]
    await session.command("周主任", "你好")
    menus = await session.control.commands()
    keys = [key for key in menus if scoped in key]
    assert keys and all(any(c["command"] == "stats" for c in menus[key]) for key in keys)
    assert len(keys) == 2  # Chinese and English
    # Someone who is not a supervisor gets no menu of their own.
    await session.start_private("王书记")
    user = session.users["王书记"]
    assert not [key for key in await session.control.commands() if f'"chat_id": {user}' in key]
