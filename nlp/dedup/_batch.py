"""A batch of notices being matched against the index and against each other."""

from __future__ import annotations

from collections.abc import Container

import numpy as np
import numpy.typing as npt

from nlp.dedup._bands import Hits, Used, lanes
from nlp.dedup._store import EntryStore, View

__all__ = ["Batch", "appended", "band_rows", "joined"]


def band_rows(
    bands: list[tuple[npt.NDArray[np.uint64], Used]], width: int
) -> tuple[npt.NDArray[np.uint64], Used]:
    """Band values as one row per notice, and which of each row's bands are used."""
    if not bands:
        return np.zeros((0, width), dtype=np.uint64), np.zeros((0, width), dtype=np.bool_)
    return np.stack([values for values, _ in bands]), np.stack([used for _, used in bands])


def joined(*parts: Hits) -> Hits:
    row, band, slot = (np.concatenate(columns) for columns in zip(*parts, strict=True))
    return row, band, slot


def appended(slots: npt.NDArray[np.int64], extra: list[int]) -> npt.NDArray[np.int64]:
    """The band candidates, then the extra slots not among them, each once."""
    taken = set(slots.tolist())
    fresh = list(dict.fromkeys(s for s in extra if s not in taken))
    return np.concatenate([slots, np.asarray(fresh, dtype=np.int64)]) if fresh else slots


class Batch:
    """A batch being matched: its views and band rows, and the clusters chosen so far.

    Row ``i`` of the batch becomes slot ``first + i``, so a notice earlier in
    the batch is a candidate slot like any stored one.
    """

    def __init__(
        self,
        first: int,
        viewed: list[tuple[View, tuple[npt.NDArray[np.uint64], Used]]],
        width: int,
    ) -> None:
        self.first = first
        self.views = [view for view, _ in viewed]
        self.values, self.used = band_rows([values for _, values in viewed], width)
        self.clusters: list[int] = []
        # stored views read once per batch: a group's latest notices are candidates
        # of every notice the batch brings to that group
        self._stored: dict[int, View] = {}

    def read(self, slot: int, store: EntryStore) -> tuple[View, int]:
        """A candidate's view and cluster, whether stored or earlier in this batch."""
        if slot >= self.first:
            return self.views[slot - self.first], self.clusters[slot - self.first]
        view = self._stored.get(slot)
        if view is None:
            view = self._stored[slot] = store.view(slot)
        return view, int(store.cluster.data[slot])

    def earlier(self, row: int, since: int, groups: Container[int]) -> list[int]:
        """The slots of the rows before ``row`` posted in ``groups`` and sent at ``since``
        or later, newest first: a group's own latest notices, or its relays' (_relays)."""
        return [
            self.first + r
            for r in range(row - 1, -1, -1)
            if self.views[r].group in groups and self.views[r].sent >= since
        ]

    def inner(self, oldest: npt.NDArray[np.int64], cap: int) -> Hits:
        """Matches between rows of the batch: each row against the newest ``cap`` before it.

        Lanes are sorted by (band, value, row), so the rows sharing a band value
        are neighbours and the k-th lane back is the k-th newest earlier row.
        """
        row, band = lanes(self.used)
        value = self.values[row, band]
        order = np.lexsort((row, value, band))
        row, band, value = row[order], band[order], value[order]
        sent = np.asarray([view.sent for view in self.views], dtype=np.int64)
        parts: list[Hits] = []
        for back in range(1, min(cap, row.size - 1) + 1):
            same = (band[back:] == band[:-back]) & (value[back:] == value[:-back])
            if not same.any():
                break  # no group holds this many rows, so none holds more
            same &= sent[row[:-back]] >= oldest[row[back:]]
            later, earlier = row[back:][same], row[:-back][same]
            parts.append((later, band[back:][same], self.first + earlier))
        if not parts:
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty, empty
        return joined(*parts)
