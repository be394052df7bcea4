"""Privacy on both backends: a cadre's record, forgetting it, purging old
texts (rows and counts kept), deleting a group's notices."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import col, select

from storage import repository as repo
from storage.database import Database
from storage.models import Correction, Digest, Notice, ReminderSent, TodoMark, utcnow
from storage.repository.acks import record_reminders, set_mark
from storage.repository.privacy import (
    cadre_record,
    delete_group_notices,
    forget_cadre,
    purge_old_texts,
)
from tests.helpers.factories import make_group, make_notice

USER = 7_000_017


def _fill(db: Database) -> tuple[int, int]:
    with db.session() as session:
        group = make_group(session)
        assert group.id is not None
        repo.upsert_cadre(session=session, user_id=USER, first_name="王书记")
        repo.set_membership(session=session, group_id=group.id, user_id=USER, status="member")
        old = make_notice(session, group, sent_at=utcnow() - timedelta(days=200), sender_id=USER)
        new = make_notice(session, group, text="今天下午开会")
        assert old.id is not None and new.id is not None
        repo.record_push(session=session, user_id=USER, notice_id=old.id)
        digest = repo.create_digest(
            session=session, user_id=USER, slot="s1", window_end=utcnow(), parts=["请于周五前"]
        )
        assert digest is not None and digest.id is not None
        digest.built_at = utcnow() - timedelta(days=200)
        repo.mark_digest_progress(session=session, digest_id=digest.id, sent_parts=1)
        return group.chat_id, new.id


def _mark_and_remind(db: Database, notice_id: int) -> None:
    now = utcnow()
    with db.session() as session:
        set_mark(session=session, user_id=USER, item_id=notice_id, mark="done", on=True, at=now)
        set_mark(session=session, user_id=USER, item_id=999, mark="ack", on=True, at=now)
        record_reminders(session=session, reminders=[(USER, notice_id, now, now)], at=now)
        session.add(Correction(user_id=USER, notice_id=notice_id, old_text="旧", created_at=now))


def test_record_and_forget(database: Database) -> None:
    _, notice_id = _fill(database)
    _mark_and_remind(database, notice_id)
    with database.session() as session:
        record = cadre_record(session=session, user_id=USER)
        assert record.cadre is not None and record.groups == ["青石镇党政办工作群"]
        assert (record.digests, record.pushes, record.notices_sent) == (1, 1, 1)
        assert (record.acked, record.done) == (2, 1)
        texts = sorted(line.text for line in record.latest_marks)
        assert texts == ["", "今天下午开会"]  # a mark whose notice is gone has no text
    with database.session() as session:
        gone = forget_cadre(session=session, user_id=USER)
        assert (gone.cadre, gone.digests, gone.pushes, gone.memberships) == (1, 1, 1, 1)
        assert (gone.marks, gone.reminders, gone.corrections) == (2, 1, 1)
    with database.session() as session:
        for table in (TodoMark, ReminderSent, Correction):
            assert session.exec(select(table).where(col(table.user_id) == USER)).all() == []
    with database.session() as session:
        after = cadre_record(session=session, user_id=USER)
        assert after.cadre is None and after.groups == [] and after.digests == 0
        assert after.notices_sent == 1  # the group's record stays


def test_purge_old_texts_keeps_rows(database: Database) -> None:
    chat_id, recent = _fill(database)
    with database.session() as session:
        assert purge_old_texts(session=session, before=utcnow() - timedelta(days=180)) == (1, 1)
    with database.session() as session:
        texts = sorted(n.text for n in (session.get(Notice, i) for i in (recent - 1, recent)) if n)
        assert texts == ["", "今天下午开会"]
        digest = session.get(Digest, 1)
        assert digest is not None and digest.parts == [] and digest.item_count == 0
    with database.session() as session:
        assert purge_old_texts(session=session, before=utcnow() - timedelta(days=180)) == (0, 0)
        assert delete_group_notices(session=session, chat_id=chat_id) == 2
        assert delete_group_notices(session=session, chat_id=-1) == 0
