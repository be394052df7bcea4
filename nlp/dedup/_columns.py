"""Growable numpy arrays, for an index that must hold a million notices in little memory.

Python objects cost 50–100 bytes each; a notice's band keys alone would be
dozens of them. Columns of fixed-width numbers cost what their numbers cost.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

__all__ = ["Column"]

_GROWTH = 1.0625  # grown a little at a time: a block is remapped, not copied, and
# the room made is filled (touched), so a larger step is memory held for nothing
_FIRST = 1024


class Column:
    """A 1-d array that grows in place.

    ``ndarray.resize`` reallocates rather than copies (large blocks are
    remapped by the allocator), so growing never holds two copies at once and
    peak memory stays near the data's own size. Callers must not keep views
    of ``data`` across a call that may grow it.
    """

    def __init__(self, dtype: npt.DTypeLike, fill: Any = 0) -> None:
        self.data: npt.NDArray[Any] = np.full(_FIRST, fill, dtype=dtype)
        self.fill = fill
        self.size = 0

    def reserve(self, size: int) -> None:
        """Make room for ``size`` values."""
        capacity = self.data.shape[0]
        if size <= capacity:
            return
        grown = max(size, int(capacity * _GROWTH) + _FIRST)
        self.data.resize(grown, refcheck=False)
        self.data[capacity:] = self.fill

    def append(self, values: npt.ArrayLike) -> int:
        """Append values; returns the offset of the first."""
        array = np.asarray(values, dtype=self.data.dtype).reshape(-1)
        start = self.size
        self.reserve(start + array.size)
        self.data[start : start + array.size] = array
        self.size += array.size
        return start

    def take(self, keep: npt.NDArray[np.intp]) -> None:
        """Keep only the values at ``keep``, in order (compaction)."""
        kept = self.data[: self.size][keep]
        self.data, self.size = np.full(_FIRST, self.fill, dtype=self.data.dtype), 0
        self.append(kept)

    def view(self) -> npt.NDArray[Any]:
        """The values in use (a view: do not keep it)."""
        return self.data[: self.size]
