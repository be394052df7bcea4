"""Measure the due resolver and the urgency rules on labelled corpora.

    python -m nlp.due._measure data/corpus/train.jsonl data/corpus/dev.jsonl [--misses 20]

Prints one JSON object: per file and over all files, the due figures of
../shared/corpus-format.md (same-day share and exact-minute share over
labelled dues, false-due rate over null labels), urgent precision, recall
and F1, and throughput. ``--misses`` lists the first wrong answers on stderr
with the resolver's working, which is how systematic misses are found. Use it
on train and dev only: tuning rules on the test split would make its figures
meaningless.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nlp.corpus import CorpusError, CorpusRecord, load_corpus
from nlp.due import explain_due
from nlp.urgency import is_urgent

__all__ = ["Tally", "main", "measure"]


@dataclass(slots=True)
class Tally:
    """Counts behind the figures, so files can be added up before dividing."""

    labelled: int = 0
    same_day: int = 0
    exact: int = 0
    null_labels: int = 0
    false_due: int = 0
    urgent_tp: int = 0
    urgent_fp: int = 0
    urgent_fn: int = 0
    seconds: float = 0.0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in self.__slots__:
            if name != "misses":
                setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses.extend(other.misses)

    def figures(self) -> dict[str, Any]:
        precision = _ratio(self.urgent_tp, self.urgent_tp + self.urgent_fp)
        recall = _ratio(self.urgent_tp, self.urgent_tp + self.urgent_fn)
        total = self.labelled + self.null_labels
        return {
            "messages": total,
            "due_same_day": _ratio(self.same_day, self.labelled),
            "due_exact": _ratio(self.exact, self.labelled),
            "due_false_rate": 1.0 - _ratio(self.null_labels - self.false_due, self.null_labels),
            "urgent_precision": precision,
            "urgent_recall": recall,
            "urgent_f1": 2 * precision * recall / (precision + recall) if precision + recall else 0,
            "messages_per_second": round(total / self.seconds) if self.seconds else None,
        }


def _ratio(part: int, whole: int) -> float:
    """With nothing to count, nothing was missed: 1.0."""
    return round(part / whole, 4) if whole else 1.0


def _miss(record: CorpusRecord, due: object, urgent: bool, reason: str) -> str:
    gold = record.due.isoformat() if record.due else None
    got = due.isoformat() if hasattr(due, "isoformat") else None
    return (
        f"{record.id} [{record.kind}] due gold={gold} got={got} ({reason}); "
        f"urgent gold={record.urgent} got={urgent} | {record.text[:120]!r}"
    )


def measure(records: Sequence[CorpusRecord]) -> Tally:
    """Run the resolver and the urgency rules over ``records`` and count."""
    tally = Tally()
    for record in records:
        started = time.perf_counter()
        explanation = explain_due(record.text, record.sent_at)
        due = explanation.due
        urgent = is_urgent(record.text, record.sent_at, due, prepared=explanation.text)
        tally.seconds += time.perf_counter() - started
        if record.due is None:
            tally.null_labels += 1
            tally.false_due += due is not None
        else:
            tally.labelled += 1
            tally.same_day += due is not None and due.date() == record.due.date()
            tally.exact += due == record.due
        tally.urgent_tp += urgent and record.urgent
        tally.urgent_fp += urgent and not record.urgent
        tally.urgent_fn += record.urgent and not urgent
        if due != record.due or urgent != record.urgent:
            tally.misses.append(_miss(record, due, urgent, explanation.reason))
    return tally


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nlp.due._measure", description=__doc__)
    parser.add_argument("corpora", nargs="+", type=Path, help="JSONL corpus files")
    parser.add_argument("--misses", type=int, default=0, help="list this many misses on stderr")
    args = parser.parse_args(argv)
    report: dict[str, Any] = {}
    overall = Tally()
    for path in args.corpora:
        try:
            tally = measure(load_corpus(path))
        except (OSError, CorpusError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        report[str(path)] = tally.figures()
        overall.add(tally)
    report["all"] = overall.figures()
    print(json.dumps(report, indent=2, ensure_ascii=False))
    for line in overall.misses[: args.misses]:
        print(line, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
