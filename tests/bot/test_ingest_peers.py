"""A retelling carried into a group that shares a poster with the notice's group joins
it by the very minute it asks by, through the real ingest pipeline; the relation is
read from every message, chatter included, and survives a restart (issue 13)."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from bot.ingest import ClusterKeeper, IncomingMessage, IngestOutcome, IngestPipeline
from nlp.dedup import ClusterIndex
from sim.clock import ManualClock
from storage.database import Database
from tests.helpers.factories import make_group
from tests.helpers.ingest import OTHER, START, TITLES, TOWN, VILLAGE
from tests.helpers.ingest import WithDue as _WithDue

NOTICE = (
    "明天（11月17日）中午12:30在行政楼二楼会议室开冬季呼吸道疾病救治准备会，"
    "呼吸、急诊、儿科、ICU主任参加，其他科室不参加"
)
RETOLD = "几位主任注意下 明儿个十二点半行政楼那边要碰个头 讲冬天收治的事 我们科也得去人"
ZONE = ZoneInfo("Asia/Shanghai")
CLERK, SECRETARY, STRANGER = 101, 202, 303


def _ingest(
    database: Database, posts: list[tuple[int, int, int, str]], restart_before: int = -1
) -> list[IngestOutcome]:
    """Each (chat, sender, minutes after START, text) in order; the pipeline is built
    afresh (its index restored from the database) before post ``restart_before``."""
    with database.session() as s:
        for chat, title in TITLES.items():
            make_group(s, chat_id=chat, title=title)
    clock = ManualClock(START)
    window = timedelta(days=30)

    def pipeline() -> IngestPipeline:
        keeper = ClusterKeeper(ClusterIndex(window=window), window, ZONE)
        with database.session() as s:
            keeper.restore(s, clock.now())
        return IngestPipeline(database, _WithDue(), ZONE, clock, keeper)

    running, found = pipeline(), []
    for number, (chat, sender, minutes, text) in enumerate(posts):
        sent = START + timedelta(minutes=minutes)
        clock.set(sent + timedelta(seconds=2))
        if number == restart_before:
            running = pipeline()
        message = IncomingMessage(
            chat_id=chat, message_id=1000 + number, sender_id=sender, sender_name=str(sender),
            sent_at=sent, text=text,
        )  # fmt: skip
        found += running.process([message])
    return found


def test_the_relay_of_someone_who_said_received_upstream_joins(database: Database) -> None:
    posts = [
        (TOWN, CLERK, 0, NOTICE), (TOWN, SECRETARY, 5, "收到"), (VILLAGE, SECRETARY, 30, RETOLD)
    ]
    notice, _, retold = _ingest(database, posts)
    assert notice.cluster_id is not None and retold.cluster_id == notice.cluster_id


def test_the_same_words_where_no_one_is_shared_stay_apart(database: Database) -> None:
    posts = [
        (TOWN, CLERK, 0, NOTICE), (TOWN, SECRETARY, 5, "收到"), (OTHER, STRANGER, 30, RETOLD)
    ]
    notice, _, retold = _ingest(database, posts)
    assert retold.cluster_id is not None and retold.cluster_id != notice.cluster_id


def test_who_posted_where_survives_a_restart(database: Database) -> None:
    posts = [
        (TOWN, CLERK, 0, NOTICE), (TOWN, SECRETARY, 5, "收到"), (VILLAGE, SECRETARY, 30, RETOLD)
    ]
    notice, _, retold = _ingest(database, posts, restart_before=2)
    assert notice.cluster_id is not None and retold.cluster_id == notice.cluster_id
