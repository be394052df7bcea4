"""The evaluation metrics of ../shared/corpus-format.md, from labels to figures.

Pair metrics come from cluster contingency counts (sum of C(n, 2) over gold
clusters, predicted clusters and their intersections), never from listing
pairs, so a 100,000-message corpus costs linear time.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from nlp.corpus import CorpusRecord
from nlp.types import Kind

__all__ = ["EvaluationReport", "Predicted", "Scores", "evaluate", "pair_scores"]


@dataclass(frozen=True, slots=True)
class Predicted:
    kind: str
    urgent: bool
    due: datetime | None
    cluster: Hashable | None


@dataclass(frozen=True, slots=True)
class Scores:
    precision: float
    recall: float
    f1: float
    support: int = 0


def _scores(tp: int, fp: int, fn: int) -> Scores:
    """Precision with nothing predicted, or recall with nothing to find, is 1.0."""
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(precision, recall, f1, tp + fn)


@dataclass(frozen=True, slots=True)
class EvaluationReport:
    n_messages: int
    kind_accuracy: float
    kind_macro_f1: float
    per_kind: dict[str, Scores]
    urgent: Scores
    due_same_day: float
    due_exact: float
    due_false_rate: float
    pairs: Scores
    # non-chatter messages predicted chatter, as a share of non-chatter: dropped
    # from every digest and never pushed, the costliest mistake the bot makes
    lost_as_chatter: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind_macro_f1": self.kind_macro_f1,
            "kind_accuracy": self.kind_accuracy,
            "urgent_f1": self.urgent.f1,
            "due_same_day": self.due_same_day,
            "due_exact": self.due_exact,
            "due_false_rate": self.due_false_rate,
            "pair_precision": self.pairs.precision,
            "pair_recall": self.pairs.recall,
            "pair_f1": self.pairs.f1,
            "lost_as_chatter": self.lost_as_chatter,
            "n_messages": self.n_messages,
            "urgent_precision": self.urgent.precision,
            "urgent_recall": self.urgent.recall,
            "per_kind": {
                k: {"precision": s.precision, "recall": s.recall, "f1": s.f1, "support": s.support}
                for k, s in self.per_kind.items()
            },
            **self.extra,
        }

    def to_table(self) -> str:
        lines = [
            f"messages            {self.n_messages}",
            f"kind accuracy       {self.kind_accuracy:.3f}",
            f"kind macro-F1       {self.kind_macro_f1:.3f}",
            f"lost as chatter     {self.lost_as_chatter:.3f}",
            "  kind       precision  recall  f1     support",
        ]
        for kind, s in self.per_kind.items():
            lines.append(
                f"  {kind:<10} {s.precision:>9.3f} {s.recall:>7.3f} {s.f1:>6.3f} {s.support:>8}"
            )
        lines += [
            f"urgent P/R/F1       {self.urgent.precision:.3f} / {self.urgent.recall:.3f}"
            f" / {self.urgent.f1:.3f}",
            f"due same day        {self.due_same_day:.3f}",
            f"due exact minute    {self.due_exact:.3f}",
            f"due false rate      {self.due_false_rate:.3f}",
            f"pairs P/R/F1        {self.pairs.precision:.3f} / {self.pairs.recall:.3f}"
            f" / {self.pairs.f1:.3f}",
        ]
        return "\n".join(lines)


def _kinds(
    gold: Sequence[CorpusRecord], pred: Mapping[str, Predicted]
) -> tuple[float, float, dict[str, Scores]]:
    pairs = [(g.kind.value, pred[g.id].kind) for g in gold]
    accuracy = sum(a == b for a, b in pairs) / len(pairs) if pairs else 1.0
    per_kind = {}
    for kind in (k.value for k in Kind):
        tp = sum(a == kind and b == kind for a, b in pairs)
        fp = sum(a != kind and b == kind for a, b in pairs)
        fn = sum(a == kind and b != kind for a, b in pairs)
        if tp + fp + fn:
            per_kind[kind] = _scores(tp, fp, fn)
    macro = sum(s.f1 for s in per_kind.values()) / len(per_kind) if per_kind else 1.0
    return accuracy, macro, per_kind


def _due(gold: Sequence[CorpusRecord], pred: Mapping[str, Predicted]) -> tuple[float, float, float]:
    dated = [g for g in gold if g.due is not None]
    undated = [g for g in gold if g.due is None]
    same_day = exact = 0
    for g in dated:
        guess = pred[g.id].due
        if guess is None or g.due is None:
            continue
        local = guess.astimezone(g.due.tzinfo)
        same_day += local.date() == g.due.date()
        exact += local.replace(second=0, microsecond=0) == g.due.replace(second=0, microsecond=0)
    false_due = sum(pred[g.id].due is not None for g in undated)
    return (
        same_day / len(dated) if dated else 1.0,
        exact / len(dated) if dated else 1.0,
        false_due / len(undated) if undated else 0.0,
    )


def pair_scores(gold: Sequence[Hashable], predicted: Sequence[Hashable]) -> Scores:
    """Pairwise precision/recall/F1 of two labelings of the same items."""

    def pairs(counts: Counter[Any]) -> int:
        return sum(n * (n - 1) // 2 for n in counts.values())

    together = pairs(Counter(zip(gold, predicted, strict=True)))
    gold_pairs, predicted_pairs = pairs(Counter(gold)), pairs(Counter(predicted))
    return _scores(together, predicted_pairs - together, gold_pairs - together)


def evaluate(gold: Sequence[CorpusRecord], pred: Mapping[str, Predicted]) -> EvaluationReport:
    """Every metric of the corpus format; ``pred`` must hold every gold id."""
    missing = [g.id for g in gold if g.id not in pred]
    if missing:
        raise KeyError(f"no prediction for {len(missing)} messages, e.g. {missing[:3]}")
    accuracy, macro, per_kind = _kinds(gold, pred)
    urgent = _scores(
        sum(g.urgent and pred[g.id].urgent for g in gold),
        sum(not g.urgent and pred[g.id].urgent for g in gold),
        sum(g.urgent and not pred[g.id].urgent for g in gold),
    )
    same_day, exact, false_rate = _due(gold, pred)
    notices = [g for g in gold if g.kind is not Kind.CHATTER]
    lost = sum(pred[g.id].kind == Kind.CHATTER.value for g in notices)
    gold_labels = [("g", g.cluster) if g.cluster is not None else ("s", g.id) for g in notices]
    pred_labels = [
        ("p", pred[g.id].cluster) if pred[g.id].cluster is not None else ("s", g.id)
        for g in notices
    ]
    return EvaluationReport(
        len(gold),
        accuracy,
        macro,
        per_kind,
        urgent,
        same_day,
        exact,
        false_rate,
        pair_scores(gold_labels, pred_labels),
        lost / len(notices) if notices else 0.0,
    )
