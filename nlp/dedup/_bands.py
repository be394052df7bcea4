"""LSH buckets as chained hash tables in numpy: five bytes per (notice, band).

A notice enters one node per band: the node's position is ``slot * bands +
band``, so a node names its notice and its band without storing either. A
table of heads maps a band value's bucket to its newest node; each node points
to the next older node of its bucket and keeps an 8-bit fingerprint of its
band value, so nodes of other values sharing the bucket are skipped. Chains
run newest first, so a lookup takes the newest ``cap`` matches of each band
(copies arrive close in time) and a bounded walk stays cheap.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from nlp.dedup._columns import Column

__all__ = ["BandIndex"]

_SALT = np.uint64(0x9E3779B97F4A7C15)
_STEPS = 4  # nodes walked per match sought: bounds the cost of crowded buckets


class BandIndex:
    """Votes for earlier notices that share band values with a new one."""

    def __init__(self, bands: int, *, table_bits: int = 23, cap: int = 32) -> None:
        self.bands, self.cap = bands, cap
        self._mask = np.uint64((1 << table_bits) - 1)
        self._heads = np.full(1 << table_bits, -1, dtype=np.int32)
        self._next = Column(np.int32, fill=-1)
        self._prints = Column(np.uint8)
        self._salts = (np.arange(bands, dtype=np.uint64) + np.uint64(1)) * _SALT

    def _place(
        self, values: npt.NDArray[np.uint64]
    ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.uint8]]:
        mixed = values ^ self._salts[: values.size]
        buckets = (mixed & self._mask).astype(np.int64)
        return buckets, (mixed >> np.uint64(56)).astype(np.uint8)

    def add(self, slot: int, values: npt.NDArray[np.uint64], present: int) -> None:
        """Enter ``slot`` under its band values; only the first ``present`` bands are used.

        ``values`` has one value per band; a band beyond ``present`` (a notice
        with no due moment has no value for the due band) stays unlinked.
        """
        base = slot * self.bands
        self._next.reserve(base + self.bands)
        self._prints.reserve(base + self.bands)
        self._next.size = self._prints.size = max(self._next.size, base + self.bands)
        buckets, prints = self._place(values[:present])
        nodes = base + np.arange(present, dtype=np.int64)
        self._prints.data[nodes] = prints
        if np.unique(buckets).size == buckets.size:
            self._next.data[nodes] = self._heads[buckets]
            self._heads[buckets] = nodes
            return
        for node, bucket in zip(nodes.tolist(), buckets.tolist(), strict=True):
            self._next.data[node] = self._heads[bucket]  # two bands in one bucket: chain them
            self._heads[bucket] = node

    def votes(
        self,
        values: npt.NDArray[np.uint64],
        present: int,
        alive: npt.NDArray[np.bool_],
        sent: npt.NDArray[np.int32],
        oldest: int,
    ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """Earlier slots sharing band values with ``values``, most shared bands first.

        Only living slots sent at or after ``oldest`` count. All bands are
        walked together, one chain step per round, so a crowded bucket costs
        numpy work, not Python. Returns the slots and how many bands each shares.
        """
        buckets, prints = self._place(values[:present])
        at = self._heads[buckets].astype(np.int64)  # one lane per band, at its chain's head
        lane = np.arange(present, dtype=np.int64)
        keep = at >= 0
        at, lane, prints = at[keep], lane[keep], prints[keep]
        found = np.zeros(present, dtype=np.int64)
        hits: list[npt.NDArray[np.int64]] = []
        nodes, marks, width = self._next.data, self._prints.data, self.bands
        for _ in range(self.cap * _STEPS):
            if not at.size:
                break
            slots = at // width
            own = (at % width == lane) & (marks[at] == prints)
            own &= alive[slots] & (sent[slots] >= oldest)
            if own.any():
                hits.append(slots[own])
                found[lane[own]] += 1
            at = nodes[at]
            keep = (at >= 0) & (found[lane] < self.cap)
            at, lane, prints = at[keep], lane[keep], prints[keep]
        if not hits:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        slots, counts = np.unique(np.concatenate(hits), return_counts=True)
        order = np.lexsort((-slots, -counts))  # most shared first, then newest
        return slots[order], counts[order]

    def clear(self) -> None:
        """Forget every node (before the store is compacted and re-entered)."""
        self._heads.fill(-1)
        self._next = Column(np.int32, fill=-1)
        self._prints = Column(np.uint8)
