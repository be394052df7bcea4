"""Missed copy pairs, each with the reason the matcher gives.

``python -m sim.missed_pairs CORPUS.jsonl --pred CORPUS.pred.jsonl [--within]`` lists
the gold pairs of two groups (of one group, ``--within``; one cluster in the corpus)
that the predictions (``fingertip eval --predictions``) put in two clusters, and groups them by
cause: one of the two was read as chatter; the earlier was never a candidate
of the later (no band, relay or group slot offered it: said with whether the
groups are related, how far apart they came and whether their dues agree);
it was, but a guard kept them apart (the guard's words); it was, and the pair
scorer scored it below the cut; or it was allowed, but the later took another
cluster. A due the predictions read otherwise than the corpus is counted
beside each cause, since a misread due breaks the guards and the due band
alike. The reasons come from replaying the corpus through the real ingest
pipeline (:func:`sim.evaluation.predict_corpus`) with the cluster index
traced, so they are what the matcher saw when the later notice arrived.
"""

from __future__ import annotations

import argparse
import itertools
import json
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from bot.config import load_config
from bot.ingest import IngestOutcome
from nlp.corpus import CorpusRecord, load_corpus
from nlp.dedup import ClusterIndex, DedupItem
from nlp.dedup._batch import Batch
from nlp.dedup._store import NO_DUE, View
from nlp.types import Kind
from sim import evaluation

__all__ = ["Trace", "cause", "main", "missed_pairs", "replay"]

Row = dict[str, Any]  # a line of the predictions file
Missed = tuple[CorpusRecord, CorpusRecord, str, bool]  # earlier, later, reason, due misread


@dataclass
class Trace:
    """What the index saw of each notice it matched, by notice key."""

    views: dict[int, View] = field(default_factory=dict)
    candidates: dict[int, list[int]] = field(default_factory=dict)
    index: ClusterIndex | None = None
    outcomes: list[int | None] = field(default_factory=list)  # notice keys, in time order
    keys: dict[str, int] = field(default_factory=dict)  # record id -> notice key


@contextmanager
def _traced(trace: Trace) -> Iterator[None]:
    """Record what the index looked up (views, candidate keys) and each record's key."""
    lookup, restore = ClusterIndex._lookup, ClusterIndex.restore
    versions = evaluation._Versions.cluster

    def traced_lookup(
        self: ClusterIndex, items: list[DedupItem]
    ) -> tuple[Batch, list[npt.NDArray[np.int64]]]:
        batch, found = lookup(self, items)
        trace.index, keys = self, self._store.key.data
        for item, view, slots in zip(items, batch.views, found, strict=True):
            trace.views[item.key] = view
            trace.candidates[item.key] = [
                int(keys[s]) if s < batch.first else items[s - batch.first].key
                for s in slots.tolist()
            ]
        return batch, found

    def traced_restore(self: ClusterIndex, item: DedupItem, cluster: int) -> None:
        trace.views[item.key] = self._view(item)[0]  # a correction joins what it corrects
        restore(self, item, cluster)

    def traced_versions(self: evaluation._Versions, outcome: IngestOutcome) -> int | None:
        trace.outcomes.append(outcome.notice_id)
        return versions(self, outcome)

    ClusterIndex._lookup = traced_lookup  # type: ignore[method-assign]
    ClusterIndex.restore = traced_restore  # type: ignore[method-assign]
    evaluation._Versions.cluster = traced_versions  # type: ignore[method-assign]
    try:
        yield
    finally:
        ClusterIndex._lookup = lookup  # type: ignore[method-assign]
        ClusterIndex.restore = restore  # type: ignore[method-assign]
        evaluation._Versions.cluster = versions  # type: ignore[method-assign]


def replay(records: Sequence[CorpusRecord], config: Path | None = None) -> Trace:
    """Replay ``records`` as ``fingertip eval`` does, tracing the index."""
    trace = Trace()
    with _traced(trace):
        evaluation.predict_corpus(records, load_config(config))
    ordered = sorted(records, key=lambda r: r.sent_at)
    pairs = zip(ordered, trace.outcomes, strict=True)
    trace.keys = {record.id: key for record, key in pairs if key is not None}
    return trace


def missed_pairs(
    records: Sequence[CorpusRecord], pred: dict[str, Row], *, within: bool = False
) -> list[tuple[CorpusRecord, CorpusRecord]]:
    """Gold pairs of two groups (of one group, ``within``), earlier first, that the
    predictions split."""
    clusters: dict[str, list[CorpusRecord]] = defaultdict(list)
    for record in sorted(records, key=lambda r: r.sent_at):
        if record.cluster is not None and record.kind is not Kind.CHATTER:
            clusters[record.cluster].append(record)
    return [
        (a, b)
        for members in clusters.values()
        for a, b in itertools.combinations(members, 2)
        if (a.chat_id == b.chat_id) == within
        and (pred[a.id]["cluster"] is None or pred[a.id]["cluster"] != pred[b.id]["cluster"])
    ]


def cause(
    trace: Trace, earlier: CorpusRecord, later: CorpusRecord, pred: dict[str, Row]
) -> tuple[str, str]:
    """The cause of one missed pair (a heading) and the matcher's words for it."""
    for record in (earlier, later):
        if pred[record.id]["cluster"] is None and pred[record.id]["kind"] == "chatter":
            return "lost as chatter", record.id
    a, b = trace.keys.get(earlier.id), trace.keys.get(later.id)
    if a not in trace.views or b not in trace.views or trace.index is None:
        return "not indexed", ""
    assert a is not None and b is not None
    if a not in trace.candidates.get(b, []):
        return "not a candidate", _why_not(trace.index, trace.views[a], trace.views[b])
    score = trace.index.score(trace.views[b], trace.views[a])
    if score.merge:
        return "candidate, took another cluster", f"p={score.probability:.2f}"
    reason = score.conflict or ""
    if reason.startswith("unlike"):
        return "candidate, scored low", reason
    return f"vetoed: {reason.split(' (')[0].split(':')[0]}", reason


def _why_not(index: ClusterIndex, a: View, b: View) -> str:
    """What kept ``a`` from ``b``'s candidates: relatedness, time apart, dues."""
    related = "related" if index._peers.related(a.group, b.group) else "unrelated"
    minutes = b.sent - a.sent
    apart = "<1h" if minutes <= 60 else "<1d" if minutes <= 1440 else ">1d"
    if a.due == b.due:
        return f"{related} {apart} {'both undated' if a.due == NO_DUE else 'same due'}"
    return f"{related} {apart} dues differ"


def _misread(record: CorpusRecord, predicted: Row) -> bool:
    due = predicted.get("due")
    return (None if due is None else datetime.fromisoformat(due)) != record.due


def _line(record: CorpusRecord, predicted: Row) -> str:
    due = (predicted.get("due") or "-")[5:16]
    gold = "-" if record.due is None else record.due.isoformat()[5:16]
    sent, text = record.sent_at.isoformat()[5:16], record.text.replace("\n", " ")[:110]
    return f"    {record.id} [{record.chat[:12]}] {sent} due {gold}/{due} | {text}"


def _report(by_cause: dict[str, list[Missed]], pred: dict[str, Row], args: Any) -> None:
    scope = "one-group" if args.within else "cross-group"
    print(f"missed {scope} pairs: {sum(len(v) for v in by_cause.values())}")
    ranked = sorted(by_cause.items(), key=lambda kv: -len(kv[1]))
    for heading, pairs in ranked:
        misread = sum(m for *_, m in pairs)
        reasons = Counter(w.split(" (")[0] for _, _, w, _ in pairs if w).most_common(args.top)
        print(f"{len(pairs):5d}  {heading}  (due misread in {misread})", dict(reasons))
    for heading, pairs in ranked:
        if args.show and (not args.only or heading.startswith(args.only)):
            print(f"\n== {heading} ({len(pairs)})")
            for a, b, words, misread in pairs[: args.show]:
                print(f"  {words}{' [due misread]' if misread else ''}")
                print(_line(a, pred[a.id]))
                print(_line(b, pred[b.id]))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="missed copy pairs, by cause")
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--pred", type=Path, required=True, help="eval --predictions output")
    parser.add_argument("--config", type=Path)
    parser.add_argument("--show", type=int, default=15, help="pairs listed per cause")
    parser.add_argument("--only", help="list only the causes starting with this")
    parser.add_argument("--top", type=int, default=4, help="reasons counted per cause")
    parser.add_argument("--within", action="store_true", help="pairs of one group instead")
    args = parser.parse_args(argv)
    records = load_corpus(args.corpus)
    with args.pred.open(encoding="utf-8") as lines:
        pred = {row["id"]: row for row in map(json.loads, lines)}
    trace = replay(records, args.config)
    by_cause: dict[str, list[Missed]] = defaultdict(list)
    for a, b in missed_pairs(records, pred, within=args.within):
        heading, words = cause(trace, a, b, pred)
        misread = _misread(a, pred[a.id]) or _misread(b, pred[b.id])
        by_cause[heading].append((a, b, words, misread))
    _report(by_cause, pred, args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
