"""What a notice's text alone decides for matching, a batch at a time, remembered.

Folded text, 16-bit shingle hashes, LSH band values, weighted words, the
reminder cue and (when long) the text kept for the verbatim test depend on
the text only, and copies of one notice keep arriving, so the index keeps
them for recent texts. The arrays are shared between everyone who asks:
nobody may write to them.

Besides the LSH bands a notice has up to seven more: its due minute, its two
rarest words, the same two words within its group, and two of its particular
figures (:mod:`nlp.dedup._figures`). A retelling may share no LSH band at all
but asks by the same minute, names the same object or the same block ("Blk 518"
and "518座"); a bare follow-up names the object in the group that was asked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from nlp.dedup._canonical import MOMENT, Facts, compact, dated, from_prepared, undated_facts
from nlp.dedup._cues import has_change, has_cue, is_aside, object_text
from nlp.dedup._figures import FIGURES, figures
from nlp.dedup._signature import BANDS, Runs, band_values, fold, shingle_hashes, signatures
from nlp.dedup._store import NO_DUE, View
from nlp.dedup._words import WEIGHT_SCALE, WordTable
from nlp.recent import Recent
from nlp.types import Prepared

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
_FIGURE_MIX = 0xC2B2AE3D27D4EB4F
_OBJECT_WORDS = 2  # rarest words entered as bands
_OBJECT_WEIGHT = 4.0  # a word weighing less names no object
WIDTH = BANDS + 1 + 2 * _OBJECT_WORDS + FIGURES
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
    objects: tuple[int, ...]  # the rarest heavy words' codes (see extra_bands)


class Wordings:
    """Computes wordings and remembers those of recent texts (its own memory: one
    index's wordings are never another's)."""

    def __init__(self) -> None:
        self._recent: Recent[str, Wording] = Recent()
        self._words = WordTable()
        self._facts: Recent[tuple[str, str], tuple[Facts, frozenset[int]]] = Recent()

    def facts(self, prepared: Prepared, folded: str) -> tuple[Facts, frozenset[int]]:
        """:func:`nlp.dedup._canonical.facts` and their keys; all but the moments are
        the text's alone, remembered (by the prepared text with its dates blanked)."""
        found, keys = self._facts.get(
            (prepared.undated, folded), lambda: _undated(prepared.undated, folded)
        )
        moments = prepared.moments
        if moments:
            keys = keys | {(MOMENT << 60) | int(moment.timestamp()) // 60 for moment in moments}
        return dated(found, moments), keys

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
        words = [self._words.words(object_text(text)) for text in texts]
        return [
            Wording(
                text, own, bands, flat if len(flat) >= _KEEP_TEXT else "", weighed,
                has_cue(text), has_change(text), is_aside(text), tuple(_object_codes(weighed)),
            )
            for text, own, bands, flat, weighed in zip(
                texts, hashes.split(), lsh, flats, words, strict=True
            )
        ]  # fmt: skip


def _undated(undated: str, folded: str) -> tuple[Facts, frozenset[int]]:
    found = undated_facts(undated, folded)
    return found, found.keys()


def _object_codes(words: npt.NDArray[np.uint32]) -> list[int]:
    """The hashes of the rarest words heavy enough to name an object."""
    heavy = words[(words & np.uint32(0xFF)) >= round(_OBJECT_WEIGHT * WEIGHT_SCALE)]
    order = np.lexsort((heavy >> np.uint32(8), -(heavy & np.uint32(0xFF)).astype(np.int64)))
    return [int(value) >> 8 for value in heavy[order][:_OBJECT_WORDS].tolist()]


def extra_bands(
    lsh: npt.NDArray[np.uint64],
    due: int,
    words: npt.NDArray[np.uint32],
    group: int,
    objects: tuple[int, ...] | None = None,
    keys: frozenset[int] = frozenset(),
) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.bool_]]:
    """All band values of a notice (LSH, due, words, words in group, particular figures
    among its fact ``keys``) and which are used (``objects``: :func:`_object_codes` of
    ``words``, when the wording has them)."""
    extra = [0] * (WIDTH - BANDS)
    flags = [False] * (WIDTH - BANDS)
    if due != NO_DUE:  # Python ints: numpy scalars warn on wrapping
        extra[0], flags[0] = (due * int(_DUE_MIX)) & _MASK, True
    codes = _object_codes(words) if objects is None else objects
    for rank, code in enumerate(codes):
        word = ((code + 1) * _WORD_MIX) & _MASK
        at = 1 + 2 * rank
        extra[at], extra[at + 1] = word, ((word ^ (group & _MASK)) * _GROUP_MIX) & _MASK
        flags[at] = flags[at + 1] = True
    for rank, key in enumerate(figures(keys), 1 + 2 * _OBJECT_WORDS):
        extra[rank], flags[rank] = ((key + 1) * _FIGURE_MIX) & _MASK, True
    values = np.concatenate((lsh, np.asarray(extra, dtype=np.uint64)))
    return values, np.asarray([True] * BANDS + flags, dtype=np.bool_)


def bands_of(views: list[View]) -> list[tuple[npt.NDArray[np.uint64], npt.NDArray[np.bool_]]]:
    """The band values of stored views, from what they keep (after compaction)."""
    lsh = band_values(signatures(Runs.of([view.hashes for view in views])))
    return [
        extra_bands(bands, view.due, view.words, view.group, keys=view.keys)
        for bands, view in zip(lsh, views, strict=True)
    ]
