"""``fingertip train``: fit the kind classifier, deterministically, on the CPU.

Seeds are fixed and the data order is shuffled with a seeded generator, so the
same corpus gives the same model. The dev split picks the best epoch; the test
split is never seen here.
"""

from __future__ import annotations

import hashlib
import json
import random
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from spacy.language import Language
from spacy.pipeline import TextCategorizer
from spacy.training import Example
from thinc.api import Config, fix_random_seed

from nlp.corpus import CorpusRecord, load_corpus
from nlp.pipeline._build import CONFIG_PATH, KINDS, build_pipeline

__all__ = ["TrainReport", "train"]


@dataclass(frozen=True, slots=True)
class TrainReport:
    epochs: int
    best_epoch: int
    dev_macro_f1: float
    dev_accuracy: float
    seconds: float
    train_sha256: str
    dev_sha256: str


def _textcat(nlp: Language) -> TextCategorizer:
    pipe = nlp.get_pipe("textcat")
    assert isinstance(pipe, TextCategorizer)
    return pipe


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _examples(nlp: Language, records: list[CorpusRecord]) -> list[Example]:
    docs = [nlp.make_doc(r.text[:4000]) for r in records]
    return [
        Example.from_dict(doc, {"cats": {k: float(r.kind.value == k) for k in KINDS}})
        for doc, r in zip(docs, records, strict=True)
    ]


def _macro_f1(nlp: Language, records: list[CorpusRecord]) -> tuple[float, float]:
    docs = nlp.pipe(
        (nlp.make_doc(r.text[:4000]) for r in records),
        batch_size=64,
        disable=["fingertip_due", "fingertip_urgency"],
    )
    guesses = [max(doc.cats, key=doc.cats.__getitem__) for doc in docs]
    gold = [r.kind.value for r in records]
    f1s = []
    for kind in KINDS:
        tp = sum(g == kind and p == kind for g, p in zip(gold, guesses, strict=True))
        fp = sum(g != kind and p == kind for g, p in zip(gold, guesses, strict=True))
        fn = sum(g == kind and p != kind for g, p in zip(gold, guesses, strict=True))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0)
    accuracy = sum(g == p for g, p in zip(gold, guesses, strict=True)) / len(gold)
    return sum(f1s) / len(f1s), accuracy


def train(*, train_path: Path, dev_path: Path, output_dir: Path) -> TrainReport:
    """Train, keep the epoch with the best dev macro-F1, write the model."""
    settings = Config().from_disk(CONFIG_PATH)["training"]
    fix_random_seed(settings["seed"])
    rng = random.Random(settings["seed"])
    began = time.perf_counter()
    nlp = build_pipeline()
    train_set, dev_set = load_corpus(train_path), load_corpus(dev_path)
    examples = _examples(nlp, train_set)
    optimizer = nlp.initialize(lambda: examples)
    best: tuple[float, float, int, bytes] = (-1.0, 0.0, 0, b"")
    for epoch in range(1, settings["epochs"] + 1):
        rng.shuffle(examples)
        size = settings["batch_size"]
        for batch in (examples[i : i + size] for i in range(0, len(examples), size)):
            nlp.update(batch, drop=settings["dropout"], sgd=optimizer)
        macro, accuracy = _macro_f1(nlp, dev_set)
        if macro > best[0]:
            best = (macro, accuracy, epoch, _textcat(nlp).to_bytes())
    _textcat(nlp).from_bytes(best[3])
    report = TrainReport(
        settings["epochs"],
        best[2],
        round(best[0], 4),
        round(best[1], 4),
        round(time.perf_counter() - began, 1),
        _sha256(train_path),
        _sha256(dev_path),
    )
    nlp.meta["fingertip"] = asdict(report)
    output_dir.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(output_dir)
    (output_dir / "training.json").write_text(json.dumps(asdict(report), indent=2) + "\n")
    return report
