"""A copy whose own words leave its kind in doubt takes the kind of the notice it
joins; one read plainly keeps its own, and chatter stays chatter (bot/ingest/_kinds.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import timedelta
from zoneinfo import ZoneInfo

from bot.ingest import ClusterKeeper, IncomingMessage, IngestOutcome, IngestPipeline
from nlp.dedup import ClusterIndex
from nlp.types import Kind, NoticeInput, Understanding
from sim.clock import ManualClock
from storage.database import Database
from tests.helpers.factories import make_group
from tests.helpers.ingest import START, TITLES, TOWN, VILLAGE, WithDue

# Monday 16 November, 09:00 in Shanghai
FORM = "各村：独居老人冬季走访登记表周四下班前报民政办，一户一张。"
CHASE = "独居老人走访登记表 二组六组还差 周四下班前"
SHEETS = "Ward managers: post-falls checklists to matron by Thursday 5pm please."
SHEETS_CHASE = "post-falls checklists - Ward 3 and Ward 6 still not in, Thursday 5pm"


class _Read(WithDue):
    """The keyword kinds with the due resolver's due, and for the texts of ``read``
    the kind and the certainty the trained classifier might give them."""

    def __init__(self, read: Mapping[str, tuple[Kind, float]]) -> None:
        super().__init__()
        self._read = read

    def understand(self, inputs: Sequence[NoticeInput]) -> list[Understanding]:
        return [
            replace(meaning, kind=self._read[given.text][0], kind_sure=self._read[given.text][1])
            if given.text in self._read else meaning
            for given, meaning in zip(inputs, super().understand(inputs), strict=True)
        ]  # fmt: skip


def _outcomes(
    database: Database, posts: list[tuple[int, int, str]], read: Mapping[str, tuple[Kind, float]]
) -> list[IngestOutcome]:
    """What ingest made of each (chat, minutes after START, text), one batch each."""
    with database.session() as s:
        for chat, title in TITLES.items():
            make_group(s, chat_id=chat, title=title)
    clock, window, zone = ManualClock(START), timedelta(days=30), ZoneInfo("Asia/Shanghai")
    keeper = ClusterKeeper(ClusterIndex(window=window), window, zone)
    pipeline = IngestPipeline(database, _Read(read), zone, clock, keeper)
    found = []
    for number, (chat, minutes, text) in enumerate(posts, start=1):
        sent = START + timedelta(minutes=minutes)
        clock.set(sent + timedelta(seconds=2))
        message = IncomingMessage(
            chat_id=chat, message_id=number, sender_id=9, sender_name="x", sent_at=sent, text=text
        )
        found += pipeline.process([message])
    return found


def test_a_chase_in_doubt_takes_the_kind_of_the_form_it_chases(database: Database) -> None:
    read = {FORM: (Kind.REPORT, 0.99), CHASE: (Kind.TASK, 0.6)}
    form, chase = _outcomes(database, [(TOWN, 0, FORM), (TOWN, 60 * 24, CHASE)], read)
    assert chase.cluster_id == form.cluster_id is not None
    assert chase.due_at is not None  # it states its own due, so it is no due-less chase
    assert chase.kind == Kind.REPORT.value


def test_an_english_chase_in_doubt_too(database: Database) -> None:
    read = {SHEETS: (Kind.REPORT, 0.97), SHEETS_CHASE: (Kind.TASK, 0.55)}
    sheets, chase = _outcomes(database, [(VILLAGE, 0, SHEETS), (VILLAGE, 60, SHEETS_CHASE)], read)
    assert chase.cluster_id == sheets.cluster_id is not None
    assert chase.kind == Kind.REPORT.value


def test_a_copy_read_plainly_keeps_its_own_kind(database: Database) -> None:
    read = {FORM: (Kind.REPORT, 0.99), CHASE: (Kind.TASK, 0.97)}
    form, chase = _outcomes(database, [(TOWN, 0, FORM), (TOWN, 60 * 24, CHASE)], read)
    assert chase.cluster_id == form.cluster_id is not None
    assert chase.kind == Kind.TASK.value


def test_chatter_stays_chatter(database: Database) -> None:
    read = {FORM: (Kind.REPORT, 0.99), CHASE: (Kind.CHATTER, 0.0)}
    _, chase = _outcomes(database, [(TOWN, 0, FORM), (TOWN, 60 * 24, CHASE)], read)
    assert chase.kind == Kind.CHATTER.value


def test_a_notice_of_its_own_keeps_its_kind(database: Database) -> None:
    other = "各村：明天上午把村道两边的积雪清理一遍，拍照发群里。"
    read = {FORM: (Kind.REPORT, 0.99), other: (Kind.TASK, 0.6)}
    form, task = _outcomes(database, [(TOWN, 0, FORM), (TOWN, 60, other)], read)
    assert task.cluster_id != form.cluster_id
    assert task.kind == Kind.TASK.value
