"""Stored notices as columns: a hundred-odd bytes each besides their bands.

Each notice keeps what matching compares: its 16-bit shingle hashes, its
exact facts as integers, its weighted words, times in minutes, and (only
when it has them) its venues and, for a long text, the text itself for the
verbatim test. Runs and venues are shared between the slots that hold the
same ones (copies of one notice, notices of one template; see
:mod:`nlp.dedup._pool`), so a copy costs its fixed columns and its bands. A
notice is a slot; forgetting one marks the slot dead, and compaction drops
dead slots once they outnumber the living.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from nlp.dedup._canonical import Facts
from nlp.dedup._columns import Column
from nlp.dedup._pool import Interned, RunPool

__all__ = ["NO_DUE", "EntryStore", "View"]

NO_DUE = np.iinfo(np.int32).min


@dataclass(slots=True)
class View:
    """One notice as comparison reads it, whether being matched or read back."""

    sent: int  # minutes since the epoch
    due: int  # minutes since the epoch, or NO_DUE
    hashes: npt.NDArray[np.uint16]  # sorted, unique
    keys: frozenset[int]  # Facts.keys()
    venues: tuple[str, ...]
    text: str  # the folded text, kept only when long
    words: npt.NDArray[np.uint32]  # sorted (hash << 8 | weight), see nlp.dedup._words
    group: int  # where it was posted, folded to 32 bits (0 when unknown)
    cue: bool  # says it chases something asked before
    facts: Facts | None = None  # in full, for explanations of a notice being matched
    # minutes before the due that its phrase covers when the due is a rule's
    # default for a vaguer phrase ("礼拜四下午": 17:30 covers from 12:00); 0: exact
    vague: int = 0
    change: bool = False  # it changes something announced before (a notice of its own)
    aside: bool = False  # it says it asks for another thing than the one before it
    # it joined its cluster only as what its group was waiting for (nlp.dedup._open):
    # a roll call that names nothing, no evidence of what another notice asks
    inferred: bool = False


class EntryStore:
    """Slots of notices in columns; see the module docstring."""

    def __init__(self) -> None:
        self._reset()

    def _reset(self) -> None:
        self.key, self.cluster = Column(np.int64), Column(np.int64)
        self.sent, self.due = Column(np.int32), Column(np.int32)
        self.alive = Column(np.bool_, fill=False)
        self.shingles, self.facts = RunPool(np.uint16), RunPool(np.uint64)
        self.words, self.group, self.cue = RunPool(np.uint32), Column(np.int32), Column(np.bool_)
        self.vague, self.change = Column(np.int16), Column(np.bool_)
        self.aside, self.inferred = Column(np.bool_), Column(np.bool_)
        self.extras = Interned()  # (venues, long text) of the slots that have either
        self.living = 0

    def _columns(self) -> tuple[Column, ...]:
        return (self.key, self.cluster, self.sent, self.due, self.group, self.cue, self.vague,
                self.change, self.aside, self.inferred)  # fmt: skip

    @property
    def slots(self) -> int:
        return self.key.size

    def add(self, key: int, cluster: int, view: View) -> int:
        """A new slot for the notice ``key`` in ``cluster``."""
        return self.add_many([key], [cluster], [view])

    def add_many(self, keys: list[int], clusters: list[int], views: list[View]) -> int:
        """New slots for notices ``keys`` in ``clusters``, in order; returns the first slot."""
        first = self.key.size
        if not views:
            return first
        rows: tuple[list[Any], ...] = (
            keys, clusters, [v.sent for v in views], [v.due for v in views],
            [v.group for v in views], [v.cue for v in views], [v.vague for v in views],
            [v.change for v in views], [v.aside for v in views], [v.inferred for v in views],
        )  # fmt: skip
        for column, values in zip(self._columns(), rows, strict=True):
            column.append(values)
        self.alive.append([True] * len(views))
        self.shingles.append([view.hashes for view in views])
        self.facts.append([np.asarray(sorted(view.keys), dtype=np.uint64) for view in views])
        self.words.append([view.words for view in views])
        self.extras.append(
            [(view.venues, view.text) if view.venues or view.text else None for view in views]
        )
        self.living += len(views)
        return first

    def view(self, slot: int) -> View:
        """Slot ``slot`` read back (copies, safe to keep)."""
        venues, text = self.extras.get(slot, ((), ""))
        return View(
            int(self.sent.data[slot]),
            int(self.due.data[slot]),
            self.shingles.run(slot).copy(),
            frozenset(self.facts.run(slot).tolist()),
            venues,
            text,
            self.words.run(slot).copy(),
            int(self.group.data[slot]),
            bool(self.cue.data[slot]),
            vague=int(self.vague.data[slot]),
            change=bool(self.change.data[slot]),
            aside=bool(self.aside.data[slot]),
            inferred=bool(self.inferred.data[slot]),
        )

    def kill(self, slots: npt.NDArray[Any]) -> int:
        """Mark living ``slots`` dead; returns how many died."""
        slots = slots[self.alive.data[slots]]
        self.alive.data[slots] = False
        self.extras.drop(slots.tolist())
        self.living -= int(slots.size)
        return int(slots.size)

    def slots_of(self, key: int) -> npt.NDArray[np.intp]:
        """The living slots of notice ``key`` (a scan: forgetting is rare)."""
        return np.flatnonzero((self.key.view() == key) & self.alive.view())

    def older_than(self, minute: int, open_after: int | None = None) -> npt.NDArray[np.intp]:
        """The living slots sent before ``minute``; with ``open_after``, not those
        falling due at that minute or later (NO_DUE never does)."""
        old = self.alive.view() & (self.sent.view() < minute)
        if open_after is not None:
            old &= self.due.view() < open_after
        return np.flatnonzero(old)

    def compact(self) -> list[int]:
        """Drop dead slots; returns the old slot of each new one, in order."""
        keep = np.flatnonzero(self.alive.view())
        if not keep.size:
            self._reset()
            return []
        for column in (*self._columns(), self.alive):
            column.take(keep)
        for pool in (self.shingles, self.facts, self.words, self.extras):
            pool.compact(keep)
        self.living = int(keep.size)
        return [int(slot) for slot in keep.tolist()]
