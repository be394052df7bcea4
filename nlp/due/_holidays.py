"""On which day a named holiday falls next, for "春节前" and "国庆放假前".

The corpus convention is that "X前" counts the named day, as "本周五前" counts the
Friday: "元旦前" is by 1 January 23:59, "清明前" by Qingming day, "五一前" by 1 May.
The one exception is 春节: "春节前" is by 除夕, the old year's last day, as "年前"
is (the new year's first day is a holiday nobody works). Three sorts of holiday:

- fixed solar days (元旦, 妇女节, 七一, 国庆 ...);
- lunar festivals (春节, 元宵, 端午, 中秋, 重阳, 腊八, 小年; 除夕 is the day
  before lunar new year), converted with ``lunardate`` for any year it knows;
- 清明, a solar term, from ``chinese_calendar``'s solar-term formula.

"X放假前" / "X假期前" is by the eve of the official break, which may start
before the festival (the 2026 Spring Festival break began on 15 February, two
days before 春节). ``chinese_calendar`` knows the State Council's breaks up to
the year it was released for; later years fall back to the festival itself.
"""

from __future__ import annotations

from datetime import date, timedelta

import chinese_calendar  # type: ignore[import-untyped]
from lunardate import LunarDate  # type: ignore[import-untyped]

__all__ = ["HOLIDAYS", "holiday_due", "lunar_day"]

# Every spelling the resolver reads, with the holiday it names.
HOLIDAYS = {
    "元旦": "元旦", "元旦节": "元旦", "春节": "春节", "除夕": "除夕", "元宵": "元宵",
    "元宵节": "元宵", "清明": "清明", "清明节": "清明", "端午": "端午", "端午节": "端午",
    "中秋": "中秋", "中秋节": "中秋", "重阳": "重阳", "重阳节": "重阳", "腊八": "腊八",
    "腊八节": "腊八", "小年": "小年", "妇女节": "妇女节", "三八": "妇女节", "三八节": "妇女节",
    "三八妇女节": "妇女节", "劳动节": "劳动节", "五一": "劳动节", "五一劳动节": "劳动节",
    "青年节": "青年节", "五四": "青年节", "五四青年节": "青年节", "儿童节": "儿童节",
    "六一": "儿童节", "六一儿童节": "儿童节", "七一": "建党节", "建党节": "建党节",
    "八一": "建军节", "建军节": "建军节", "教师节": "教师节", "国庆": "国庆", "国庆节": "国庆",
    "十一": "国庆",
}  # fmt: skip

_SOLAR = {
    "元旦": (1, 1), "妇女节": (3, 8), "劳动节": (5, 1), "青年节": (5, 4), "儿童节": (6, 1),
    "建党节": (7, 1), "建军节": (8, 1), "教师节": (9, 10), "国庆": (10, 1),
}  # fmt: skip
_LUNAR = {
    "春节": (1, 1), "元宵": (1, 15), "端午": (5, 5), "中秋": (8, 15), "重阳": (9, 9),
    "腊八": (12, 8), "小年": (12, 23),
}  # fmt: skip
# The holidays with an official break, and how chinese_calendar names them.
_OFFICIAL = {
    "元旦": "New Year's Day", "春节": "Spring Festival", "清明": "Tomb-sweeping Day",
    "劳动节": "Labour Day", "端午": "Dragon Boat Festival", "中秋": "Mid-autumn Festival",
    "国庆": "National Day",
}  # fmt: skip
# "春节前" is by the eve: the first day of the lunar year is the festival itself.
_EVE_IS_LAST = frozenset({"春节"})
_LONGEST_BREAK = 10  # days a break can start before its festival (the Spring Festival's)


def _lunar(year: int, month: int, day: int) -> date | None:
    try:
        solar: date = LunarDate(year, month, day).to_solar_date()
    except ValueError:  # outside the years lunardate knows
        return None
    return solar


def _qingming(year: int) -> date | None:
    terms: list[tuple[date, str]] = chinese_calendar.get_solar_terms(
        date(year, 4, 1), date(year, 4, 10)
    )
    return next((day for day, name in terms if name == "清明"), None)


def _in_year(holiday: str, year: int) -> date | None:
    """The day ``holiday`` falls on in the lunar or solar year ``year``."""
    if holiday in _SOLAR:
        return date(year, *_SOLAR[holiday])
    if holiday == "清明":
        return _qingming(year)
    if holiday == "除夕":
        new_year = _lunar(year + 1, 1, 1)
        return None if new_year is None else new_year - timedelta(days=1)
    return _lunar(year, *_LUNAR[holiday])


def _break_start(holiday: str, day: date) -> date:
    """The first day of the official break that holds ``day``, else ``day`` itself."""
    name = _OFFICIAL.get(holiday)
    try:
        if name is None or chinese_calendar.get_holiday_detail(day) != (True, name):
            return day
        start = day
        for _ in range(_LONGEST_BREAK):
            if chinese_calendar.get_holiday_detail(start - timedelta(days=1)) != (True, name):
                break
            start -= timedelta(days=1)
    except NotImplementedError:  # a year the package has no State Council notice for
        return day
    return start


def holiday_due(spelling: str, after: date, *, official_break: bool) -> date | None:
    """The last day to act for "X前": X itself (除夕 for 春节), at its first occurrence
    later than ``after``.

    ``official_break`` asks for the eve of the official break instead ("春节放假前").
    None for a spelling not in :data:`HOLIDAYS` or a year no calendar knows.
    """
    holiday = HOLIDAYS.get(spelling)
    if holiday is None:
        return None
    # A lunar year's 腊八 and 小年 fall in the next solar year: look one year back too.
    for year in range(after.year - 1, after.year + 2):
        day = _in_year(holiday, year)
        if day is None:
            continue
        if official_break:
            start = _break_start(holiday, day)
            if start > after:
                return start - timedelta(days=1)
        elif day > after:
            return day - timedelta(days=1) if holiday in _EVE_IS_LAST else day
    return None


def lunar_day(month: int, day: int, after: date) -> date | None:
    """The first solar day on or after ``after`` that is lunar ``month``/``day``
    ("腊月二十三", "正月初八"). 腊月三十 in a 29-day 腊月 is its last day, 除夕."""
    for year in range(after.year - 1, after.year + 2):
        solar = _lunar(year, month, day)
        if solar is None and month == 12 and day == 30:
            new_year = _lunar(year + 1, 1, 1)
            solar = None if new_year is None else new_year - timedelta(days=1)
        if solar is not None and solar >= after:
            return solar
    return None
