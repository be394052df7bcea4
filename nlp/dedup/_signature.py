"""MinHash signatures and LSH band keys over character shingles."""

from __future__ import annotations

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


def signature(hashes: Hashes) -> npt.NDArray[np.uint64]:
    if hashes.size == 0:
        return np.zeros(PERMUTATIONS, dtype=np.uint64)
    mixed = hashes.astype(np.uint64)[:, None] * _A  # wraps mod 2**64 by design
    mixed += _B
    mixed >>= _S32
    return np.asarray(mixed.min(axis=0), dtype=np.uint64)


_WIDTH = ROWS * 8  # bytes of one band's rows
_BAND_TAGS = [bytes([band]) for band in range(BANDS)]


def band_keys(sig: npt.NDArray[np.uint64]) -> list[bytes]:
    raw = sig.tobytes()
    return [tag + raw[i * _WIDTH : (i + 1) * _WIDTH] for i, tag in enumerate(_BAND_TAGS)]
