"""Metrics checked against figures computed by hand."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from nlp.corpus import CorpusRecord
from nlp.metrics import Predicted, evaluate, pair_scores
from nlp.types import Kind

TZ = timezone(timedelta(hours=8))
T = datetime(2026, 11, 16, 9, 0, tzinfo=TZ)


def _gold(
    ident: str,
    kind: Kind,
    *,
    urgent: bool = False,
    due: datetime | None = None,
    cluster: str | None = None,
) -> CorpusRecord:
    return CorpusRecord(ident, -1, "群", "人", T, "x", kind, urgent, due, cluster)


def test_pairs_from_contingency_counts() -> None:
    # gold {a,b,c} {d}: 3 pairs; predicted {a,b} {c,d}: 2 pairs; shared: (a,b) = 1
    scores = pair_scores(["g1", "g1", "g1", "g2"], ["p1", "p1", "p2", "p2"])
    assert (scores.precision, scores.recall) == (pytest.approx(0.5), pytest.approx(1 / 3))
    assert scores.f1 == pytest.approx(0.4)


def test_no_pairs_anywhere_is_perfect() -> None:
    scores = pair_scores(["a", "b"], ["x", "y"])
    assert (scores.precision, scores.recall) == (1.0, 1.0)


def test_full_report_by_hand() -> None:
    gold = [
        _gold("1", Kind.REPORT, due=T + timedelta(days=1), cluster="c"),
        _gold("2", Kind.REPORT, due=T + timedelta(days=1), cluster="c"),
        _gold("3", Kind.MEETING, urgent=True, due=T + timedelta(hours=1)),
        _gold("4", Kind.CHATTER),
        _gold("5", Kind.NOTICE),
    ]
    pred = {
        "1": Predicted("report", False, T + timedelta(days=1), 10),
        "2": Predicted("report", False, T + timedelta(days=1, hours=-2), 10),
        "3": Predicted("task", True, T + timedelta(hours=1), None),
        "4": Predicted("chatter", True, None, None),
        "5": Predicted("notice", False, T, None),
    }
    report = evaluate(gold, pred)
    assert report.kind_accuracy == pytest.approx(4 / 5)
    # report 1.0, meeting 0 (missed), task 0 (false), chatter 1.0, notice 1.0 → 3/5
    assert report.kind_macro_f1 == pytest.approx(3 / 5)
    assert report.urgent.precision == pytest.approx(0.5) and report.urgent.recall == 1.0
    assert report.due_same_day == 1.0 and report.due_exact == pytest.approx(2 / 3)
    assert report.due_false_rate == pytest.approx(1 / 2)
    assert report.pairs.f1 == 1.0
    assert set(report.to_json()) >= {
        "kind_macro_f1",
        "kind_accuracy",
        "urgent_f1",
        "due_same_day",
        "due_exact",
        "due_false_rate",
        "pair_precision",
        "pair_recall",
        "pair_f1",
        "n_messages",
    }


def test_missing_prediction_is_an_error() -> None:
    with pytest.raises(KeyError, match="no prediction"):
        evaluate([_gold("1", Kind.NOTICE)], {})
