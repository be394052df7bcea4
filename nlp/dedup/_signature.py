"""MinHash signatures and LSH band keys over character shingles."""

from __future__ import annotations

import zlib

import numpy as np
import numpy.typing as npt

__all__ = ["BANDS", "band_keys", "shingle_hashes", "signature"]

PERMUTATIONS = 64
BANDS = 32  # two rows a band: a copy quoted inside a longer forward (low Jaccard,
ROWS = PERMUTATIONS // BANDS  # high containment) still shares a band often enough
_rng = np.random.default_rng(20261116)  # fixed: signatures must be stable across restarts
_A = _rng.integers(1, 2**61 - 1, PERMUTATIONS, dtype=np.uint64) | np.uint64(1)
_B = _rng.integers(0, 2**61 - 1, PERMUTATIONS, dtype=np.uint64)
Hashes = npt.NDArray[np.uint32]


def shingle_hashes(shingles: set[str]) -> Hashes:
    """Sorted, unique 32-bit hashes: compact to keep and fast to intersect."""
    values = [zlib.crc32(s.encode("utf-8")) for s in shingles]
    return np.unique(np.asarray(values, dtype=np.uint32))


def signature(hashes: Hashes) -> npt.NDArray[np.uint64]:
    if hashes.size == 0:
        return np.zeros(PERMUTATIONS, dtype=np.uint64)
    with np.errstate(over="ignore"):
        mixed = np.outer(hashes.astype(np.uint64), _A) + _B  # wraps mod 2**64 by design
    return np.asarray((mixed >> np.uint64(32)).min(axis=0), dtype=np.uint64)


def band_keys(sig: npt.NDArray[np.uint64]) -> list[bytes]:
    rows = sig.reshape(BANDS, ROWS)
    return [bytes([band]) + rows[band].tobytes() for band in range(BANDS)]
