"""Dates written in figures only ("12.1前", "by 20/11", "12-05", "Wed 2/12").

Which figure is the month is the question: Chinese writers and Americans put
it first, British and Commonwealth writers put the day first. A figure above
12 settles it; else a weekday named just before the date does ("next Wed
2/12" sent in November is 2 December, a Wednesday), and month first is the
fallback.
"""

from __future__ import annotations

import re
from datetime import datetime, time

from nlp.due import _resolve as cal
from nlp.due._clocks import dotted_clock, gone_date_clock
from nlp.due._lexicon import CHINESE_WEEKDAYS, ENGLISH_WEEKDAYS
from nlp.due._types import Piece

__all__ = ["numeric_date"]

# Where "12.1" or "12/1" can only be a date: "12.1前", "截止12.1", "12.1(周一)".
_DATE_AFTER = re.compile(
    r"\s*(?:前|之前|以前|截止|[日号]|\((?:周|星期)|上午|下午|中午|晚|早|\d{1,2}[:点时]"
    r"|统计|报送|上报|提交|完成|召开|举行|开会|开展"
    r"|\s*(?:at\s+)?\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m(?![a-z])|\s+at\b)"
)
_DATE_BEFORE = re.compile(r"(?:于|在|截止|截至|至|到|定于|时间|日期|为|是|by|before|on|due)[\s:]*$")


def numeric_date(match: re.Match[str], sent_at: datetime, cob: time) -> Piece | None:
    """ "12.1前", "by 20/11", "12-05"; "8.30" where a time can stand is that time."""
    text, start, end = match.string, match.start(), match.end()
    if match["sep"] == "." and (time_of_day := dotted_clock(match)) is not None:
        return time_of_day
    if not (
        _DATE_AFTER.match(text, end)
        or _DATE_BEFORE.search(text, max(0, start - 8), start)
        or (match["sep"] == "/" and _weekday_before(text, start) is not None)
    ):
        return None  # ("Monday 11/16", "礼拜三(9/12)": a weekday names the date)
    if match["sep"] == "-" and len(match["nd"]) < 2:
        return None  # "3-5" is a range of figures; a dashed date writes "12-05"
    first, second = int(match["nm"]), int(match["nd"])
    if first > 12 >= second:  # "20/11": day first, as English writers put it
        first, second = second, first
    day = cal.absolute_day(sent_at.date(), None, first, second)
    if day is not None and second <= 12 and (named := _weekday_before(text, start)) is not None:
        # "next Wed 2/12" sent in November: 2 December is the Wednesday, not 12 February
        swapped = cal.absolute_day(sent_at.date(), None, second, first)
        if day.weekday() != named and swapped is not None and swapped.weekday() == named:
            day = swapped
    if day is not None and day < sent_at.date() and (clock := gone_date_clock(match)):
        return clock
    return None if day is None else Piece.spanning(match, day=day, exact=True)


_WEEKDAY_NAMES = "|".join(sorted(ENGLISH_WEEKDAYS, key=len, reverse=True))
_WEEKDAY_BEFORE = re.compile(
    rf"(?:(?<![a-z])(?P<ewd>{_WEEKDAY_NAMES})\.?|(?:周|星期|礼拜)(?P<wd>[一二三四五六日天]))"
    r"[\s,，(（]*$"
)


def _weekday_before(text: str, start: int) -> int | None:
    """The weekday named just before a date ("Wed 2/12", "周三 12/2"), or None."""
    found = _WEEKDAY_BEFORE.search(text, max(0, start - 14), start)
    if found is None:
        return None
    return ENGLISH_WEEKDAYS[found["ewd"]] if found["ewd"] else CHINESE_WEEKDAYS[found["wd"]]
