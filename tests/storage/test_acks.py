"""To-do marks, what falls due, reminders and receipts on SQLite and PostgreSQL alike."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import Session, select

from storage import repository as repo
from storage.database import Database
from storage.models import Cadre, TodoMark, utcnow
from tests.helpers.factories import make_group, make_notice


def _cadre(session: Session, user_id: int, name: str, group_id: int) -> None:
    repo.upsert_cadre(session=session, user_id=user_id, first_name=name, language_code="zh")
    joined = utcnow() - timedelta(days=1)
    repo.set_membership(
        session=session, group_id=group_id, user_id=user_id, status="member", now=joined
    )


def test_marks_are_idempotent_timestamps_that_undo(database: Database) -> None:
    now = utcnow()
    with database.session() as s:
        group = make_group(s)
        assert group.id is not None
        _cadre(s, 7, "张三", group.id)
        item = make_notice(s, group).id
        stranger = make_notice(s, make_group(s)).id
        assert item is not None and stranger is not None
        assert repo.holds_item(session=s, user_id=7, item_id=item)
        assert not repo.holds_item(session=s, user_id=7, item_id=stranger)
        assert repo.set_mark(session=s, user_id=7, item_id=item, mark="ack", on=True, at=now)
        assert not repo.set_mark(session=s, user_id=7, item_id=item, mark="ack", on=True, at=now)
    with database.session() as s:
        assert repo.marks_on(session=s, item_ids=[item]) == {(7, item): repo.Marks(True, False)}
        assert repo.set_mark(session=s, user_id=7, item_id=item, mark="done", on=True, at=now)
        assert repo.set_mark(session=s, user_id=7, item_id=item, mark="ack", on=False, at=now)
        assert repo.set_mark(session=s, user_id=7, item_id=item, mark="done", on=False, at=now)
    with database.session() as s:
        assert repo.marks_on(session=s, item_ids=[item]) == {}
        [row] = s.exec(select(TodoMark)).all()
        assert row.acked_at is None and row.done_at is None and row.updated_at == now


def test_due_rows_and_reminder_candidates(database: Database) -> None:
    now = utcnow()
    with database.session() as s:
        group = make_group(s)
        assert group.id is not None
        _cadre(s, 7, "张三", group.id)
        soon = make_notice(s, group, kind="meeting")
        later = make_notice(s, group, kind="report")
        chat = make_notice(s, group, kind="notice")
        for notice, hours in ((soon, 2), (later, 30), (chat, 3)):
            notice.due_at = now + timedelta(hours=hours)
            s.add(notice)
    with database.session() as s:
        kinds = ("meeting", "report")
        rows = repo.due_rows(
            session=s, group_ids=[group.id], kinds=kinds, due_after=now, received_until=utcnow()
        )
        assert [r.id for r in rows] == [soon.id, later.id]
        horizon = now + timedelta(hours=26)
        found = repo.reminder_candidates(session=s, now=now, horizon=horizon, kinds=kinds)
        assert [(c.user_id, c.item_id) for c in found] == [(7, soon.id)]
        due = now + timedelta(hours=2)
        reminder = (7, soon.id, now, due)
        repo.record_reminders(session=s, reminders=[reminder, reminder], at=now)
        since = now - timedelta(days=1)
        assert repo.reminded_pairs(session=s, user_ids=[7], since=since) == {(7, soon.id, now)}


def test_receipts_count_those_reached_and_who_acknowledged(database: Database) -> None:
    now = utcnow()
    with database.session() as s:
        group = make_group(s)
        assert group.id is not None
        for user_id, name in ((7, "张三"), (8, "李四"), (501, "发送人")):
            _cadre(s, user_id, name, group.id)
        notice = make_notice(s, group, sender_id=501, sent_at=now - timedelta(hours=1))
        assert notice.id is not None
        for user_id in (7, 8, 501):
            repo.create_digest(session=s, user_id=user_id, slot=f"s{user_id}", window_end=utcnow(),
                               parts=["x"])  # fmt: skip
        repo.set_mark(session=s, user_id=7, item_id=notice.id, mark="ack", on=True, at=now)
    with database.session() as s:
        since = now - timedelta(days=7)
        [receipt] = repo.receipts_of(session=s, sender_id=501, since=since, kinds=["report"])
        assert (receipt.delivered, receipt.acked, receipt.silent) == (2, 1, ["李四"])


def test_deleting_a_cadre_deletes_their_marks(database: Database) -> None:
    now = utcnow()
    with database.session() as s:
        group = make_group(s)
        assert group.id is not None
        _cadre(s, 7, "张三", group.id)
        notice = make_notice(s, group)
        assert notice.id is not None
        repo.set_mark(session=s, user_id=7, item_id=notice.id, mark="done", on=True, at=now)
    with database.session() as s:
        s.delete(s.get(Cadre, 7))
    with database.session() as s:
        assert list(s.exec(select(TodoMark))) == []


def test_supervisors_get_totals_of_presses(database: Database) -> None:
    now = utcnow()
    with database.session() as s:
        group, other = make_group(s), make_group(s)
        assert group.id is not None and other.id is not None
        _cadre(s, 7, "张三", group.id)
        _cadre(s, 8, "李四", group.id)
        mine = make_notice(s, group, sent_at=now - timedelta(hours=2)).id
        theirs = make_notice(s, other, sent_at=now - timedelta(hours=2)).id
        assert mine is not None and theirs is not None
        repo.set_mark(session=s, user_id=7, item_id=mine, mark="done", on=True, at=now)
        repo.set_mark(session=s, user_id=8, item_id=mine, mark="ack", on=True, at=now)
        repo.set_mark(session=s, user_id=8, item_id=theirs, mark="ack", on=True, at=now)
    with database.session() as s:
        part = repo.ReportSlice(now - timedelta(days=1), now, group_ids=frozenset({group.id}))
        assert repo.acknowledgement_totals(session=s, part=part) == (2, 1)
