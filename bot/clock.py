"""Time as a dependency: the system clock in production, a set clock for replays.

The demo and ``fingertip replay`` feed a day of messages in a few seconds;
they move a manual clock along the messages' own times so digests, windows and
"today/tomorrow" labels read as they would have on that day.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Protocol

from storage.models import utcnow

__all__ = ["Clock", "ManualClock", "SystemClock"]


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    def now(self) -> datetime:
        return utcnow()


class ManualClock:
    """A clock that only moves when told to, and never backwards."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("ManualClock needs a timezone-aware start")
        self._now = start

    def now(self) -> datetime:
        return self._now

    def set(self, moment: datetime) -> None:
        if moment.tzinfo is None:
            raise ValueError("ManualClock needs timezone-aware times")
        self._now = max(self._now, moment)

    def advance(self, delta: timedelta) -> None:
        self._now += delta
