"""Merge copies of one notice: forwarded, prefixed, trimmed, quoted, re-scripted.

Candidates come from MinHash LSH over character shingles of a canonical text;
each is verified by Jaccard similarity or containment (so a notice quoted in a
longer forward still matches), then guarded: another due time, number, date or
place means another notice, however alike the template.
"""

import re

from nlp.dedup._canonical import canonical
from nlp.dedup._cues import has_cue, is_status
from nlp.dedup._index import ClusterIndex
from nlp.dedup._types import DedupItem, MatchScore
from nlp.due import prepare

__all__ = ["ClusterIndex", "DedupItem", "MatchScore", "chases", "status_line"]

_CLAUSE = re.compile(r"[^，,。.！!？?；;：\n]+")


def chases(text: str) -> bool:
    """Whether a text (one the classifier may take for chatter) chases an earlier request."""
    return has_cue(canonical(text))


def status_line(text: str) -> str | None:
    """The last clause of a follow-up that says how far the work got, as written
    ("还有3个村没报"); None when it states no progress."""
    found = None
    for clause in _CLAUSE.findall(text):
        if clause.strip() and is_status(prepare(clause)):
            found = clause.strip()
    return found
