"""Merge copies of one notice: forwarded, prefixed, trimmed, quoted, re-scripted.

Candidates come from MinHash LSH over character shingles of a canonical text;
each is verified by Jaccard similarity or containment (so a notice quoted in a
longer forward still matches), then guarded: another due time, number, date or
place means another notice, however alike the template.
"""

from nlp.dedup._canonical import canonical
from nlp.dedup._cues import has_cue
from nlp.dedup._index import ClusterIndex
from nlp.dedup._types import DedupItem, MatchScore

__all__ = ["ClusterIndex", "DedupItem", "MatchScore", "chases"]


def chases(text: str) -> bool:
    """Whether a text (one the classifier may take for chatter) chases an earlier request."""
    return has_cue(canonical(text))
