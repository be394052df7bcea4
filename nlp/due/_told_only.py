"""Times a notice only tells of: an inspection's coming, an event the reader need not
attend, opening hours.

Split from :mod:`nlp.due._background` to keep that module short. Both rules
read an expression that is no deadline (no 前, no by) and say why nobody acts
by it:

- An inspection or visit by others (暗访, 督查组, "unannounced inspection",
  "walkabout") names the day the inspectors come, said without a clock
  ("听说明天市里要下来暗访，大厅要有人在岗", "HIS inspection team is on site
  today"). The reader is told to be ready, not to act by that day; a call to
  be there at a clock ("明早八点半前都到岗") or a deadline beside it
  ("今晚8点前清掉") still sets the due.
- An event told for information anywhere in a message that asks nothing
  ("Photo retakes are Thursday… no need to send anyone", "招聘会…供求职群众参考",
  "义诊…面向群众，自愿参加", "Winter concert Thu 6:30. All families welcome!"):
  the reader need not attend, so its date is no due.
- Two or more clock ranges side by side are hours (:func:`opening_hours`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from nlp.due import _patterns as pat
from nlp.due._lexicon import MONTH_STEMS
from nlp.due._types import Candidate, Role
from nlp.leading import led

__all__ = ["inspection_day", "opening_hours", "place_hours", "told_for_information"]

# Inspectors coming, whose day is said without a clock.
_INSPECTION = led(
    r"暗访|督查组|巡查组|考核组|测评组"
    r"|\b(?:unannounced (?:visit|inspection)|walkabout|inspection team)\b"
)
# An event nobody is asked to attend: open to the public, voluntary, for reference,
# nothing to prepare or send.
_INFO_EVENT = led(
    r"供[^,;。!?\n]{0,12}参考|面向(?:群众|居民|市民|村民|公众|社会)|自愿参加|自愿前往|自愿来"
    r"|\b(?:no need to (?:send|prepare|bring|come|attend)\b|nothing to prepare"
    r"|no (?:volunteers|staff|helpers|one) (?:are |is )?needed"
    r"|all (?:families|parents|welcome)"
    # an evening for whoever wants it, or someone else's event: "livestreamed... just if
    # you're interested", "carnival… organised by the CC. Not a library event" ("just turn
    # up" and "no appointment" invite the reader to a session as often as the public)
    r"|if you(?:'re| are) interested|not an? (?:library|council|school|clinic|ward) event)\b"
    r"|有空来玩|感兴趣的(?:都)?可以来"
)
# A clock at a range's end: "11:30", "5:30", "5pm", "11点".
_CLOCK = re.compile(r"\d\s*(?:[:：.]\s*\d\d|点|时|am\b|pm\b)")
# A time of day in an expression, or a count of hours from now: "at 10", "half 10", "9点",
# "半小时后" (a day's number, "12月1号", "the 3rd", is no clock; 后天 is a day).
_CLOCKED = re.compile(
    r"\d+(?!\d|\s*(?:[月日号]|st\b|nd\b|rd\b|th\b))|[:：点時时分钟]|(?<![今明])后(?!天)", re.I
)
# Where a clause ends: punctuation, or a space typed beside Chinese ("督查组可能下村 各村
# 上午村部留人": the morning is the villages', not the inspectors').
_BREAK = re.compile(r"[,;。!?\n]|\.(?=\s)|(?<=[\u4e00-\u9fff])\s+|\s+(?=[\u4e00-\u9fff])")


def inspection_day(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a day said without a clock in a clause that tells of
    inspectors coming."""
    if _CLOCKED.search(text, start, end):
        return False
    lefts = [mark.end() for mark in _BREAK.finditer(text, 0, start)]
    right = _BREAK.search(text, end)
    clause = text[lefts[-1] if lefts else 0 : len(text) if right is None else right.start()]
    return bool(_INSPECTION.search(clause))


# A place's own hours: "Leith office closes at 3pm tomorrow", "transit lounge shuts at 6
# today", "all branches open today but closing 3pm", "we close at 5 tomorrow". A survey, a
# list or a portal that closes is a deadline, and names no place.
_PLACE_HOURS = led(
    # not a list's or a count's ("ride list for the warming centre closes at 6"), nor what an
    # ask is timed by ("before office closes")
    r"(?<!for the )(?<!for )(?<!of the )(?<!before )(?<!before the )(?<!until )(?<!until the )"
    r"\b(?:office|branch(?:es)?|librar(?:y|ies)|school|counter|lounge|centre|center|shelter|clinic"
    r"|reception|canteen|cafeteria|depot|pharmacy|dispensary)\s+(?:(?:is|are)\s+)?"
    r"(?:clos(?:es|ing)|shuts?|opens?(?: \w+)? but closing)\b|\bwe close at\b"
)
# ... unless the message asks by the closing: a chase, a last day, work before leaving.
_ASKED_BY = led(
    r"\b(?:please|pls|must|need|needs|missing|last day|last call|before you|due|deadline"
    r"|mandatory|outstanding|still)\b"
)


# What closes may be a list kept at the place: "ride list for the warming centre closes".
_LISTED = re.compile(r"\b(?:list|count|sheet|form|survey|registration|sign-?ups?|rota|roster)s?\b")


def place_hours(text: str) -> bool:
    """Whether ``text`` tells when a place opens or closes, and asks nothing by it."""
    found = _PLACE_HOURS.search(text)
    if found is None or _ASKED_BY.search(text):
        return False
    return not _LISTED.search(text, max(0, found.start() - 30), found.start())


def told_for_information(text: str) -> bool:
    """Whether ``text`` tells of an event nobody is asked to attend, and asks nothing else."""
    if not _INFO_EVENT.search(text):
        return False
    # "no need to send anyone" says need to, and asks nothing
    return not pat.ASK.search(_INFO_EVENT.sub(" ", text))


# A day on the calendar, not a weekday of a schedule: "明天", "tomorrow", "12月5日", "Dec 5".
_NAMED_DAY = re.compile(
    rf"[今明后]天|[今明]早|[今明]晚|\d\s*[月日号]|(?i:today|tonight|tomorrow|{MONTH_STEMS})"
)


def _clock_range(head: Candidate, tail: Candidate, text: str) -> bool:
    return (
        head.role is Role.START and pat.RANGE_GLUE.fullmatch(text, head.end, tail.start) is not None
        and _CLOCK.search(head.surface) is not None and _CLOCK.search(tail.surface) is not None
    )  # fmt: skip


def opening_hours(candidates: Sequence[Candidate], text: str) -> list[Candidate]:
    """Two or more clock ranges told side by side, on no named day, are hours ("上午8:30-11:30，
    下午2:30-5:30", "周一、三、五上午9点到11点，周二、四下午3点到5点"): when something is open
    or who is on, not a start to be there by. Their starts are dropped as "hours"; a
    day's programme ("明天上午9:00-11:30…下午2:00-4:00") and a range to submit in stay."""
    heads = [
        index - 1
        for index in range(1, len(candidates))
        if _clock_range(candidates[index - 1], candidates[index], text)
    ]
    if len(heads) < 2 or any(_NAMED_DAY.search(candidates[i].surface) for i in heads):
        return list(candidates)
    return [
        replace(candidate, dropped="hours")
        if index in heads and candidate.dropped is None
        else candidate
        for index, candidate in enumerate(candidates)
    ]
