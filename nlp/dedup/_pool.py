"""Per-slot runs of numbers in one pool, a run shared by every slot that holds it.

Copies of a notice are the index's daily bread: a forward, a re-post with
【转发】 and a copy in another group fold to the same text, and notices of one
template name the same words. Each slot keeps only where its run starts and
how long it is; a run already in the pool among the recent ones is pointed
at, not stored again. Runs are never written after they are stored, so
sharing them is safe; compaction drops the runs no living slot points at.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

from nlp.dedup._columns import Column

__all__ = ["Interned", "RunPool"]

_REMEMBERED = 4096  # recent distinct runs looked up for sharing (copies arrive close in time)


class RunPool:
    """Runs of ``dtype`` per slot; see the module docstring."""

    def __init__(self, dtype: npt.DTypeLike) -> None:
        self.values = Column(dtype)
        self.start, self.length = Column(np.uint32), Column(np.int16)
        self._recent: dict[int, int] = {}  # hash of a run's bytes -> where it starts

    def append(self, runs: list[npt.NDArray[Any]]) -> None:
        """One run per new slot, in slot order."""
        pool, recent = self.values, self._recent
        dtype, base = pool.data.dtype, pool.size
        starts: list[int] = []
        fresh: list[npt.NDArray[Any]] = []
        new: dict[int, tuple[int, bytes]] = {}  # hash -> (start, bytes) of runs new in this call
        end = base
        for run in runs:
            own = run.astype(dtype, copy=False)
            raw = own.tobytes()
            key = hash(raw)
            at = recent.get(key)
            if not own.size:
                at = 0
            elif at is not None and pool.data[at : at + own.size].tobytes() == raw:
                recent[key] = recent.pop(key)  # recently used: kept longest
            elif key in new and new[key][1] == raw:
                at = new[key][0]
            else:
                at, new[key] = end, (end, raw)
                fresh.append(own)
                end += own.size
            starts.append(at)
        if fresh:
            pool.append(np.concatenate(fresh))
        recent.update((key, at) for key, (at, _) in new.items())
        while len(recent) > _REMEMBERED:
            del recent[next(iter(recent))]
        self.start.append(starts)
        self.length.append([run.size for run in runs])

    def run(self, slot: int) -> npt.NDArray[Any]:
        """Slot ``slot``'s run (a view: copy it to keep it)."""
        start = int(self.start.data[slot])
        return self.values.data[start : start + int(self.length.data[slot])]

    def compact(self, keep: npt.NDArray[np.intp]) -> None:
        """Keep only slots ``keep`` (in order) and the runs they point at."""
        starts = self.start.view()[keep].astype(np.int64)
        lengths = self.length.view()[keep].astype(np.int64)
        pairs, inverse = np.unique((starts << 16) | lengths, return_inverse=True)
        old_starts, sizes = pairs >> 16, pairs & 0xFFFF
        new_starts = np.cumsum(sizes) - sizes
        values = _gather(self.values.view(), old_starts, sizes)
        self.values, self.start = Column(self.values.data.dtype), Column(np.uint32)
        self.length = Column(np.int16)
        self.values.append(values)
        latest = zip(new_starts[-_REMEMBERED:].tolist(), sizes[-_REMEMBERED:].tolist(), strict=True)
        self._recent = {hash(values[at : at + size].tobytes()): at for at, size in latest if size}
        self.start.append(np.where(lengths > 0, new_starts[inverse.reshape(-1)], 0))
        self.length.append(lengths)


def _gather(pool: npt.NDArray[Any], starts: npt.NDArray[Any], sizes: npt.NDArray[Any]) -> Any:
    """The runs pool[start:start+size], concatenated."""
    if not sizes.size or not int(sizes.sum()):
        return np.zeros(0, dtype=pool.dtype)
    ends = starts + sizes
    return np.concatenate([pool[s:e] for s, e in zip(starts.tolist(), ends.tolist(), strict=True)])


class Interned:
    """Values kept once however many slots hold them, each slot keeping an id
    (0: none); a value no living slot holds is dropped."""

    def __init__(self) -> None:
        self._reset()

    def _reset(self) -> None:
        self.ids = Column(np.int32)
        self._values: list[Any] = [None]
        self._count: list[int] = [0]
        self._id_of: dict[Any, int] = {}

    def append(self, values: list[Any]) -> None:
        """One value per new slot (None: none)."""
        ids = []
        for value in values:
            own = 0 if value is None else self._id_of.get(value, 0)
            if value is not None and not own:
                own = self._id_of[value] = len(self._values)
                self._values.append(value)
                self._count.append(0)
            self._count[own] += 1
            ids.append(own)
        self.ids.append(ids)

    def get(self, slot: int, default: Any) -> Any:
        value = self._values[int(self.ids.data[slot])]
        return default if value is None else value

    def drop(self, slots: list[int]) -> None:
        """Slots that died: values they alone held are forgotten."""
        for slot in slots:
            own = int(self.ids.data[slot])
            if own:
                self._count[own] -= 1
                if not self._count[own]:
                    del self._id_of[self._values[own]]
                    self._values[own] = None
                self.ids.data[slot] = 0

    def compact(self, keep: npt.NDArray[np.intp]) -> None:
        """Keep only slots ``keep`` (in order), renumbering the values they hold."""
        held = [self._values[own] for own in self.ids.view()[keep].tolist()]
        self._reset()
        self.append(held)
