"""Working time: what "outside working hours" and "rest day" mean for a report."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time

from bot.config import AnalyticsConfig, parse_clock

__all__ = ["WorkingHours"]


@dataclass(frozen=True, slots=True)
class WorkingHours:
    """Working time on workdays: ``start`` included, ``end`` excluded.

    ``workdays`` are ISO weekday numbers (1 = Monday). An ``end`` before
    ``start`` describes a shift that runs past midnight.
    """

    start: time = time(8, 30)
    end: time = time(17, 30)
    workdays: frozenset[int] = frozenset({1, 2, 3, 4, 5})

    def __post_init__(self) -> None:
        if self.start == self.end:
            raise ValueError("working hours need a start different from their end")
        if not self.workdays <= frozenset(range(1, 8)):
            raise ValueError("workdays are ISO weekday numbers, 1 (Monday) to 7 (Sunday)")

    @classmethod
    def from_config(cls, config: AnalyticsConfig) -> WorkingHours:
        return cls(
            parse_clock(config.work_start), parse_clock(config.work_end), frozenset(config.workdays)
        )

    def is_rest_day(self, local: datetime) -> bool:
        return local.isoweekday() not in self.workdays

    def is_working(self, local: datetime) -> bool:
        """Whether a local moment falls inside working time."""
        if self.is_rest_day(local):
            return False
        moment = local.time().replace(tzinfo=None)
        if self.start < self.end:
            return self.start <= moment < self.end
        return moment >= self.start or moment < self.end

    def working_slots(self, weekday: int) -> list[tuple[float, float]]:
        """Working spans of a weekday (0 = Monday) in hours, for drawing them."""
        if weekday + 1 not in self.workdays:
            return []
        start = self.start.hour + self.start.minute / 60
        end = self.end.hour + self.end.minute / 60
        return [(start, end)] if start < end else [(0.0, end), (start, 24.0)]
