"""Working time decides what counts as sent outside working hours."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest

from bot.config import AnalyticsConfig
from bot.reports import WorkingHours

ZONE = ZoneInfo("Asia/Shanghai")


def at(day: int, clock: str) -> datetime:
    hour, minute = map(int, clock.split(":"))
    return datetime(2026, 11, day, hour, minute, tzinfo=ZONE)  # 16 Nov 2026 is a Monday


@pytest.mark.parametrize(
    ("day", "clock", "working"),
    [
        (16, "08:29", False),
        (16, "08:30", True),
        (16, "17:29", True),
        (16, "17:30", False),
        (20, "12:00", True),  # Friday
        (21, "12:00", False),  # Saturday
        (22, "12:00", False),  # Sunday
    ],
)
def test_default_hours(day: int, clock: str, working: bool) -> None:
    assert WorkingHours().is_working(at(day, clock)) is working


def test_hours_come_from_the_config_and_may_cross_midnight() -> None:
    hours = WorkingHours.from_config(
        AnalyticsConfig(work_start="22:00", work_end="06:00", workdays=[6, 7])
    )
    assert hours == WorkingHours(time(22), time(6), frozenset({6, 7}))
    assert hours.is_working(at(21, "23:00")) and hours.is_working(at(22, "05:59"))
    assert not hours.is_working(at(21, "12:00")) and not hours.is_working(at(16, "23:00"))
    assert hours.is_rest_day(at(16, "12:00")) and not hours.is_rest_day(at(21, "12:00"))
    assert hours.working_slots(5) == [(0.0, 6.0), (22.0, 24.0)]
    assert hours.working_slots(0) == []
    assert WorkingHours().working_slots(0) == [(8.5, 17.5)]


def test_impossible_hours_are_refused() -> None:
    with pytest.raises(ValueError, match="start different"):
        WorkingHours(time(9), time(9))
    with pytest.raises(ValueError, match="ISO weekday"):
        WorkingHours(workdays=frozenset({0, 1}))
