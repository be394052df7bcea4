"""MinHash signatures and LSH band keys over character shingles, a batch at a time.

Ingest matches a batch of notices at once, so the shingles of the whole batch
are hashed, sorted and min-hashed in a handful of numpy calls rather than a
handful per notice. Each notice is a run: its values lie together in one flat
array, and ``starts`` says where each run begins.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

import numpy as np
import numpy.typing as npt

__all__ = ["BANDS", "Runs", "band_values", "fold", "shingle_hashes", "signatures"]

PERMUTATIONS = 64
BANDS = 32  # two rows a band: a copy quoted inside a longer forward (low Jaccard,
ROWS = PERMUTATIONS // BANDS  # high containment) still shares a band often enough
_rng = np.random.default_rng(20261116)  # fixed: signatures must be stable across restarts
_A = _rng.integers(1, 2**61 - 1, PERMUTATIONS, dtype=np.uint64) | np.uint64(1)
_B = _rng.integers(0, 2**61 - 1, PERMUTATIONS, dtype=np.uint64)

SHINGLE = 3
_P1 = np.uint64(0x100000001B3)
_P2 = np.uint64((0x100000001B3 * 0x100000001B3) % 2**64)
_MIX = np.uint64(0x9E3779B97F4A7C15)
_ROW_MIX = np.uint64(0xC2B2AE3D27D4EB4F)
_S16, _S29, _S32 = np.uint64(16), np.uint64(29), np.uint64(32)


class Runs:
    """Sorted, unique values per notice, laid end to end."""

    def __init__(self, values: npt.NDArray[Any], starts: npt.NDArray[np.int64]) -> None:
        self.values, self.starts = values, starts  # starts has one more entry: the end

    @classmethod
    def of(cls, arrays: list[npt.NDArray[Any]]) -> Runs:
        """Runs laid end to end from one array per notice."""
        sizes = np.asarray([array.size for array in arrays], dtype=np.int64)
        starts = np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64)
        values = np.concatenate(arrays) if arrays else np.zeros(0, dtype=np.uint16)
        return cls(values, starts)

    def __len__(self) -> int:
        return self.starts.size - 1

    def split(self) -> list[npt.NDArray[Any]]:
        """One array per notice (views into the flat values)."""
        bounds = self.starts.tolist()
        return [self.values[low:high] for low, high in pairwise(bounds)]


def _unique_runs(values: npt.NDArray[np.uint64], run: npt.NDArray[np.int64], runs: int) -> Runs:
    """Sorted unique values within each run (``values`` below 2**32, runs numbered)."""
    keyed = (run.astype(np.uint64) << _S32) | values
    keyed.sort()
    keep = np.ones(keyed.size, dtype=np.bool_)
    np.not_equal(keyed[1:], keyed[:-1], out=keep[1:])
    keyed = keyed[keep]
    owner = (keyed >> _S32).astype(np.int64)
    starts = np.searchsorted(owner, np.arange(runs + 1)).astype(np.int64)
    return Runs(keyed & np.uint64(0xFFFFFFFF), starts)


def shingle_hashes(texts: list[str]) -> Runs:
    """Per text, the sorted unique 32-bit hashes of its character 3-grams.

    Computed over the code points (array arithmetic wraps mod 2**64 without
    warnings; that wrapping is the hash). A text shorter than a shingle is one
    shingle; an empty text has none.
    """
    sizes = np.asarray([len(text) for text in texts], dtype=np.int64)
    codes = np.frombuffer("".join(texts).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    ends = np.cumsum(sizes)
    owner = np.repeat(np.arange(len(texts), dtype=np.int64), sizes)
    whole = np.flatnonzero(np.arange(codes.size) + SHINGLE <= ends[owner]) if codes.size else owner
    mixed = codes[whole] * _P2 + codes[whole + 1] * _P1 + codes[whole + 2]
    run = owner[whole]
    short = [index for index, size in enumerate(sizes.tolist()) if 0 < size < SHINGLE]
    if short:  # rare: "好" or "收到"
        mixed = np.concatenate([mixed, [_short_hash(texts[index]) for index in short]])
        run = np.concatenate([run, np.asarray(short, dtype=np.int64)])
    mixed ^= mixed >> _S29
    mixed *= _MIX
    mixed ^= mixed >> _S32
    return _unique_runs(mixed & np.uint64(0xFFFFFFFF), run, len(texts))


def _short_hash(text: str) -> np.uint64:
    value = 0
    for char in text:
        value = (value * int(_P1) + ord(char)) % 2**64
    return np.uint64(value)


def fold(hashes: Runs) -> Runs:
    """32-bit shingle hashes kept in 16 bits: spurious matches between two notices'
    few dozen shingles are rare enough, and a million notices fit in half the memory."""
    run = np.repeat(np.arange(len(hashes), dtype=np.int64), np.diff(hashes.starts))
    folded = _unique_runs(hashes.values >> _S16, run, len(hashes))
    return Runs(folded.values.astype(np.uint16), folded.starts)


def signatures(hashes: Runs) -> npt.NDArray[np.uint64]:
    """One MinHash signature per run (a row of zeros for a run without hashes)."""
    result = np.zeros((len(hashes), PERMUTATIONS), dtype=np.uint64)
    if not hashes.values.size:
        return result
    # One row per permutation: reducing runs along a row's contiguous memory is many
    # times faster than down the columns of one row per shingle.
    mixed = _A[:, None] * hashes.values.astype(np.uint64)[None, :]  # wraps mod 2**64
    mixed += _B[:, None]
    mixed >>= _S32
    filled = np.flatnonzero(np.diff(hashes.starts) > 0)
    result[filled] = np.minimum.reduceat(mixed, hashes.starts[filled], axis=1).T
    return result


def band_values(signature: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    """One 64-bit value per band, from its rows (two notices share a band when equal);
    a row of values per signature when given a row of signatures."""
    rows = signature.reshape(*signature.shape[:-1], BANDS, ROWS)
    value = rows[..., 0].copy()
    for row in range(1, ROWS):
        value = value * _ROW_MIX + rows[..., row]
    return value
