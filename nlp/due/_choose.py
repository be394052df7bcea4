"""Which candidate is the due moment.

The reader must act by the earliest live deadline (前, 截止, by, within N
days); failing that, by the earliest event start; failing that, by the
earliest day mentioned. A demand on a schedule ("每天9点前打卡") has no
single due moment at all, whatever else the message mentions; nor has a question
about what a deadline means ("周五下班前是按五点半还是六点？").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import timedelta

from nlp.due._lexicon import MONTH_STEMS, WEEKDAY_STEMS
from nlp.due._patterns import ACKNOWLEDGEMENT, DEADLINE_QUERY, RECURRING
from nlp.due._types import Candidate, Role

__all__ = ["ACKNOWLEDGEMENT_LIMIT", "choose", "is_acknowledgement"]

# A calendar day named, not a time of day alone: "11月30日", "15号", "月底", "4 December",
# "周四", "明天上午10点" (a day of its own, said in a clause apart from the schedule).
_DATED = re.compile(
    rf"[日号]|月[底末]|(?i:{MONTH_STEMS})|周[一二三四五六日天]|星期|礼拜|[明后]天"
    rf"|(?i:tomorrow|{WEEKDAY_STEMS})"
)
# A day said on a schedule of its own ("巡查表每周一下班前发我", "every Monday") closes nothing.
_SCHEDULED = re.compile(r"(?:每个?|逢|\b(?i:every|each)\s+)$")
_CLAUSE_BREAK = re.compile(r"[,，。;；!！\n]|\.\s")

# A moment that names its day ("明天上午9点", "tomorrow 2pm", "Sat 10am", "12月8号9点"),
# not a bare clock time ("8点半", "9:55").
_DAYED = re.compile(
    rf"[今明后昨]|听日|[日号周]|星期|礼拜|(?i:today|tonight|tomorrow|tmrw|tmr|{WEEKDAY_STEMS}"
    rf"|{MONTH_STEMS}|\d(?:st|nd|rd|th)\b)"
)
# How long before an event its helpers' bare call time falls ("8:50签到", "be there by 8.30").
_CALL_TIME = timedelta(minutes=60)
ACKNOWLEDGEMENT_LIMIT = 24  # longer than this, a message after "好的" is a notice


def is_acknowledgement(prepared: str) -> bool:
    """A short reply opening with 收到/好的/noted: the sender answers, nobody is asked."""
    return len(prepared) <= ACKNOWLEDGEMENT_LIMIT and bool(ACKNOWLEDGEMENT.match(prepared))


def _closing_date(
    candidates: Sequence[Candidate], text: str, recurring: re.Match[str]
) -> Candidate | None:
    """The earliest dated deadline said in a clause of its own beside a recurring demand:
    "每天投票，投票截止到11月30日", "12月25日前完成率要100%，每天下午5点报一次" end on
    that day; the demand's own times ("每天9点前打卡") are no due."""
    dated = [
        candidate for candidate in candidates
        if candidate.dropped is None and candidate.role is Role.DEADLINE
        and _DATED.search(candidate.surface)
        and not _SCHEDULED.search(text, 0, candidate.start)
        and _CLAUSE_BREAK.search(_between(text, candidate, recurring))
    ]  # fmt: skip
    return min(dated, key=lambda candidate: candidate.moment) if dated else None


def _between(text: str, candidate: Candidate, match: re.Match[str]) -> str:
    if candidate.end <= match.start():
        return text[candidate.end : match.start()]
    return text[match.end() : candidate.start] if candidate.start >= match.end() else ""


def _event_after_call(chosen: Candidate, live: Sequence[Candidate]) -> Candidate | None:
    """The event a bare call time serves: "明天上午9点开会，8:50签到", "AGM tomorrow 2pm,
    volunteers by 1:15". The notice is the event, dated in full; the bare time just
    before it is when helpers or attendees gather for it. A call time that names its own
    day ("please arrive by 9am today") is the reader's own deadline and stays."""
    if _DAYED.search(chosen.surface):
        return None
    events = [
        candidate for candidate in live
        if candidate.role is Role.START and _DAYED.search(candidate.surface)
        and timedelta(0) < candidate.moment - chosen.moment <= _CALL_TIME
    ]  # fmt: skip
    return min(events, key=lambda candidate: candidate.moment) if events else None


def choose(candidates: Sequence[Candidate], text: str) -> tuple[Candidate | None, str]:
    """The due candidate (or None) and a one-line reason for the choice."""
    if is_acknowledgement(text):
        return None, "acknowledgement"
    if query := DEADLINE_QUERY.search(text):
        return None, f"a question about a deadline {query.group()!r}"
    recurring = RECURRING.search(text)
    if recurring:
        closing = _closing_date(candidates, text, recurring)
        if closing is None:
            return None, f"recurring demand {recurring.group()!r}"
        return closing, f"closing date beside the recurring demand {recurring.group()!r}"
    live = [candidate for candidate in candidates if candidate.dropped is None]
    if not live:
        reasons = sorted({candidate.dropped or "" for candidate in candidates})
        return None, ("all dropped: " + ", ".join(reasons)) if reasons else "no date or time"
    for role in Role:
        of_role = [candidate for candidate in live if candidate.role is role]
        if of_role:
            chosen = min(of_role, key=lambda candidate: candidate.moment)
            event = _event_after_call(chosen, live)
            if event is not None:
                return event, f"event {event.surface!r} after the call time {chosen.surface!r}"
            return chosen, f"earliest {role.value} of {len(live)} live"
    raise AssertionError("every live candidate has a role")  # pragma: no cover
