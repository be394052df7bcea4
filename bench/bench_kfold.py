"""Held-out folds of the training split: does a model or rule change generalise?

The training split is cut into ``--folds`` parts by chat (a group's scenes
stay together, so no scene is seen on both sides), greedily balanced by
message count. For each part a model is trained, as ``fingertip train``
does (same config, dev split picks the epoch), on the other parts, and the
part is read by the whole understanding pipeline (classifier, chatter
verdict, due, urgency). Prints JSON: each fold's figures and their mean, the figures of all held-out
messages pooled, and those of the hand-written scenes' own groups pooled
(the nearest the training split comes to groups the corpus never saw).

    .venv/bin/python bench/bench_kfold.py [--folds 3] [--train data/corpus/train.jsonl]
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from nlp.corpus import CorpusRecord, load_corpus
from nlp.metrics import Predicted, evaluate
from nlp.pipeline import SpacyUnderstander, train
from nlp.types import NoticeInput

ROOT = Path(__file__).resolve().parent.parent
_ERRORS: list[str] | None = None  # kind errors, one line each, when --errors is given


def split_by_chat(
    records: list[CorpusRecord], folds: int, first: set[int] | None = None
) -> list[list[CorpusRecord]]:
    """Whole chats to the smallest part so far, largest chats first (ties by chat id).

    The chats in ``first`` are shared out before the rest and balanced among
    themselves, so every part holds some of them.
    """
    by_chat: dict[int, list[CorpusRecord]] = defaultdict(list)
    for record in records:
        by_chat[record.chat_id].append(record)
    parts: list[list[CorpusRecord]] = [[] for _ in range(folds)]
    early = first or set()
    for group in (
        sorted(c for c in by_chat if c in early),
        sorted(c for c in by_chat if c not in early),
    ):
        sizes = [0] * folds
        for chat_id in sorted(group, key=lambda c: (-len(by_chat[c]), c)):
            smallest = min(range(folds), key=lambda i: (sizes[i] + len(parts[i]) / 1e6, i))
            parts[smallest].extend(by_chat[chat_id])
            sizes[smallest] += len(by_chat[chat_id])
    return parts


def _write(path: Path, records: list[CorpusRecord], raw: dict[str, str]) -> None:
    path.write_text("".join(raw[r.id] for r in records), encoding="utf-8")


def _predict(model_dir: Path, held: list[CorpusRecord]) -> dict[str, Predicted]:
    understander = SpacyUnderstander.load(model_dir)
    results = understander.understand([NoticeInput(text=r.text, sent_at=r.sent_at) for r in held])
    return {
        r.id: Predicted(u.kind.value, u.urgent, u.due_at, None)
        for r, u in zip(held, results, strict=True)
    }


def _figures(held: list[CorpusRecord], pred: dict[str, Predicted]) -> dict[str, float]:
    """The issue's figures, per-kind F1 and the count of each confusion (x_task>notice)."""
    report = evaluate(held, pred)
    confused = Counter(
        f"{r.kind.value}>{pred[r.id].kind}" for r in held if r.kind.value != pred[r.id].kind
    )
    return {
        "lost": round(report.lost_as_chatter, 4),
        "macro_f1": round(report.kind_macro_f1, 4),
        "urgent_f1": round(report.urgent.f1, 4),
        "false_due": round(report.due_false_rate, 4),
        **{f"f1_{kind}": round(s.f1, 4) for kind, s in report.per_kind.items()},
        **{f"x_{pair}": float(n) for pair, n in sorted(confused.items())},
    }


def scene_chats() -> set[int]:
    """The groups only the hand-written robustness scenes post in (the unseen voices)."""
    chats = ROOT / "data/tools/material/scene_chats.txt"
    return {
        int(line.split()[2])
        for line in chats.read_text(encoding="utf-8").splitlines()
        if line.startswith("@ ")
    }


def run(train_path: Path, dev_path: Path, folds: int) -> dict[str, Any]:
    raw = {}
    for line in train_path.read_text(encoding="utf-8").splitlines(keepends=True):
        if line.strip():
            raw[json.loads(line)["id"]] = line
    chats = scene_chats()
    parts = split_by_chat(load_corpus(train_path), folds, chats)
    rows = []
    pred: dict[str, Predicted] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for i, held in enumerate(parts):
            rest = [r for j, part in enumerate(parts) if j != i for r in part]
            fold_train = Path(tmp) / f"train-{i}.jsonl"
            _write(fold_train, rest, raw)
            model_dir = Path(tmp) / f"model-{i}"
            train(train_path=fold_train, dev_path=dev_path, output_dir=model_dir)
            pred.update(_predict(model_dir, held))
            rows.append({"fold": i, "n": len(held), **_figures(held, pred)})
    keys = sorted({k for r in rows for k in r if k not in ("fold", "n") and "x_" not in k})
    mean = {k: round(sum(r.get(k, 0.0) for r in rows) / len(rows), 4) for k in keys}
    everything = [r for part in parts for r in part]
    scenes = [r for r in everything if r.chat_id in chats]
    if _ERRORS is not None:
        _ERRORS.extend(
            f"{r.kind.value}>{pred[r.id].kind}\t{r.id}\t{r.text[:120]!r}"
            for r in everything
            if r.kind.value != pred[r.id].kind
        )
    return {
        "folds": rows,
        "mean": mean,
        "pooled": _figures(everything, pred),
        # every held-out message of the hand-written scenes' own groups, pooled: the
        # nearest the training split comes to groups the corpus never saw
        "scenes_pooled": {"n": len(scenes), **_figures(scenes, pred)},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--train", type=Path, default=ROOT / "data/corpus/train.jsonl")
    parser.add_argument("--dev", type=Path, default=ROOT / "data/corpus/dev.jsonl")
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--errors", type=Path, help="write each kind error (gold>predicted) here")
    args = parser.parse_args()
    global _ERRORS
    _ERRORS = [] if args.errors else None
    print(json.dumps(run(args.train, args.dev, args.folds), ensure_ascii=False))
    if args.errors and _ERRORS is not None:
        args.errors.write_text("".join(f"{line}\n" for line in sorted(_ERRORS)), encoding="utf-8")


if __name__ == "__main__":
    main()
