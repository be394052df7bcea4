"""Time as a dependency: the system clock in production.

Services ask a ``Clock`` rather than the system, so that the test world
(``sim.clock.ManualClock``) can replay a day of messages at their own times.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from storage.models import utcnow

__all__ = ["Clock", "SystemClock"]


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    def now(self) -> datetime:
        return utcnow()
