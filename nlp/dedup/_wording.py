"""What a notice's text alone decides for matching, a batch at a time, remembered.

Folded text, 16-bit shingle hashes, LSH band values and (when long) the text
kept for the verbatim test depend on the text only, and copies of one notice
keep arriving, so they are kept for recent texts. The arrays are shared
between everyone who asks: nobody may write to them.
"""

from __future__ import annotations

import re

import numpy as np
import numpy.typing as npt

from nlp.dedup._canonical import canonical, compact
from nlp.dedup._signature import Runs, band_values, fold, shingle_hashes, signatures
from nlp.dedup._store import NO_DUE, View
from nlp.recent import Recent

__all__ = ["LONG_TEXT", "Wording", "bands_of", "with_due", "wordings"]

# Long texts (forwarded documents) travel by copy and paste, never retyped: two
# of them are one notice only if one is a verbatim excerpt of the other.
LONG_TEXT = 200
# Kept from shorter than LONG_TEXT on: the larger of a pair is compared by its
# shingles, so its text may be a little shorter than the smaller one's.
_KEEP_TEXT = LONG_TEXT // 2
_SPACE = re.compile(r"\s+")
_DUE_MIX = np.uint64(0xD6E8FEB86659FD93)

Wording = tuple[str, npt.NDArray[np.uint16], npt.NDArray[np.uint64], str]
_RECENT: Recent[str, Wording] = Recent()


def wordings(received: list[str]) -> list[Wording]:
    """Per text as received: (folded text, shingle hashes, LSH band values, kept text)."""
    return _RECENT.get_many(received, _wordings)


def _wordings(received: list[str]) -> list[Wording]:
    texts = [canonical(text) for text in received]
    hashes = fold(shingle_hashes([compact(text) for text in texts]))
    lsh = band_values(signatures(hashes))
    flats = [_SPACE.sub("", text) for text in texts]
    return [
        (text, own, bands, flat if len(flat) >= _KEEP_TEXT else "")
        for text, own, bands, flat in zip(texts, hashes.split(), lsh, flats, strict=True)
    ]


def bands_of(views: list[View]) -> list[npt.NDArray[np.uint64]]:
    """The band values of stored views, from their shingles (after compaction)."""
    lsh = band_values(signatures(Runs.of([view.hashes for view in views])))
    return [with_due(bands, view.due) for bands, view in zip(lsh, views, strict=True)]


def with_due(values: npt.NDArray[np.uint64], due: int) -> npt.NDArray[np.uint64]:
    """The LSH band values and one more for the due minute, when there is one."""
    if due == NO_DUE:
        return values
    due_value = (due * int(_DUE_MIX)) % 2**64  # Python ints: numpy scalars warn on wrapping
    return np.append(values, np.uint64(due_value))
