"""Stored notices as columns: about 150 bytes each besides their bands.

Each notice keeps what matching compares: its 16-bit shingle hashes, its
exact facts as integers, times in minutes, and (only when it has them) its
venues and, for a long text, the text itself for the verbatim test. A
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


class EntryStore:
    """Slots of notices in columns; see the module docstring."""

    def __init__(self) -> None:
        self._reset()

    def _reset(self) -> None:
        self.key, self.cluster = Column(np.int64), Column(np.int64)
        self.sent, self.due = Column(np.int32), Column(np.int32)
        self.alive = Column(np.bool_, fill=False)
        self.sh_start, self.sh_len = Column(np.uint32), Column(np.int16)
        self.fact_start, self.fact_len = Column(np.uint32), Column(np.int16)
        self.shingles, self.facts = Column(np.uint16), Column(np.uint64)
        self.word_start, self.word_len = Column(np.uint32), Column(np.int16)
        self.words, self.group, self.cue = Column(np.uint32), Column(np.int32), Column(np.bool_)
        self.vague, self.change = Column(np.int16), Column(np.bool_)
        self.aside = Column(np.bool_)
        self.extras: dict[int, tuple[tuple[str, ...], str]] = {}
        self.living = 0

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
        for column, values in (
            (self.key, keys), (self.cluster, clusters), (self.sent, [v.sent for v in views]),
            (self.due, [v.due for v in views]), (self.alive, [True] * len(views)),
            (self.group, [v.group for v in views]), (self.cue, [v.cue for v in views]),
            (self.vague, [v.vague for v in views]), (self.change, [v.change for v in views]),
            (self.aside, [v.aside for v in views]),
        ):  # fmt: skip
            column.append(values)
        sizes = [view.hashes.size for view in views]
        hashes = np.concatenate([view.hashes for view in views])
        self.sh_start.append(self.shingles.append(hashes) + _starts(sizes))
        self.sh_len.append(sizes)
        facts = [sorted(view.keys) for view in views]
        joined = np.asarray([key for own in facts for key in own], dtype=np.uint64)
        self.fact_start.append(self.facts.append(joined) + _starts([len(own) for own in facts]))
        self.fact_len.append([len(own) for own in facts])
        counts = [view.words.size for view in views]
        words = np.concatenate([view.words for view in views])
        self.word_start.append(self.words.append(words) + _starts(counts))
        self.word_len.append(counts)
        for slot, view in enumerate(views, first):
            if view.venues or view.text:
                self.extras[slot] = (view.venues, view.text)
        self.living += len(views)
        return first

    def view(self, slot: int) -> View:
        """Slot ``slot`` read back (copies, safe to keep)."""
        start, size = int(self.sh_start.data[slot]), int(self.sh_len.data[slot])
        first, count = int(self.fact_start.data[slot]), int(self.fact_len.data[slot])
        venues, text = self.extras.get(slot, ((), ""))
        begin, length = int(self.word_start.data[slot]), int(self.word_len.data[slot])
        return View(
            int(self.sent.data[slot]),
            int(self.due.data[slot]),
            self.shingles.data[start : start + size].copy(),
            frozenset(self.facts.data[first : first + count].tolist()),
            venues,
            text,
            self.words.data[begin : begin + length].copy(),
            int(self.group.data[slot]),
            bool(self.cue.data[slot]),
            vague=int(self.vague.data[slot]),
            change=bool(self.change.data[slot]),
            aside=bool(self.aside.data[slot]),
        )

    def kill(self, slots: npt.NDArray[Any]) -> int:
        """Mark living ``slots`` dead; returns how many died."""
        slots = slots[self.alive.data[slots]]
        self.alive.data[slots] = False
        for slot in slots.tolist():
            self.extras.pop(slot, None)
        self.living -= int(slots.size)
        return int(slots.size)

    def slots_of(self, key: int) -> npt.NDArray[np.intp]:
        """The living slots of notice ``key`` (a scan: forgetting is rare)."""
        return np.flatnonzero((self.key.view() == key) & self.alive.view())

    def older_than(self, minute: int) -> npt.NDArray[np.intp]:
        return np.flatnonzero(self.alive.view() & (self.sent.view() < minute))

    def compact(self) -> list[int]:
        """Drop dead slots; returns the old slot of each new one, in order."""
        keep = np.flatnonzero(self.alive.view())
        if not keep.size:
            self._reset()
            return []
        old = (self.key, self.cluster, self.sent, self.due, self.group, self.cue, self.vague,
               self.change, self.aside)
        word_runs = self.word_start.view()[keep], self.word_len.view()[keep], self.words.view()
        starts, sizes = self.sh_start.view()[keep], self.sh_len.view()[keep]
        firsts, counts = self.fact_start.view()[keep], self.fact_len.view()[keep]
        shingles, facts, extras = self.shingles.view(), self.facts.view(), self.extras
        self._reset()
        kept = (self.key, self.cluster, self.sent, self.due, self.group, self.cue, self.vague,
               self.change, self.aside)
        for column, source in zip(kept, old, strict=True):
            column.append(source.view()[keep])
        self.alive.append(np.ones(keep.size, dtype=np.bool_))
        self.sh_len.append(sizes)
        self.sh_start.append(_starts(sizes))
        self.shingles.append(_gather(shingles, starts, sizes))
        self.fact_len.append(counts)
        self.fact_start.append(_starts(counts))
        self.facts.append(_gather(facts, firsts, counts))
        self.word_len.append(word_runs[1])
        self.word_start.append(_starts(word_runs[1]))
        self.words.append(_gather(word_runs[2], word_runs[0], word_runs[1]))
        self.extras = {new: extras[old] for new, old in enumerate(keep.tolist()) if old in extras}
        self.living = int(keep.size)
        return [int(slot) for slot in keep.tolist()]


def _starts(sizes: npt.ArrayLike) -> npt.NDArray[np.int64]:
    """Where each of runs of these sizes starts when they are laid end to end."""
    ends = np.cumsum(sizes, dtype=np.int64)
    return ends - np.asarray(sizes, dtype=np.int64)


def _gather(pool: npt.NDArray[Any], starts: npt.NDArray[Any], sizes: npt.NDArray[Any]) -> Any:
    """The runs pool[start:start+size], concatenated."""
    if not sizes.size or not int(sizes.sum()):
        return np.zeros(0, dtype=pool.dtype)
    ends = starts.astype(np.int64) + sizes.astype(np.int64)
    return np.concatenate([pool[s:e] for s, e in zip(starts.tolist(), ends.tolist(), strict=True)])
