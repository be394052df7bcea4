"""Periods are whole local days; bad input is refused with a readable reason."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.reports import MAX_DAYS, Period, ReportError, parse_period, parse_request

SHANGHAI = ZoneInfo("Asia/Shanghai")
TODAY = date(2026, 11, 18)


@pytest.mark.parametrize(
    ("token", "first", "last"),
    [
        ("7d", date(2026, 11, 12), TODAY),
        ("30D", date(2026, 10, 20), TODAY),
        ("1d", TODAY, TODAY),
        ("14天", date(2026, 11, 5), TODAY),
        ("2026-11-01..2026-11-30", date(2026, 11, 1), date(2026, 11, 30)),
        ("2026-11-1~2026-11-3", date(2026, 11, 1), date(2026, 11, 3)),
        ("2026-11-01至2026-11-02", date(2026, 11, 1), date(2026, 11, 2)),
        ("2026-11-16", date(2026, 11, 16), date(2026, 11, 16)),
    ],
)
def test_period_forms(token: str, first: date, last: date) -> None:
    period = parse_period(token, today=TODAY, zone=SHANGHAI)
    assert (period.first_day, period.last_day) == (first, last)


@pytest.mark.parametrize(
    ("token", "key"),
    [
        ("7dd", "period_bad"),
        ("2026-13-01", "period_bad"),
        ("2026-11-30..2026-11-01", "period_order"),
        ("0d", "period_short"),
        ("400d", "period_long"),
        ("2025-01-01..2026-12-31", "period_long"),
    ],
)
def test_bad_periods_name_the_problem(token: str, key: str) -> None:
    with pytest.raises(ReportError) as caught:
        parse_period(token, today=TODAY, zone=SHANGHAI)
    assert caught.value.key == key
    assert caught.value.describe("zh") and caught.value.describe("en") != caught.value.describe(
        "zh"
    )


def test_bounds_are_local_midnights_even_across_a_dst_change() -> None:
    new_york = ZoneInfo("America/New_York")
    period = Period(date(2026, 11, 1), date(2026, 11, 1), new_york)  # clocks go back that day
    assert period.since == datetime(2026, 11, 1, 4, 0, tzinfo=UTC)
    assert period.until == datetime(2026, 11, 2, 5, 0, tzinfo=UTC)
    assert period.until.astimezone(UTC) - period.since.astimezone(UTC) == timedelta(hours=25)
    shanghai = Period(date(2026, 11, 13), date(2026, 11, 16), SHANGHAI)
    assert shanghai.since == datetime(2026, 11, 12, 16, 0, tzinfo=UTC)
    assert (shanghai.day_count, len(shanghai.days), shanghai.label) == (
        4,
        4,
        "2026-11-13 – 2026-11-16",
    )


def test_request_takes_an_optional_period_then_a_target() -> None:
    def parse(*args: str) -> tuple[int, str | None]:
        request = parse_request(args, today=TODAY, zone=SHANGHAI, default_days=7)
        return request.period.day_count, request.target

    assert parse() == (7, None)
    assert parse("30d") == (30, None)
    assert parse("党政办") == (7, "党政办")
    assert parse("2026-11-01..2026-11-10", "镇", "应急", "群") == (10, "镇 应急 群")
    with pytest.raises(ReportError):
        parse("3O天", "党政办")  # a typo in the period is not taken for a group name
    assert MAX_DAYS == 366


@pytest.mark.parametrize(
    ("words", "first", "last"),
    [
        (["今天"], TODAY, TODAY),
        (["昨天"], date(2026, 11, 17), date(2026, 11, 17)),
        (["本周"], date(2026, 11, 16), TODAY),  # 18 Nov 2026 is a Wednesday
        (["上周"], date(2026, 11, 9), date(2026, 11, 15)),
        (["本月"], date(2026, 11, 1), TODAY),
        (["上月"], date(2026, 10, 1), date(2026, 10, 31)),
        (["today"], TODAY, TODAY),
        (["Yesterday"], date(2026, 11, 17), date(2026, 11, 17)),
        (["this", "week"], date(2026, 11, 16), TODAY),
        (["last", "week"], date(2026, 11, 9), date(2026, 11, 15)),
        (["this", "month"], date(2026, 11, 1), TODAY),
        (["last_month"], date(2026, 10, 1), date(2026, 10, 31)),
    ],
)
def test_named_periods_in_chinese_and_english(words: list[str], first: date, last: date) -> None:
    request = parse_request([*words, "党政办"], today=TODAY, zone=SHANGHAI, default_days=7)
    assert (request.period.first_day, request.period.last_day) == (first, last)
    assert request.target == "党政办"


def test_last_month_in_january_is_last_december() -> None:
    request = parse_request(["上月"], today=date(2027, 1, 5), zone=SHANGHAI, default_days=7)
    assert (request.period.first_day, request.period.last_day) == (
        date(2026, 12, 1),
        date(2026, 12, 31),
    )
    # A group whose title merely starts with a period word is still a target.
    named = parse_request(["今天的群"], today=TODAY, zone=SHANGHAI, default_days=7)
    assert named.target == "今天的群" and named.period.day_count == 7
