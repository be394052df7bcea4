"""A Telegram that fails while the bot polls: said once, without a traceback."""

from __future__ import annotations

import asyncio
import logging

import pytest

from sim.replay import ReplaySession
from tests.helpers.world import build_world

A = -1001000001701


async def test_failed_polls_are_said_once_and_the_bot_goes_on(
    session: ReplaySession, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    await build_world(session, {"党政办群": A}, {"王书记": ("zh-hans", ["党政办群"])})
    await session.control.inject_failure("getUpdates", error_code=502, count=4)
    for _ in range(200):
        if not [r for r in await session.control.requests("getUpdates") if r.get("status") == 502]:
            await asyncio.sleep(0.05)
            continue
        break
    await asyncio.sleep(1.0)  # PTB backs off between the failed polls
    await session.control.post(A, session.users["王书记"], "请于周五前报送安全生产统计表")
    await session.settle()
    said = [r for r in caplog.records if "Telegram cannot be reached" in r.getMessage()]
    assert len(said) == 1 and said[0].levelno == logging.WARNING and said[0].exc_info is None
    assert not [r for r in caplog.records if r.exc_info is not None]
    assert "统计表" in await session.command("王书记", "/digest")
