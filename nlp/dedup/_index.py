"""The cluster index: candidates by LSH, then verification and guards.

Stored notices live in columns (:mod:`nlp.dedup._store`) and their band
values in chained numpy tables (:mod:`nlp.dedup._bands`): a million notices
take a few hundred megabytes rather than gigabytes of Python objects.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, time, timedelta

import numpy as np
import numpy.typing as npt

from nlp.dedup._bands import BandIndex, Used, ranked
from nlp.dedup._batch import Batch, appended, band_rows, joined
from nlp.dedup._compaction import maybe_compact
from nlp.dedup._groups import GroupRecency
from nlp.dedup._guards import by_size, membership, overlap, undated
from nlp.dedup._judge import PairJudge, Pending, apart
from nlp.dedup._open import bridges, open_in_group, waited_for
from nlp.dedup._pair import GRACE, PairScorer, features, may_pair
from nlp.dedup._peers import GroupPeers
from nlp.dedup._relays import relays
from nlp.dedup._store import NO_DUE, EntryStore, View
from nlp.dedup._types import DedupItem, MatchScore
from nlp.dedup._vague import vague_minutes
from nlp.dedup._wording import LONG_TEXT, WIDTH, Wordings, extra_bands
from nlp.due import CLOSE_OF_BUSINESS, prepare_message
from nlp.types import Prepared

__all__ = ["ClusterIndex"]

_BUCKET_CAP = 8  # newest matches taken per band: copies arrive close in time
# Verified candidates, most shared bands first: true copies share many bands,
# and verifying a long tail of template siblings is what makes matching slow.
_CANDIDATE_CAP = 12
_SURE = 0.95  # a copy this close ends the search
# Beyond this many shingles a notice is no bare follow-up (see _with_group).
_BARE = 40


def _group(group: int) -> int:
    """A group number as the store keeps it (int32: chat ids need 64 bits, rarely collide)."""
    folded = (group ^ (group >> 32)) & 0xFFFFFFFF
    return folded - (1 << 32) if folded >= 1 << 31 else folded


def _minutes(moment: datetime) -> int:
    return int(moment.astimezone(UTC).timestamp()) // 60


class ClusterIndex:
    """Assigns each notice to the cluster of its earlier copies, or a new one.

    Callers never pass chatter: acknowledgements are not notices and must not
    join a cluster. An item that carries what the understander read of it
    (:attr:`DedupItem.prepared`) is not read again; for one that does not (a
    notice restored from the database) the index reads the dates as the
    understander would, with ``close_of_business``. What the index remembers of
    recent texts is its own, dropped with it.
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
        scorer: PairScorer | None = None,
        close_of_business: time = CLOSE_OF_BUSINESS,
    ) -> None:
        self.window, self.undated_window = window, undated_window
        self.close_of_business = close_of_business
        self._judge = PairJudge(
            jaccard=jaccard, containment=containment, min_contained=min_contained,
            reworded=reworded, reworded_window=reworded_window,
            undated_window=undated_window, scorer=scorer or PairScorer.load(),
        )  # fmt: skip
        self._store = EntryStore()
        self._wordings = Wordings()
        # LSH bands, the due minute and the rarest words (nlp.dedup._wording)
        self._bands = BandIndex(WIDTH, cap=_BUCKET_CAP)
        self._groups = GroupRecency()
        self._peers = GroupPeers()

    def note_posters(self, posted: Iterable[tuple[int, int]]) -> None:
        """(group, sender) for every message read, chatter too: the groups one person
        posts in are related (:mod:`nlp.dedup._peers`)."""
        for group, sender in posted:
            self._peers.note(_group(group), sender)

    def note_titles(self, titled: Iterable[tuple[int, str]]) -> None:
        """(group, title) of groups read: groups named for one place are related."""
        for group, title in titled:
            self._peers.note_title(_group(group), title)

    def __len__(self) -> int:
        return self._store.living

    def _view(self, item: DedupItem) -> tuple[View, tuple[npt.NDArray[np.uint64], Used]]:
        """The item as comparison reads it, and its band values."""
        return self._views([item])[0]

    def _views(
        self, items: list[DedupItem]
    ) -> list[tuple[View, tuple[npt.NDArray[np.uint64], Used]]]:
        viewed = []
        prepared = [self._prepared(item) for item in items]
        wordings = self._wordings.of([item.text for item in items], [p.text for p in prepared])
        for item, read, wording in zip(items, prepared, wordings, strict=True):
            found, keys = self._wordings.facts(read, wording.folded)  # dates as of sending
            due = NO_DUE if item.due_at is None else _minutes(item.due_at)
            view = View(
                _minutes(item.sent_at), due, wording.hashes, keys, found.venues,
                wording.kept, wording.words, _group(item.group), wording.cue, found,
                vague_minutes(item.due_at, wording.folded), wording.change, wording.aside,
            )  # fmt: skip
            bands = extra_bands(
                wording.lsh, due, wording.words, view.group, wording.objects, keys
            )
            viewed.append((view, bands))
        return viewed

    def _prepared(self, item: DedupItem) -> Prepared:
        if item.prepared is not None:
            return item.prepared
        return prepare_message(item.text, item.sent_at, close_of_business=self.close_of_business)

    def score(self, a: View, b: View) -> MatchScore:
        """Similarity of two notices, whether the guards allow a merge, and why not."""
        return self._judge.score(a, b, related=self._peers.related(a.group, b.group))

    def _best(self, view: View, slots: npt.NDArray[np.int64], batch: Batch) -> int | None:
        best: tuple[float, int] | None = None
        member = membership(view.hashes) if slots.size else None
        pending: list[Pending] = []
        waiting: list[int] = []  # the cluster of each pending pair
        for slot in slots.tolist():
            other, cluster = batch.read(slot, self._store)
            if cluster < 0 or other.inferred:
                # a follow-up earlier in the batch that joined nothing; a roll call that
                # joined what its group waited for ("Riverside? Mobile?") names nothing
                # another chase could share but who is behind: it never bridges
                continue
            related = self._peers.related(view.group, other.group)
            rank = self._judge.rank(view, other, member, related=related)
            if isinstance(rank, Pending):
                pending.append(rank)
                waiting.append(cluster)
            elif rank is not None and (best is None or rank > best[0]):
                best = (rank, cluster)
                if rank >= _SURE:
                    return cluster  # no scored pair ranks above 0.9
        for scored, cluster in zip(self._judge.ranks(pending), waiting, strict=True):
            if scored is not None and (best is None or scored > best[0]):
                best = (scored, cluster)
        return best[1] if best else None

    def assign(self, item: DedupItem) -> int:
        return self.assign_batch([item])[0]

    def assign_batch(self, items: list[DedupItem]) -> list[int]:
        """Clusters for notices in arrival order; a notice may join one earlier in the batch.

        The batch is looked up in one walk of the bands, then matched in order:
        a copy forwarded into many groups at once joins its first arrival.
        """
        return [cluster for cluster in self.place_batch(items) if cluster is not None]

    def place_batch(
        self,
        items: list[DedupItem],
        joining: set[int] | None = None,
        bare: set[int] | None = None,
        rolls: set[int] | None = None,
    ) -> list[int | None]:
        """:meth:`assign_batch`, except that the notices whose keys are ``joining``
        (follow-ups the classifier took for chatter) only join a cluster: matching
        none, they get None and are not kept. Those also in ``bare`` say nothing of
        chasing ("志愿活动计划 龙潭 下坪"), so only a notice of their own group whose
        window they fall in may take them. Those in ``rolls`` call the roll of who is
        behind and name nothing else ("三组？", "红崖 下坝"): matching nothing, they
        chase the request of their group that falls due next (:mod:`nlp.dedup._open`),
        as does any short chase that names no moment (:func:`chases_unnamed`)."""
        if not items:
            return []
        joining, bare, rolls = joining or set(), bare or set(), rolls or set()
        batch, candidates = self._lookup(items)
        for item, view, slots in zip(items, batch.views, candidates, strict=True):
            own = -1 if item.key in joining else item.key
            if item.key in bare:
                slots = open_in_group(view, slots, batch, self._store)
            found = self._best(view, slots, batch)
            if found is None and own < 0 and item.key not in bare:
                # a chase's own times are its plans ("还剩6个老人，明天上午彭姐有空吗")
                found = self._best(undated(view), slots, batch)
            if found is None:
                found = waited_for(
                    view, item.text, slots, batch, self._store, self.undated_window,
                    item.key in rolls, notice=own >= 0,
                )  # fmt: skip
                view.inferred = found is not None and not bridges(view)
            batch.clusters.append(found or own)
        self._enter(items, batch)
        lonely = [batch.first + row for row, cluster in enumerate(batch.clusters) if cluster < 0]
        if lonely:
            self._store.kill(np.asarray(lonely, dtype=np.int64))
        return [cluster if cluster >= 0 else None for cluster in batch.clusters]

    def _lookup(self, items: list[DedupItem]) -> tuple[Batch, list[npt.NDArray[np.int64]]]:
        """The batch and, per notice, its candidate slots (stored or earlier in the batch)."""
        batch = Batch(self._store.slots, self._views(items), self._bands.bands)
        window = int(self.window.total_seconds()) // 60
        oldest = np.asarray([view.sent - window for view in batch.views], dtype=np.int64)
        store = self._store
        cap = self._bands.cap
        inner = batch.inner(oldest, cap)
        room = np.full(batch.values.shape, cap, dtype=np.int64)
        np.subtract.at(room, (inner[0], inner[1]), 1)  # newer than anything stored
        stored = (store.alive.data, store.sent.data)
        found = self._bands.walk(batch.values, batch.used, *stored, oldest, room)
        near = ranked(joined(found, inner), len(items))
        return batch, [self._with_group(batch, row, slots[:_CANDIDATE_CAP], int(oldest[row]))
                       for row, slots in enumerate(near)]  # fmt: skip

    def _with_group(
        self, batch: Batch, row: int, slots: npt.NDArray[np.int64], oldest: int
    ) -> npt.NDArray[np.int64]:
        """The band candidates, then the group's latest notices (stored or earlier in
        the batch) sent within the undated window (see nlp.dedup._groups)."""
        view = batch.views[row]
        group = view.group
        if not group:
            return slots
        peers = self._peers.peers(group)
        slots = appended(slots, relays(batch, row, peers, self._groups, self._store))
        if view.hashes.size > _BARE and not view.cue:
            # found by its wording, or as a restatement of a request of its group
            # that falls due at the very minute it names
            alive = self._store.alive.data
            due_then = self._groups.open_at(group, alive, view.due, view.sent - GRACE)
            return appended(slots, due_then)
        since = max(oldest, batch.views[row].sent - int(self.undated_window.total_seconds()) // 60)
        store = self._store
        recent = self._groups.of(group, store.alive.data, store.sent.data, since)
        earlier = batch.earlier(row, since, (group,))
        # and the group's requests still open, however long ago they were asked
        still_open = self._groups.open_of(group, store.alive.data, view.sent - GRACE)
        return appended(slots, (earlier + recent)[: self._groups.kept] + still_open)

    def _enter(self, items: list[DedupItem], batch: Batch) -> None:
        self._store.add_many([item.key for item in items], batch.clusters, batch.views)
        self._bands.add(batch.first, batch.values, batch.used)
        for slot, (view, cluster) in enumerate(zip(batch.views, batch.clusters, strict=True),
                                               batch.first):  # fmt: skip
            if cluster >= 0:
                self._groups.add(view.group, slot)
                if view.due != NO_DUE:
                    self._groups.add_open(view.group, cluster, slot, view.due, view.sent - GRACE)

    def learning_pairs(self, item: DedupItem, cluster: int) -> list[tuple[list[float], int]]:
        """For fitting the scorer: the features of the item's candidates that the plain
        tests leave to it, with their clusters; then the item is entered under ``cluster``.
        Posters noted (:meth:`note_posters`) before relate the groups as at ingest."""
        batch, (slots,) = self._lookup([item])
        pairs = []
        for slot in slots.tolist():
            other, other_cluster = batch.read(slot, self._store)
            small, large = by_size(batch.views[0], other)
            jaccard, contained = overlap(small, large)
            if self._judge.soft(small, large, jaccard, explain=False):
                continue
            if self._judge.plain(small, large, jaccard, contained) or len(small.text) >= LONG_TEXT:
                continue
            related = self._peers.related(small.group, large.group)
            if may_pair(small, large) and not apart(small, large, related=related):
                values = features(small, large, jaccard, contained, related=related)
                pairs.append((values, other_cluster))
        batch.clusters.append(cluster)
        self._enter([item], batch)
        return pairs

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
        maybe_compact(self._store, self._bands, self._groups)

    def expire(self, before: datetime) -> int:
        """Forget notices sent before ``before`` (the window ago), except requests still
        open: a levy asked in November and chased on 29 December ("医保，三组还差几个")
        is chased in its own group however long ago it was asked."""
        now = _minutes(before + self.window)
        dead = self._store.kill(self._store.older_than(_minutes(before), open_after=now - GRACE))
        maybe_compact(self._store, self._bands, self._groups)
        return dead

    def explain(self, a: DedupItem, b: DedupItem) -> MatchScore:
        """Why two notices would (not) merge: for tests and debugging."""
        return self.score(self._view(a)[0], self._view(b)[0])
