"""When messages are sent and when what they ask for is due.

Sent times follow a work group's rhythm (office hours, but also evenings, late
nights, early mornings and weekends, which is where "本周五" and "下周一" get
interesting); due times are drawn first and worded afterwards. Deadlines that
land just past the two-hour urgency line are avoided so the urgent label never
hinges on a few minutes.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta, timezone

__all__ = [
    "END",
    "START",
    "TZ",
    "in_grey_zone",
    "is_urgent",
    "sample_day",
    "sample_deadline",
    "sample_event",
    "sample_hours",
    "sample_sent",
]

TZ = timezone(timedelta(hours=8))
START = date(2026, 10, 26)
END = date(2027, 1, 3)
URGENT_WINDOW = timedelta(hours=2)
_GREY = timedelta(minutes=150)
_DAY_TIMES = ((time(23, 59), 55), (time(17, 30), 14), (time(12), 8), (time(17), 6),
              (time(18), 4), (time(16), 3), (time(10), 3), (time(9), 2), (time(15), 2),
              (time(11), 2), (time(21), 1))
_EVENT_TIMES = ((time(9), 18), (time(14, 30), 14), (time(15), 12), (time(10), 10),
                (time(8, 30), 8), (time(9, 30), 8), (time(14), 8), (time(15, 30), 7),
                (time(16), 5), (time(19, 30), 3), (time(20), 3), (time(11), 2))


def _pick(rng: random.Random, weighted: tuple[tuple[time, int], ...]) -> time:
    return rng.choices([t for t, _ in weighted], [w for _, w in weighted])[0]


def in_grey_zone(sent: datetime, due: datetime | None) -> bool:
    """Due a little over two hours away, where "about two hours" is a judgement call."""
    return due is not None and URGENT_WINDOW < due - sent <= _GREY


def is_urgent(cue: bool, sent: datetime, due: datetime | None) -> bool:
    """The corpus rule: an explicit demand for immediacy, or due within two hours."""
    return cue or (due is not None and timedelta(0) < due - sent <= URGENT_WINDOW)


def sample_day(rng: random.Random) -> date:
    """Any day of the period; weekends are quieter but not silent."""
    while True:
        day = START + timedelta(days=rng.randrange((END - START).days + 1))
        if day.weekday() < 5 or rng.random() < 0.22:
            return day


def sample_sent(rng: random.Random, day: date | None = None) -> datetime:
    """A posting time: mostly office hours, some evenings, nights and dawns."""
    day = day or sample_day(rng)
    roll = rng.random()
    if roll < 0.80:
        minute = rng.randrange(8 * 60, 18 * 60)
    elif roll < 0.90:
        minute = rng.randrange(18 * 60, 22 * 60 + 30)
    elif roll < 0.95:
        minute = rng.randrange(22 * 60 + 30, 24 * 60)
    else:
        minute = rng.randrange(6 * 60, 8 * 60)
    return datetime.combine(day, time(minute // 60, minute % 60), TZ)


def _soon(rng: random.Random, sent: datetime) -> datetime:
    """A clock time 30 minutes to 2 hours ahead, on the hour or half hour."""
    base = sent.replace(second=0, microsecond=0)
    marks = [base + timedelta(minutes=m) for m in range(30, 121)
             if (base + timedelta(minutes=m)).minute in (0, 30)]
    return rng.choice(marks)


def _valid(sent: datetime, due: datetime) -> bool:
    gap = due - sent
    return gap > _GREY or timedelta(minutes=30) <= gap <= URGENT_WINDOW


def sample_deadline(rng: random.Random, sent: datetime, soon: float = 0.07,
                    calm: bool = False, horizon: int = 30) -> datetime:
    """A submission deadline at most ``horizon`` days ahead; ``soon`` is the share
    due within two hours, ``calm`` rules those out (a message that says it is
    not urgent)."""
    if not calm and rng.random() < soon:
        return _soon(rng, sent)
    for attempt in range(1000):
        roll = rng.random()
        if roll < 0.16:
            offset = 0
        elif roll < 0.36:
            offset = 1
        elif roll < 0.74:
            offset = rng.randint(2, 6)
        elif roll < 0.90:
            offset = rng.randint(7, 13)
        else:
            offset = rng.randint(14, 30)
        day = sent.date() + timedelta(days=min(offset, horizon + attempt // 100))
        if day.weekday() >= 5 and rng.random() < 0.8:
            continue
        due = datetime.combine(day, _pick(rng, _DAY_TIMES), sent.tzinfo)
        if _valid(sent, due) and (not calm or due - sent > _GREY):
            return due
    raise ValueError(f"no deadline after {sent}")


def sample_event(rng: random.Random, sent: datetime, soon: float = 0.0,
                 calm: bool = False, horizon: int = 14) -> datetime:
    """The start of a meeting, training or inspection; ``soon`` is the share
    starting within two hours, ``calm`` rules those out entirely."""
    if not calm and rng.random() < soon:
        return _soon(rng, sent)
    for attempt in range(1000):
        roll = rng.random()
        offset = (0 if roll < 0.14 else 1 if roll < 0.40 else
                  rng.randint(2, 6) if roll < 0.85 else rng.randint(7, 14))
        day = sent.date() + timedelta(days=min(offset, horizon + attempt // 100))
        if day.weekday() >= 5 and rng.random() < 0.9:
            continue
        due = datetime.combine(day, _pick(rng, _EVENT_TIMES), sent.tzinfo)
        if due - sent >= timedelta(minutes=45) and _valid(sent, due) and (
                not calm or due - sent > _GREY):
            return due
    raise ValueError(f"no event time after {sent}")


def sample_hours(rng: random.Random, sent: datetime) -> datetime:
    """A due time counted from the message: within 30 minutes to 4 hours."""
    base = sent.replace(second=0, microsecond=0)
    return base + timedelta(minutes=rng.choice((30, 60, 60, 120, 120, 180, 240)))
