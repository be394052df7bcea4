"""Calendar arithmetic behind the due resolver: weeks, month ends, rollover, working days."""

from __future__ import annotations

from datetime import date

import pytest

from nlp.due import _resolve as cal


@pytest.mark.parametrize(
    ("sent", "offset", "weekday", "expected"),
    [
        (date(2026, 11, 16), 0, 4, date(2026, 11, 20)),  # Monday → this Friday
        (date(2026, 11, 22), 0, 4, date(2026, 11, 20)),  # Sunday → the Friday just gone
        (date(2026, 11, 22), 1, 0, date(2026, 11, 23)),  # Sunday → next Monday is tomorrow
        (date(2026, 12, 28), 0, 4, date(2027, 1, 1)),  # across the year end
        (date(2026, 11, 30), 2, 2, date(2026, 12, 16)),  # 下下周三
        (date(2026, 11, 16), -1, 0, date(2026, 11, 9)),
    ],
)
def test_week_day(sent: date, offset: int, weekday: int, expected: date) -> None:
    assert cal.week_day(sent, offset, weekday) == expected


@pytest.mark.parametrize(
    ("sent", "weekday", "expected"),
    [
        (date(2026, 11, 16), 2, date(2026, 11, 18)),
        (date(2026, 11, 18), 2, date(2026, 11, 18)),  # on the day itself
        (date(2026, 11, 19), 2, date(2026, 11, 25)),
        (date(2026, 12, 31), 0, date(2027, 1, 4)),
    ],
)
def test_on_or_after(sent: date, weekday: int, expected: date) -> None:
    assert cal.on_or_after(sent, weekday) == expected


def test_month_end_and_add_months() -> None:
    assert cal.month_end(2028, 2) == date(2028, 2, 29)
    assert cal.month_end(2026, 2) == date(2026, 2, 28)
    assert cal.add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert cal.add_months(date(2026, 11, 16), 2) == date(2027, 1, 16)


def test_working_days_skip_weekends() -> None:
    friday = date(2026, 11, 20)
    assert cal.add_working_days(friday, 1) == date(2026, 11, 23)
    assert cal.add_working_days(friday, 3) == date(2026, 11, 25)
    assert cal.add_working_days(friday, 0) == friday


@pytest.mark.parametrize(
    ("sent", "month", "day", "expected"),
    [
        (date(2026, 12, 28), 1, 5, date(2027, 1, 5)),  # next year's
        (date(2026, 11, 16), 11, 10, date(2026, 11, 10)),  # recent history stays
        (date(2026, 11, 16), 12, 1, date(2026, 12, 1)),
        (date(2026, 11, 16), 2, 30, None),  # impossible: a figure, not a date
        (date(2026, 11, 16), 2, 29, None),  # 2027 is no leap year
    ],
)
def test_absolute_day(sent: date, month: int, day: int, expected: date | None) -> None:
    assert cal.absolute_day(sent, None, month, day) == expected


def test_day_of_month() -> None:
    sent = date(2026, 11, 28)
    assert cal.day_of_month(sent, 25, floor=sent) == date(2026, 12, 25)
    assert cal.day_of_month(sent, 30, floor=sent) == date(2026, 11, 30)
    assert cal.day_of_month(date(2026, 11, 18), 20, floor=None) == date(2026, 11, 20)
    assert cal.day_of_month(date(2027, 1, 30), 31, floor=date(2027, 2, 1)) == date(2027, 3, 31)
    assert cal.day_of_month(date(2026, 11, 1), 31, floor=None) is None


def test_month_parts() -> None:
    assert cal.month_part(2026, 11, "底") == date(2026, 11, 30)
    assert cal.month_part(2026, 11, "下旬") == date(2026, 11, 30)
    assert cal.month_part(2026, 11, "中旬") == date(2026, 11, 20)
    assert cal.month_part(2026, 11, "上旬") == date(2026, 11, 10)
    assert cal.month_part(2026, 11, "初") is None
