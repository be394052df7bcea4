"""The chatter list: a cadre's own groups only, newest first, capped and counted."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session

from storage import repository as repo
from storage.database import Database
from storage.models import Group, NoticeBase, utcnow
from tests.helpers.factories import make_group

CADRE = 7001


def _say(
    s: Session, group: Group, message_id: int, text: str, sent_at: datetime, kind: str = "chatter"
) -> None:
    assert group.id is not None
    data = NoticeBase(
        chat_id=group.chat_id,
        message_id=message_id,
        sender_name="小王",
        sent_at=sent_at,
        text=text,
        kind=kind,
    )
    repo.add_notice(session=s, group_id=group.id, data=data, received_at=sent_at)


def _world(s: Session, now: datetime) -> tuple[Group, Group, Group]:
    mine = make_group(s, title="党政办群", chat_id=-1001000000901)
    muted = make_group(s, title="静音群", chat_id=-1001000000902)
    other = make_group(s, title="别人的群", chat_id=-1001000000903)
    for group in (mine, muted):
        assert group.id is not None
        repo.set_membership(session=s, group_id=group.id, user_id=CADRE, status="member")
    assert other.id is not None
    repo.set_membership(session=s, group_id=other.id, user_id=CADRE + 1, status="member")
    for minute in range(5):
        _say(s, mine, 10 + minute, f"收到{minute}", now - timedelta(minutes=50 - minute))
    _say(s, mine, 20, "请于周五前报送统计表", now - timedelta(minutes=30), kind="report")
    _say(s, mine, 21, "很久以前的闲聊", now - timedelta(days=3))
    _say(s, muted, 30, "静音群的闲聊", now - timedelta(minutes=20))
    _say(s, other, 40, "别人群里的闲聊", now - timedelta(minutes=10))
    return mine, muted, other


def test_chatter_of_own_groups_newest_first_capped(database: Database) -> None:
    now = utcnow()
    with database.session() as s:
        _, muted, _ = _world(s, now)
        page = repo.recent_chatter(
            session=s,
            user_id=CADRE,
            since=now - timedelta(hours=24),
            limit=3,
            muted_chat_ids={muted.chat_id},
        )
        assert [row.text for row in page.rows] == ["收到4", "收到3", "收到2"]
        assert page.total == 5
        assert {row.group_title for row in page.rows} == {"党政办群"}
        assert page.rows[0].message_id == 14 and page.rows[0].group_username is None


def test_chatter_scope_follows_membership_and_registration(database: Database) -> None:
    now = utcnow()
    with database.session() as s:
        mine, muted, _ = _world(s, now)
        page = repo.recent_chatter(
            session=s, user_id=CADRE, since=now - timedelta(days=7), limit=30
        )
        texts = [row.text for row in page.rows]
        assert texts[0] == "静音群的闲聊" and texts[-1] == "很久以前的闲聊"
        assert page.total == len(texts) == 7 and "别人群里的闲聊" not in texts
        assert mine.id is not None
        repo.set_membership(session=s, group_id=mine.id, user_id=CADRE, status="left")
        repo.unregister_group(session=s, chat_id=muted.chat_id)
        left = repo.recent_chatter(
            session=s, user_id=CADRE, since=now - timedelta(days=7), limit=30
        )
        assert left == repo.ChatterPage([], 0)


def test_last_digest_start_skips_empty_digests(database: Database) -> None:
    now = utcnow()
    with database.session() as s:
        group = make_group(s)
        assert group.id is not None
        repo.upsert_cadre(session=s, user_id=CADRE, first_name="王书记")
        assert repo.last_digest_start(session=s, user_id=CADRE) is None
        start = now - timedelta(hours=8)
        repo.create_digest(
            session=s,
            user_id=CADRE,
            slot="a",
            window_start=start,
            window_end=now - timedelta(hours=2),
            parts=["摘要"],
        )
        repo.create_digest(
            session=s,
            user_id=CADRE,
            slot="b",
            window_start=now - timedelta(hours=2),
            window_end=now,
            parts=[],
        )
        assert repo.last_digest_start(session=s, user_id=CADRE) == start
