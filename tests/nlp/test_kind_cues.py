"""The cue groups the kind classifier reads, and its features."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pytest
import spacy

import nlp.components
from nlp.kind_cues import CUE_GROUPS, cue_features, length_feature
from nlp.normalize import normalize_text
from nlp.pipeline._features import (
    PLACE,
    _keys,
    build_char_classifier,
    build_kind_classifier,
    char_keys,
    doc_features,
)

TZ = timezone(timedelta(hours=8))


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("请于周五前报送低保复核名单", "report.verb"),
        ("Please submit the Q4 figures by Friday.", "report.en"),
        ("明天上午9点在三楼会议室召开安全生产会议", "meeting.word"),
        ("市督查组将于周四来我镇检查，请做好迎检准备", "meeting.visit"),
        ("Please register for the briefing; seats are limited.", "meeting.en"),
        ("请各村立即开展一次隐患排查", "task.verb"),
        ("请为我镇投上宝贵一票，截图发群里", "checkin.word"),
        ("Please vote and send a screenshot.", "checkin.en"),
        ("特此通知：明天镇政府大楼停电", "notice.word"),
        ("关于调整冬季作息时间的通知", "notice.title"),
        ("收到，马上安排", "chatter.ack"),
        ("周五的表要盖章吗？", "chatter.question"),
        ("紧急！立即转移危房住户", "urgent.word"),
        ("【会议通知】全镇干部大会", "form.header"),
        ("请关注公众号\n县委宣传部\n11月16日", "form.signature"),
        # an order from above retold by a village cadre is an ask
        ("乡里刚打电话 叫我们把河边那几户再看一遍", "ask.relayed"),
        ("派出所讲 出租屋这段时间要再过一遍", "ask.relayed"),
        ("the county wants every ward to go round the allotments", "ask.relayed"),
        ("各组长 礼拜四要降温了", "form.addressees"),
    ],
)
def test_each_group_fires_on_its_kind_of_wording(text: str, cue: str) -> None:
    assert f"cue:{cue}" in cue_features(normalize_text(text))


def test_a_plain_reply_has_no_demand_cues() -> None:
    features = cue_features(normalize_text("好的，辛苦了"))
    assert not any(
        f.startswith(("cue:report", "cue:meeting", "cue:task", "cue:urgent")) for f in features
    )


def test_repeats_and_lengths_are_features_too() -> None:
    assert "cue:report.verb:2+" in cue_features("请报送名单，统计后上报")
    assert [length_feature("收到"), length_feature("长" * 50), length_feature("长" * 1000)] == [
        "len:0", "len:4", "len:6",
    ]  # fmt: skip
    assert len(CUE_GROUPS) == len(set(CUE_GROUPS))


def test_cues_match_whatever_the_case() -> None:
    # the patterns read lower-cased text, so none may spell a capital itself
    literal = {name: re.sub(r"\\.", "", pattern) for name, pattern in CUE_GROUPS.items()}
    assert not [name for name, text in literal.items() if text != text.lower()]
    assert cue_features("PLEASE SUBMIT the form") == cue_features("please submit the form")
    assert "cue:form.request" in cue_features("Kindly SUBMIT the FORM")


def test_features_read_the_due_moment_and_tokens_can_be_dropped() -> None:
    nlp.components.register_extensions()
    blank = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    doc = blank.make_doc("请于明天下午3点前报送统计表")
    doc._.due = datetime(2026, 11, 17, 15, 0, tzinfo=TZ)
    features = doc_features(doc)
    assert "due:yes" in features and "cue:report.verb" in features
    assert len(_keys(doc, with_tokens=True)) > len(_keys(doc, with_tokens=False)) == len(features)


def test_the_place_in_the_group_is_a_feature_alone_and_beside_the_length() -> None:
    blank = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    doc = blank.make_doc("三网格发了，苏姐看下群文件")
    alone = doc_features(doc)
    assert not any(f.startswith("place:") for f in alone)
    doc.user_data[PLACE] = "other:5"
    placed = doc_features(doc)
    length = length_feature(normalize_text(doc.text))
    assert set(placed) - set(alone) == {"place:other:5", f"place:other:5|{length}"}
    doc.user_data[PLACE] = "opens"  # what was read of one place is not reused for another
    assert "place:opens" in doc_features(doc) and "place:other:5" not in doc_features(doc)
    assert len(_keys(doc, with_tokens=False)) == len(alone) + 2


def test_token_dropout_must_leave_something_to_learn_from() -> None:
    with pytest.raises(ValueError, match="token_dropout"):
        build_kind_classifier(token_dropout=1.0)


def test_news_from_above_without_an_order_is_no_relayed_ask() -> None:
    news = normalize_text("县里今年的考核结果出来了 我们镇第四")
    assert "cue:ask.relayed" not in cue_features(news)


def test_character_keys_are_the_characters_and_pairs_within_words() -> None:
    keys = char_keys("收到 OK\n好")
    singles = {k - 2**32 for k in keys if k < 2**33}
    pairs = {(int(k) - 2**33) >> 21 for k in keys if k >= 2**33}
    assert singles == {ord(c) for c in "收到ok好"}
    # "到 o" and "k\n好" cross a space or a line break: no pair
    assert pairs == {ord("收"), ord("o")} and len(keys) == 7
    assert all(2**32 <= k < 2**43 for k in keys)


def test_the_second_classifier_reads_the_cues_tokens_and_characters() -> None:
    nlp.components.register_extensions()
    blank = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    doc = blank.make_doc("请于周五前报送统计表")
    plain = _keys(doc, with_tokens=True)
    with_chars = _keys(doc, with_tokens=True, chars=True)
    assert set(plain) < set(with_chars)
    assert len(_keys(doc, with_tokens=False, chars=True)) == len(doc_features(doc))
    with pytest.raises(ValueError, match="token_dropout"):
        build_char_classifier(token_dropout=1.0, seed=0)
