"""Search words from understanding's cut are the words a fresh cut gives."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from nlp.pipeline import SpacyUnderstander
from nlp.search_terms import INDEXED_CHARS, SearchTerms, index_words
from nlp.types import NoticeInput

TEXTS = [
    "请各村于11月20日前报送城乡居民医保参保名单，联系人：张三 13812345678",
    "【转发】县应急局：今晚到明天有大到暴雪，请连夜排查在建工地、大棚、危旧房！",
    "Please SUBMIT the Q4 investment figures to the County Bureau by 5pm Friday.",
    "ＡＢＣ１２３ 全角字母数字，城乡居民医保",  # folded whole, cut apart: cut afresh
    "详见 https://example.gov.cn/notice?date=2026-12-01 附件《冬季安全生产检查表》",
    "收到👍",
]


@pytest.fixture(scope="module")
def understander() -> SpacyUnderstander:
    return SpacyUnderstander.load()


@pytest.mark.parametrize("text", TEXTS)
def test_words_from_the_understood_cut_match_a_fresh_cut(
    understander: SpacyUnderstander, text: str
) -> None:
    (meaning,) = understander.understand([NoticeInput(text=text, sent_at=datetime.now(UTC))])
    assert meaning.words, "a text read whole keeps its cut"
    assert SearchTerms().index_words(text, meaning.words) == index_words(text)


def test_a_text_beyond_the_indexed_opening_is_cut_afresh() -> None:
    text = "城乡居民医保" * (INDEXED_CHARS // 6 + 10)
    wrong = ("无关",)  # a cut of some other text: must not be used
    assert SearchTerms().index_words(text, wrong) == index_words(text)
