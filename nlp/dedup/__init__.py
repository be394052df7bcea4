"""Merge copies of one notice: forwarded, prefixed, trimmed, quoted, re-scripted.

Candidates come from MinHash LSH over character shingles of a canonical text;
each is verified by Jaccard similarity or containment (so a notice quoted in a
longer forward still matches), then guarded: another due time, number, date or
place means another notice, however alike the template.
"""

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from nlp.dedup._canonical import canonical, from_prepared
from nlp.dedup._cues import has_change, has_cue, reports_done
from nlp.dedup._cues import status_line as _status_line
from nlp.dedup._index import ClusterIndex
from nlp.dedup._own_part import answers_for_own_part
from nlp.dedup._types import DedupItem, MatchScore
from nlp.due import is_acknowledgement

__all__ = [
    "ClusterIndex",
    "DedupItem",
    "FollowUp",
    "MatchScore",
    "answers_for_own_part",
    "changes",
    "chases",
    "could_follow_up",
    "folding",
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


_BARE_LIMIT = 40  # characters: a bare follow-up names the object and who is behind


def could_follow_up(text: str) -> bool:
    """Whether a text taken for chatter may be a bare follow-up of an open notice
    ("志愿活动计划 龙潭 下坪 上坪 😭", "医保 三组五组的还没给我"): short, neither
    an acknowledgement, a question nor a reply that reports its part done
    ("一组看完了", "高山今晚加班录完"). Only a notice of its own group whose due
    it comes before may take it (:meth:`ClusterIndex.place_batch`)."""
    folded = canonical(text)
    if not 4 <= len(folded) <= _BARE_LIMIT or text.rstrip().endswith(("?", "？", "吗", "呢")):
        return False
    return not is_acknowledgement(folded) and not reports_done(folded)


@dataclass(frozen=True, slots=True)
class FollowUp:
    """What a copy that joined a notice's cluster adds to it, for the digest."""

    reminder: bool  # it chases the notice ("再提醒", "还差", "still missing")
    status: str | None  # how far the work got, in the sender's words


def follow_up(
    text: str, *, prepared: str | None = None, fold: Callable[[str], str] = canonical
) -> FollowUp:
    """Whether a copy of a notice is a reminder of it, and its status line.

    A digest shows a notice once with "提醒 N 次", the latest status line and the
    latest due; the copies that are retellings or forwards are not reminders.
    ``prepared`` as for :func:`chases`; ``fold`` as for :func:`status_line`.
    """
    status = status_line(text, fold)
    return FollowUp(chases(text, prepared=prepared) or status is not None, status)


def status_line(text: str, fold: Callable[[str], str] = canonical) -> str | None:
    """How far the work got, in the sender's words ("还有3个村没报"); None when a
    text states no progress. ``fold`` reads each clause as matching does (see
    :func:`folding`)."""
    return _status_line(text, fold)


def folding() -> Callable[[str], str]:
    """The canonical form of a clause, remembered while the caller keeps it: the
    status line folds a text clause by clause, and the copies of a batch share
    their clauses. One batch's, dropped with it: nothing stays in the module."""
    return lru_cache(maxsize=None)(canonical)
