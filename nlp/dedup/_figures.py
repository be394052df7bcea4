"""Figures that name one thing: a block, a room, a lab, a sum; and figures denied.

A retelling in other words, in another language even, keeps a notice's
particular figures ("Round 2 today, 9am at 620 void deck" and "今天早上9点620座
楼下集合"), and two notices seldom share one by chance: with the very clock
minute they ask by, it tells a copy where no word is shared
(:func:`nlp.dedup._judge._particular`), and a notice's particular figures are
bands of the index (:mod:`nlp.dedup._wording`), so a retelling that shares
nothing else with its notice is still offered it. A figure the text says it is not
("in MB 208, not GB 121", "not the 1pm in 204", "在三楼，不是204") is the other
notice's, named to keep the two apart: no fact of the text's own, and a text
that denies a figure another states is not its copy
(:func:`nlp.dedup._guards.conflict`).

Number keys are made in :mod:`nlp.dedup._canonical`; a particular figure's key
carries :data:`PARTICULAR` below its kind, so the same figure has the same key
in every text and the guards compare numbers as before.
"""

from __future__ import annotations

import re

__all__ = [
    "DENIED", "FIGURES", "PARTICULAR", "denied", "denies", "figures", "particular", "shares_figure",
]  # fmt: skip

# Three digits or more, not a year. A count ("138个", "144 logged") is seldom
# shared by two notices, and a shared one is no harm beside the same minute.
_PARTICULAR = re.compile(r"\d{3}|\d{5,}|(?!19|20)\d{4}")
PARTICULAR = 1 << 59  # marks a number key (kind 1 in the top bits) as particular
DENIED = 12  # the kind of a denied figure's key, above every other kind of fact
_TOP = (1 << 60 | PARTICULAR) >> 59  # a particular figure's key's top bits (kind 1, marked)
FIGURES = 2  # particular figures a notice enters as bands (nlp.dedup._wording)
_NEGATION = re.compile(r"(?:\bnot\b|不是|而非|并非)[^,，.。;；!！?？()（）\n]{0,16}")
_DIGITS = re.compile(r"\d+")


def particular(number: str) -> int:
    """:data:`PARTICULAR` when ``number`` (digits) is a particular figure, else 0."""
    return PARTICULAR if _PARTICULAR.fullmatch(number) else 0


def denied(text: str) -> frozenset[str]:
    """The particular figures ``text`` says it is not (see the module docstring). A
    small one ("不是一楼", "not Friday … need 10") is a floor or a count, said in
    passing as often as denied."""
    if "not" not in text and "是" not in text and "非" not in text:
        return frozenset()
    return frozenset(
        n for run in _NEGATION.findall(text) for n in _DIGITS.findall(run) if particular(n)
    )


def figures(keys: frozenset[int]) -> list[int]:
    """The keys of the particular figures among a notice's fact ``keys``: a few, in
    the same order in every text that names them."""
    return sorted(key for key in keys if key >> 59 == _TOP)[:FIGURES]


def shares_figure(keys: frozenset[int], other: frozenset[int]) -> bool:
    """Whether two notices name a particular figure alike."""
    return any(key >> 59 == _TOP for key in keys & other)


_NUMBER = 1  # the kind of a number's fact key (nlp.dedup._canonical.NUMBER)
_LOW = 0xFFFFFFFF  # a figure's hash, below its kind and marks


def denies(keys: frozenset[int], other: frozenset[int]) -> bool:
    """Whether ``keys`` deny a figure ``other`` states: "in MB 208, not GB 121" is
    not the GB 121 notice, however alike the two read."""
    if not keys or max(keys) >> 60 < DENIED:
        return False  # most texts deny nothing: one pass
    refused = {key & _LOW for key in keys if key >> 60 == DENIED}
    return any(key >> 60 == _NUMBER and key & _LOW in refused for key in other)
