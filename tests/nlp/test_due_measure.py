"""The measurement script counts what it claims to count."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nlp.due._measure import main

LINES = [
    # due right, urgent right
    {"text": "请于11月20日前报送", "due": "2026-11-20T23:59:00+08:00", "urgent": False},
    # due right, urgent right (due within the hour)
    {"text": "今天10点前报送", "due": "2026-11-16T10:00:00+08:00", "urgent": True},
    # null label, nothing predicted
    {"text": "收到", "due": None, "urgent": False},
    # labelled due the rules cannot know (a label for a cluster): a miss
    {"text": "请尽快报送", "due": "2026-11-17T12:00:00+08:00", "urgent": True},
    # null label but a due is predicted: a false due
    {"text": "明天上午9点开会", "due": None, "urgent": False},
]


def _corpus(path: Path) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for index, line in enumerate(LINES):
            record = {
                "id": f"m{index}",
                "chat_id": -1001,
                "chat": "群",
                "sender": "王科长",
                "sent_at": "2026-11-16T09:00:00+08:00",
                "kind": "report",
                "cluster": None,
                **line,
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def test_figures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = _corpus(tmp_path / "tiny.jsonl")
    assert main([str(corpus), "--misses", "5"]) == 0
    captured = capsys.readouterr()
    figures = json.loads(captured.out)["all"]
    assert figures["messages"] == 5
    assert figures["due_same_day"] == pytest.approx(2 / 3, abs=1e-4)
    assert figures["due_exact"] == pytest.approx(2 / 3, abs=1e-4)
    assert figures["due_false_rate"] == pytest.approx(1 / 2)
    assert figures["urgent_precision"] == 1.0
    assert figures["urgent_recall"] == 0.5
    assert len(captured.err.strip().splitlines()) == 2  # m3 and m4


def test_bad_corpus_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": "x"}\n', encoding="utf-8")
    assert main([str(broken)]) == 2
    assert "broken.jsonl" in capsys.readouterr().err
