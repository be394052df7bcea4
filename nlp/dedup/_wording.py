"""What a notice's text alone decides for matching, a batch at a time, remembered.

Folded text, 16-bit shingle hashes, LSH band values, weighted words, the
reminder cue and (when long) the text kept for the verbatim test depend on
the text only, and copies of one notice keep arriving, so the index keeps
them for recent texts. The arrays are shared between everyone who asks:
nobody may write to them.

Besides the LSH bands a notice has up to five more: its due minute, its two
rarest words, and the same two words within its group. A retelling may share
no LSH band at all but asks by the same minute or names the same object; a
bare follow-up names the object in the group that was asked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from nlp.dedup._canonical import compact, from_prepared
from nlp.dedup._cues import has_change, has_cue, is_aside, object_text
from nlp.dedup._signature import BANDS, Runs, band_values, fold, shingle_hashes, signatures
from nlp.dedup._store import NO_DUE, View
from nlp.dedup._words import WEIGHT_SCALE, WordTable
from nlp.recent import Recent

__all__ = ["LONG_TEXT", "WIDTH", "Wording", "Wordings", "bands_of", "extra_bands"]

# Long texts (forwarded documents) travel by copy and paste, never retyped: two
# of them are one notice only if one is a verbatim excerpt of the other.
LONG_TEXT = 200
# Kept from shorter than LONG_TEXT on: the larger of a pair is compared by its
# shingles, so its text may be a little shorter than the smaller one's.
_KEEP_TEXT = LONG_TEXT // 2
_SPACE = re.compile(r"\s+")
_DUE_MIX = np.uint64(0xD6E8FEB86659FD93)
_WORD_MIX, _GROUP_MIX = 0xA24BAED4963EE407, 0x9FB21C651E98DF25
_OBJECT_WORDS = 2  # rarest words entered as bands
_OBJECT_WEIGHT = 4.0  # a word weighing less names no object
WIDTH = BANDS + 1 + 2 * _OBJECT_WORDS
_MASK = 2**64 - 1


@dataclass(frozen=True, slots=True)
class Wording:
    folded: str
    hashes: npt.NDArray[np.uint16]
    lsh: npt.NDArray[np.uint64]
    kept: str  # the flat text, when long enough for the verbatim test
    words: npt.NDArray[np.uint32]
    cue: bool
    change: bool
    aside: bool


class Wordings:
    """Computes wordings and remembers those of recent texts (its own memory: one
    index's wordings are never another's)."""

    def __init__(self) -> None:
        self._recent: Recent[str, Wording] = Recent()
        self._words = WordTable()

    def of(self, received: list[str], prepared: list[str]) -> list[Wording]:
        """The wordings of texts as ``received``, whose :func:`nlp.due.prepare` forms
        are ``prepared`` (read only for texts not remembered)."""
        folds = dict(zip(received, prepared, strict=True))
        return self._recent.get_many(received, lambda missing: self._compute(missing, folds))

    def _compute(self, received: list[str], prepared: dict[str, str]) -> list[Wording]:
        texts = [from_prepared(prepared[text]) for text in received]
        hashes = fold(shingle_hashes([compact(text) for text in texts]))
        lsh = band_values(signatures(hashes))
        flats = [_SPACE.sub("", text) for text in texts]
        return [
            Wording(
                text, own, bands, flat if len(flat) >= _KEEP_TEXT else "",
                self._words.words(object_text(text)), has_cue(text), has_change(text),
                is_aside(text),
            )
            for text, own, bands, flat in zip(texts, hashes.split(), lsh, flats, strict=True)
        ]  # fmt: skip


def _object_codes(words: npt.NDArray[np.uint32]) -> list[int]:
    """The hashes of the rarest words heavy enough to name an object."""
    heavy = words[(words & np.uint32(0xFF)) >= round(_OBJECT_WEIGHT * WEIGHT_SCALE)]
    order = np.lexsort((heavy >> np.uint32(8), -(heavy & np.uint32(0xFF)).astype(np.int64)))
    return [int(value) >> 8 for value in heavy[order][:_OBJECT_WORDS].tolist()]


def extra_bands(
    lsh: npt.NDArray[np.uint64], due: int, words: npt.NDArray[np.uint32], group: int
) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.bool_]]:
    """All band values of a notice (LSH, due, words, words in group) and which are used."""
    values = np.zeros(WIDTH, dtype=np.uint64)
    used = np.zeros(WIDTH, dtype=np.bool_)
    values[:BANDS], used[:BANDS] = lsh, True
    if due != NO_DUE:  # Python ints: numpy scalars warn on wrapping
        values[BANDS], used[BANDS] = (due * int(_DUE_MIX)) & _MASK, True
    for rank, code in enumerate(_object_codes(words)):
        word = ((code + 1) * _WORD_MIX) & _MASK
        at = BANDS + 1 + 2 * rank
        values[at], values[at + 1] = word, ((word ^ (group & _MASK)) * _GROUP_MIX) & _MASK
        used[at : at + 2] = True
    return values, used


def bands_of(views: list[View]) -> list[tuple[npt.NDArray[np.uint64], npt.NDArray[np.bool_]]]:
    """The band values of stored views, from what they keep (after compaction)."""
    lsh = band_values(signatures(Runs.of([view.hashes for view in views])))
    return [
        extra_bands(bands, view.due, view.words, view.group)
        for bands, view in zip(lsh, views, strict=True)
    ]
