"""``python -m sim.missed_pairs`` picks the gold pairs the predictions split: across
two groups, or with ``within`` inside one."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from nlp.corpus import CorpusRecord
from nlp.types import Kind
from sim.missed_pairs import missed_pairs

CST = timezone(timedelta(hours=8))


def _record(n: int, chat: int, cluster: str | None, kind: Kind = Kind.REPORT) -> CorpusRecord:
    sent = datetime(2026, 11, 16, 9, n, tzinfo=CST)
    return CorpusRecord(
        f"m{n}", chat, f"群{chat}", "党政办", sent, "周五前报表", kind, False, None, cluster
    )


RECORDS = [
    _record(1, -1, "a"), _record(2, -1, "a"), _record(3, -2, "a"),
    _record(4, -2, None, Kind.CHATTER),
]  # fmt: skip


def test_pairs_split_by_the_predictions_are_picked_by_scope() -> None:
    pred = {"m1": {"cluster": "x"}, "m2": {"cluster": "y"}, "m3": {"cluster": "x"},
            "m4": {"cluster": None}}  # fmt: skip
    across = [(a.id, b.id) for a, b in missed_pairs(RECORDS, pred)]
    inside = [(a.id, b.id) for a, b in missed_pairs(RECORDS, pred, within=True)]
    assert across == [("m2", "m3")]
    assert inside == [("m1", "m2")]


def test_pairs_the_predictions_kept_together_are_not_missed() -> None:
    pred = {r.id: {"cluster": "x"} for r in RECORDS}
    assert missed_pairs(RECORDS, pred) == [] and missed_pairs(RECORDS, pred, within=True) == []
