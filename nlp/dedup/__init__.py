"""Merge copies of one notice: forwarded, prefixed, trimmed, quoted, re-scripted.

Candidates come from MinHash LSH over character shingles of a canonical text;
each is verified by Jaccard similarity or containment (so a notice quoted in a
longer forward still matches), then guarded: another due time, number, date or
place means another notice, however alike the template.
"""

from dataclasses import dataclass

from nlp.dedup._canonical import canonical, from_prepared
from nlp.dedup._cues import has_change, has_cue
from nlp.dedup._cues import status_line as _status_line
from nlp.dedup._index import ClusterIndex
from nlp.dedup._types import DedupItem, MatchScore

__all__ = [
    "ClusterIndex",
    "DedupItem",
    "FollowUp",
    "MatchScore",
    "changes",
    "chases",
    "follow_up",
    "status_line",
]


def chases(text: str, *, prepared: str | None = None) -> bool:
    """Whether a text (one the classifier may take for chatter) chases an earlier request.

    ``prepared`` is :func:`nlp.due.prepare` of ``text`` when the caller has it
    (the understanding carries it).
    """
    return has_cue(canonical(text) if prepared is None else from_prepared(prepared))


def changes(text: str) -> bool:
    """Whether a text changes something announced before ("改到周四", "moved to")."""
    return has_change(canonical(text))


@dataclass(frozen=True, slots=True)
class FollowUp:
    """What a copy that joined a notice's cluster adds to it, for the digest."""

    reminder: bool  # it chases the notice ("再提醒", "还差", "still missing")
    status: str | None  # how far the work got, in the sender's words


def follow_up(text: str, *, prepared: str | None = None) -> FollowUp:
    """Whether a copy of a notice is a reminder of it, and its status line.

    A digest shows a notice once with "提醒 N 次", the latest status line and the
    latest due; the copies that are retellings or forwards are not reminders.
    ``prepared`` as for :func:`chases`.
    """
    status = status_line(text)
    return FollowUp(chases(text, prepared=prepared) or status is not None, status)


def status_line(text: str) -> str | None:
    """How far the work got, in the sender's words ("还有3个村没报"); None when a
    text states no progress."""
    return _status_line(text, canonical)
