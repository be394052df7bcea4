"""A running bot against the fake Telegram, fresh for every test."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from sim.replay import ReplaySession
from storage.models import utcnow

SUPERVISOR_ID = 990001


@pytest.fixture
async def session(tmp_path: Path, request: pytest.FixtureRequest) -> AsyncIterator[ReplaySession]:
    """The real Application over HTTP; afterwards, the fake saw no spec violation.

    The bot's clock starts now, or at the module's ``CLOCK_START`` for a test that
    replays set days (the clock never runs backwards, so a day already past on the
    wall clock could not be reached from now)."""
    settings = {"supervisors": {"user_ids": [SUPERVISOR_ID]}}
    start = getattr(request.module, "CLOCK_START", None) or utcnow()
    async with ReplaySession.open(data_dir=tmp_path, start=start, settings=settings) as s:
        yield s
        violations = await s.control.violations()
    assert violations == []
