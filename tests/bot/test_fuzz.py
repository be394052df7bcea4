"""Hostile input through the fake Telegram into the real Application: thousands
of random and malformed updates, then one valid notice that must still be
stored and reach a digest. Any exception that reaches the error handler fails.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from bot.context import FingertipContext
from sim.replay import ReplaySession
from storage.models import utcnow
from tests.helpers.fuzz import FuzzTargets, UpdateFuzzer
from tests.helpers.world import build_world

A, B = -1001000001711, -1001000001712
SUPERVISOR_ID = 990017
# Reading odd updates touches attributes python-telegram-bot is changing the type of.
pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
_BATCH = 250


async def _targets(session: ReplaySession) -> FuzzTargets:
    world = await build_world(
        session,
        {"党政办群": A, "未登记群": B},
        {
            "王书记": ("zh-hans", ["党政办群"]),  # the reader: never a fuzzer
            "李主任": ("zh-hans", ["党政办群"]),  # posts the valid notice at the end
            "张三": ("zh-hans", ["党政办群", "未登记群"]),
            "Alice": ("en", ["党政办群", "未登记群"]),
            "周主任": ("zh-hans", ["党政办群"]),
            "赵六": ("zh-hans", []),
        },
        register=False,
        fixed_ids={"周主任": SUPERVISOR_ID},
    )
    await session.register(A, "党政办")
    people: dict[str, dict[str, Any]] = {}
    for name in ("王书记", "张三", "Alice", "周主任", "赵六"):
        await session.start_private(name)
        user_id = world.user(name)
        people[name] = {"id": user_id, "is_bot": False, "first_name": name}
    return FuzzTargets(
        registered=A,
        unregistered=B,
        bot_id=session.app.bot.id,
        members=[people["张三"], people["Alice"], people["周主任"]],
        private=[people["张三"], people["Alice"], people["周主任"], people["赵六"]],
        chats={
            A: {"id": A, "type": "supergroup", "title": "党政办群"},
            B: {"id": B, "type": "supergroup", "title": "未登记群"},
        },
        supervisor=people["周主任"],
    )


async def run_fuzz(tmp_path: Path, *, seed: int, count: int) -> dict[str, Any]:
    """Drive ``count`` fuzzed updates; return what reached the error handler."""
    errors: list[str] = []

    async def collect(update: object, context: FingertipContext) -> None:
        errors.append(f"{type(context.error).__name__}: {context.error} <- {str(update)[:400]}")

    settings = {"supervisors": {"user_ids": [SUPERVISOR_ID]}}
    async with ReplaySession.open(data_dir=tmp_path, start=utcnow(), settings=settings) as session:
        session.app.add_error_handler(collect)
        # Sends are paced under Telegram's flood limits (29/s, 20/min a group); the
        # fuzz measures what the handlers do with input, so the pacing is lifted.
        session.app.bot._rate_limiter = None
        fuzzer = UpdateFuzzer(seed, await _targets(session))
        started = time.monotonic()
        sent = 0
        while sent < count:
            batch = list(fuzzer.updates(min(_BATCH, count - sent)))
            await session.control.inject_updates(batch)
            await session.settle()
            sent += len(batch)
        seconds = time.monotonic() - started
        notice = "请各村于本周五下午五点前报送防汛物资储备统计表"
        await session.control.post(A, session.users["李主任"], notice)
        await session.settle()
        digest = await session.command("王书记", "/digest")
        violations = await session.control.violations()
    print(f"fuzz: {count} updates in {seconds:.1f} s; kinds {sorted(fuzzer.kinds.items())}")
    for error in errors:
        print("fuzz error:", error[:700])
    return {"errors": errors, "digest": digest, "violations": violations, "seconds": seconds}


async def test_two_thousand_hostile_updates_raise_nothing(tmp_path: Path) -> None:
    result = await run_fuzz(tmp_path, seed=17, count=2_000)
    assert result["errors"] == []
    assert result["violations"] == []
    assert "防汛物资储备统计表" in result["digest"]


@pytest.mark.slow
async def test_twenty_thousand_hostile_updates_raise_nothing(tmp_path: Path) -> None:
    result = await run_fuzz(tmp_path, seed=1717, count=20_000)
    assert result["errors"] == []
    assert result["violations"] == []
    assert "防汛物资储备统计表" in result["digest"]
