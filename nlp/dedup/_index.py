"""The cluster index: candidates by LSH, then verification and guards."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from difflib import SequenceMatcher
from itertools import chain

import numpy as np

from nlp.dedup._canonical import Facts, canonical, compact, facts, same_venue
from nlp.dedup._signature import Hashes, band_keys, shingle_hashes, signature
from nlp.dedup._types import DedupItem, MatchScore

__all__ = ["ClusterIndex"]

_BUCKET_CAP = 32  # newest items kept per bucket: copies arrive close in time
# Verified candidates, most shared bands first: true copies share many bands,
# and verifying a long tail of template siblings is what makes matching slow.
_CANDIDATE_CAP = 24
_SURE = 0.95  # a copy this close ends the search
# Long texts (forwarded documents) travel by copy and paste, never retyped: two
# of them are one notice only if one is a verbatim excerpt of the other. Shared
# boilerplate, another version, a sentence dropped mid-text: another document.
LONG_TEXT = 200
WRAPPER, LEAD_IN, TAIL = 24, 80, 2
_SPACE = re.compile(r"\s+")


@dataclass(slots=True)
class _Entry:
    cluster: int
    sent_at: datetime
    due_at: datetime | None
    hashes: Hashes
    text: str
    facts: Facts
    bands: list[bytes]


class ClusterIndex:
    """Assigns each notice to the cluster of its earlier copies, or a new one.

    Callers never pass chatter: acknowledgements are not notices and must not
    join a cluster.
    """

    def __init__(
        self,
        *,
        window: timedelta = timedelta(days=30),
        undated_window: timedelta = timedelta(days=7),
        jaccard: float = 0.55,
        containment: float = 0.85,
        min_contained: int = 12,
        reworded: tuple[float, float] = (0.3, 0.5),
        reworded_window: timedelta = timedelta(days=3),
    ) -> None:
        self.window, self.jaccard, self.containment = window, jaccard, containment
        self.undated_window = undated_window
        self.reworded, self.reworded_window = reworded, reworded_window
        self.min_contained = min_contained
        self._entries: dict[int, _Entry] = {}
        self._buckets: dict[bytes, list[int]] = {}

    def __len__(self) -> int:
        return len(self._entries)

    def _entry(self, item: DedupItem, cluster: int) -> _Entry:
        text = canonical(item.text)
        hashes = shingle_hashes(compact(text))
        bands = band_keys(signature(hashes))
        if item.due_at is not None:
            # A reworded copy may share no band at all: the due minute finds it.
            bands.append(b"due:" + item.due_at.astimezone(UTC).isoformat().encode())
        return _Entry(
            cluster,
            item.sent_at,
            item.due_at,
            hashes,
            _SPACE.sub("", text),
            facts(item.text, text, item.sent_at),
            bands,
        )

    def _insert(self, key: int, entry: _Entry) -> None:
        self._entries[key] = entry
        for band in entry.bands:
            bucket = self._buckets.setdefault(band, [])
            bucket.append(key)
            if len(bucket) > _BUCKET_CAP:
                del bucket[0]

    def _candidates(self, entry: _Entry) -> list[int]:
        # the entry itself is not indexed yet, so it cannot vote for itself
        votes = Counter(chain.from_iterable(self._buckets.get(band, ()) for band in entry.bands))
        oldest = entry.sent_at - self.window
        return [
            k
            for k, _ in votes.most_common(_CANDIDATE_CAP)
            if k in self._entries and self._entries[k].sent_at >= oldest
        ]

    def score(self, a: _Entry, b: _Entry) -> MatchScore:
        """Similarity of two entries and whether the guards allow a merge."""
        small, large = sorted((a, b), key=lambda e: e.hashes.size)
        jaccard, contained = _overlap(small, large)
        similar = self._similar(small, large, jaccard, contained)
        conflict = None
        if similar:
            conflict = _conflict(small, large, self.undated_window)
            if conflict is None and len(small.text) >= LONG_TEXT:
                conflict = _not_verbatim(small.text, large.text)
        return MatchScore(jaccard, contained, similar and conflict is None, conflict)

    def _rank(self, a: _Entry, b: _Entry) -> float | None:
        """What :meth:`score` decides, cheapest test first; None when they must not merge."""
        small, large = sorted((a, b), key=lambda e: e.hashes.size)
        if _conflict(small, large, self.undated_window) is not None:
            return None  # most template siblings stop here, before any intersection
        jaccard, contained = _overlap(small, large)
        if not self._similar(small, large, jaccard, contained):
            return None
        if len(small.text) >= LONG_TEXT and _not_verbatim(small.text, large.text):
            return None
        return max(jaccard, contained)

    def _similar(self, small: _Entry, large: _Entry, jaccard: float, contained: float) -> bool:
        if jaccard >= self.jaccard:
            return True
        if contained >= self.containment and small.hashes.size >= self.min_contained:
            return True
        anchored = self._anchored(small, large)
        return anchored and (jaccard >= self.reworded[0] or contained >= self.reworded[1])

    def _anchored(self, a: _Entry, b: _Entry) -> bool:
        """A reworded copy asks for the same thing by the same minute, within days.

        Then far less wording need be shared ("市森林防火检查组11月24日10时来白水镇查…"
        rewords "…将于下周二（11月24日）上午10点到白水镇检查…").
        """
        return (
            a.due_at is not None
            and a.due_at == b.due_at
            and abs(a.sent_at - b.sent_at) <= self.reworded_window
        )

    def _best(self, entry: _Entry) -> int | None:
        best: tuple[float, int] | None = None
        for other in self._candidates(entry):
            rank = self._rank(entry, self._entries[other])
            if rank is not None and (best is None or rank > best[0]):
                best = (rank, self._entries[other].cluster)
                if rank >= _SURE:
                    break
        return best[1] if best else None

    def assign(self, item: DedupItem) -> int:
        entry = self._entry(item, item.key)
        entry.cluster = self._best(entry) or item.key
        self._insert(item.key, entry)
        return entry.cluster

    def assign_batch(self, items: list[DedupItem]) -> list[int]:
        return [self.assign(item) for item in items]

    def restore(self, item: DedupItem, cluster: int) -> None:
        """Re-index a stored notice under its stored cluster, without matching."""
        self._insert(item.key, self._entry(item, cluster))

    def update(self, item: DedupItem) -> int:
        """An edited notice: matched afresh; unmatched, it keeps its own id."""
        self.forget(item.key)
        return self.assign(item)

    def forget(self, key: int) -> None:
        entry = self._entries.pop(key, None)
        if entry is None:
            return
        for band in entry.bands:
            bucket = self._buckets.get(band)
            if bucket and key in bucket:
                bucket.remove(key)
                if not bucket:
                    del self._buckets[band]

    def expire(self, before: datetime) -> int:
        old = [key for key, entry in self._entries.items() if entry.sent_at < before]
        for key in old:
            self.forget(key)
        return len(old)

    def explain(self, a: DedupItem, b: DedupItem) -> MatchScore:
        """Why two notices would (not) merge: for tests and debugging."""
        return self.score(self._entry(a, a.key), self._entry(b, b.key))


def _shared(small: Hashes, large: Hashes) -> int:
    """How many values two sorted, unique arrays share (faster than np.intersect1d)."""
    if not small.size or not large.size:
        return 0
    at = np.searchsorted(large, small)
    at[at == large.size] = 0
    return int(np.count_nonzero(large[at] == small))


def _overlap(small: _Entry, large: _Entry) -> tuple[float, float]:
    """Jaccard similarity and containment of the smaller in the larger."""
    shared = _shared(small.hashes, large.hashes)
    union = small.hashes.size + large.hashes.size - shared
    jaccard = shared / union if union else 1.0
    return jaccard, shared / small.hashes.size if small.hashes.size else 0.0


def _conflict(small: _Entry, large: _Entry, undated_window: timedelta) -> str | None:
    """The same template with another date, figure or place is another notice.

    So is the same undated text weeks apart: copies travel within days, and
    nothing ties a dateless warning re-posted after a fortnight to the first.
    """
    if small.due_at and large.due_at and small.due_at != large.due_at:
        return "due times differ"
    mine, theirs = small.facts, large.facts
    apart = abs(small.sent_at - large.sent_at)
    if not mine.moments and not theirs.moments and apart > undated_window:
        return f"undated, {apart.days} days apart"
    if mine.moments - theirs.moments:
        unmatched = sorted(moment.isoformat() for moment in mine.moments - theirs.moments)
        return f"dates or times differ: {unmatched}"
    if mine.numbers - theirs.numbers:
        return f"numbers differ: {sorted(mine.numbers - theirs.numbers)}"
    if mine.places - theirs.places:
        return f"places differ: {sorted(mine.places - theirs.places)}"
    if theirs.venues:
        for venue in mine.venues:
            if not any(same_venue(venue, other) for other in theirs.venues):
                return f"venues differ: {venue} not in {list(theirs.venues)}"
    return None


def _not_verbatim(small: str, large: str) -> str | None:
    """None when ``small`` is a wrapper plus an excerpt of ``large``, verbatim.

    The excerpt must run to the end of ``small`` and start within the first
    few characters of both texts (relay wrappers and short lead-ins): a
    sentence dropped or a line changed inside breaks the run, and a passage
    from the middle of another document is shared boilerplate, not a copy.
    """
    matcher = SequenceMatcher(None, small, large, autojunk=False)
    block = matcher.find_longest_match(0, len(small), 0, len(large))
    starts_both = block.a <= WRAPPER and block.b <= LEAD_IN
    if starts_both and block.a + block.size >= len(small) - TAIL:
        return None
    return f"long texts differ inside (verbatim run {block.size}/{len(small)})"
