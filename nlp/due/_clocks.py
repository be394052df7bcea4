"""Clock times, and where a bare number can only be one.

"下午3点半", "9:30" and "5pm" say they are times. A bare number says nothing by
itself: "tomorrow 8.30" is a time and "Tomorrow 3.25 million" a figure, "today
from 9" a time and "today 9 forms" a count, "Tue 17 Nov 1600" a time and
"Nov 2026" a year. The readers here take a number for a clock only where the
words beside it leave no other reading (:mod:`nlp.due._piece_patterns` names
them): after a day, after at/from/until, with hrs or am/pm; never before a
count word or after a label ("Ward 6", "Year 9"). They also read British
"half eight" (8:30), "quarter to five" and 24-hour "1430hrs".
"""

from __future__ import annotations

import re
from datetime import datetime, time

from nlp.due._lexicon import ENGLISH_MINUTES, ENGLISH_NUMBERS, PERIOD_SYNONYMS
from nlp.due._piece_patterns import (
    CLOCK_DAY_BEFORE,
    CLOCK_WORD_BEFORE,
    COUNT_AFTER,
    DAY_AFTER,
    LABEL_BEFORE,
    SAID_ALONE_AFTER,
    YEAR_BEFORE,
)
from nlp.due._types import Piece

__all__ = [
    "TWENTY_FOUR_HOUR",
    "bare_hour",
    "clock",
    "dotted_clock",
    "four_digit_clock",
    "gone_date_clock",
    "range_head",
    "spoken_clock",
]

# The period of a 24-hour clock: the hour stays as written ("0300" is 03:00, not 15:00).
TWENTY_FOUR_HOUR = "24h"
_DAY_LOOK_BACK = 40  # "Tuesday 17 November 2026 at " is 28 characters
_LABEL_LOOK_BACK = 12
_LISTED = re.compile(r"\d\s*[,;/、]?\s*$")  # a day after a figure: "today 3, tomorrow 4"
_LETTERS = re.compile(r"[a-z]")


def _labelled(match: re.Match[str]) -> bool:
    start = match.start()
    return LABEL_BEFORE.search(match.string, max(0, start - _LABEL_LOOK_BACK), start) is not None


def _counted(match: re.Match[str]) -> bool:
    return COUNT_AFTER.match(match.string, match.end()) is not None


def _day_before(match: re.Match[str]) -> re.Match[str] | None:
    start = match.start()
    return CLOCK_DAY_BEFORE.search(match.string, max(0, start - _DAY_LOOK_BACK), start)


def _named_day(day: re.Match[str]) -> bool:
    """"Thursday 29th, 0600", "Fri Dec 18, 1600": a weekday or date named in English
    may take its 24-hour clock after a comma; "today, 1200" stays a count."""
    return not (day["relative"] or day["relative2"]) and _LETTERS.search(day.group()) is not None


def _before_day(match: re.Match[str]) -> bool:
    """"0730 tomorrow", "at 1300 today": a 24-hour clock said before its day. A figure
    before a day ("1200 today") needs a leading zero or a word that leads into a time."""
    if DAY_AFTER.match(match.string, match.end()) is None:
        return False
    start = match.start()
    words = CLOCK_WORD_BEFORE.search(match.string, max(0, start - _LABEL_LOOK_BACK), start)
    return match["fh"].startswith("0") or words is not None


def clock(match: re.Match[str], sent_at: datetime, cob: time) -> Piece | None:
    """"下午3点半", "9:30", "5pm", "at 9", "9 tomorrow" (not "Ward 6 tomorrow")."""
    hour = int(match["h"] or match["eh"] or match["ebh"] or match["ebh2"])
    if match["q"]:
        minute = 15 if match["q"] in "1一" else 45
    else:
        minute = 30 if match["half"] else int(match["mi"] or match["mi2"] or match["emi"] or 0)
    if hour > 24 or (match["ebh2"] and _labelled(match)):
        return None
    if match["period"]:
        period: str | None = PERIOD_SYNONYMS.get(match["period"], match["period"])
    else:
        period = match["ampm"][0] + "m" if match["ampm"] else None
    if period is None and match["mi"] and match["h"].startswith("0"):
        period = TWENTY_FOUR_HOUR  # "05:02" is the small hours, not office hours' 17:02
    return Piece(match.start(), match.end(), hour=hour, minute=minute, period=period)


def range_head(match: re.Match[str], sent_at: datetime, cob: time) -> Piece | None:
    """The start of "3.30-5pm", "2–4pm": the am/pm said once, at the end, is the start's
    too, unless the start is the larger hour ("9-1pm", "11–2pm" start in the morning)
    or the range ends at noon ("10-12pm")."""
    hour, end = int(match["rh"]), int(match["rth"])
    if not 1 <= hour <= 12 or _labelled(match):
        return None
    said = match["rampm"] + "m"
    other = "am" if said == "pm" else "pm"
    period = said if hour == 12 or hour <= end < 12 else other
    minute = int(match["rmi"] or 0)
    return Piece(match.start(), match.end(), hour=hour, minute=minute, period=period)


def spoken_clock(match: re.Match[str], sent_at: datetime, cob: time) -> Piece | None:
    """"half eight" (8:30), "half past two", "quarter to five", "ten past 9"."""
    said = match["sqh"]
    hour = ENGLISH_NUMBERS.get(said) or int(said)
    if not 1 <= hour <= 12 or _counted(match):
        return None
    said_minutes = match["sqm"] or "half"
    minute = ENGLISH_MINUTES.get(said_minutes) or int(said_minutes)
    if match["sqrel"] == "to":
        hour, minute = hour - 1 or 12, 60 - minute
    period = match["sqampm"] + "m" if match["sqampm"] else None
    return Piece(match.start(), match.end(), hour=hour, minute=minute, period=period)


def four_digit_clock(match: re.Match[str], sent_at: datetime, cob: time) -> Piece | None:
    """"1600" straight after a date or weekday ("Tue 17 Nov 1600"), "0930" after any day,
    or with hours said: "1430hrs", "0930 h"."""
    if _labelled(match) or _counted(match):
        return None
    hour, minute = int(match["fh"]), int(match["fm"])
    if not match["fsuf"] and not _before_day(match):
        day = _day_before(match)
        if day is None or ("," in (day["glue"] or "") and not _named_day(day)):
            return None
        if (day["relative"] or day["relative2"]) and hour >= 10:
            return None  # "today 1200, tomorrow 1350" counts; "tomorrow 0930" is a time
        start = match.start()
        year = YEAR_BEFORE.search(match.string, max(0, start - _LABEL_LOOK_BACK), start)
        if year and match["fh"] in ("19", "20"):
            return None
    return Piece(match.start(), match.end(), hour=hour, minute=minute, period=TWENTY_FOUR_HOUR)


def bare_hour(match: re.Match[str], sent_at: datetime, cob: time) -> Piece | None:
    """An hour straight after a day said in English: "this morning 9", "today from 9",
    "Sat the 28th, 10 at" (Chinese writes 点: "今日 15" is a count).

    After "from", "at" or "until" anything but a count word may follow; after the day
    alone (or a comma) only the end of the line, "at" or "sharp" may.
    """
    hour = int(match["dbh"])
    if not 1 <= hour <= 12 or _labelled(match):
        return None
    day = _day_before(match)
    if day is None or not _LETTERS.search(day.group()):
        return None
    text = match.string
    if (day["glue"] or "").strip(" ,"):
        fits = not _counted(match)
    else:  # "Visits: today 3, tomorrow 4" is a list of counts
        listed = _LISTED.search(text, max(0, day.start() - _LABEL_LOOK_BACK), day.start())
        fits = listed is None and SAID_ALONE_AFTER.match(text, match.end()) is not None
    return Piece(match.start(), match.end(), hour=hour) if fits else None


def dotted_clock(match: re.Match[str]) -> Piece | None:
    """"8.30" where a time stands: after a day ("Tomorrow 8.30 briefing"), before one
    ("2.30 today"), after at, by, before, from or until, or as the end of "8.30-9.30";
    never "3.25 million" or "section 4.15"."""
    if match["sep"] != "." or len(match["nd"]) != 2:
        return None
    hour, minute = int(match["nm"]), int(match["nd"])
    if hour > 23 or minute > 59 or _labelled(match) or _counted(match):
        return None
    start = match.start()
    words = CLOCK_WORD_BEFORE.search(match.string, max(0, start - _DAY_LOOK_BACK), start)
    day_after = DAY_AFTER.match(match.string, match.end())
    if words is None and _day_before(match) is None and day_after is None:
        return None
    return Piece(start, match.end(), hour=hour, minute=minute)


def gone_date_clock(match: re.Match[str]) -> Piece | None:
    """"8.30" read as a time when, read as a date, it has gone by ("assembly 8.30 at
    L47" sent in December is no 30 August): nobody is asked to act by a past day."""
    if match["sep"] != "." or len(match["nd"]) != 2:
        return None
    hour, minute = int(match["nm"]), int(match["nd"])
    if hour > 23 or minute > 59 or _labelled(match) or _counted(match):
        return None
    return Piece(match.start(), match.end(), hour=hour, minute=minute)
