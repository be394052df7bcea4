"""A clock moved by hand, for replays: the product's clock protocol lives in bot.clock.

The demo and ``fingertip replay`` feed a day of messages in a few seconds;
they move a manual clock along the messages' own times so digests, windows and
"today/tomorrow" labels read as they would have on that day.
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta

__all__ = ["ManualClock"]


class ManualClock:
    """A clock moved by hand, never backwards.

    ``running`` lets it also tick with real time between jumps, so that a bot
    replaying a day in seconds still sees time pass between two messages.
    """

    def __init__(self, start: datetime, *, running: bool = False) -> None:
        if start.tzinfo is None:
            raise ValueError("ManualClock needs a timezone-aware start")
        self._base = start
        self._started = time.monotonic() if running else None

    def now(self) -> datetime:
        if self._started is None:
            return self._base
        return self._base + timedelta(seconds=time.monotonic() - self._started)

    def set(self, moment: datetime) -> None:
        if moment.tzinfo is None:
            raise ValueError("ManualClock needs timezone-aware times")
        current = self.now()
        if moment > current:
            self._base += moment - current

    def advance(self, delta: timedelta) -> None:
        self._base += delta
