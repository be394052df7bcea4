"""A running bot against the fake Telegram, fresh for every test."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from sim.replay import ReplaySession
from storage.models import utcnow

SUPERVISOR_ID = 990001


@pytest.fixture
async def session(tmp_path: Path) -> AsyncIterator[ReplaySession]:
    """The real Application over HTTP; afterwards, the fake saw no spec violation."""
    settings = {"supervisors": {"user_ids": [SUPERVISOR_ID]}}
    async with ReplaySession.open(data_dir=tmp_path, start=utcnow(), settings=settings) as s:
        yield s
        violations = await s.control.violations()
    assert violations == []
