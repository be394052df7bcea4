"""English wordings of a due moment, each resolving back to exactly that moment.

Same conventions as the Chinese side: a date alone means 23:59, close of
business (COB, EOD) 17:30, "morning" alone noon, "tonight" 21:00, "within N
days" the sent date plus N at 23:59, weeks Monday to Sunday, and a bare weekday
the first such day on or after the sent date. "next Friday" is only offered in
the Monday-to-Sunday sense (the Friday of next week).
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, time, timedelta

__all__ = ["deadline_phrases", "hours_phrases", "point_phrases"]

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_END = time(23, 59)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _day_forms(sent: date, day: date) -> list[tuple[str, str]]:
    """(style, wording); wordings that need "on" before them start with a capital
    or a digit, relative ones ("today", "tomorrow") never take it."""
    diff = (day - sent).days
    name, month = _DAYS[day.weekday()], _MONTHS[day.month - 1]
    forms = [("abs", f"{day.day} {month}"), ("abs", f"{month} {day.day}"),
             ("abs", f"{month[:3]} {day.day}"), ("abs", f"{day.day} {month[:3]}"),
             ("abs", f"{name} {day.day} {month}"), ("abs", f"{name[:3]} {day.day} {month[:3]}"),
             ("abs", f"{day.day} {month} {day.year}"), ("abs", f"{month} {_ordinal(day.day)}")]
    forms += [("rel", f) for f in {0: ["today"], 1: ["tomorrow"]}.get(diff, [])]
    if 1 <= diff <= 6:
        forms.append(("week", name))
        if day.isocalendar()[:2] == sent.isocalendar()[:2]:
            forms.append(("week", f"this {name}"))
    if (day - timedelta(days=7)).isocalendar()[:2] == sent.isocalendar()[:2]:
        forms += [("week", f"next {name}"), ("week", f"{name} next week")]
    return forms


def _on(day: str) -> str:
    return day if day in ("today", "tomorrow") or day.startswith(("this ", "next ")) \
        else f"on {day}"


def _clock(at: time) -> list[str]:
    h, m = at.hour, at.minute
    h12 = h % 12 or 12
    ampm = "am" if h < 12 else "pm"
    if (h, m) == (12, 0):
        return ["noon", "12:00", "12 noon"]
    short = f"{h12}{ampm}" if m == 0 else f"{h12}:{m:02d}{ampm}"
    return [short, short.replace(ampm, f" {ampm}"), f"{h}:{m:02d}", f"{h12}.{m:02d}{ampm}"]


def _timed(sent: datetime, due: datetime) -> list[tuple[str, str]]:
    days = _day_forms(sent.date(), due.date())
    at, same_day = due.time(), due.date() == sent.date()
    out = [(style, f"{lead} {clock} {day}") for style, day in days for clock in _clock(at)
           for lead in ("by", "before")]
    out += [(style, f"no later than {clock} {_on(day)}") for style, day in days
            for clock in _clock(at)]
    if same_day:
        out += [("bare", f"by {clock}") for clock in _clock(at)]
    if at == time(17, 30):
        out += [(style, f"{word} {day}") for style, day in days
                for word in ("by COB", "by close of business", "by EOD", "COB")]
        if same_day:
            out += [("bare", w) for w in ("by EOD", "by COB", "by close of business")]
    if at == time(12):
        out += [(style, f"by {day} morning") for style, day in days
                if style != "abs" and day != "today"]
    if at == time(21) and same_day:
        out += [("rel", "tonight"), ("rel", "by tonight"), ("rel", "by 9pm tonight")]
    return out


def deadline_phrases(sent: datetime, due: datetime) -> list[tuple[str, str]]:
    """(style, wording) meaning "by ``due``": by 5pm Friday, within 3 days, COB."""
    if due <= sent:
        raise ValueError(f"due {due} is not after sent {sent}")
    if due.time() != _END:
        return _timed(sent, due)
    days = _day_forms(sent.date(), due.date())
    out = [(style, f"{lead} {day}") for style, day in days
           for lead in ("by", "no later than") if day != "today"]
    out += [(style, f"before the end of {day}") for style, day in days if style != "abs"]
    diff = (due.date() - sent.date()).days
    if 2 <= diff <= 10:
        out += [("span", f"within {diff} days")]
    if diff == 0:
        out += [("rel", "before midnight"), ("rel", "by midnight tonight")]
    last = calendar.monthrange(due.year, due.month)[1]
    if due.day == last and diff >= 2:
        out.append(("span", f"by the end of {_MONTHS[due.month - 1]}"))
        if due.month == sent.month:
            out += [("span", "by the end of the month"), ("span", "by month end")]
    return out


def point_phrases(sent: datetime, due: datetime) -> list[tuple[str, str]]:
    """(style, wording) naming the moment: tomorrow at 9:30am, 3pm on Wednesday."""
    days = _day_forms(sent.date(), due.date())
    if due.time() == _END:
        return [(style, _on(day)) for style, day in days]
    clocks = _clock(due.time())
    out = [(style, f"{_on(day)} at {clock}") for style, day in days for clock in clocks]
    out += [(style, f"at {clock} {_on(day)}") for style, day in days for clock in clocks]
    if due.date() == sent.date():
        out += [("bare", f"at {clock} today") for clock in clocks]
        if due.hour >= 18:
            out += [("rel", f"at {clock} tonight") for clock in clocks]
    return out


def hours_phrases(sent: datetime, due: datetime) -> list[tuple[str, str]]:
    """Durations counted from the message itself: within 2 hours."""
    words = {30: ["within 30 minutes", "within half an hour"],
             60: ["within an hour", "within 1 hour", "within one hour"],
             120: ["within 2 hours", "within two hours"], 180: ["within 3 hours"],
             240: ["within 4 hours"]}
    minutes = int((due - sent).total_seconds() // 60)
    return [("hours", w) for w in words.get(minutes, [])]
