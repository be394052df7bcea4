"""``fingertip.JiebaTokenizer.v1``: spaCy's Chinese tokenizer with jieba, made cheaper.

The words and spaces are exactly those of ``spacy.blank("zh")`` with the
jieba segmenter; two costs go:

- jieba cuts a text block by block (runs of Han characters, letters and
  digits, split at punctuation and spaces), and each block is cut on its own,
  so the words of a text are the words of its blocks in order. Work-group
  notices are formulaic ("各村（社区）", "请于本周五前报送", "联系电话" recur
  from one notice to the next), so the cut of recent blocks is remembered:
  most blocks have been cut before, even when no two texts are equal. (A word
  added to jieba's dictionary at run time would not reach blocks already
  remembered; the project adds none.)
- spaCy finds each word in a fresh copy of the rest of the text, which costs
  a long notice time quadratic in its length; here each word is found in place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache

import jieba
from spacy.errors import Errors
from spacy.lang.zh import ChineseTokenizer, Segmenter
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

__all__ = ["BLOCKS_KEPT", "CUT", "JIEBA_TOKENIZER", "BlockSegmenter", "JiebaTokenizer"]

JIEBA_TOKENIZER = "fingertip.JiebaTokenizer.v1"
# Where a doc keeps jieba's words (``doc.user_data``): reading them back from the
# doc's tokens costs more than the cut itself did.
CUT = "fingertip.cut"
BLOCKS_KEPT = 65536  # distinct blocks remembered: about 850 bytes each, 55 MB when full


class BlockSegmenter:
    """jieba's ``cut``, block by block, each block's cut remembered."""

    def __init__(self, blocks: int = BLOCKS_KEPT) -> None:
        self.cut_block = lru_cache(maxsize=blocks)(_cut_block)

    def cut(self, text: str) -> Iterator[str]:
        for block in jieba.re_han_default.split(text):
            if block:
                yield from self.cut_block(block)


def _cut_block(block: str) -> tuple[str, ...]:
    return tuple(jieba.cut(block, cut_all=False))


class JiebaTokenizer(ChineseTokenizer):
    """See the module docstring; serialises as spaCy's own does."""

    def __init__(self, vocab: Vocab, blocks: int = BLOCKS_KEPT) -> None:
        super().__init__(vocab, segmenter=Segmenter.jieba)
        self.segmenter_of_blocks = BlockSegmenter(blocks)

    def __call__(self, text: str) -> Doc:
        cut = tuple(word for word in self.segmenter_of_blocks.cut(text) if word)
        words, spaces = words_and_spaces(list(cut), text)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        doc.user_data[CUT] = cut
        return doc


def words_and_spaces(words: list[str], text: str) -> tuple[list[str], list[bool]]:
    """What ``spacy.util.get_words_and_spaces`` returns, each word found in place."""
    if "".join("".join(words).split()) != "".join(text.split()):
        raise ValueError(Errors.E194.format(text=text, words=words))
    text_words: list[str] = []
    text_spaces: list[bool] = []
    position, size = 0, len(text)
    for word in words:
        if word.isspace():
            continue
        start = text.find(word, position)
        if start < 0:
            raise ValueError(Errors.E194.format(text=text, words=words))
        if start > position:
            text_words.append(text[position:start])
            text_spaces.append(False)
        text_words.append(word)
        position = start + len(word)
        space = position < size and text[position] == " "
        text_spaces.append(space)
        position += space
    if position < size:
        text_words.append(text[position:])
        text_spaces.append(False)
    return text_words, text_spaces


def make_jieba_tokenizer(blocks: int = BLOCKS_KEPT) -> Callable[[Language], JiebaTokenizer]:
    def tokenizer(nlp: Language) -> JiebaTokenizer:
        return JiebaTokenizer(nlp.vocab, blocks)

    return tokenizer


registry.tokenizers.register(JIEBA_TOKENIZER, func=make_jieba_tokenizer)
