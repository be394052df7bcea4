"""``fingertip eval`` counts a corrected notice's versions as the corpus format counts
notices, while the product keeps them on one line."""

from __future__ import annotations

import json
from pathlib import Path

from bot.config import Config, UnderstandingConfig
from nlp.corpus import load_corpus
from sim.evaluation import Prediction, predict_corpus

CHAT = -1001000000061
FLOOD = "周四下午2点在三楼会议室召开防汛工作部署会，请各村书记参加"
MOVED = "更正：防汛工作部署会改到周五下午2点"


def _corpus(tmp_path: Path, texts: list[tuple[str, str]]) -> Path:
    path = tmp_path / "corpus.jsonl"
    rows = [
        {"id": f"m{n}", "chat_id": CHAT, "chat": "镇党政办群", "sender": "党政办", "sent_at": sent,
         "text": text, "kind": "meeting", "urgent": False, "due": None, "cluster": None}
        for n, (sent, text) in enumerate(texts, 1)
    ]  # fmt: skip
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


def _predicted(path: Path) -> list[Prediction]:
    config = Config(understanding=UnderstandingConfig(model="rules"))
    return predict_corpus(load_corpus(path), config)


def test_a_correction_that_moves_the_time_is_another_notice_with_its_copies(
    tmp_path: Path,
) -> None:
    notice, correction, again = _predicted(_corpus(tmp_path, [
        ("2026-11-16T09:00:00+08:00", FLOOD),
        ("2026-11-16T10:00:00+08:00", MOVED),
        ("2026-11-16T11:00:00+08:00", MOVED),
    ]))  # fmt: skip
    assert notice.cluster is not None and correction.cluster is not None
    assert correction.cluster != notice.cluster
    assert again.cluster == correction.cluster
    assert correction.due is not None and correction.due != notice.due


def test_copies_before_the_correction_stay_with_the_notice(tmp_path: Path) -> None:
    notice, copy, correction = _predicted(_corpus(tmp_path, [
        ("2026-11-16T09:00:00+08:00", FLOOD),
        ("2026-11-16T09:30:00+08:00", "【转发】" + FLOOD),
        ("2026-11-16T10:00:00+08:00", MOVED),
    ]))  # fmt: skip
    assert copy.cluster == notice.cluster != correction.cluster
