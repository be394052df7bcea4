"""Corrections through the ingest core, on both backends: linked, refused, stale copies."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.ingest import ClusterKeeper, IngestOutcome, IngestPipeline
from nlp.dedup import ClusterIndex
from sim.clock import ManualClock
from storage import repository as repo
from storage.database import Database
from tests.bot.test_ingest_pipeline import SENT, _message
from tests.helpers.factories import make_group
from tests.helpers.ingest import WithDue as _WithDue

SH = ZoneInfo("Asia/Shanghai")
CHAT = -1001000000061
SAFETY = "周三上午9点在二楼会议室召开安全生产例会，请各站所负责人参加"
FLOOD = "周四下午2点在三楼会议室召开防汛工作部署会，请各村书记参加"
WED_9 = datetime(2026, 11, 18, 9, 0, tzinfo=SH)
THU_14 = datetime(2026, 11, 19, 14, 0, tzinfo=SH)
FRI_14 = datetime(2026, 11, 20, 14, 0, tzinfo=SH)


def _pipeline(database: Database) -> tuple[IngestPipeline, ManualClock]:
    """The ingest core with the due resolver's dues (corrections move them)."""
    clock = ManualClock(SENT + timedelta(seconds=3))
    window = timedelta(days=30)
    keeper = ClusterKeeper(ClusterIndex(window=window), window, SH)
    return IngestPipeline(database, _WithDue(), SH, clock, keeper), clock


def _due(database: Database, outcome: IngestOutcome) -> datetime | None:
    assert outcome.notice_id is not None
    with database.session() as s:
        row = repo.get_notice_in_group(session=s, notice_id=outcome.notice_id)
        assert row is not None
        return row.notice.due_at


def test_correction_joins_the_meeting_it_names(database: Database) -> None:
    with database.session() as s:
        make_group(s, chat_id=CHAT)
    pipeline, _ = _pipeline(database)
    safety, flood = pipeline.process([_message(CHAT, 1, SAFETY), _message(CHAT, 2, FLOOD)])
    later = SENT + timedelta(hours=1)
    fix_text = "更正：防汛工作部署会改到周五下午2点"
    (fix,) = pipeline.process([_message(CHAT, 3, fix_text, sent_at=later)])
    assert fix.cluster_id == flood.cluster_id and fix.corrects == flood.cluster_id
    assert fix.corrected_from == (FLOOD, THU_14) and fix.due_at == FRI_14
    assert not fix.urgent and fix.kind == flood.kind
    assert _due(database, flood) == FRI_14 and _due(database, safety) == WED_9
    # The old wording posted again joins the meeting and takes the corrected due.
    (again,) = pipeline.process([_message(CHAT, 4, FLOOD, sent_at=later + timedelta(hours=1))])
    assert again.cluster_id == flood.cluster_id and again.due_at == FRI_14
    assert _due(database, again) == FRI_14


def test_unclear_correction_links_nothing(database: Database) -> None:
    with database.session() as s:
        make_group(s, chat_id=CHAT)
    pipeline, _ = _pipeline(database)
    safety, flood = pipeline.process([_message(CHAT, 1, SAFETY), _message(CHAT, 2, FLOOD)])
    later = SENT + timedelta(hours=1)
    (fix,) = pipeline.process([_message(CHAT, 3, "更正：会议改到周五下午2点", sent_at=later)])
    assert fix.corrects is None and fix.corrected_from is None
    assert fix.cluster_id not in (safety.cluster_id, flood.cluster_id)
    assert _due(database, flood) == THU_14 and _due(database, safety) == WED_9


def test_old_version_after_an_edit_keeps_the_new_due(database: Database) -> None:
    with database.session() as s:
        make_group(s, chat_id=CHAT)
        make_group(s, chat_id=CHAT - 1)
    pipeline, _ = _pipeline(database)
    (first,) = pipeline.process([_message(CHAT, 1, FLOOD)])
    edited = FLOOD.replace("周四", "周五")
    (edit,) = pipeline.process([_message(CHAT, 1, edited, edited_at=SENT + timedelta(minutes=30))])
    assert edit.corrected_from == (FLOOD, THU_14) and edit.cluster_id == first.cluster_id
    (typo,) = pipeline.process(
        [_message(CHAT, 1, edited + "。", edited_at=SENT + timedelta(minutes=40))]
    )  # a typo fixed afterwards: nothing to tell, the old version still known
    assert typo.corrected_from is None and typo.cluster_id == first.cluster_id
    late = SENT + timedelta(hours=2)
    (old,) = pipeline.process([_message(CHAT - 1, 7, "【转发】" + FLOOD, sent_at=late)])
    assert old.cluster_id == first.cluster_id and old.due_at == FRI_14 and not old.urgent
    assert _due(database, old) == FRI_14
