"""MinHash signatures and LSH band keys over character shingles."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

__all__ = ["BANDS", "band_values", "fold", "shingle_hashes", "signature"]

PERMUTATIONS = 64
BANDS = 32  # two rows a band: a copy quoted inside a longer forward (low Jaccard,
ROWS = PERMUTATIONS // BANDS  # high containment) still shares a band often enough
_rng = np.random.default_rng(20261116)  # fixed: signatures must be stable across restarts
_A = _rng.integers(1, 2**61 - 1, PERMUTATIONS, dtype=np.uint64) | np.uint64(1)
_B = _rng.integers(0, 2**61 - 1, PERMUTATIONS, dtype=np.uint64)
Hashes = npt.NDArray[np.uint32]


SHINGLE = 3
_P1 = np.uint64(0x100000001B3)
_P2 = np.uint64((0x100000001B3 * 0x100000001B3) % 2**64)
_MIX = np.uint64(0x9E3779B97F4A7C15)
_S29, _S32 = np.uint64(29), np.uint64(32)


def shingle_hashes(compact: str) -> Hashes:
    """Sorted, unique 32-bit hashes of the character 3-grams of ``compact``.

    Computed in numpy over the code points rather than one string at a time:
    ingest hashes every notice, and a forwarded document has hundreds of
    shingles. (Array arithmetic wraps mod 2**64 without warnings; that
    wrapping is the hash.) Compact to keep and fast to intersect.
    """
    codes = np.frombuffer(compact.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    if codes.size < SHINGLE:  # a text shorter than a shingle is one shingle
        if not codes.size:
            return np.zeros(0, dtype=np.uint32)
        value = 0
        for code in codes.tolist():
            value = (value * int(_P1) + code) % 2**64
        mixed = np.asarray([value], dtype=np.uint64)
    else:
        mixed = codes[:-2] * _P2
        mixed += codes[1:-1] * _P1
        mixed += codes[2:]
    mixed ^= mixed >> _S29
    mixed *= _MIX
    mixed ^= mixed >> _S32
    hashes = mixed.astype(np.uint32)
    hashes.sort()
    keep = np.empty(hashes.size, dtype=bool)
    keep[0] = True
    np.not_equal(hashes[1:], hashes[:-1], out=keep[1:])
    return hashes[keep]


def signature(hashes: npt.NDArray[np.uint16] | Hashes) -> npt.NDArray[np.uint64]:
    if hashes.size == 0:
        return np.zeros(PERMUTATIONS, dtype=np.uint64)
    mixed = hashes.astype(np.uint64)[:, None] * _A  # wraps mod 2**64 by design
    mixed += _B
    mixed >>= _S32
    return np.asarray(mixed.min(axis=0), dtype=np.uint64)


_ROW_MIX = np.uint64(0xC2B2AE3D27D4EB4F)


def band_values(sig: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    """One 64-bit value per band, from its rows (two notices share a band when equal)."""
    rows = sig.reshape(BANDS, ROWS)
    value = rows[:, 0].copy()
    for row in range(1, ROWS):
        value = value * _ROW_MIX + rows[:, row]
    return value


def fold(hashes: Hashes) -> npt.NDArray[np.uint16]:
    """32-bit shingle hashes kept in 16 bits: spurious matches between two notices'
    few dozen shingles are rare enough, and a million notices fit in half the memory."""
    folded = (hashes >> np.uint32(16)).astype(np.uint16)
    folded.sort()
    keep = np.empty(folded.size, dtype=bool)
    if folded.size:
        keep[0] = True
        np.not_equal(folded[1:], folded[:-1], out=keep[1:])
    return folded[keep]
