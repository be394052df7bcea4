"""How sure understanding is of a notice's kind: the kind classifier's share for it
among the five notice kinds, which ingest weighs against the notice a copy joins
(bot/ingest/_kinds.py)."""

from __future__ import annotations

from nlp.pipeline._understander import _kind_sure
from nlp.types import Kind


def test_the_kind_classifier_share_of_the_kind_given() -> None:
    scores = {"report": 0.35, "task": 0.6, "meeting": 0.03, "checkin": 0.01, "notice": 0.01}
    assert _kind_sure(Kind.TASK, scores) == 0.6
    # a rule that settled another kind than the classifier's best is as sure as its share
    assert _kind_sure(Kind.REPORT, scores) == 0.35


def test_without_the_kind_classifier_nothing_weighed_the_kind() -> None:
    assert _kind_sure(Kind.NOTICE, None) == 1.0
    assert _kind_sure(Kind.NOTICE, {}) == 1.0
