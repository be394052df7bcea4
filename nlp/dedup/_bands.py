"""LSH buckets as chained hash tables in numpy: four bytes per (notice, band).

A notice enters one node per band: the node's position is ``slot * bands +
band``, so a node names its notice and its band without storing either. Each
band has its own buckets, and a table of heads maps a band value's bucket to
its newest slot; each node keeps the next older slot of its bucket and an
8-bit fingerprint of its band value in one 32-bit link, so nodes of other
values sharing the bucket are skipped. Chains run newest first, so a lookup
takes the newest ``cap`` matches of each band (copies arrive close in time)
and a bounded walk stays cheap.

Ingest arrives in batches, so a batch is entered and looked up at once: one
walk moves every band of every notice of the batch a step per round, and the
cost of a round is a handful of numpy calls whatever the batch's size.
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np
import numpy.typing as npt

from nlp.dedup._columns import Column

__all__ = ["BandIndex", "Hits", "Used", "lanes", "ranked"]

_SALT = np.uint64(0x9E3779B97F4A7C15)
_STEPS = 4  # nodes walked per match sought: bounds the cost of crowded buckets
_SLOT_BITS = 40  # (notice of the batch, slot) packed in one int64 for counting
_NARROW = (1 << 24) - 1  # slots a 32-bit link can name (its low 8 bits are the fingerprint)

Ints = npt.NDArray[np.int64]
# Which notice of a batch (its row), which band and which earlier slot matched.
Hits = tuple[Ints, Ints, Ints]
Used = npt.NDArray[np.bool_]  # which bands of a row of band values are used


class BandIndex:
    """Finds earlier notices that share band values with new ones."""

    def __init__(self, bands: int, *, table_bits: int = 23, cap: int = 32) -> None:
        self.bands, self.cap = bands, cap
        self._buckets = max(1, (1 << table_bits) // bands)  # of each band
        self._heads = np.full(self._buckets * bands, -1, dtype=np.int32)
        # per node: (next older slot of its bucket + 1) << 8 | its fingerprint;
        # widened to 64 bits once slots no longer fit in 24
        self._links = Column(np.uint32)
        self._salts = (np.arange(bands, dtype=np.uint64) + np.uint64(1)) * _SALT

    def _lanes(self, values: npt.NDArray[np.uint64], used: Used) -> tuple[Ints, Ints, Ints, Ints]:
        """One lane per (row, used band): its row, band, bucket and fingerprint.

        ``values`` has a row per notice and a column per band; a band not
        ``used`` (a notice with no due moment has no value for the due band)
        takes no lane.
        """
        row_of, band_of = lanes(used)
        mixed = values[row_of, band_of] ^ self._salts[band_of]
        buckets = (mixed % np.uint64(self._buckets)).astype(np.int64) + band_of * self._buckets
        return row_of, band_of, buckets, (mixed >> np.uint64(56)).astype(np.int64)

    def add(self, first: int, values: npt.NDArray[np.uint64], used: Used) -> None:
        """Enter rows as slots ``first``, ``first + 1``, … under their band values.

        Rows sharing a bucket (copies in one batch) are chained in slot order,
        so the newest stays at the head.
        """
        width, links = self.bands, self._links
        end = first + values.shape[0]
        if end >= _NARROW and links.data.dtype == np.uint32:
            links.data = links.data.astype(np.uint64)
        links.reserve(end * width)
        links.size = max(links.size, end * width)
        row_of, band_of, buckets, prints = self._lanes(values, used)
        slots = first + row_of
        order = np.lexsort((slots, buckets))
        buckets, slots, band_of, prints = (
            part[order] for part in (buckets, slots, band_of, prints)
        )
        starts = np.ones(buckets.size, dtype=np.bool_)
        np.not_equal(buckets[1:], buckets[:-1], out=starts[1:])
        older = np.where(starts, self._heads[buckets], np.roll(slots, 1))
        links.data[slots * width + band_of] = ((older + 1) << 8) | prints
        ends = np.roll(starts, -1)
        self._heads[buckets[ends]] = slots[ends]

    def walk(
        self,
        values: npt.NDArray[np.uint64],
        used: Used,
        alive: npt.NDArray[np.bool_],
        sent: npt.NDArray[np.int32],
        oldest: Ints,
        room: Ints | None = None,
    ) -> Hits:
        """The newest living slots sharing each band, sent at or after the row's oldest.

        Each (row, band) takes up to ``room[row, band]`` matches (``cap`` when
        not given: a batch passes less where rows before it in the batch, newer
        than anything stored, already matched). All lanes are walked together,
        one chain step per round, so a crowded bucket costs numpy work, not Python.
        """
        row_of, band_of, buckets, prints = self._lanes(values, used)
        wanted = np.full(row_of.size, self.cap) if room is None else room[row_of, band_of]
        at = self._heads[buckets].astype(np.int64)
        lane = np.flatnonzero((at >= 0) & (wanted > 0))
        at = at[lane]
        found = np.zeros(row_of.size, dtype=np.int64)
        hit_lanes: list[Ints] = []
        hit_slots: list[Ints] = []
        links, width, floor = self._links.data, self.bands, oldest[row_of]
        for _ in range(self.cap * _STEPS):
            if not at.size:
                break
            link = links[at * width + band_of[lane]].astype(np.int64)
            own = ((link & 0xFF) == prints[lane]) & alive[at] & (sent[at] >= floor[lane])
            if own.any():
                hit_lanes.append(lane[own])
                hit_slots.append(at[own])
                found[lane[own]] += 1
            at = (link >> 8) - 1
            keep = (at >= 0) & (found[lane] < wanted[lane])
            at, lane = at[keep], lane[keep]
        if not hit_lanes:
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty, empty
        lanes = np.concatenate(hit_lanes)
        return row_of[lanes], band_of[lanes], np.concatenate(hit_slots)

    def clear(self) -> None:
        """Forget every node (before the store is compacted and re-entered)."""
        self._heads.fill(-1)
        self._links = Column(np.uint32)


def lanes(used: Used) -> tuple[Ints, Ints]:
    """The (row, band) of every used cell of a band matrix, row by row."""
    row_of, band_of = np.nonzero(used)
    return row_of.astype(np.int64), band_of.astype(np.int64)


def ranked(hits: Hits, rows: int) -> list[Ints]:
    """Per row, the matched slots, most shared bands first, then newest."""
    row, _, slot = hits
    packed, counts = np.unique((row << _SLOT_BITS) | slot, return_counts=True)
    packed, counts = packed[::-1], counts[::-1]  # newest first within a row
    order = np.argsort(((packed >> _SLOT_BITS) << 8) | (255 - counts), kind="stable")
    row, slot = packed[order] >> _SLOT_BITS, packed[order] & ((1 << _SLOT_BITS) - 1)
    bounds = np.searchsorted(row, np.arange(rows + 1)).tolist()
    return [slot[low:high] for low, high in pairwise(bounds)]
