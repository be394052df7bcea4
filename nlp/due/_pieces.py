"""Building blocks of date/time expressions, read off one regex match each.

A piece is one of: a day ("明天", "11月20日", "Friday"), a clock time
("下午3点半", "5pm") or period word ("上午"), or a complete moment ("3天内",
"1小时内"). :mod:`nlp.due._extract` joins adjacent pieces into expressions.
Days that depend only on ``sent_at`` are resolved here; a bare "25日" keeps
its number, because its month comes from the expression before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, datetime, time, timedelta

from nlp.due import _resolve as cal
from nlp.due._clocks import bare_hour, clock, four_digit_clock, range_head, spoken_clock
from nlp.due._lexicon import (
    CHINESE_WEEKDAYS,
    CLOSE_OF_DAY,
    DAY_OFFSETS,
    DAY_PERIODS,
    ENGLISH_DAY_OFFSETS,
    ENGLISH_DAY_PARTS,
    ENGLISH_MONTHS,
    ENGLISH_NUMBERS,
    ENGLISH_WEEKDAYS,
    PERIOD_ALONE,
    PERIOD_SYNONYMS,
    WEEK_OFFSETS,
)
from nlp.due._named_days import holiday, lunar_date
from nlp.due._numeric_dates import numeric_date
from nlp.due._piece_patterns import PIECE, PIECE_START
from nlp.due._types import Piece

__all__ = ["scan"]

# "学满30分钟后", "每隔2小时后": a length of time, not a moment that far ahead.
_NOT_AFTER = frozenset("满过超逾续达隔每")
# "within 5 days of each visit", "within 30 mins of the yard": counted from (or
# measured around) something else, not from the message.
_COUNTED_FROM = re.compile(r"\s+(?:of|after|from)\b(?!\s+(?:now|today|this|receiv|getting))")
# "they're coming within the hour", "engineer within the hour": when someone else
# arrives, nothing the reader must do by then.
_ARRIVAL_BEFORE = re.compile(
    r"\b(?:coming|come|arriv\w*|here|there|engineer|on (?:the|their|his|her|its) way)"
    r"(?:\s+\w+)?\s*$"
)
_MORNING = time(12, 0)
_EVENING = time(21, 0)
_PERIOD_DEFAULTS = {
    "早上": _MORNING, "早晨": _MORNING, "清晨": _MORNING, "午间": _MORNING,
    "傍晚": _EVENING, "晚间": _EVENING, "夜间": _EVENING, "夜里": _EVENING,
}  # fmt: skip


_Builder = Callable[[re.Match[str], datetime, time], Piece | None]



def _number(raw: str) -> float:
    """"3", "three", "an", "半", "half an" as a count of units."""
    if raw in ("the", "一"):  # "within the hour", "还有一个钟" (the article stays a word)
        return 1
    if raw == "两":
        return 2
    return 0.5 if raw in ("半", "half an") else ENGLISH_NUMBERS.get(raw) or int(raw)


def _count(match: re.Match[str]) -> float:
    if match["einh"]:
        return 0.5
    if match["dur_x"]:
        return int(match["dur_x"]) + 0.5
    return _number(match["dur_n"] or match["edn"] or match["ein"] or match["eopen"])


def _clock_span(count: float, unit: str) -> timedelta | None:
    """So many hours or minutes; None for a unit of days or longer."""
    if "小时" in unit or unit.startswith(("钟", "hour", "hr")):
        return timedelta(hours=count)
    if unit.startswith(("分钟", "min")):
        return timedelta(minutes=count)
    return None


def _duration(match: re.Match[str], sent_at: datetime, cob: time) -> Piece | None:
    """"3天内" and "within 2 hours" are deadlines; "半小时后", "in 30 minutes" and a
    message that opens on its minutes ("20 mins, program room") starts."""
    unit = match["dur_unit"] or match["edu"] or match["einu"]
    unit = unit or ("min" if match["eopen"] else "hour")
    count, today = _count(match), sent_at.date()
    after = bool(match["dur_after"] or match["ein"] or match["einh"] or match["eopen"])
    span = _clock_span(count, unit)
    before = match.string[match.start() - 1 : match.start()]
    if after and (span is None or before in _NOT_AFTER):
        return None  # "3天后" is left alone; "学满30分钟后" is a length
    if match["edu"] and (
        _COUNTED_FROM.match(match.string, match.end())
        or _ARRIVAL_BEFORE.search(match.string, max(0, match.start() - 30), match.start())
    ):
        return None  # "within 24 hours of arrival": a rule, counted from another moment
    if span is not None:
        return Piece.spanning(match, moment=sent_at + span, deadline=not after, event=after)
    if count != int(count) or count > 366:
        return None
    days = int(count)
    if "工作日" in unit or "working" in unit or "business" in unit:
        day = cal.add_working_days(today, days)
    elif "月" in unit or unit.startswith("month"):
        day = cal.add_months(today, days)
    elif unit[-1] in "周期拜" or unit.startswith("week"):
        day = today + timedelta(weeks=days)
    else:
        day = today + timedelta(days=days)
    return _by_end_of(match, day, sent_at)


def _by_end_of(match: re.Match[str], day: date, sent_at: datetime) -> Piece:
    """A deadline at the end of ``day`` ("3天内", "还有9天截止")."""
    return Piece.spanning(match, moment=cal.at(day, cal.END_OF_DAY, sent_at), deadline=True)


def _written_date(match: re.Match[str], sent_at: datetime, cob: time) -> Piece | None:
    today = sent_at.date()
    if match["y"]:
        year, month = int(match["y"]), int(match["ym"] or match["ym2"])
        part, day = match["ypart"], match["yd"] or match["yd2"]
        if part:
            resolved = cal.month_part(year, month, part) if 1 <= month <= 12 else None
        else:
            resolved = cal.absolute_day(today, year, month, int(day))
    else:
        month, part = int(match["m"]), match["mpart"]
        if not 1 <= month <= 12:
            return None
        if part:
            resolved = cal.month_part(today.year, month, part)
            if resolved and (today - resolved).days > cal.ROLLOVER_AFTER_DAYS:
                resolved = cal.month_part(today.year + 1, month, part)
        else:
            resolved = cal.absolute_day(today, None, month, int(match["d"]))
    return None if resolved is None else Piece.spanning(match, day=resolved, exact=True)


def _year_end(match: re.Match[str], sent_at: datetime, cob: time) -> Piece:
    year = match["ye"].rstrip("年 ")
    resolved = date(int(year) if year.isdigit() else sent_at.year, 12, 31)
    return Piece.spanning(match, day=resolved, exact=True, horizon=True)


def _month_end(match: re.Match[str], sent_at: datetime, cob: time) -> Piece:
    offset = 1 if (match["mo"] or "").startswith("下") else 0
    month = cal.add_months(sent_at.date().replace(day=1), offset)
    return Piece.spanning(match, day=cal.month_end(month.year, month.month), exact=True)


def _month_day(match: re.Match[str], sent_at: datetime, cob: time) -> Piece | None:
    offset = 1 if match["mo2"].startswith("下") else 0
    month = cal.add_months(sent_at.date().replace(day=1), offset)
    day = cal.day_of_month(month, int(match["md"]), floor=None)
    return None if day is None else Piece.spanning(match, day=day, exact=True)


def _bare_day(match: re.Match[str], sent_at: datetime, cob: time) -> Piece | None:
    number = int(match["dd"] or match["eord"])
    return Piece.spanning(match, day_of_month=number) if 1 <= number <= 31 else None


def _relative(match: re.Match[str], sent_at: datetime, cob: time) -> Piece:
    word = match["rel"] or match["erel"]
    offset = DAY_OFFSETS.get(word, ENGLISH_DAY_OFFSETS.get(word, 0))
    part = match["epart"]
    period = ENGLISH_DAY_PARTS[part] if part else DAY_PERIODS.get(word)
    return Piece.spanning(
        match,
        day=sent_at.date() + timedelta(days=offset),
        period=period,
        alone=None if period is None else _period_alone(period, cob),
        deadline=word == "今天之内",
    )


def _weekday(match: re.Match[str], sent_at: datetime, cob: time) -> Piece:
    """"周三", "next Weds", "Fri 20th" (the number decides, see _extract), "Friday evening"."""
    week = match["wk"] if match["wd"] else (match["ewk"] or match["ewk2"])
    weekday = CHINESE_WEEKDAYS[match["wd"]] if match["wd"] else ENGLISH_WEEKDAYS[match["ewd"]]
    today = sent_at.date()
    if week is None or week == "coming":
        day = cal.on_or_after(today, weekday)
    else:
        day = cal.week_day(today, WEEK_OFFSETS[week], weekday)
    if match["eweek"]:  # British "Thursday week": a week after the coming Thursday
        day += timedelta(weeks=1)
    number = int(match["ewdd"]) if match["ewdd"] else None
    period = ENGLISH_DAY_PARTS[match["ewpart"]] if match["ewpart"] else None
    return Piece.spanning(
        match,
        day=day,
        day_of_month=number if number and 1 <= number <= 31 else None,
        period=period,
        alone=None if period is None else _period_alone(period, cob),
    )


def _week_end(match: re.Match[str], sent_at: datetime, cob: time) -> Piece:
    week = WEEK_OFFSETS.get(match["wk2"] or "本", 0)
    day = cal.week_day(sent_at.date(), week, 6)
    return Piece.spanning(match, day=day, deadline=True, period_end=True)


def _english_date(match: re.Match[str], sent_at: datetime, cob: time) -> Piece | None:
    month = ENGLISH_MONTHS[match["emon"] or match["emon2"]]
    year = match["ey"] or match["ey2"]
    day = int(match["edd"] or match["edd2"])
    resolved = cal.absolute_day(sent_at.date(), int(year) if year else None, month, day)
    return None if resolved is None else Piece.spanning(match, day=resolved, exact=True)


def _period_alone(period: str, cob: time) -> time | None:
    if period in PERIOD_ALONE:
        return PERIOD_ALONE[period] or cob
    return _PERIOD_DEFAULTS.get(period)


def _period_word(match: re.Match[str], sent_at: datetime, cob: time) -> Piece:
    said = match["palone"] or match["offwork"] or match["eword"]
    word = PERIOD_SYNONYMS.get(said, said)
    return Piece.spanning(
        match,
        period=word if word in ("上午", "下午", "中午", "晚上") else None,
        alone=_period_alone(word, cob),
        deadline=word == "下班" or word in CLOSE_OF_DAY,
    )


def _english_end(match: re.Match[str], sent_at: datetime, cob: time) -> Piece:
    today = sent_at.date()
    if match["eend"] == "week":
        return Piece.spanning(match, day=cal.week_day(today, 0, 6))
    return Piece.spanning(match, day=cal.month_end(today.year, today.month))


def _time_left(match: re.Match[str], sent_at: datetime, cob: time) -> Piece | None:
    """"还有30分钟", "30 minutes left": a deadline that far ahead; "an hour from now" a start."""
    count = _number(match["left_n"] or match["eleft_n"] or match["qleft_n"])
    count += 0.5 if match["left_half"] else 0
    unit = match["left_unit"] or match["eleft_u"] or match["qleft_u"]
    if unit == "天" and count == int(count):  # "医保还有9天截止": the end of that day
        return _by_end_of(match, sent_at.date() + timedelta(days=int(count)), sent_at)
    span = _clock_span(count, unit)
    if span is None:
        return None  # the patterns admit hours and minutes only
    start = match["eleft_how"] == "from now"
    return Piece.spanning(match, moment=sent_at + span, deadline=not start, event=start)


# Checked in order; the first group that took part in the match picks the builder.
_BUILDERS: tuple[tuple[str, _Builder], ...] = (
    ("dur_n", _duration), ("edn", _duration), ("ein", _duration), ("einh", _duration),
    ("eopen", _duration),
    ("left_n", _time_left), ("eleft_n", _time_left), ("qleft_n", _time_left),
    ("rh", range_head), ("ebh", clock), ("ebh2", clock), ("sqh", spoken_clock),
    ("fh", four_digit_clock),
    ("dbh", bare_hour), ("eord", _bare_day), ("ye", _year_end), ("y", _written_date),
    ("m", _written_date), ("nm", numeric_date), ("md", _month_day), ("dd", _bare_day),
    ("rel", _relative), ("erel", _relative), ("wd", _weekday), ("ewd", _weekday),
    ("wk2", _week_end), ("h", clock), ("eh", clock), ("palone", _period_word),
    ("offwork", _period_word), ("hol", holiday), ("eword", _period_word),
    ("ld", lunar_date), ("ly", lunar_date), ("emon", _english_date),
    ("emon2", _english_date), ("eend", _english_end),
)  # fmt: skip


def _build(match: re.Match[str], sent_at: datetime, cob: time) -> Piece | None:
    for group, builder in _BUILDERS:
        if match[group] is not None:
            return builder(match, sent_at, cob)
    return _month_end(match, sent_at, cob)  # "月底" is the one piece without a group


def _matches(text: str) -> Iterator[re.Match[str]]:
    """What ``PIECE.finditer(text)`` yields, trying only where a piece can start."""
    position = 0
    while start := PIECE_START.search(text, position):
        match = PIECE.match(text, start.start())
        if match is None or match.end() == match.start():
            position = start.start() + 1
            continue
        yield match
        position = match.end()


def scan(text: str, sent_at: datetime, cob: time) -> list[Piece]:
    """Every piece of ``text`` in reading order."""
    pieces = (_build(match, sent_at, cob) for match in _matches(text))
    return [piece for piece in pieces if piece is not None]
