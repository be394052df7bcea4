"""The latest notices of each group: candidates no shared wording would find.

A bare follow-up ("驻村日志 高山村还没传", "still missing Ward 2") names the
object in the group that was asked and little else: its rarest words need
not be the notice's rarest, so neither the LSH nor the word bands may bring
the two together. The few latest notices of the same group are always
candidates; the scorer and the guards decide. A handful of slots per group
keeps the lookup constant-time whatever the store holds.
"""

from __future__ import annotations

from collections import deque

import numpy as np
import numpy.typing as npt

__all__ = ["GroupRecency"]

_KEPT = 6  # notices remembered per group
# Open requests remembered per group: a chase days later ("保险名单还差梅园", "今天是年度总结最后
# 一天") chases a notice that six newer messages of its busy group have pushed out.
_OPEN = 8


class GroupRecency:
    """The newest slots per group (0, unknown, is never remembered)."""

    def __init__(self, kept: int = _KEPT, open_kept: int = _OPEN) -> None:
        self.kept, self._open_kept = kept, open_kept
        self._slots: dict[int, deque[int]] = {}
        # per group, per cluster with a due: the slot of its first dated notice and the due
        self._open: dict[int, dict[int, tuple[int, int]]] = {}

    def add_open(self, group: int, cluster: int, slot: int, due: int) -> None:
        """A dated notice of ``cluster``: the first one stands for it until it is evicted."""
        if not group:
            return
        clusters = self._open.setdefault(group, {})
        if cluster in clusters:
            return
        clusters[cluster] = (slot, due)
        if len(clusters) > self._open_kept:
            del clusters[next(iter(clusters))]  # the oldest request

    def open_of(
        self, group: int, alive: npt.NDArray[np.bool_], due_after: int
    ) -> list[int]:
        """The slots standing for the group's requests whose due is ``due_after`` or later."""
        clusters = self._open.get(group) if group else None
        if not clusters:
            return []
        return [
            slot for slot, due in reversed(clusters.values())
            if due >= due_after and slot < alive.size and alive[slot]
        ]  # fmt: skip

    def add(self, group: int, slot: int) -> None:
        if group:
            self._slots.setdefault(group, deque(maxlen=self.kept)).append(slot)

    def of(
        self,
        group: int,
        alive: npt.NDArray[np.bool_],
        sent: npt.NDArray[np.int32],
        oldest: int,
    ) -> list[int]:
        """The group's latest living slots sent at ``oldest`` or later, newest first."""
        found = self._slots.get(group) if group else None
        if not found:
            return []
        return [s for s in reversed(found) if s < alive.size and alive[s] and sent[s] >= oldest]

    def clear(self) -> None:
        """After compaction slot numbers change; the next notices refill it."""
        self._slots.clear()
        self._open.clear()
