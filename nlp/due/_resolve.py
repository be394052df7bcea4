"""Calendar arithmetic for due moments.

Kept free of regexes so every rule of ../shared/corpus-format.md that is about
the calendar (weeks Monday to Sunday, month ends, year rollover, working
days) can be read and tested on its own.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, time, timedelta

__all__ = [
    "END_OF_DAY",
    "MIDNIGHT",
    "ROLLOVER_AFTER_DAYS",
    "absolute_day",
    "add_months",
    "add_working_days",
    "at",
    "day_of_month",
    "month_end",
    "month_part",
    "on_or_after",
    "week_day",
    "with_clock",
]

# A month-day without a year that lies further back than this is next year's
# ("1月5日" sent on 28 December); a nearer one is history ("11月10日" sent on
# 16 November).
ROLLOVER_AFTER_DAYS = 180
END_OF_DAY = time(23, 59)
# Midnight at the end of a day (24点, 今晚12点, "by midnight") is that day's last
# minute, the moment a day without a time already means.
MIDNIGHT = END_OF_DAY


def at(day: date, moment: time, like: datetime) -> datetime:
    """``day`` at ``moment`` in ``like``'s offset."""
    return datetime.combine(day, moment, tzinfo=like.tzinfo)


def with_clock(hour: int, minute: int) -> time:
    """A clock time; 24:00 (晚上12点) is midnight at the end of the day."""
    if hour >= 24:
        return MIDNIGHT
    return time(hour, minute)


def week_day(sent: date, week_offset: int, weekday: int) -> date:
    """The ``weekday`` of the week ``week_offset`` weeks after ``sent``'s (Monday first)."""
    monday = sent - timedelta(days=sent.weekday())
    return monday + timedelta(weeks=week_offset, days=weekday)


def on_or_after(sent: date, weekday: int) -> date:
    """The first ``weekday`` on or after ``sent``: a bare "周三" or "Friday"."""
    return sent + timedelta(days=(weekday - sent.weekday()) % 7)


def month_end(year: int, month: int) -> date:
    """The last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: date, months: int) -> date:
    """The same day-of-month ``months`` later, clamped to the month's end."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def add_working_days(day: date, count: int) -> date:
    """``count`` Monday-to-Friday days after ``day`` (public holidays are not known)."""
    current = day
    while count > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            count -= 1
    return current


def absolute_day(sent: date, year: int | None, month: int, day: int) -> date | None:
    """A written date; without a year, the year that makes it recent or coming.

    None for impossible dates (2月30日), which are more likely figures than dates.
    """
    try:
        resolved = date(year if year is not None else sent.year, month, day)
    except ValueError:
        return None
    if year is None and (sent - resolved).days > ROLLOVER_AFTER_DAYS:
        return absolute_day(sent, sent.year + 1, month, day)
    return resolved


def day_of_month(anchor: date, day: int, *, floor: date | None) -> date | None:
    """A bare "25日": in ``anchor``'s month, or the first one on or after ``floor``.

    Without a floor the day stays in the anchor's month (the month last spoken
    of: "11月18日开会，20日前报材料"). With one it moves on to a later month:
    "11月28日至3日" ends on 3 December, and "25日前" sent on the 28th means
    next month's 25th, because a deadline already passed is not announced.
    """
    for months in range(3 if floor else 1):
        month = add_months(anchor.replace(day=1), months)
        if day <= calendar.monthrange(month.year, month.month)[1]:
            candidate = month.replace(day=day)
            if floor is None or candidate >= floor:
                return candidate
    return None


def month_part(year: int, month: int, part: str) -> date | None:
    """上旬/中旬 end on the 10th/20th; 下旬, 底 and 末 on the month's last day."""
    if part in ("底", "末", "下旬"):
        return month_end(year, month)
    if part == "中旬":
        return date(year, month, 20)
    if part == "上旬":
        return date(year, month, 10)
    return None
