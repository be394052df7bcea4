"""The trainable pipeline: trains deterministically on a small slice, then understands."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from nlp.corpus import load_corpus
from nlp.pipeline import SpacyUnderstander, train
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
    assert (tmp_path / "a" / "textcat" / "model").read_bytes() == (
        tmp_path / "b" / "textcat" / "model"
    ).read_bytes()
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
