"""The spaCy components: registration, config, annotations, batching, misuse."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from nlp.components import (
    DUE_FACTORY,
    NORMALIZE_FACTORY,
    URGENCY_FACTORY,
    parse_clock,
    register_extensions,
)
from nlp.pipeline._features import _featurizer, _keys

TZ = timezone(timedelta(hours=8))
SENT = datetime(2026, 11, 16, 16, 30, tzinfo=TZ)
JIEBA = {"nlp": {"tokenizer": {"segmenter": "jieba"}}}


def _blank() -> Language:
    return spacy.blank("zh", config=JIEBA)


def _pipeline(**due_config: object) -> Language:
    due_config.setdefault("close_of_business", "17:30")  # as config.cfg sets it
    nlp = _blank()
    nlp.add_pipe(NORMALIZE_FACTORY)
    nlp.add_pipe(DUE_FACTORY, config=due_config)
    nlp.add_pipe(URGENCY_FACTORY)
    return nlp


@pytest.fixture(scope="module")
def nlp() -> Iterator[Language]:
    yield _pipeline()


def _doc(nlp: Language, text: str, sent_at: datetime | None = SENT) -> Doc:
    doc = nlp.make_doc(text)
    doc._.sent_at = sent_at
    return doc


def test_annotations(nlp: Language) -> None:
    doc = nlp(_doc(nlp, "【转发】@所有人 请各村今天下班前报送１２项台账 👍 请各村落实！"))
    assert doc._.normalized == "请各村今天下班前报送12项台账"
    assert doc._.due == datetime(2026, 11, 16, 17, 30, tzinfo=TZ)
    assert doc._.urgent is True  # due within the hour
    norms = {token.text: token.norm_ for token in doc}
    assert norms["转发"] == "<relay>"
    assert norms["所有人"] == "<relay>"  # the mention sits inside the leading wrapper
    assert norms["👍"] == "<emoji>"
    assert norms["１"] == "0"
    assert norms["报送"] == "报送"


def test_mention_and_english_norms(nlp: Language) -> None:
    doc = nlp(_doc(nlp, "Meeting at ROOM 301, @zhang_san please confirm"))
    norms = [token.norm_ for token in doc if not token.is_space]
    assert "room" in norms
    assert "0" in norms
    assert "<mention>" in norms


def test_no_due_and_not_urgent(nlp: Language) -> None:
    doc = nlp(_doc(nlp, "收到，马上到"))
    assert doc._.due is None
    assert doc._.urgent is False


def test_pipe_matches_one_by_one(nlp: Language) -> None:
    texts = [
        "明天上午9点开会",
        "紧急通知：请立即排查",
        "每天9点前打卡",
        "Submit by 5pm Friday",
        "收到",
    ] * 3
    piped = list(nlp.pipe((_doc(nlp, text) for text in texts), batch_size=4))
    single = [nlp(_doc(nlp, text)) for text in texts]
    assert [d.text for d in piped] == texts
    assert [(d._.due, d._.urgent, d._.normalized) for d in piped] == [
        (d._.due, d._.urgent, d._.normalized) for d in single
    ]
    assert [d._.due is not None for d in piped[:5]] == [True, False, False, True, False]


def test_config_round_trip() -> None:
    nlp = _pipeline(close_of_business="18:00")
    assert nlp.config["components"][DUE_FACTORY]["close_of_business"] == "18:00"
    rebuilt = type(nlp).from_config(nlp.config)
    assert rebuilt.pipe_names == [NORMALIZE_FACTORY, DUE_FACTORY, URGENCY_FACTORY]
    doc = rebuilt(_doc(rebuilt, "今天下班前报送"))
    assert doc._.due == datetime(2026, 11, 16, 18, 0, tzinfo=TZ)


def test_disk_round_trip(tmp_path: Path) -> None:
    _pipeline(close_of_business="17:00").to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    doc = loaded(_doc(loaded, "今天下班前报送"))
    assert doc._.due == datetime(2026, 11, 16, 17, 0, tzinfo=TZ)


def test_urgency_window_from_config() -> None:
    nlp = _blank()
    nlp.add_pipe(DUE_FACTORY, config={"close_of_business": "17:30"})
    nlp.add_pipe(URGENCY_FACTORY, config={"window_minutes": 30})
    doc = nlp(_doc(nlp, "今天下班前报送"))  # due in 60 minutes
    assert doc._.urgent is False


@pytest.mark.parametrize("setting", ["5:30pm", "25:00", "17.30", ""])
def test_bad_close_of_business(setting: str) -> None:
    with pytest.raises(ValueError, match="close_of_business"):
        _pipeline(close_of_business=setting)


def test_negative_window_is_refused() -> None:
    nlp = _blank()
    with pytest.raises(ValueError, match="window_minutes"):
        nlp.add_pipe(URGENCY_FACTORY, config={"window_minutes": -5})


def test_parse_clock() -> None:
    assert parse_clock(" 17:30 ").isoformat() == "17:30:00"
    assert parse_clock("9:05").isoformat() == "09:05:00"


def test_missing_sent_at_is_a_clear_error(nlp: Language) -> None:
    with pytest.raises(ValueError, match="sent_at"):
        nlp(_doc(nlp, "明天开会", sent_at=None))


def test_urgency_before_due_is_refused() -> None:
    nlp = _blank()
    nlp.add_pipe(URGENCY_FACTORY)
    with pytest.raises(ValueError, match="after"):
        nlp(_doc(nlp, "明天开会"))


def test_extensions_register_once() -> None:
    register_extensions()
    register_extensions()
    assert all(Doc.has_extension(name) for name in ("sent_at", "normalized", "due", "urgent"))


def test_kind_features_of_a_repeated_text_follow_what_the_pipeline_found(nlp: Language) -> None:
    featurize = _featurizer(0.0)
    text = "请各村于11月16日下班前报送台账"
    due = nlp(_doc(nlp, text))
    undue = nlp(_doc(nlp, text, SENT + timedelta(days=3)))  # by then the date is past
    raw = _doc(nlp, text)  # not normalised: the token features are jieba's words as typed
    for _ in range(2):  # the second round is answered from what the first remembered
        for doc in (due, undue, raw):
            (keys, _, _), _ = featurize([doc], is_train=False)
            assert keys.tolist() == _keys(doc, with_tokens=True).tolist()
    assert due._.due is not None and undue._.due is None
    assert set(_keys(due, with_tokens=True)) != set(_keys(undue, with_tokens=True))
