"""How far does memorising templates get on the test split?

    .venv/bin/python data/tools/leak_probe.py [DIR]

A deliberately dumb "memoriser": each test message takes the kind of its most
similar training message (cosine over character 1-3-grams). It is run twice,
on the real split and on a control split that ignores families (whole notices
still kept together, but phrasings shared between train and test). A large
gap between the two means the real test split holds phrasings the training
split lacks, which is what keeps test figures honest. Prints JSON.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["main", "nearest_kind_accuracy"]

SPLITS = ("train", "dev", "test")


def _grams(text: str) -> Counter[str]:
    text = " ".join(text.split())
    return Counter(text[i:i + n] for n in (1, 2, 3) for i in range(len(text) - n + 1))


def _matrix(texts: list[str], vocab: dict[str, int]) -> np.ndarray:
    out = np.zeros((len(texts), len(vocab)), dtype=np.float32)
    for row, text in enumerate(texts):
        for gram, count in _grams(text).items():
            column = vocab.get(gram)
            if column is not None:
                out[row, column] = 1.0 + np.log(count)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    normalised: np.ndarray = out / np.maximum(norms, 1e-9)
    return normalised


def nearest_kind_accuracy(train: list[dict[str, Any]], test: list[dict[str, Any]]) -> float:
    """Share of non-chatter test messages whose nearest training message has their kind."""
    train = [r for r in train if r["kind"] != "chatter"]
    test = [r for r in test if r["kind"] != "chatter"]
    counts: Counter[str] = Counter()
    for r in train:
        counts.update(_grams(r["text"]).keys())
    vocab = {g: i for i, g in enumerate(sorted(g for g, c in counts.items() if c >= 2))}
    left, right = _matrix([r["text"] for r in train], vocab), _matrix([r["text"] for r in test],
                                                                      vocab)
    nearest = (right @ left.T).argmax(axis=1)
    hits = sum(int(train[int(j)]["kind"] == r["kind"]) for r, j in zip(test, nearest, strict=True))
    return hits / len(test)


def _control(rows: list[dict[str, Any]], size: int) -> tuple[list[dict[str, Any]],
                                                              list[dict[str, Any]]]:
    """A split of the same size that keeps clusters whole but ignores families."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(row["cluster"] or row["id"], []).append(row)
    keys = sorted(groups)
    random.Random(7).shuffle(keys)
    test: list[dict[str, Any]] = []
    for key in keys:
        if len(test) >= size:
            break
        test += groups[key]
    chosen = {r["id"] for r in test}
    return [r for r in rows if r["id"] not in chosen], test


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else Path(__file__).resolve().parents[1] / "corpus"
    data = {s: [json.loads(x) for x in (folder / f"{s}.jsonl").open(encoding="utf-8")]
            for s in SPLITS}
    every = [r for s in SPLITS for r in data[s]]
    control_train, control_test = _control(every, len(data["test"]))
    result = {
        "memoriser_kind_accuracy_on_test": round(nearest_kind_accuracy(data["train"],
                                                                       data["test"]), 3),
        "memoriser_kind_accuracy_on_dev": round(nearest_kind_accuracy(data["train"],
                                                                      data["dev"]), 3),
        "same_on_a_family_blind_split": round(nearest_kind_accuracy(control_train,
                                                                    control_test), 3),
    }
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
