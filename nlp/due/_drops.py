"""Why an expression is no due: the words around it, its place, its distance.

Each rule names its reason ("superseded", "effective-from", "history",
"horizon", "past", ...), so :func:`nlp.due.explain_due` shows why an
expression was not chosen. Dates told as background (forecasts, rosters,
weather, events for the public) are :mod:`nlp.due._background`'s rules, tried
last.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta

from nlp.due import _patterns as pat
from nlp.due._background import background
from nlp.due._lexicon import MONTH_STEMS, WEEKDAY_STEMS
from nlp.due._types import Candidate, Piece, Role

__all__ = ["HORIZON", "LOOK_BEHIND", "dropped", "sentence"]

# Further ahead than this, a date is a plan horizon rather than something to act on.
HORIZON = timedelta(days=92)
# A named holiday or lunar date is a fixed day people plan work for months ahead
# ("五一前把警示牌换好" sent in January); half a year still reads as a deadline.
_NAMED_HORIZON = timedelta(days=183)
# A deadline that names its day ("due this Friday 4 December"), not a span ("within a day").
_NAMED_DAY = re.compile(rf"[日号]|(?i:{WEEKDAY_STEMS}|{MONTH_STEMS})")
LOOK_BEHIND = 20  # how far back the words before an expression are read
_SENTENCE_ENDS = "。!?;\n"
# An issuer then a date, at the end or before the contact line, on one line:
# "…无法使用。 县委办公室 11月4日 联系人：…" was written on the 4th.
_ISSUER_BEFORE = re.compile(
    r"(?:办公室|委员会|人民政府|政府|[局委办所站队院]|中心|村委会|居委会|社区)\s*$"
)
_SIGNED_AFTER = re.compile(r"\s*(?:$|\n|(?:联系人|联系电话|电话|附件)\s*[:：])")


def sentence(text: str, start: int, end: int) -> str:
    """The sentence that holds ``text[start:end]``."""
    left = max(text.rfind(mark, 0, start) for mark in _SENTENCE_ENDS) + 1
    rights = [i for i in (text.find(mark, end) for mark in _SENTENCE_ENDS) if i >= 0]
    return text[left : min(rights, default=len(text))]


def _signature(text: str, start: int, end: int, clockless: bool) -> bool:
    """A date alone on the last lines, under the sender's name: when it was written."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    alone = line.strip(" .。") == text[start:end].strip()
    if line_start > 0 and alone and clockless:
        return True
    issued = _ISSUER_BEFORE.search(text, max(0, start - 12), start)
    return clockless and issued is not None and bool(_SIGNED_AFTER.match(text, end))


def _beside(text: str, start: int, end: int, clockless: bool) -> str | None:
    """Why the words right beside ``text[start:end]`` make it no due, or None."""
    before = text[max(0, start - LOOK_BEHIND) : start]
    deadline_after = pat.DEADLINE_AFTER.match(text, end)
    if pat.SUPERSEDED_AFTER.match(text, end) or pat.SUPERSEDED_BEFORE.search(before):
        return "superseded"
    if _signature(text, start, end, clockless):
        return "signature"
    if pat.AS_OF_BEFORE.search(before):
        return "as-of"
    if pat.AS_OF_LEAD.search(before) and pat.COUNTED_AFTER.match(text, end):
        return "as-of"
    if not deadline_after and pat.FROM_AFTER.match(text, end):
        return "effective-from"
    if clockless and not deadline_after and pat.FROM_BEFORE.search(before):
        return "effective-from"
    if pat.HISTORY_AFTER.match(text, end) or pat.HISTORY_BEFORE.search(before):
        return "history"
    if pat.SEEN_AFTER.match(text, end):
        return "history"
    if pat.ON_DUTY_AFTER.match(text, end):
        return "roster"
    if not deadline_after and pat.PERIOD_END_BEFORE.search(before):
        return "period"
    return None


def _informational(clause: str) -> bool:
    """Whether ``clause`` tells of an interruption, opening hours or the like as news,
    not as what the ask is timed by (:data:`nlp.due._patterns.INFO_SERVES`)."""
    return any(
        not pat.INFO_SERVES.match(clause, found.end())
        and not pat.INFO_SERVES_BEFORE.search(clause, 0, found.start())
        for found in pat.INFO_CLAUSE.finditer(clause)
    )


def dropped(
    text: str, span: tuple[int, int], pieces: Sequence[Piece], found: Candidate, sent_at: datetime
) -> str | None:
    """Why the expression ``text[start:end]`` of ``pieces`` is no due, or None.

    ``found`` is what it resolved to (its moment and role, not yet dropped).
    """
    start, end = span
    moment, role = found.moment, found.role
    why = _beside(text, start, end, all(p.hour is None for p in pieces))
    if why is not None:
        return why
    horizon = _NAMED_HORIZON if any(p.named for p in pieces) else HORIZON
    if any(p.horizon for p in pieces) or moment > sent_at + horizon:
        return "horizon"
    if moment.date() < sent_at.date():
        return "past"
    if moment < sent_at:
        # "last seen 15:30", "今天下午3点左右走失", "sent 11:02": a time of today already
        # gone is what happened, never what to act by (no labelled due precedes its message)
        return "passed"
    clause = sentence(text, start, end)
    if pat.PLAN_CLAUSE.search(clause):
        return "plan"
    # "same as last month" beside "due this Friday": the deadline is this month's
    if (
        pat.HISTORY_CLAUSE.search(clause) and not pat.REQUEST.search(clause)
        and not (role is Role.DEADLINE and _NAMED_DAY.search(text, start, end))
    ):  # fmt: skip
        return "history"
    if role is not Role.DEADLINE and _informational(clause):
        return "informational"
    return background(text, start, end, role, clause)
