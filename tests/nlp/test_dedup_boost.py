"""The pair scorer's boosted trees: they learn what a sum of features cannot."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import numpy as np
import pytest

from nlp.corpus import CorpusRecord
from nlp.dedup._boost import Forest, fit_forest
from nlp.dedup._fit import fit, pairs_of
from nlp.dedup._pair import FEATURES, MODEL_PATH, PairScorer
from nlp.types import Kind


def _interaction(n: int = 2000, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Label = a XOR b, plus a noise feature: no weighted sum of the features
    separates it (a logistic scorer's limit), two levels of a tree do."""
    rng = np.random.default_rng(seed)
    x = np.column_stack([rng.integers(0, 2, n), rng.integers(0, 2, n), rng.random(n)])
    y = (x[:, 0] != x[:, 1]).astype(np.int8)
    return x.astype(np.float64), y


def _probability(forest: Forest, x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-forest.margin(x)))


def test_trees_learn_what_no_sum_of_features_can() -> None:
    x, y = _interaction()
    forest = fit_forest(x, y, trees=60, depth=2, rate=0.2)
    p = _probability(forest, np.asarray([[1, 0, 0.5], [0, 1, 0.5], [1, 1, 0.5], [0, 0, 0.5]]))
    assert (p[:2] > 0.9).all()
    assert (p[2:] < 0.1).all()


def test_a_feature_that_says_nothing_is_never_split_on() -> None:
    x, y = _interaction()
    x[:, 2] = 0.25  # constant: no threshold can separate anything
    forest = fit_forest(x, y, trees=20, depth=3, rate=0.2)
    assert not ((forest.feature == 2) & np.isfinite(forest.threshold)).any()


def test_fitting_is_deterministic_and_survives_json() -> None:
    x, y = _interaction(seed=3)
    first, second = fit_forest(x, y, trees=10, depth=3), fit_forest(x, y, trees=10, depth=3)
    assert np.array_equal(first.leaf, second.leaf)
    again = Forest.from_json(json.loads(json.dumps(first.to_json())))
    assert np.allclose(_probability(again, x), _probability(first, x), atol=1e-5)


def test_one_row_scores_as_in_a_batch() -> None:
    x, y = _interaction(seed=5)
    forest = fit_forest(x, y, trees=15, depth=4)
    batch = forest.margin(x[:50])
    single = np.asarray([forest.margin(x[i : i + 1])[0] for i in range(50)])
    assert np.allclose(batch, single)


def test_the_shipped_model_matches_the_features_and_scores_in_range() -> None:
    scorer = PairScorer.load(MODEL_PATH)
    assert scorer.forest is not None and 0.5 <= scorer.threshold < 1.0
    nothing_shared = [0.0] * len(FEATURES)
    assert scorer.probability(nothing_shared) < scorer.threshold


def test_a_model_fitted_for_other_features_is_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    data["features"] = data["features"][:-1]
    stale = tmp_path / "pair_model.json"
    stale.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match="other features"):
        PairScorer.load(stale)


def test_a_corpus_with_no_pairs_to_learn_from_is_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    lines = [
        {"id": f"m{i}", "chat_id": -1, "chat": "g", "sender": "s", "text": text,
         "sent_at": f"2026-11-16T0{i}:00:00+08:00", "kind": "notice", "urgent": False,
         "due": None, "cluster": None}
        for i, text in enumerate(("明天停水", "周五开会"), 1)
    ]  # fmt: skip
    corpus = tmp_path / "tiny.jsonl"
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in lines) + "\n")
    with pytest.raises(ValueError, match="nothing to learn"):
        fit(corpus, corpus, tmp_path / "out.json")
    assert not (tmp_path / "out.json").exists()


def test_without_a_forest_nothing_is_scored() -> None:
    assert PairScorer.never().probability([1.0] * len(FEATURES)) == 0.0


def test_the_pairs_are_read_with_the_dues_the_understanding_serves() -> None:
    zone = timezone(timedelta(hours=8))
    texts = (
        "各村：冬春救助需求摸底表下周四前报民政办，缺棉被缺粮的写清楚",
        "冬春救助那个摸底 屯里困难的报一下 下周四前",
    )
    records = [
        CorpusRecord(
            f"m{i}", -1, "g", "s", datetime(2026, 11, 16, 9 + i, tzinfo=zone), text,
            Kind.REPORT, False, None, "c1",
        )
        for i, text in enumerate(texts)
    ]  # fmt: skip
    same_due = FEATURES.index("same_due")
    x_raw, y_raw = pairs_of(records)  # the due rules read 下周四前 in both
    x_none, _ = pairs_of(records, lambda rs: {r.id: None for r in rs})
    assert y_raw.tolist() == [1] and x_raw[0, same_due] == 1.0
    assert x_none.shape[0] == 0 or x_none[0, same_due] == 0.0
