"""Copies people make (retold, reminded, chased, summarised, relayed) join the
notice's cluster at ingest; the same template about something else does not."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.ingest import ClusterKeeper, IncomingMessage, IngestPipeline
from nlp.baseline import KeywordBaseline
from nlp.dedup import ClusterIndex
from nlp.due import resolve_due
from nlp.types import NoticeInput, Understanding
from sim.clock import ManualClock
from storage.database import Database
from tests.helpers.factories import make_group

START = datetime(2026, 11, 16, 1, 0, tzinfo=UTC)  # Monday 09:00 in Shanghai
TOWN, VILLAGE, OTHER = -1001000000501, -1001000000502, -1001000000503
_ids = iter(range(1, 10_000))


class _WithDue(KeywordBaseline):
    """The keyword kinds with the due resolver's due, as the trained pipeline has."""

    def understand(self, inputs: Sequence[NoticeInput]) -> list[Understanding]:
        return [
            replace(meaning, due_at=resolve_due(given.text, given.sent_at))
            for given, meaning in zip(inputs, super().understand(inputs), strict=True)
        ]


def _clusters(database: Database, posts: list[tuple[int, int, str]]) -> list[int | None]:
    """Each (chat, minutes after START, text) ingested in order; their cluster ids."""
    with database.session() as s:
        for chat in (TOWN, VILLAGE, OTHER):
            make_group(s, chat_id=chat)
    clock = ManualClock(START)
    window = timedelta(days=30)
    zone = ZoneInfo("Asia/Shanghai")
    keeper = ClusterKeeper(ClusterIndex(window=window), window, zone)
    pipeline = IngestPipeline(database, _WithDue(), zone, clock, keeper)
    found = []
    for chat, minutes, text in posts:
        sent = START + timedelta(minutes=minutes)
        clock.set(sent + timedelta(seconds=2))
        message = IncomingMessage(
            chat_id=chat, message_id=next(_ids), sender_id=9, sender_name="x", sent_at=sent,
            text=text,
        )  # fmt: skip
        (outcome,) = pipeline.process([message])
        found.append(outcome.cluster_id)
    return found


FORM = "请各村于11月20日（本周五）下午5点前报送秸秆禁烧巡查台账，电子版发农业站邮箱。"


def test_a_retelling_in_another_group_joins(database: Database) -> None:
    retold = "各位组长，镇里要秸秆禁烧的巡查台账，周五下午5点前给我，我汇总了报上去😂又是台账"
    first, second = _clusters(database, [(TOWN, 0, FORM), (VILLAGE, 40, retold)])
    assert first is not None and second == first


def test_a_partial_reminder_with_a_status_line_joins(database: Database) -> None:
    reminder = "秸秆禁烧巡查台账周五下午5点截止，目前只收到东山、南塘两个村，还有5个村没交"
    first, second = _clusters(database, [(TOWN, 0, FORM), (TOWN, 60 * 24, reminder)])
    assert second == first


def test_a_bare_english_follow_up_joins_in_its_group(database: Database) -> None:
    ask = "Ward leaders: please send this month's ward population figures by 5pm on Friday."
    chase = "Reminder: population figures due by 5pm today, still missing Wards 2 and 6"
    first, second = _clusters(database, [(OTHER, 0, ask), (OTHER, 60 * 24 * 4, chase)])
    assert second == first


@pytest.mark.xfail(
    strict=True,
    reason="issue 13, open: a relay into another group with no cue scores 0.3; the train "
    "split has too few cross-group retellings for the scorer to trust the shared due",
)
def test_a_next_day_relay_words_the_same_moment_against_its_own_date(database: Database) -> None:
    meeting = "明天上午9点在镇政府三楼会议室召开冬季森林防火工作部署会，请各村书记参加。"
    relay = "今天上午9点镇政府三楼会议室开森林防火部署会，书记们别迟到"
    first, second = _clusters(database, [(TOWN, 0, meeting), (VILLAGE, 60 * 16, relay)])
    assert second == first


def test_last_weeks_template_is_another_notice(database: Database) -> None:
    later = FORM.replace("11月20日（本周五）", "11月27日（下周五）")
    first, second = _clusters(database, [(TOWN, 0, FORM), (TOWN, 30, later)])
    assert second != first


def test_a_reminder_about_another_form_in_the_same_group_is_not_a_copy(
    database: Database,
) -> None:
    other = "困难群众冬季取暖需求摸底表还有3个村没交，周五下午5点前必须交齐"
    first, second = _clusters(database, [(TOWN, 0, FORM), (TOWN, 120, other)])
    assert second != first


def test_the_same_meeting_in_another_room_is_another_notice(database: Database) -> None:
    meeting = "11月18日下午3点在镇政府二楼会议室召开安全生产工作会议，请各村书记准时参加。"
    moved = meeting.replace("二楼会议室", "五楼报告厅")
    first, second = _clusters(database, [(TOWN, 0, meeting), (VILLAGE, 20, moved)])
    assert second != first
