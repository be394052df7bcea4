"""A bare clock time, typed in English, that falls within the due window of sending.

Office chat names the hour and leaves the rest to the reader: "slides by 5 ya",
"auditor at 10 in the committee room", "Buses drop at 8", "salted before 6:30",
"pls send by 9 the latest". The due rules leave such a time alone, since "at 9"
alone may be morning or evening, today or any day; but typed an hour before it,
with no day named, it is the next 9 o'clock and the chase is for now. Read by
:mod:`nlp.urgency` when no due moment was resolved.

Not read: a time with a day or date beside it ("Thu 3:30pm", "tomorrow at 9"),
a time of the past ("found safe at 19:50", before sending), a span ("power goes
at 9 till 3"), a routine ("by 9am daily") or a time the speaker's own ("sent
4:52"), and an all-clear ("opens as normal at 10", "response will be lifted at 2pm").
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from nlp import urgent_decoys as decoys
from nlp.leading import led

__all__ = ["clock_near"]

# "by 5", "at 8.30", "before 6:30", "at 3pm", "by 0630": the hour, its minutes, am/pm,
# or a four-figure 24-hour time. A figure that goes on (a date, "3.02" a room) or a
# count ("at 9 cases", "by 5 min") is no time of day.
_CLOCK = re.compile(
    r"\b(?:by|before|at)\s+(?:(?P<h>\d{1,2})(?:[:.](?P<m>[0-5]\d))?\s*(?P<ap>[ap])?\.?m?\b"
    r"|(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)h?\b)"
    r"(?![:./]\d)(?!\s*(?:min|hour|hr|day|week|month|%|km|kg|people|cases|per\b))"
)
# A day or a date named: the time is on it, not on the day of sending.
_DAY_NAMED = led(
    r"tomorrow|tmrw|tmr|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b"
    r"|next week|\b\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2}[/-]\d{1,2}\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
)
# The time opens a span ("at 9 today till 3", "at 1-2"), or the message tells
# of something restored or lifted ("opens as normal at 10", "out safely at 08:58").
_SPAN_AFTER = re.compile(r"[^.!?\n]{0,12}?\b(?:till|until|to)\s+\d|\s*[-–]\s*\d")
_ALL_CLEAR = led(r"\b(?:as normal|resumes?|lifted|safely|all clear|back in service|out at)\b")


def _hours(hour: int, meridiem: str | None, four_figures: bool) -> list[int]:
    """The hours of the day a typed hour may mean: "3pm" 15; "3" 3 or 15; "0630" 6."""
    if four_figures or hour > 12:
        return [hour]
    if meridiem == "p":
        return [hour % 12 + 12]
    if meridiem == "a":
        return [hour % 12]
    return [hour, hour + 12] if hour < 12 else [12]


def clock_near(folded: str, sent_at: datetime, window: timedelta) -> str | None:
    """The bare clock time in ``folded`` (lower-cased) that falls after ``sent_at`` and
    within ``window`` of it, or None."""
    if _DAY_NAMED.search(folded) or _ALL_CLEAR.search(folded):
        return None
    if decoys.not_a_deadline(folded) or decoys.OVER.search(folded):
        return None
    for found in _CLOCK.finditer(folded):
        if _SPAN_AFTER.match(folded, found.end()):
            continue
        four = found["hh"] is not None
        hour = int(found["hh"] if four else found["h"])
        minute = int((found["mm"] if four else found["m"]) or 0)
        if hour > 23:
            continue
        for at in _hours(hour, found["ap"], four):
            moment = sent_at.replace(hour=at, minute=minute, second=0, microsecond=0)
            if sent_at < moment <= sent_at + window:
                return found.group()
    return None
