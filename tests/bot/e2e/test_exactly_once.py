"""kill -9 in the middle of a delivery round: every cadre still gets one digest.

The bot runs as a real subprocess (``python -m bot.cli run``) against the fake
Telegram served from a thread of this process, so killing it loses exactly
what a crash loses. The fake holds every digest after the tenth unprocessed (requests in flight
that never reached Telegram), the test kills the bot, and a second bot
process must finish the round with no digest lost and none repeated.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from sim.fakegram import FakeTelegram, FakeTelegramControl
from storage import repository as repo
from storage.database import Database
from tests.helpers.fleet import bot_config, until

ROOT = Path(__file__).resolve().parents[3]
GROUP = -1001000000701
CADRES = 24


def _start_bot(config: Path, log: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with log.open("ab") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "--config", str(config), "run"],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )


@pytest.fixture
def fake() -> AsyncIterator[FakeTelegram]:
    telegram = FakeTelegram()
    with telegram.run_in_thread():
        yield telegram  # type: ignore[misc]


async def _stage(control: FakeTelegramControl) -> tuple[int, list[int]]:
    admin = int((await control.create_user("管理员"))["id"])
    await control.create_chat("党政办群", chat_id=GROUP)
    await control.add_member(GROUP, admin, status="creator")
    await control.add_bot(GROUP, by_user_id=admin)
    users = [int((await control.create_user(f"干部{i}"))["id"]) for i in range(CADRES)]
    for user in users:
        await control.add_member(GROUP, user)
    return admin, users


async def test_kill_9_mid_round_delivers_each_digest_once(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    config = bot_config(tmp_path, fake, "[digest]\ntick_seconds = 0.5\n")
    log = tmp_path / "bot.log"
    control = FakeTelegramControl(fake.control_url)
    admin, users = await _stage(control)
    bot = _start_bot(config, log)
    try:
        await control.post(GROUP, admin, "/register 党政办")
        await until(lambda: _replied(control, GROUP, 2), "registration", 90)
        for user in users:
            await control.private(user, "/start")
        await until(lambda: _all_replied(control, users, 1), "every /start answered", 60)
        await control.post(GROUP, admin, "请各位于本周五前报送年度述职报告")
        await until(lambda: _stored(tmp_path), "the notice stored", 30)
        await control.stall("sendMessage", after=10)
        for user in users:
            await control.private(user, "/digest")
        await until(lambda: _stalled(control), "the eleventh digest held in flight", 30)
        await asyncio.sleep(0.5)  # every courier reaches its own held request
        bot.send_signal(signal.SIGKILL)
        bot.wait(10)
        # Counted after the kill: on a loaded machine a courier may reach its
        # held request between a count taken before the kill and the kill.
        held = await control.stalled()
        await control.release_stall()
        delivered = await _digests(control, users)
        assert 0 < sum(delivered.values()) < CADRES  # the round really was cut short
        bot = _start_bot(config, log)
        await until(lambda: _all_have_digest(control, users), "the round finished", 90)
        await asyncio.sleep(1.5)  # a few more ticks: nothing may be sent again
        assert set((await _digests(control, users)).values()) == {1}, log.read_text()
        # Each request held in flight at the kill was sent again, and counted.
        assert _uncertain_resends(tmp_path) == held
    finally:
        bot.send_signal(signal.SIGTERM)
        bot.wait(15)
        await control.aclose()


async def _replied(control: FakeTelegramControl, chat_id: int, count: int) -> bool:
    return len(await control.sent(chat_id)) >= count


async def _all_replied(control: FakeTelegramControl, users: list[int], count: int) -> bool:
    sent = await control.sent()
    return all(sum(m["chat_id"] == user for m in sent) >= count for user in users)


async def _stalled(control: FakeTelegramControl) -> bool:
    return await control.stalled() > 0


async def _digests(control: FakeTelegramControl, users: list[int]) -> dict[int, int]:
    sent = await control.sent()
    return {
        user: sum(m["chat_id"] == user and "述职报告" in m["text"] for m in sent) for user in users
    }


async def _all_have_digest(control: FakeTelegramControl, users: list[int]) -> bool:
    return all(count >= 1 for count in (await _digests(control, users)).values())


def _database(folder: Path) -> Database:
    return Database(f"sqlite:///{folder / 'fingertip.sqlite'}")


async def _stored(folder: Path) -> bool:
    db = _database(folder)
    try:
        with db.session() as session:
            groups = repo.list_registered_groups(session=session)
            return (
                bool(groups)
                and groups[0].id is not None
                and repo.count_notices(session=session, group_id=groups[0].id) >= 1
            )
    finally:
        db.dispose()


def _uncertain_resends(folder: Path) -> int:
    db = _database(folder)
    try:
        with db.session() as session:
            return sum(
                d.uncertain_resends
                for cadre in repo.list_active_cadres(session=session)
                for d in repo.digests_of(session=session, user_id=cadre.user_id)
            )
    finally:
        db.dispose()
