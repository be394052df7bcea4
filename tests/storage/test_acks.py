"""To-dos, their marks, reminders and receipts on SQLite and PostgreSQL alike."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from storage import repository as repo
from storage.database import Database
from storage.models import Cadre, Todo, utcnow
from tests.helpers.factories import make_group, make_notice


def _cadre(session, user_id: int, name: str) -> None:  # type: ignore[no-untyped-def]
    repo.upsert_cadre(session=session, user_id=user_id, first_name=name, username=None,
                      language_code="zh-hans")  # fmt: skip


def test_marks_are_idempotent_timestamps_that_undo(database: Database) -> None:
    now = utcnow()
    with database.session() as s:
        _cadre(s, 7, "张三")
        notice = make_notice(s, make_group(s), sender_id=501)
        assert notice.id is not None
        todo = repo.NewTodo(7, notice.id, notice.id, now + timedelta(hours=3))
        repo.add_todos(session=s, todos=[todo], at=now - timedelta(minutes=1))
        repo.add_todos(session=s, todos=[todo], at=now)  # a second delivery: still one row
        item = notice.id
    with database.session() as s:
        assert repo.set_mark(session=s, user_id=7, item_id=item, mark="ack", on=True, at=now)
        assert (
            repo.set_mark(session=s, user_id=7, item_id=item, mark="ack", on=True, at=now) is False
        )
        assert (
            repo.set_mark(session=s, user_id=8, item_id=item, mark="ack", on=True, at=now) is None
        )
    with database.session() as s:
        state = repo.todo_state(session=s, user_id=7, item_id=item)
        assert state is not None and state.acked_at == now and state.done_at is None
        [receipt] = repo.receipts_of(session=s, sender_id=501, since=now - timedelta(days=7))
        assert (receipt.delivered, receipt.acked, receipt.silent) == (1, 1, [])
        opened = repo.open_todos(
            session=s, user_ids=[7], now=now, overdue_since=now - timedelta(days=1)
        )
        assert [t.item_id for t in opened[7]] == [item] and opened[7][0].acked
        assert repo.set_mark(session=s, user_id=7, item_id=item, mark="done", on=True, at=now)
    with database.session() as s:
        opened = repo.open_todos(
            session=s, user_ids=[7], now=now, overdue_since=now - timedelta(days=1)
        )
        assert opened == {}
        assert repo.set_mark(session=s, user_id=7, item_id=item, mark="done", on=False, at=now)
        assert repo.set_mark(session=s, user_id=7, item_id=item, mark="ack", on=False, at=now)
    with database.session() as s:
        opened = repo.open_todos(
            session=s, user_ids=[7], now=now, overdue_since=now - timedelta(days=1)
        )
        assert not opened[7][0].acked
        [receipt] = repo.receipts_of(session=s, sender_id=501, since=now - timedelta(days=7))
        assert (receipt.delivered, receipt.acked, receipt.silent) == (1, 0, ["张三"])


def test_overdue_is_carried_once_and_reminders_once(database: Database) -> None:
    now = utcnow()
    with database.session() as s:
        _cadre(s, 7, "张三")
        notice = make_notice(s, make_group(s))
        assert notice.id is not None
        item = notice.id
        due = now - timedelta(hours=2)
        repo.add_todos(
            session=s, todos=[repo.NewTodo(7, item, item, due)], at=now - timedelta(hours=5)
        )
        repo.record_reminders(
            session=s, reminders=[(7, item, due - timedelta(hours=2), due)], at=now
        )
        repo.record_reminders(
            session=s, reminders=[(7, item, due - timedelta(hours=2), due)], at=now
        )
    with database.session() as s:
        since = now - timedelta(days=1)
        assert len(repo.open_todos(session=s, user_ids=[7], now=now, overdue_since=since)[7]) == 1
        repo.mark_overdue_shown(session=s, pairs={(7, item)}, at=now)
        assert repo.open_todos(session=s, user_ids=[7], now=now, overdue_since=since) == {}
        assert repo.reminded_pairs(session=s, user_ids=[7], since=since) == {
            (7, item, due - timedelta(hours=2))
        }


def test_deleting_a_cadre_deletes_their_todos(database: Database) -> None:
    now = utcnow()
    with database.session() as s:
        _cadre(s, 7, "张三")
        notice = make_notice(s, make_group(s))
        assert notice.id is not None
        repo.add_todos(session=s, todos=[repo.NewTodo(7, notice.id, notice.id, now)], at=now)
    with database.session() as s:
        cadre = s.get(Cadre, 7)
        s.delete(cadre)
    with database.session() as s:
        assert list(s.exec(select(Todo))) == []
