"""The project's jieba tokenizer: spaCy's words and spaces, at less cost."""

from __future__ import annotations

import jieba
import pytest
import spacy
from spacy.language import Language
from spacy.util import get_words_and_spaces

from nlp.pipeline import SpacyUnderstander
from nlp.pipeline._build import build_pipeline, quiet_jieba
from nlp.pipeline._tokenizer import BlockSegmenter, JiebaTokenizer, words_and_spaces

TEXTS = [
    "",
    " ",
    "收到",
    "【转发】关于报送11月份安全生产台账的通知\n请各村（社区）于12.1前报送，联系电话：0571-88886666",
    "各位书记：明天下午3点半在镇政府三楼会议室开会，请准时参加👍 @所有人",
    "Please submit the form by 5pm Friday, see https://example.gov.cn/a?b=1&c=2 FW: 转：",
    "  两个空格  之后\t制表符\n\n空行  ",
    "ＡＢＣ１２３全角，半角abc123；混合 script 文字 #话题# 100%完成",
    "a  b   c    末尾三个空格   ",
]


def _stock() -> Language:
    quiet_jieba()
    return spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})


@pytest.mark.parametrize("text", TEXTS)
def test_blocks_cut_as_jieba_cuts_the_whole_text(text: str) -> None:
    segmenter = BlockSegmenter(blocks=4)  # tiny: blocks leave and are cut again
    for _ in range(2):
        assert list(segmenter.cut(text)) == list(jieba.cut(text, cut_all=False))


@pytest.mark.parametrize("text", TEXTS)
def test_words_are_placed_as_spacy_places_them(text: str) -> None:
    words = [word for word in jieba.cut(text) if word]
    assert words_and_spaces(words, text) == get_words_and_spaces(words, text)
    with pytest.raises(ValueError, match="E194"):
        words_and_spaces([*words, "多余"], text)


def test_the_pipeline_makes_the_docs_spacy_makes() -> None:
    stock, ours = _stock(), build_pipeline()
    assert isinstance(ours.tokenizer, JiebaTokenizer)
    for text in TEXTS * 2:
        a, b = stock.make_doc(text), ours.make_doc(text)
        assert [(t.text, t.whitespace_) for t in a] == [(t.text, t.whitespace_) for t in b]
    assert ours.tokenizer.segmenter_of_blocks.cut_block.cache_info().hits > 0


def test_the_trained_model_loads_with_the_same_tokenizer() -> None:
    loaded = SpacyUnderstander.load()
    assert isinstance(loaded._nlp.tokenizer, JiebaTokenizer)
