"""The trainable pipeline: trains deterministically on a small slice, then understands."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from spacy.training import Example
from thinc.api import Config

from nlp.components import keep_text
from nlp.corpus import load_corpus
from nlp.pipeline import SpacyUnderstander, build_pipeline, train
from nlp.pipeline._build import CONFIG_PATH
from nlp.pipeline._kind import KIND_SCORES, KindClassifier
from nlp.types import Kind, NoticeInput

CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus"
TZ = timezone(timedelta(hours=8))


def _slice(source: Path, target: Path, lines: int) -> Path:
    target.write_text(
        "".join(source.read_text(encoding="utf-8").splitlines(True)[:lines]), encoding="utf-8"
    )
    return target


def test_training_is_deterministic_and_the_model_understands(tmp_path: Path) -> None:
    train_path = _slice(CORPUS / "train.jsonl", tmp_path / "train.jsonl", 240)
    dev_path = _slice(CORPUS / "dev.jsonl", tmp_path / "dev.jsonl", 60)
    first = train(train_path=train_path, dev_path=dev_path, output_dir=tmp_path / "a")
    second = train(train_path=train_path, dev_path=dev_path, output_dir=tmp_path / "b")
    assert first.dev_macro_f1 == second.dev_macro_f1 and first.best_epoch == second.best_epoch
    assert first.kind_dev_macro_f1 == second.kind_dev_macro_f1 > 0
    # an early epoch that happens to score well on dev is no model yet
    min_epoch = Config().from_disk(CONFIG_PATH)["training"]["min_epoch"]
    assert min(first.best_epoch, first.kind_best_epoch) >= min_epoch > 1
    for component in ("textcat", "fingertip_kind"):
        a, b = (tmp_path / run / component / "model" for run in ("a", "b"))
        assert a.read_bytes() == b.read_bytes()
    _the_kind_part_and_the_chatter_part_are_separate(tmp_path / "a")
    understander = SpacyUnderstander.load(tmp_path / "a")
    sent = datetime(2026, 11, 16, 9, 0, tzinfo=TZ)
    results = understander.understand(
        [
            NoticeInput("请于明天下午3点前报送统计表", sent),
            NoticeInput("", sent),
            NoticeInput("长" * 100_000, sent),
        ]
    )
    assert results[0].due_at == datetime(2026, 11, 17, 15, 0, tzinfo=TZ)
    assert results[1].kind is Kind.CHATTER and results[1].due_at is None
    assert len(results) == 3 and isinstance(results[2].kind, Kind)
    records = load_corpus(dev_path)
    assert first.dev_macro_f1 > 0 and len(records) == 60


def _the_kind_part_and_the_chatter_part_are_separate(model_dir: Path) -> None:
    """``textcat`` scores all six kinds into doc.cats; ``fingertip_kind`` the other five
    beside them, for the verdict, which alone writes the kind."""
    understander = SpacyUnderstander.load(model_dir)
    nlp = understander._nlp
    names = nlp.pipe_names
    assert names.index("textcat") < names.index("fingertip_kind")
    assert names.index("fingertip_kind") < names.index("fingertip_chatter_verdict")
    chatter, kinds = nlp.get_pipe("textcat"), nlp.get_pipe("fingertip_kind")
    assert isinstance(kinds, KindClassifier) and not isinstance(chatter, KindClassifier)
    assert set(chatter.labels) == {k.value for k in Kind}  # type: ignore[attr-defined]
    assert set(kinds.labels) == {k.value for k in Kind} - {"chatter"}
    doc = keep_text(nlp.make_doc("请于周五前报送统计表"), "请于周五前报送统计表")
    doc._.sent_at = datetime(2026, 11, 16, 9, 0, tzinfo=TZ)
    doc = next(nlp.pipe([doc]))
    assert set(doc.cats) == {k.value for k in Kind}
    assert set(doc.user_data[KIND_SCORES]) == set(kinds.labels)
    assert abs(sum(doc.user_data[KIND_SCORES].values()) - 1.0) < 1e-5


def test_the_kind_classifier_learns_nothing_from_chatter() -> None:
    kinds = build_pipeline().get_pipe("fingertip_kind")
    assert isinstance(kinds, KindClassifier) and len(kinds.labels) == 5
    examples = [
        Example.from_dict(kinds_doc, {"cats": {k.value: float(k is kind) for k in Kind}})
        for kinds_doc, kind in (
            (build_pipeline().make_doc("收到"), Kind.CHATTER),
            (build_pipeline().make_doc("请于周五前报送统计表"), Kind.REPORT),
        )
    ]
    truths, not_missing = kinds._examples_to_truth(examples)
    assert not_missing[0].sum() == 0 and not_missing[1].sum() == len(kinds.labels)
    assert truths[1][kinds.labels.index("report")] == 1.0
