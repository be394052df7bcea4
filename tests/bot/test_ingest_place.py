"""Ingest tells the understanding where each new message falls in its group's talk,
across batches as within one; an edit, whose place is not known, is read as opening it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from zoneinfo import ZoneInfo

from bot.ingest import ClusterKeeper, IncomingMessage, IngestPipeline
from nlp.dedup import ClusterIndex
from nlp.types import NoticeInput, Understanding
from sim.clock import ManualClock
from storage.database import Database
from tests.helpers.factories import make_group
from tests.helpers.ingest import START, TOWN, VILLAGE, WithDue


class _Recording(WithDue):
    def __init__(self) -> None:
        super().__init__()
        self.places: list[str] = []

    def understand(self, inputs: Sequence[NoticeInput]) -> list[Understanding]:
        self.places += [given.place for given in inputs]
        return super().understand(inputs)


def _message(
    chat: int, number: int, minutes: int, sender: int | None, **extra: object
) -> IncomingMessage:
    return IncomingMessage(
        chat_id=chat, message_id=number, sender_id=sender, sender_name="x",
        sent_at=START + timedelta(minutes=minutes), text=f"消息{number}",
        **extra,  # type: ignore[arg-type]
    )  # fmt: skip


def test_places_reach_the_understanding(database: Database) -> None:
    with database.session() as s:
        make_group(s, chat_id=TOWN, title="青石镇党政办工作群")
        make_group(s, chat_id=VILLAGE, title="龙岗村两委群")
    clock = ManualClock(START)
    zone = ZoneInfo("Asia/Shanghai")
    window = timedelta(days=30)
    understander = _Recording()
    keeper = ClusterKeeper(ClusterIndex(window=window), window, zone)
    pipeline = IngestPipeline(database, understander, zone, clock, keeper)
    clock.set(START + timedelta(minutes=10))
    pipeline.process([
        _message(TOWN, 1, 0, 7),
        _message(VILLAGE, 1, 1, 8),
        _message(TOWN, 2, 3, 9),  # another member, in the same batch
    ])  # fmt: skip
    clock.set(START + timedelta(hours=3))
    pipeline.process([
        _message(TOWN, 3, 15, 9),  # the same member, in the next batch
        _message(VILLAGE, 2, 100, 8),  # the village group was quiet for over an hour
        _message(TOWN, 4, 16, None),  # an unknown sender is never "the same member"
        _message(TOWN, 2, 3, 9, edited_at=START + timedelta(minutes=20)),
    ])  # fmt: skip
    assert understander.places == [
        "opens", "opens", "other:5",
        "self:20", "opens", "other:5", "opens",
    ]  # fmt: skip
