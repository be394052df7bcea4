"""Words for full-text search: one jieba cut for what is stored and what is asked.

Neither SQLite's FTS5 nor PostgreSQL's text search can segment Chinese (a run
of Han characters is one "word" to both), so the database indexes words cut
here and the query is cut the same way. A stored notice is cut in jieba's
search mode, which adds the shorter words inside long ones (城乡居民 also
gives 城乡, 居民), so a query for a part of a compound still finds it; a
query is cut in the precise mode, one word per word typed. Both are folded
the same way (NFKC, so full-width letters and digits are plain ones; then
case), and split where FTS5's tokenizer would split, so the two backends
see exactly the same words.

Notices are formulaic, so the cut of recent blocks is worth remembering: a
:class:`SearchTerms` does, for whoever owns it (ingest keeps one, created and
dropped with its pipeline). :func:`index_words` and :func:`query_words`
remember nothing.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

import jieba

__all__ = ["INDEXED_CHARS", "SearchTerms", "index_words", "query_words"]

# A notice is indexed from its opening: a pasted 100,000-character document is
# found by its title and first pages, and its index entry stays small.
INDEXED_CHARS = 8000
_QUERY_CHARS = 200
_BLOCKS_KEPT = 65536  # distinct blocks whose cut is remembered (a few MB when full)
_LONGEST_WORD = 40  # a longer run (a URL, a serial number) is no word anyone types
# Full-width letters and digits fold into one word that the raw cut split.
_WIDE = re.compile(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
_WORD = re.compile(r"[^\W_]+")  # letters and digits, as FTS5's unicode61 keeps them
# Words in nearly every notice: they would only make the index and a query slower.
_STOP_WORDS = frozenset("的了和与及或在是请各于对将把被之也都就并等") | frozenset(
    {"a", "an", "the", "of", "to", "and", "or", "in", "on", "at", "for", "is", "are", "by"}
)


def _quiet() -> None:
    jieba.setLogLevel(logging.WARNING)
    logging.getLogger("jieba").setLevel(logging.WARNING)


def _kept(piece: str, words: list[str]) -> None:
    """The words of ``piece`` worth indexing, appended to ``words``."""
    if piece.isalnum():  # one word, as _WORD reads it: most pieces, without the regex
        if len(piece) <= _LONGEST_WORD and piece not in _STOP_WORDS:
            words.append(piece)
        return
    for word in _WORD.findall(piece):
        if len(word) <= _LONGEST_WORD and word not in _STOP_WORDS:
            words.append(word)


def _words(text: str, cut: Callable[[str], Iterable[str]]) -> list[str]:
    if jieba.dt.initialized is False:
        _quiet()  # setting levels clears logging's caches: only before the first cut
    folded = unicodedata.normalize("NFKC", text).casefold()
    words: list[str] = []
    for block in jieba.re_han_default.split(folded):
        if not block:
            continue
        for piece in cut(block):
            _kept(piece, words)
    return words


def _for_search(word: str, freq: dict[str, int]) -> list[str]:
    """What jieba's search mode gives for one word of its precise cut: the
    dictionary's two- and three-character words inside a longer one, then the word."""
    found = []
    if len(word) > 2:
        found += [word[i : i + 2] for i in range(len(word) - 1) if freq.get(word[i : i + 2])]
    if len(word) > 3:
        found += [word[i : i + 3] for i in range(len(word) - 2) if freq.get(word[i : i + 3])]
    found.append(word)
    return found


def _search_cut(block: str) -> tuple[str, ...]:
    """jieba cuts a text block by block (runs of Han, letters and digits), each on
    its own, so cutting the blocks one by one gives the same words."""
    return tuple(jieba.cut_for_search(block))


class SearchTerms:
    """:func:`index_words`, remembering the cut of recent blocks: notices are
    formulaic (各村（社区）, 请于本周五前报送), so most blocks have been cut before."""

    def __init__(self, blocks: int = _BLOCKS_KEPT) -> None:
        self._cut = lru_cache(maxsize=blocks)(_search_cut)

    def index_words(self, text: str, cut: Sequence[str] = ()) -> list[str]:
        """:func:`index_words` of ``text``; from ``cut``, the precise cut of the whole
        text that understanding already made, when there is one (cutting is the
        slow part of indexing)."""
        if not cut or len(text) > INDEXED_CHARS or _WIDE.search(text):
            return _words(text[:INDEXED_CHARS], self._cut)
        jieba.dt.check_initialized()
        freq = jieba.dt.FREQ
        words: list[str] = []
        for token in cut:
            if token.isascii():
                folded = token.lower()  # what NFKC and casefold make of it
            else:
                folded = unicodedata.normalize("NFKC", token).casefold()
            for piece in _for_search(folded, freq) if len(folded) > 2 else [folded]:
                _kept(piece, words)
        return words


def index_words(text: str) -> list[str]:
    """The words a notice is found by, in order (repeats kept: they weigh in ranking)."""
    return _words(text[:INDEXED_CHARS], _search_cut)


def query_words(text: str) -> list[str]:
    """The distinct words of a query, in the order typed; empty when it has none."""
    return list(dict.fromkeys(_words(text[:_QUERY_CHARS], jieba.lcut)))
