"""The synchronous ingest core with the keyword baseline and a real database."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.ingest import ClusterKeeper, IncomingMessage, IngestPipeline
from nlp.baseline import KeywordBaseline
from nlp.dedup import ClusterIndex
from nlp.types import NoticeInput, Understanding
from sim.clock import ManualClock
from storage import repository as repo
from storage.database import Database
from tests.helpers.factories import make_group

SENT = datetime(2026, 11, 16, 1, 0, tzinfo=UTC)


def _message(chat_id: int, message_id: int, text: str, **extra: object) -> IncomingMessage:
    values: dict[str, object] = {
        "chat_id": chat_id,
        "message_id": message_id,
        "sender_id": 77,
        "sender_name": "李主任",
        "sent_at": SENT,
        "text": text,
    }
    values.update(extra)
    return IncomingMessage(**values)  # type: ignore[arg-type]


def _pipeline(db: Database) -> tuple[IngestPipeline, ManualClock]:
    clock = ManualClock(SENT + timedelta(seconds=3))
    window = timedelta(days=30)
    zone = ZoneInfo("Asia/Shanghai")
    keeper = ClusterKeeper(ClusterIndex(window=window), window, zone)
    return IngestPipeline(db, KeywordBaseline(), zone, clock, keeper), clock


def test_only_registered_groups_are_stored(database: Database) -> None:
    with database.session() as s:
        group = make_group(s, chat_id=-1001000000042)
    pipeline, clock = _pipeline(database)
    outcomes = pipeline.process(
        [
            _message(-1001000000042, 1, "请于周五前报送统计表"),
            _message(-1001000000099, 1, "请于周五前报送统计表"),
            _message(-1001000000042, 2, "收到"),
        ]
    )
    assert [o.stored for o in outcomes] == [True, False, True]
    assert [o.kind for o in outcomes] == ["report", None, "chatter"]
    with database.session() as s:
        assert group.id is not None
        assert repo.count_notices(session=s, group_id=group.id) == 2
        assert [g.chat_id for g in repo.groups_of_user(session=s, user_id=77)] == [-1001000000042]
        rows = repo.window_rows(
            session=s, group_ids=[group.id], since=SENT - timedelta(days=1), until=clock.now()
        )
        assert {r.received_at for r in rows} == {clock.now()}


def test_edits_update_the_stored_notice(database: Database) -> None:
    with database.session() as s:
        make_group(s, chat_id=-1001000000043)
    pipeline, _ = _pipeline(database)
    (first,) = pipeline.process([_message(-1001000000043, 5, "明天开会")])
    (edit,) = pipeline.process(
        [_message(-1001000000043, 5, "关于停电的通知", edited_at=SENT + timedelta(minutes=2))]
    )
    assert first.created and not edit.created and edit.notice_id == first.notice_id
    assert edit.kind == "notice"


def test_redelivered_update_is_stored_once(database: Database) -> None:
    with database.session() as s:
        make_group(s, chat_id=-1001000000044)
    pipeline, _ = _pipeline(database)
    message = _message(-1001000000044, 9, "紧急！立即排查辖区隐患")
    (a,) = pipeline.process([message])
    (b,) = pipeline.process([message])
    assert a.created and a.urgent and not b.created and not b.urgent


def test_document_without_caption_is_understood_from_its_name(database: Database) -> None:
    with database.session() as s:
        make_group(s, chat_id=-1001000000045)
    pipeline, _ = _pipeline(database)
    (outcome,) = pipeline.process([_message(-1001000000045, 3, "", attachment="人员统计表.xlsx")])
    assert outcome.stored and outcome.kind == "report"


def test_a_batch_stores_each_message_once_in_arrival_order(database: Database) -> None:
    with database.session() as s:
        make_group(s, chat_id=-1001000000046)
        make_group(s, chat_id=-1001000000047)
    pipeline, _ = _pipeline(database)
    notice = "请各村于本周五前报送冬季森林防火巡查台账"
    batch = [
        _message(-1001000000046, 1, notice),
        _message(-1001000000047, 1, "【转发】" + notice),
        _message(-1001000000046, 1, notice),  # the same update delivered twice in one batch
        _message(-1001000000046, 2, "收到", sender_id=78),
    ]
    first, copy, again, ack = pipeline.process(batch)
    assert first.created and copy.created and not again.created and ack.created
    assert again.notice_id == first.notice_id and first.notice_id is not None
    assert copy.notice_id is not None and copy.notice_id > first.notice_id
    assert first.cluster_id == copy.cluster_id == first.notice_id and ack.cluster_id is None
    with database.session() as s:
        assert first.cluster_id is not None
        (cluster,) = repo.copies_of(session=s, cluster_ids=[first.cluster_id])[:1]
        assert cluster.id == first.notice_id
        assert {g.chat_id for g in repo.groups_of_user(session=s, user_id=78)} == {-1001000000046}


def test_a_file_shared_into_a_group_is_never_chatter(database: Database) -> None:
    with database.session() as s:
        make_group(s, chat_id=-1001000000048)
    pipeline, _ = _pipeline(database)
    photo, document = pipeline.process(
        [
            _message(-1001000000048, 1, "好的", attachment="photo"),
            _message(-1001000000048, 2, "好的", attachment="表格.xlsx", shares_file=True),
        ]
    )
    assert photo.kind == "chatter" and document.kind == "notice"


def test_restored_copies_match_on_the_groups_calendar(database: Database) -> None:
    """The database hands times back in UTC; "本周五" must still name the same Friday."""
    with database.session() as s:
        make_group(s, chat_id=-1001000000049)
        make_group(s, chat_id=-1001000000050)
    zone = ZoneInfo("Asia/Shanghai")
    late = datetime(2026, 11, 22, 17, 0, tzinfo=UTC)  # Monday 01:00 in Shanghai, Sunday in UTC
    notice = "请各村于本周五前报送冬季安全检查台账"
    pipeline, _ = _pipeline(database)
    (first,) = pipeline.process(
        [_message(-1001000000049, 1, notice, sent_at=late.astimezone(zone))]
    )
    restarted = IngestPipeline(
        database,
        KeywordBaseline(),
        zone,
        ManualClock(late + timedelta(minutes=5)),
        ClusterKeeper(ClusterIndex(), timedelta(days=30), zone),
    )
    assert restarted.restore() == 1
    (copy,) = restarted.process(
        [_message(-1001000000050, 1, "转：" + notice, sent_at=late.astimezone(zone))]
    )
    assert copy.cluster_id == first.cluster_id


def test_notices_past_the_window_leave_the_index(database: Database) -> None:
    with database.session() as s:
        make_group(s, chat_id=-1001000000051)
        make_group(s, chat_id=-1001000000052)
    clock = ManualClock(SENT)
    keeper = ClusterKeeper(ClusterIndex(window=timedelta(days=30)), timedelta(days=30))
    pipeline = IngestPipeline(database, KeywordBaseline(), None, clock, keeper)
    pipeline.process([_message(-1001000000051, 1, "请于11月20日前报送冬季防火台账")])
    later = SENT + timedelta(days=31)
    clock.set(later)
    pipeline.process([_message(-1001000000052, 1, "请于12月20日前报送冬季防火台账", sent_at=later)])
    assert len(keeper._index) == 1  # the first is gone: an hour passed, and 31 days


def test_a_batch_that_fails_midway_stores_nothing_and_can_be_retried(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with database.session() as s:
        group = make_group(s, chat_id=-1001000000046)
    pipeline, _ = _pipeline(database)
    batch = [_message(-1001000000046, 1, "请于周五前报送统计表")]

    def broken(**_: object) -> None:
        raise RuntimeError("membership write failed")

    monkeypatch.setattr(repo, "note_members", broken)
    with pytest.raises(RuntimeError):
        pipeline.process(batch)
    with database.session() as s:
        assert group.id is not None
        assert repo.count_notices(session=s, group_id=group.id) == 0
    monkeypatch.undo()
    (retried,) = pipeline.process(batch)
    assert retried.created and retried.cluster_id == retried.notice_id  # the index forgot it too


class _Rereading:
    """The keyword baseline, except that it reads another moment into texts that
    hold ``marker``: how matching then decides shows whose dates it read."""

    def __init__(self, marker: str) -> None:
        self._marker = marker

    def understand(self, items: Sequence[NoticeInput]) -> list[Understanding]:
        other = frozenset({datetime(2026, 12, 1, 9, 0, tzinfo=UTC)})
        return [
            replace(meaning, prepared=replace(meaning.prepared, moments=other))
            if self._marker in item.text
            else meaning
            for item, meaning in zip(items, KeywordBaseline().understand(items), strict=True)
        ]


@pytest.mark.parametrize("rereading", [False, True])
def test_matching_reads_the_dates_understanding_read(database: Database, rereading: bool) -> None:
    with database.session() as s:
        make_group(s, chat_id=-1001000000051)
        make_group(s, chat_id=-1001000000052)
    window, zone = timedelta(days=30), ZoneInfo("Asia/Shanghai")
    keeper = ClusterKeeper(ClusterIndex(window=window), window, zone)
    understander = _Rereading("转：") if rereading else KeywordBaseline()
    clock = ManualClock(SENT + timedelta(seconds=3))
    pipeline = IngestPipeline(database, understander, zone, clock, keeper)
    notice = "请各村于11月20日前报送秸秆禁烧工作台账，联系人：张三 13812345678"
    first, copy = pipeline.process(
        [_message(-1001000000051, 1, notice), _message(-1001000000052, 1, "转：" + notice)]
    )
    assert (copy.cluster_id == first.notice_id) is not rereading


def test_a_request_still_open_is_restored_however_long_ago_it_was_asked(
    database: Database,
) -> None:
    """The index keeps a request past its window while it is open; a restart must too."""
    with database.session() as s:
        make_group(s, chat_id=-1001000000053)
        make_group(s, chat_id=-1001000000054)
    clock = ManualClock(SENT)
    pipeline = IngestPipeline(
        database, KeywordBaseline(), None, clock,
        ClusterKeeper(ClusterIndex(window=timedelta(days=30)), timedelta(days=30)),
    )  # fmt: skip
    levy_text = "请于明年1月31日前报送全年医保征缴台账"
    ledger_text = "请于11月20日前报送冬季防火台账"
    (levy,) = pipeline.process([_message(-1001000000053, 1, levy_text)])
    (ledger,) = pipeline.process([_message(-1001000000054, 1, ledger_text)])
    with database.session() as s:  # the keyword baseline reads no dues: as understanding would
        dues = {levy.notice_id: datetime(2027, 1, 31, 15, 59, tzinfo=UTC),
                ledger.notice_id: datetime(2026, 11, 20, 15, 59, tzinfo=UTC)}  # fmt: skip
        repo.set_dues(session=s, dues=dues)
    later = SENT + timedelta(days=40)
    restarted = IngestPipeline(
        database, KeywordBaseline(), None, ManualClock(later),
        ClusterKeeper(ClusterIndex(window=timedelta(days=30)), timedelta(days=30)),
    )  # fmt: skip
    assert restarted.restore() == 1  # the levy, due next year; not the fire ledger, past due
