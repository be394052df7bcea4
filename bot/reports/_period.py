"""Report periods: whole local days, so per-day figures never cut a day in two."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.reports._errors import ReportError

__all__ = ["MAX_DAYS", "Period", "looks_like_period", "named_period", "parse_period"]

MAX_DAYS = 366
# Dates a report can ask for: 9999-12-31 would overflow the day after it.
FIRST_DAY, LAST_DAY = date(2000, 1, 1), date(2099, 12, 31)
_DAYS = re.compile(r"^(\d{1,4})\s*(?:d|天|日)$", re.IGNORECASE)
_DATE = r"(\d{4}-\d{1,2}-\d{1,2})"
_RANGE = re.compile(rf"^{_DATE}\s*(?:\.\.|~|～|至|/)\s*{_DATE}$")
_SINGLE = re.compile(rf"^{_DATE}$")
# Calendar periods by name, Chinese and English ("last week" may come as two words).
_NAMED = {
    "今天": "today", "今日": "today", "昨天": "yesterday", "昨日": "yesterday",
    "本周": "this week", "这周": "this week", "上周": "last week",
    "本月": "this month", "这个月": "this month", "上月": "last month", "上个月": "last month",
    "today": "today", "yesterday": "yesterday", "this week": "this week",
    "last week": "last week", "this month": "this month", "last month": "last month",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Period:
    """The local days ``first_day`` .. ``last_day``, both included."""

    first_day: date
    last_day: date
    zone: ZoneInfo

    def __post_init__(self) -> None:
        for day in (self.first_day, self.last_day):
            if not FIRST_DAY <= day <= LAST_DAY:
                raise ReportError(
                    "period_range",
                    day=day.isoformat(),
                    first=FIRST_DAY.isoformat(),
                    last=LAST_DAY.isoformat(),
                )
        if self.first_day > self.last_day:
            raise ReportError(
                "period_order", first=self.first_day.isoformat(), last=self.last_day.isoformat()
            )
        if self.day_count > MAX_DAYS:
            raise ReportError("period_long", days=self.day_count, max=MAX_DAYS)

    @classmethod
    def last_days(cls, days: int, *, today: date, zone: ZoneInfo) -> Period:
        """The ``days`` local days that end with ``today``."""
        if days < 1:
            raise ReportError("period_short")
        return cls(today - timedelta(days=days - 1), today, zone)

    @property
    def since(self) -> datetime:
        return datetime.combine(self.first_day, time(0), tzinfo=self.zone)

    @property
    def until(self) -> datetime:
        """Exclusive: the local midnight after the last day."""
        return datetime.combine(self.last_day + timedelta(days=1), time(0), tzinfo=self.zone)

    @property
    def day_count(self) -> int:
        return (self.last_day - self.first_day).days + 1

    @property
    def days(self) -> list[date]:
        return [self.first_day + timedelta(days=n) for n in range(self.day_count)]

    @property
    def label(self) -> str:
        if self.first_day == self.last_day:
            return self.first_day.isoformat()
        return f"{self.first_day.isoformat()} – {self.last_day.isoformat()}"


def _calendar(name: str, today: date) -> tuple[date, date]:
    """First and last day of a named period; weeks start on Monday."""
    monday = today - timedelta(days=today.weekday())
    first_of_month = today.replace(day=1)
    last_month_end = first_of_month - timedelta(days=1)
    return {
        "today": (today, today),
        "yesterday": (today - timedelta(days=1), today - timedelta(days=1)),
        "this week": (monday, today),
        "last week": (monday - timedelta(days=7), monday - timedelta(days=1)),
        "this month": (first_of_month, today),
        "last month": (last_month_end.replace(day=1), last_month_end),
    }[name]


def named_period(tokens: list[str], *, today: date, zone: ZoneInfo) -> tuple[Period, int] | None:
    """A period named at the start of ``tokens`` (今天, 上周, "last month"), and how
    many tokens it took; None when they do not start with one."""
    for taken in (2, 1):
        words = " ".join(tokens[:taken]).casefold().replace("_", " ").replace("-", " ")
        if len(tokens) >= taken and words in _NAMED:
            first, last = _calendar(_NAMED[words], today)
            return Period(first, last, zone), taken
    return None


def looks_like_period(token: str) -> bool:
    """Periods start with a digit; group titles and departments rarely do.

    A token that starts with a digit is parsed strictly, so a typo such as
    "7dd" is reported as a bad period instead of an unknown group.
    """
    return token[:1].isdigit()


def _day(text: str) -> date:
    try:
        return date.fromisoformat("-".join(part.zfill(2) for part in text.split("-")))
    except ValueError as exc:
        raise ReportError("period_bad", text=text) from exc


def parse_period(token: str, *, today: date, zone: ZoneInfo) -> Period:
    """'7d', '30天', '2026-11-01..2026-11-30' or a single '2026-11-16'."""
    text = token.strip()
    if match := _DAYS.match(text):
        days = int(match.group(1))
        if days > MAX_DAYS:
            raise ReportError("period_long", days=days, max=MAX_DAYS)
        return Period.last_days(days, today=today, zone=zone)
    if match := _RANGE.match(text):
        return Period(_day(match.group(1)), _day(match.group(2)), zone)
    if match := _SINGLE.match(text):
        day = _day(match.group(1))
        return Period(day, day, zone)
    raise ReportError("period_bad", text=text)
