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


class GroupRecency:
    """The newest slots per group (0, unknown, is never remembered)."""

    def __init__(self, kept: int = _KEPT) -> None:
        self.kept = kept
        self._slots: dict[int, deque[int]] = {}

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
