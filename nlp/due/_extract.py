"""From pieces to candidate due moments, each with its role and any reason to drop it.

Adjacent pieces form one expression ("本周三（11月18日）下午3点半"). Each
expression is resolved against ``sent_at`` and the expression before it (a
clock time alone takes the day last spoken of, a bare "20日" its month), then
the words around it decide its role: 前/截止/by make a deadline, a clock time
alone an event start; :mod:`nlp.due._drops` says when 起, 由…调整为, outage
notices, policy targets or history make it no due at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from nlp.due import _patterns as pat
from nlp.due import _resolve as cal
from nlp.due._background import campaign_range
from nlp.due._drops import HORIZON, LOOK_BEHIND, dropped, sentence
from nlp.due._lexicon import NIGHT_PERIODS, PERIOD_SHIFT
from nlp.due._pieces import scan
from nlp.due._told_only import opening_hours
from nlp.due._types import Candidate, Piece, Role

__all__ = ["HORIZON", "extract"]


# A clock time with no day that passed this long ago means tomorrow ("8点前" at 22:30).
_BARE_CLOCK_ROLLOVER = timedelta(hours=6)
_EVENING = 18  # from this hour on, a bare 7-11 o'clock still ahead tonight is tonight
_DAWN = 7  # before this hour, a bare 1-6 o'clock within _DAWN_REACH is this morning's
_DAWN_REACH = timedelta(hours=2)
_MIDNIGHT_FROM = 20  # from this hour on, a bare "12点前" is tonight's midnight, not noon
_ZERO, _NOON = time(0, 0), time(12, 0)
# Dropped for what the sentence is about, not for being wrong: the day still anchors
# the times after it ("今晚有寒潮，9点前报我" is 21:00); so does a time replaced
# ("晚上的会改到8点" is 20:00).
# So does a time of today already gone ("今天早上七点摔了一跤，下午上门看一下").
# So does the day inspectors come ("明天上午考核组来，8点半到村委会集合" is tomorrow's).
_STILL_ANCHORS = frozenset({"weather", "superseded", "passed", "inspection"})
# A dash with spaces both sides after a moment a correction says is not: the dash
# sets off what it is, it joins no range
_SET_OFF = re.compile(r"\s+[-–—]\s+")


@dataclass(slots=True)
class _Group:
    pieces: list[Piece] = field(default_factory=list)
    range_tail: bool = False

    @property
    def start(self) -> int:
        return self.pieces[0].start

    @property
    def end(self) -> int:
        return self.pieces[-1].end


@dataclass(slots=True)
class _Context:
    """What earlier expressions said, for the ones that leave it out."""

    day: date | None = None  # from live expressions only
    spoken: date | None = None  # any stated day, live or not: anchors a range's end
    period: str | None = None
    hour: int | None = None
    head: date | None = None  # the day of the expression just read: a range's end shares it


def _joins(group: _Group, piece: Piece, text: str) -> bool:
    if not pat.GLUE.fullmatch(text, group.end, piece.start):
        return False
    if ")," in text[group.end : piece.start]:
        return False  # "(截至10月底),17号截止": a closed aside, then a new clause
    taken = group.pieces
    if piece.moment is not None or any(p.moment is not None for p in taken):
        return False
    has_clock = any(p.hour is not None for p in taken)
    if piece.hour is not None or (piece.alone is not None and piece.day is None):
        return not has_clock
    # A day joins a day of another sort ("本周五（11月20日）") or a clock said first
    # ("5pm Friday"); a second written date or a day after a full moment is a new one.
    has_day = any(p.day is not None or p.day_of_month is not None for p in taken)
    if piece.exact and any(p.exact for p in taken):
        return False
    if piece.exact and has_day:
        return True  # "at 4pm on Monday 28 December": the date names the weekday's day
    return not (has_day and has_clock)


def _group(pieces: list[Piece], text: str) -> list[_Group]:
    groups: list[_Group] = []
    for piece in pieces:
        if groups and _joins(groups[-1], piece, text):
            groups[-1].pieces.append(piece)
            continue
        tail = bool(groups) and pat.RANGE_GLUE.fullmatch(text, groups[-1].end, piece.start)
        groups.append(_Group([piece], range_tail=bool(tail)))
    return groups


def _hour(piece: Piece, period: str | None, context: _Context) -> int:
    hour = piece.hour or 0
    if (hour in (0, 12) and period in NIGHT_PERIODS) or (hour == 12 and period == "am"):
        return 24  # "今晚12点", "晚上零点", "12am": midnight, as "by midnight Friday" is
    inherited = context.period if piece.period is None else None
    # "晚上8点开始，7点半前到场": the evening carries over when it fits.
    fits = context.hour is not None and abs(hour + 12 - context.hour) <= 3
    if period is None and inherited and PERIOD_SHIFT.get(inherited) and hour < 12 and fits:
        return hour + 12
    if period is None:
        return hour + 12 if 1 <= hour <= 6 else hour  # "3点开会" in office hours is 15:00
    shift = PERIOD_SHIFT.get(period)
    return hour + shift if shift and hour < 12 else hour


def _numbered(
    group: _Group, number: int, context: _Context, today: date, weekday: int | None
) -> date | None:
    """A bare "25日" or "the 19th", checked loosely against a weekday said beside it."""
    if group.range_tail and context.spoken is not None:
        return cal.day_of_month(context.spoken, number, floor=context.spoken)
    anchor, floor = (context.day, None) if context.day else (today, today)
    day = cal.day_of_month(anchor, number, floor=floor)
    if day is None or weekday is None or day.weekday() == weekday:
        return day
    # "Tuesday the 19th" when the coming 19th is a Thursday: a later 19th if that is a
    # Tuesday, else the coming one (the number is likelier right than the weekday).
    after = day + timedelta(days=1)
    later = cal.day_of_month(after, number, floor=after)
    if later is not None and later.weekday() == weekday:
        return later
    # "2nd Jan shifts by Thursday 10th", sent on 1 December: the month just named is the
    # shifts', and the coming 10th is the Thursday
    coming = cal.day_of_month(today, number, floor=today)
    return coming if coming is not None and coming.weekday() == weekday else day


def _day(group: _Group, context: _Context, today: date) -> tuple[date | None, bool]:
    """The group's day and whether it was stated (rather than taken from context).

    A written date beats a weekday beside it, and so does a day of the month:
    "Monday the 7th" sent on a Monday is the 7th, not today.
    """
    days = [p.day for p in group.pieces if p.day is not None]
    exact = [p.day for p in group.pieces if p.day is not None and p.exact]
    # "本周内（周五前）": the weekday says which day of the week
    specific = [p.day for p in group.pieces if p.day is not None and not p.period_end]
    numbered = next((p.day_of_month for p in group.pieces if p.day_of_month is not None), None)
    if exact or (days and numbered is None):
        return (exact or specific or days)[0], True
    if numbered is not None:
        weekday = (specific or days)[0].weekday() if days else None
        return _numbered(group, numbered, context, today, weekday), True
    if group.range_tail and context.head is not None:
        return context.head, False  # "11月24日8:00至18:00": the end is on the 24th too
    return context.day, False


def _clock(group: _Group, context: _Context) -> tuple[time | None, str | None]:
    period = next((p.period for p in group.pieces if p.period), None)
    clock = next((p for p in group.pieces if p.hour is not None), None)
    if clock is not None:
        hour = _hour(clock, clock.period or period, context)
        return cal.with_clock(hour, clock.minute), clock.period or period
    # a word said for itself ("tonight at midnight") beats what a day implies
    said = [p.alone for p in group.pieces if p.alone is not None and p.day is None]
    implied = [p.alone for p in group.pieces if p.alone is not None]
    return next(iter(said or implied), None), period


def _dawn(clock: time, period: str | None, sent_at: datetime, said_hour: int | None) -> time:
    """"by 6.10" typed at 05:40 is 06:10, not the 18:10 office hours make of a bare 6."""
    if period is not None or sent_at.hour >= _DAWN or said_hour is None or not 1 <= said_hour <= 6:
        return clock
    dawn = clock.replace(hour=said_hour)
    local = sent_at.timetz().replace(tzinfo=None)
    reach = (sent_at + _DAWN_REACH).timetz().replace(tzinfo=None)
    return dawn if local < dawn <= reach else clock


def _tonight(
    clock: time | None, period: str | None, sent_at: datetime, deadline: bool
) -> time | None:
    """A bare "10点前" typed at 21:15 is tonight's 22:00, not tomorrow morning's 10:00.

    A bare "零点", or "12点前" typed from 20:00 on ("离12点只有十几分钟了"), is tonight's
    midnight. (Before dawn it runs the other way: :func:`_dawn`.)
    """
    if clock is None or period is not None:
        return clock
    late = sent_at.hour >= _MIDNIGHT_FROM and deadline
    if clock == _ZERO or (clock == _NOON and late):
        return cal.MIDNIGHT
    if not 7 <= clock.hour <= 11:
        return clock
    evening = clock.replace(hour=clock.hour + 12)
    local = sent_at.timetz().replace(tzinfo=None)
    return evening if sent_at.hour >= _EVENING and local < evening else clock


def _moment(
    group: _Group, context: _Context, sent_at: datetime, deadline: bool
) -> tuple[datetime | None, bool]:
    whole = next((p.moment for p in group.pieces if p.moment is not None), None)
    if whole is not None:
        return whole, True
    day, stated = _day(group, context, sent_at.date())
    clock, period = _clock(group, context)
    if day is None and clock is None:
        return None, False
    if clock is not None and day in (None, sent_at.date()):  # "by 6.10", "today 6.30"
        said = next((p.hour for p in group.pieces if p.hour is not None), None)
        clock = _dawn(clock, period, sent_at, said)
    if day is None:
        day = sent_at.date()
        clock = _tonight(clock, period, sent_at, deadline)
        moment = cal.at(day, clock or cal.END_OF_DAY, sent_at)
        if moment < sent_at - _BARE_CLOCK_ROLLOVER:
            moment += timedelta(days=1)
        return moment, False
    return cal.at(day, clock or cal.END_OF_DAY, sent_at), stated


def _role(group: _Group, text: str) -> Role:
    before = text[max(0, group.start - LOOK_BEHIND) : group.start]
    if (
        any(p.deadline for p in group.pieces)
        or pat.DEADLINE_AFTER.match(text, group.end)
        or pat.DEADLINE_BEFORE.search(before)
    ):
        return Role.DEADLINE
    if any(p.hour is not None or p.event for p in group.pieces):
        return Role.START
    return Role.DAY


def extract(text: str, sent_at: datetime, cob: time) -> list[Candidate]:
    """Every date/time expression of ``text`` as a candidate, in reading order."""
    context = _Context()
    candidates: list[Candidate] = []
    for group in _group(scan(text, sent_at, cob), text):
        role = _role(group, text)
        moment, stated = _moment(group, context, sent_at, role is Role.DEADLINE)
        if moment is None:
            continue
        found = Candidate(group.start, group.end, text[group.start : group.end], moment, role)
        why = dropped(text, (group.start, group.end), group.pieces, found, sent_at)
        candidates.append(replace(found, dropped=why))
        context.head = moment.date()
        if stated:
            context.spoken = moment.date()
        if why is None or why in _STILL_ANCHORS:
            clock, period = _clock(group, context)
            context.day = moment.date() if stated else context.day
            # "今晚强寒潮…9点前回复": an evening said alone lends its period, as a clock does
            if clock is not None and (period or any(p.hour is not None for p in group.pieces)):
                context.period, context.hour = period, moment.hour
        elif why == "no-ask" and group.pieces[0].period is not None:
            # an evening said of the speaker's own plans still lends its period: "晚上我在
            # 村委等到9点" is 21:00, not a 9:00 already here
            context.period, context.hour = group.pieces[0].period, moment.hour
    return opening_hours(_settle_ranges(candidates, text), text)


def _settle_ranges(candidates: list[Candidate], text: str) -> list[Candidate]:
    """In "9:00-11:00" or "20日至25日" only one end is the due.

    An event starts at the start; a window to submit in ("12月5日至10日报送")
    or a range followed by 前 closes at the end; a campaign told to the public
    ("11月20日至12月20日开展…专项行动") is neither. A range is one expression, so
    a range that began in the past is history as a whole.
    """
    settled = list(candidates)
    for index in range(1, len(settled)):
        head, tail = settled[index - 1], settled[index]
        if not pat.RANGE_GLUE.fullmatch(text, head.end, tail.start):
            continue
        if head.dropped == "superseded" and _SET_OFF.fullmatch(text, head.end, tail.start):
            continue  # "THURSDAY not Wednesday – Thursday 3 Dec, 8:15": the replacement
        if head.dropped is not None:
            settled[index] = replace(tail, dropped=tail.dropped or head.dropped)
        elif pat.DEADLINE_AFTER.match(text, tail.end) or pat.WINDOW_AFTER.match(text, tail.end):
            settled[index - 1] = replace(head, dropped="range-start")
            settled[index] = replace(tail, role=Role.DEADLINE)
        elif campaign_range(sentence(text, head.start, tail.end)):
            settled[index - 1] = replace(head, dropped="campaign")
            settled[index] = replace(tail, dropped=tail.dropped or "campaign")
        else:
            settled[index] = replace(tail, dropped=tail.dropped or "range-end")
    return settled
