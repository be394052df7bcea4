"""Corpus files load strictly; a bad line is named by file, line and field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nlp.corpus import CorpusError, load_corpus

GOOD = {
    "id": "a",
    "chat_id": -100,
    "chat": "群",
    "sender": "人",
    "sent_at": "2026-11-16T09:00:00+08:00",
    "text": "请报送",
    "kind": "report",
    "urgent": False,
    "due": None,
    "cluster": None,
}
SHARED = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "policies-real.jsonl"


def _write(tmp_path: Path, *rows: object) -> Path:
    path = tmp_path / "c.jsonl"
    path.write_text(
        "\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n", encoding="utf-8"
    )
    return path


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("{not json", "c.jsonl:2: not valid JSON"),
        ({**GOOD, "id": "b", "kind": "gossip"}, "c.jsonl:2: field 'kind': unknown kind"),
        ({**GOOD, "id": "b", "sent_at": "2026-11-16T09:00:00"}, "field 'sent_at': time has no"),
        ({**GOOD, "id": "b", "due": "明天"}, "c.jsonl:2: field 'due': not an ISO 8601"),
        ({**GOOD, "id": "b", "urgent": "yes"}, "field 'urgent': expected bool"),
        ({**GOOD, "id": "b", "chat_id": True}, "field 'chat_id': expected int"),
        ({k: v for k, v in GOOD.items() if k != "text"} | {"id": "b"}, "missing ['text']"),
        ({**GOOD, "extra": 1, "id": "b"}, "unknown ['extra']"),
        (GOOD, "c.jsonl:2: field 'id': duplicate id"),
    ],
)
def test_bad_lines_are_named(tmp_path: Path, row: object, message: str) -> None:
    with pytest.raises(CorpusError, match=message.replace("[", r"\[").replace("]", r"\]")):
        load_corpus(_write(tmp_path, GOOD, row))


def test_shared_real_corpus_loads() -> None:
    if not SHARED.exists():
        pytest.skip("../shared is not beside this checkout")
    records = load_corpus(SHARED)
    assert len(records) == 261 and all(r.sent_at.tzinfo for r in records)


CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus"


def test_the_scene_test_files_replay_the_test_split_s_own_records() -> None:
    """scenes-test.jsonl, scenes-voices-test.jsonl and scenes-calls-test.jsonl are parts of
    the test split, replayable alone, so eval reports the unseen scenes (and the last ones
    written) on their own."""
    test = {r.id: r for r in load_corpus(CORPUS / "test.jsonl")}
    scenes = load_corpus(CORPUS / "scenes-test.jsonl")
    voices = load_corpus(CORPUS / "scenes-voices-test.jsonl")
    calls = load_corpus(CORPUS / "scenes-calls-test.jsonl")
    retell = load_corpus(CORPUS / "retell-test.jsonl")
    probe = load_corpus(CORPUS / "probe-test.jsonl")
    assert voices and len(voices) < len(scenes) < len(test)
    assert calls and {r.id for r in calls} <= {r.id for r in scenes}
    assert not {r.id for r in calls} & {r.id for r in voices}
    assert {r.id for r in voices} <= {r.id for r in scenes}
    assert retell and {r.id for r in retell} <= {r.id for r in scenes}
    assert not {r.id for r in retell} & ({r.id for r in calls} | {r.id for r in voices})
    # the lead's held-out probe is test only and kept out of the scenes' figures
    assert probe and not {r.id for r in probe} & {r.id for r in scenes}
    for part in (scenes, voices, calls, retell, probe):
        assert all(test[r.id] == r for r in part)
        assert [r.sent_at for r in part] == sorted(r.sent_at for r in part)
        # a reply travels with its notice: every cluster of the part is whole in it
        clusters = {r.cluster for r in part if r.cluster is not None}
        assert all(r.id in {p.id for p in part} for r in test.values() if r.cluster in clusters)
