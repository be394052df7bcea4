"""The cluster index: candidates by LSH, then verification and guards.

Stored notices live in columns (:mod:`nlp.dedup._store`) and their band
values in chained numpy tables (:mod:`nlp.dedup._bands`): a million notices
take a few hundred megabytes rather than gigabytes of Python objects.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from difflib import SequenceMatcher

import numpy as np
import numpy.typing as npt

from nlp.dedup._bands import BandIndex, ranked
from nlp.dedup._batch import Batch, band_rows, joined
from nlp.dedup._canonical import FACT_KINDS, MOMENT, facts, same_venue
from nlp.dedup._signature import BANDS
from nlp.dedup._store import NO_DUE, EntryStore, View
from nlp.dedup._types import DedupItem, MatchScore
from nlp.dedup._wording import LONG_TEXT, bands_of, with_due, wordings

__all__ = ["ClusterIndex"]

_BUCKET_CAP = 8  # newest matches taken per band: copies arrive close in time
# Verified candidates, most shared bands first: true copies share many bands,
# and verifying a long tail of template siblings is what makes matching slow.
_CANDIDATE_CAP = 12
_SURE = 0.95  # a copy this close ends the search
# Long texts (LONG_TEXT and more) merge only as verbatim excerpts. Shared
# boilerplate, another version, a sentence dropped mid-text: another document.
WRAPPER, LEAD_IN, TAIL = 24, 80, 2
_COMPACT_AFTER = 4096  # dead slots tolerated before compaction is considered
_REENTER = 4096  # slots re-entered into the bands at once after compaction


def _minutes(moment: datetime) -> int:
    return int(moment.astimezone(UTC).timestamp()) // 60


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
        self._store = EntryStore()
        # one band per LSH band, and one for the due minute: a reworded copy may
        # share no LSH band at all, but asks by the same minute
        self._bands = BandIndex(BANDS + 1, cap=_BUCKET_CAP)

    def __len__(self) -> int:
        return self._store.living

    def _view(self, item: DedupItem) -> tuple[View, npt.NDArray[np.uint64]]:
        """The item as comparison reads it, and its band values."""
        return self._views([item])[0]

    def _views(self, items: list[DedupItem]) -> list[tuple[View, npt.NDArray[np.uint64]]]:
        viewed = []
        for item, (text, hashes, lsh, flat) in zip(
            items, wordings([item.text for item in items]), strict=True
        ):
            found = facts(item.text, text, item.sent_at)  # dates resolve against the sending time
            due = NO_DUE if item.due_at is None else _minutes(item.due_at)
            sent = _minutes(item.sent_at)
            view = View(sent, due, hashes, found.keys(), found.venues, flat, found)
            viewed.append((view, with_due(lsh, due)))
        return viewed

    def score(self, a: View, b: View) -> MatchScore:
        """Similarity of two notices and whether the guards allow a merge."""
        small, large = _by_size(a, b)
        jaccard, contained = _overlap(small, large)
        similar = self._similar(small, large, jaccard, contained)
        conflict = None
        if similar:
            conflict = _conflict(small, large, self.undated_window)
            if conflict is None and len(small.text) >= LONG_TEXT:
                conflict = _not_verbatim(small.text, large.text)
        return MatchScore(jaccard, contained, similar and conflict is None, conflict)

    def _rank(self, a: View, b: View) -> float | None:
        """What :meth:`score` decides, cheapest test first; None when they must not merge."""
        small, large = _by_size(a, b)
        if _conflict(small, large, self.undated_window, explain=False) is not None:
            return None  # most template siblings stop here, before any intersection
        jaccard, contained = _overlap(small, large)
        if not self._similar(small, large, jaccard, contained):
            return None
        if len(small.text) >= LONG_TEXT and _not_verbatim(small.text, large.text):
            return None
        return max(jaccard, contained)

    def _similar(self, small: View, large: View, jaccard: float, contained: float) -> bool:
        if jaccard >= self.jaccard:
            return True
        if contained >= self.containment and small.hashes.size >= self.min_contained:
            return True
        anchored = self._anchored(small, large)
        return anchored and (jaccard >= self.reworded[0] or contained >= self.reworded[1])

    def _anchored(self, a: View, b: View) -> bool:
        """A reworded copy asks for the same thing by the same minute, within days.

        Then far less wording need be shared ("市森林防火检查组11月24日10时来白水镇查…"
        rewords "…将于下周二（11月24日）上午10点到白水镇检查…").
        """
        minutes = int(self.reworded_window.total_seconds()) // 60
        return a.due != NO_DUE and a.due == b.due and abs(a.sent - b.sent) <= minutes

    def _best(self, view: View, slots: npt.NDArray[np.int64], batch: Batch) -> int | None:
        best: tuple[float, int] | None = None
        for slot in slots[:_CANDIDATE_CAP].tolist():
            other, cluster = batch.read(slot, self._store)
            rank = self._rank(view, other)
            if rank is not None and (best is None or rank > best[0]):
                best = (rank, cluster)
                if rank >= _SURE:
                    break
        return best[1] if best else None

    def assign(self, item: DedupItem) -> int:
        return self.assign_batch([item])[0]

    def assign_batch(self, items: list[DedupItem]) -> list[int]:
        """Clusters for notices in arrival order; a notice may join one earlier in the batch.

        The batch is looked up in one walk of the bands, then matched in order:
        a copy forwarded into many groups at once joins its first arrival.
        """
        if not items:
            return []
        batch = Batch(self._store.slots, self._views(items), self._bands.bands)
        window = int(self.window.total_seconds()) // 60
        oldest = np.asarray([view.sent - window for view in batch.views], dtype=np.int64)
        store = self._store
        cap = self._bands.cap
        inner = batch.inner(oldest, cap)
        room = np.full(batch.values.shape, cap, dtype=np.int64)
        np.subtract.at(room, (inner[0], inner[1]), 1)  # newer than anything stored
        stored = (store.alive.data, store.sent.data)
        found = self._bands.walk(batch.values, batch.present, *stored, oldest, room)
        candidates = ranked(joined(found, inner), len(items))
        for item, view, slots in zip(items, batch.views, candidates, strict=True):
            batch.clusters.append(self._best(view, slots, batch) or item.key)
        store.add_many([item.key for item in items], batch.clusters, batch.views)
        self._bands.add(batch.first, batch.values, batch.present)
        return batch.clusters

    def restore(self, item: DedupItem, cluster: int) -> None:
        """Re-index a stored notice under its stored cluster, without matching."""
        view, values = self._view(item)
        slot = self._store.add(item.key, cluster, view)
        self._bands.add(slot, *band_rows([values], self._bands.bands))

    def update(self, item: DedupItem) -> int:
        """An edited notice: matched afresh; unmatched, it keeps its own id."""
        self.forget(item.key)
        return self.assign(item)

    def forget(self, key: int) -> None:
        self._store.kill(self._store.slots_of(key))
        self._maybe_compact()

    def expire(self, before: datetime) -> int:
        dead = self._store.kill(self._store.older_than(_minutes(before)))
        self._maybe_compact()
        return dead

    def _maybe_compact(self) -> None:
        """Once dead slots outnumber the living, rebuild without them.

        The band values are recomputed from the stored shingles, which is what
        they were computed from in the first place.
        """
        store = self._store
        dead = store.slots - store.living
        if dead < _COMPACT_AFTER or dead < store.living:
            return
        store.compact()
        self._bands.clear()
        for first in range(0, store.slots, _REENTER):
            views = [store.view(slot) for slot in range(first, min(first + _REENTER, store.slots))]
            self._bands.add(first, *band_rows(bands_of(views), self._bands.bands))

    def explain(self, a: DedupItem, b: DedupItem) -> MatchScore:
        """Why two notices would (not) merge: for tests and debugging."""
        return self.score(self._view(a)[0], self._view(b)[0])


def _shared(small: npt.NDArray[np.uint16], large: npt.NDArray[np.uint16]) -> int:
    """How many values two sorted, unique arrays share (faster than np.intersect1d)."""
    if not small.size or not large.size:
        return 0
    at = np.searchsorted(large, small)
    at[at == large.size] = 0
    return int(np.count_nonzero(large[at] == small))


def _overlap(small: View, large: View) -> tuple[float, float]:
    """Jaccard similarity and containment of the smaller in the larger."""
    shared = _shared(small.hashes, large.hashes)
    union = small.hashes.size + large.hashes.size - shared
    jaccard = shared / union if union else 1.0
    return jaccard, shared / small.hashes.size if small.hashes.size else 0.0


def _by_size(a: View, b: View) -> tuple[View, View]:
    """The pair with fewer shingles first (the first of two equals)."""
    return (a, b) if a.hashes.size <= b.hashes.size else (b, a)


def _conflict(
    small: View, large: View, undated_window: timedelta, *, explain: bool = True
) -> str | None:
    """The same template with another date, figure or place is another notice.

    So is the same undated text weeks apart: copies travel within days, and
    nothing ties a dateless warning re-posted after a fortnight to the first.
    Without ``explain`` the reason is a bare one: matching asks for a verdict
    ten times a notice, and only explanations need the differing facts.
    """
    if small.due != NO_DUE and large.due != NO_DUE and small.due != large.due:
        return "due times differ"
    apart = abs(small.sent - large.sent)
    if apart * 60 > undated_window.total_seconds() and not (_dated(small) or _dated(large)):
        return f"undated, {apart // 1440} days apart" if explain else "undated"
    unmatched = small.keys - large.keys
    if unmatched:
        if not explain:
            return "facts differ"
        kinds = sorted({FACT_KINDS[key >> 60] for key in unmatched})
        return f"{' and '.join(kinds)} differ" + _detail(small, large)
    if large.venues:
        for venue in small.venues:
            if not any(same_venue(venue, other) for other in large.venues):
                detail = f": {venue} not in {list(large.venues)}" if explain else ""
                return "venues differ" + detail
    return None


def _dated(view: View) -> bool:
    return any(key >> 60 == MOMENT for key in view.keys)


def _detail(small: View, large: View) -> str:
    """The differing facts in words, when both notices are at hand in full."""
    if small.facts is None or large.facts is None:
        return ""
    numbers = sorted(small.facts.numbers - large.facts.numbers)
    moments = sorted(m.isoformat() for m in small.facts.moments - large.facts.moments)
    places = sorted(small.facts.places - large.facts.places)
    return ": " + ", ".join(map(str, numbers + moments + places))


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
