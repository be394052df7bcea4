"""A notice as a reader scans it on a phone: its wrapping gone, cut where it reads well.

The stored text keeps everything; only what is shown changes. Relay prefixes
(【转发】, 转：, FW:), exhortations (请各村落实！) and @mentions are what
:mod:`nlp.normalize` already knows as wrapping; the cut prefers the end of
a sentence, then of a clause, then of a word (jieba for Chinese, spaces for
Latin script), so a preview never stops in the middle of a word or a figure.
"""

from __future__ import annotations

import logging
import re
from functools import cache

import jieba

from nlp.normalize import wrapper_spans

__all__ = ["cut_preview", "display_text"]

_DROPPED = frozenset({"relay", "mention"})
_SPACES = re.compile(r"\s+")
_SENTENCE_END = frozenset("。！!？?；;\n")
_CLAUSE_END = frozenset("，,、：:）)」》”")
_ELLIPSIS = "…"
_FIGURE = frozenset(":：.-/年月日号点时")
# A cut that keeps less than this share of the room would say too little:
# a longer cut at the next kind of boundary is better.
_ENOUGH = 0.5
_CLAUSE = 0.7  # a clause says less than a sentence: it must keep more of the room


# Kept for the process: jieba's dictionary is loaded once (ingest has loaded it
# already); nothing of the texts cut is remembered here.
@cache
def _segmenter() -> jieba.Tokenizer:
    jieba.setLogLevel(logging.WARNING)
    logging.getLogger("jieba").setLevel(logging.WARNING)
    return jieba.dt


def display_text(text: str) -> str:
    """The words a reader needs: relay wrappers and @mentions removed, spaces folded.

    A message that is nothing but wrapping keeps its text (wrapper_spans
    never marks a whole message as relay). Nothing is remembered here: a round
    of digests renders each notice's line once for all its readers
    (``bot.digests``' line cache).
    """
    spans = [(start, end) for start, end, kind in wrapper_spans(text) if kind in _DROPPED]
    if spans:
        kept, position = [], 0
        for start, end in spans:
            kept.append(text[position:start])
            position = max(position, end)
        kept.append(text[position:])
        text = " ".join(part.strip() for part in kept if part.strip())
    return _SPACES.sub(" ", text).strip(" ，,、：:")


def _last_boundary(text: str, limit: int, marks: frozenset[str]) -> int:
    """The longest prefix within ``limit`` that ends right after one of ``marks``."""
    for index in range(min(limit, len(text)) - 1, -1, -1):
        if text[index] in marks and not _inside_figure(text, index + 1):
            return index + 1
    return 0


def _inside_figure(text: str, stop: int) -> bool:
    """Whether ``stop`` falls inside a time, date or figure: never after a digit
    (8|度, 12|月), never before one that continues it (11月|19日, 8:|30)."""
    if not 0 < stop < len(text):
        return False
    before, after = text[stop - 1], text[stop]
    return before.isdigit() or (after.isdigit() and before in _FIGURE)


def _word_cut(text: str, limit: int) -> int:
    """The longest prefix within ``limit`` that ends between two words, not in a figure."""
    end = 0
    for word, _, stop in _segmenter().tokenize(text[: limit + 20]):
        if stop > limit:
            break
        if word.strip() and not _inside_figure(text, stop):
            end = stop
    return end


def _fitting(text: str, limit: int) -> int:
    """How many characters of ``text`` fit in ``limit`` wide characters: Latin
    letters, digits and spaces are half as wide as Chinese on a phone."""
    width = 0.0
    for index, char in enumerate(text):
        width += 0.5 if char.isascii() else 1.0
        if width > limit:
            return index
    return len(text)


def cut_preview(text: str, limit: int) -> str:
    """``text`` whole when it fits in ``limit`` Chinese characters' width, else cut
    at a sentence, clause or word end, with "…"."""
    if _fitting(text, limit) == len(text):
        return text
    room = _fitting(text, limit - 1)  # the ellipsis takes one
    for marks, enough in ((_SENTENCE_END, _ENOUGH), (_SENTENCE_END | _CLAUSE_END, _CLAUSE)):
        end = _last_boundary(text, room, marks)
        if end >= room * enough:
            return text[:end].rstrip("，,、：:；;。！!？?\n ") + _ELLIPSIS
    end = _word_cut(text, room) or room
    return text[:end].rstrip() + _ELLIPSIS
