"""Ingest a few posts through the real pipeline and its cluster keeper, with the
keyword kinds and the due resolver standing in for the trained understanding:
what copies, chases and roll calls join (tests/bot/test_ingest_*.py)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.ingest import ClusterKeeper, IncomingMessage, IngestOutcome, IngestPipeline
from nlp.baseline import KeywordBaseline
from nlp.dedup import ClusterIndex
from nlp.due import resolve_due
from nlp.types import Kind, NoticeInput, Understanding
from sim.clock import ManualClock
from storage.database import Database
from tests.helpers.factories import make_group

__all__ = ["OTHER", "START", "TITLES", "TOWN", "VILLAGE", "WithDue", "clusters", "outcomes"]

START = datetime(2026, 11, 16, 1, 0, tzinfo=UTC)  # Monday 09:00 in Shanghai
TOWN, VILLAGE, OTHER = -1001000000501, -1001000000502, -1001000000503
# titles that name no place in common: the groups are related only by who posts in them
TITLES = {TOWN: "青石镇党政办工作群", VILLAGE: "龙岗村两委群", OTHER: "Harbour Clinic staff"}
_ids = iter(range(1, 10_000))


class WithDue(KeywordBaseline):
    """The keyword kinds with the due resolver's due, as the trained pipeline has."""

    def understand(self, inputs: Sequence[NoticeInput]) -> list[Understanding]:
        return [
            replace(meaning, due_at=resolve_due(given.text, given.sent_at))
            for given, meaning in zip(inputs, super().understand(inputs), strict=True)
        ]


class _TakesForChatter(WithDue):
    """As the trained pipeline may: a chase without a cue word read as chatter; and
    as its verdict does, a roll call kept (as a report)."""

    def __init__(self, chatter: set[str], kept: set[str] | None = None) -> None:
        super().__init__()
        self._chatter, self._kept = chatter, kept or set()

    def understand(self, inputs: Sequence[NoticeInput]) -> list[Understanding]:
        return [
            replace(meaning, kind=Kind.CHATTER, due_at=None) if given.text in self._chatter
            else replace(meaning, kind=Kind.REPORT) if given.text in self._kept
            else meaning
            for given, meaning in zip(inputs, super().understand(inputs), strict=True)
        ]  # fmt: skip


def clusters(
    database: Database, posts: list[tuple[int, int, str]], chatter: frozenset[str] = frozenset()
) -> list[int | None]:
    """Each (chat, minutes after START, text) ingested in order; their cluster ids
    (the texts in ``chatter`` are taken for chatter)."""
    return [outcome.cluster_id for outcome in outcomes(database, posts, chatter)]


def outcomes(
    database: Database,
    posts: list[tuple[int, int, str]],
    chatter: frozenset[str] = frozenset(),
    kept: frozenset[str] = frozenset(),
    senders: Sequence[int] = (),
) -> list[IngestOutcome]:
    """What ingest made of each (chat, minutes after START, text), in order (the texts
    in ``chatter`` taken for chatter, those in ``kept`` for reports; each post sent by
    its ``senders`` entry, else by sender 9)."""
    with database.session() as s:
        for chat, title in TITLES.items():
            make_group(s, chat_id=chat, title=title)
    clock = ManualClock(START)
    window = timedelta(days=30)
    zone = ZoneInfo("Asia/Shanghai")
    keeper = ClusterKeeper(ClusterIndex(window=window), window, zone)
    understander = _TakesForChatter(set(chatter), set(kept))
    pipeline = IngestPipeline(database, understander, zone, clock, keeper)
    found = []
    for number, (chat, minutes, text) in enumerate(posts):
        sender = senders[number] if number < len(senders) else 9
        sent = START + timedelta(minutes=minutes)
        clock.set(sent + timedelta(seconds=2))
        message = IncomingMessage(
            chat_id=chat, message_id=next(_ids), sender_id=sender, sender_name="x", sent_at=sent,
            text=text,
        )  # fmt: skip
        found += pipeline.process([message])
    return found


