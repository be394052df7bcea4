"""Cadres' to-dos: delivered, acknowledged (收到), done (已完成), reminded.

A to-do is one row per cadre and item, the item being the notice's cluster
(a notice on its own is its own cluster), so every copy, reminder or
correction of one notice is one to-do. The marks are timestamps cleared by
撤销: pressing twice changes nothing, and the sender's receipts read them.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import UTC, datetime, timedelta
from typing import NamedTuple

from sqlalchemy import bindparam, func, update
from sqlalchemy import select as select_columns
from sqlmodel import Session, col

from storage.models import Cadre, Digest, Group, Membership, Notice, ReminderSent, Todo
from storage.repository._plain import dialect_insert, insert_new, plain_connection
from storage.repository.windows import PREVIEW_CHARS, WindowRow, _chunks

__all__ = [
    "Mark",
    "NewTodo",
    "OpenTodo",
    "Receipt",
    "ReminderCandidate",
    "add_todos",
    "digest_todo_items",
    "mark_overdue_shown",
    "open_todos",
    "receipts_of",
    "record_reminders",
    "reminded_pairs",
    "reminder_candidates",
    "set_mark",
    "todo_state",
]

Mark = str  # "ack" (收到) or "done" (已完成)
_COLUMNS = {"ack": "acked_at", "done": "done_at"}


class NewTodo(NamedTuple):
    user_id: int
    item_id: int
    notice_id: int  # the copy shown to this cadre
    due_at: datetime | None


class OpenTodo(NamedTuple):
    """An open to-do with the notice it shows, as a round plans with it."""

    user_id: int
    item_id: int
    due_at: datetime
    acked: bool
    row: WindowRow


class Receipt(NamedTuple):
    """One of a sender's notices: who it reached, who acknowledged it."""

    item_id: int
    notice_id: int
    text: str
    sent_at: datetime
    delivered: int
    acked: int
    silent: list[str]  # names of those who have not acknowledged


def add_todos(*, session: Session, todos: Sequence[NewTodo], at: datetime) -> None:
    """Record delivered to-dos; one already held takes the newer due moment (a
    copy, reminder or correction refreshes it) and its overdue mark resets."""
    if not todos:
        return
    rows = [
        {"user_id": t.user_id, "item_id": t.item_id, "notice_id": t.notice_id,
         "due_at": t.due_at, "delivered_at": at}
        for t in todos
    ]  # fmt: skip
    statement = dialect_insert(session, Todo)
    statement = statement.on_conflict_do_update(
        index_elements=["user_id", "item_id"],
        set_={"due_at": statement.excluded.due_at, "overdue_shown_at": None},
    )
    plain_connection(session).execute(statement, rows)


def _open_columns() -> tuple[object, ...]:
    return (
        col(Todo.user_id),
        col(Todo.item_id),
        col(Todo.due_at),
        col(Todo.acked_at).is_not(None),
        col(Notice.id),
        col(Notice.group_id),
        col(Notice.chat_id),
        col(Notice.message_id),
        col(Notice.sender_name),
        col(Notice.sent_at),
        col(Notice.received_at),
        col(Notice.kind),
        col(Notice.urgent),
        col(Notice.cluster_id),
        col(Notice.edited_at),
    )


def open_todos(
    *, session: Session, user_ids: Collection[int], now: datetime, overdue_since: datetime
) -> dict[int, list[OpenTodo]]:
    """Each cadre's to-dos not done, due after ``overdue_since`` and delivered
    before ``now``, soonest first; an overdue one only until it was shown overdue."""
    found: dict[int, list[OpenTodo]] = {}
    for chunk in _chunks(user_ids):
        statement = (
            select_columns(*_open_columns())  # type: ignore[call-overload]
            .join(Notice, col(Notice.id) == col(Todo.notice_id))
            .where(
                col(Todo.user_id).in_(chunk),
                col(Todo.done_at).is_(None),
                col(Todo.due_at) > overdue_since,
                col(Todo.delivered_at) < now,
                (col(Todo.due_at) > now) | col(Todo.overdue_shown_at).is_(None),
            )
            .order_by(col(Todo.user_id), col(Todo.due_at), col(Todo.item_id))
        )
        for r in plain_connection(session).execute(statement):
            row = WindowRow(
                r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11], r[12], r[2], r[13], r[14], 1
            )
            todo = OpenTodo(int(r[0]), int(r[1]), r[2], bool(r[3]), row)
            found.setdefault(todo.user_id, []).append(todo)
    return found


def mark_overdue_shown(
    *, session: Session, pairs: Collection[tuple[int, int]], at: datetime
) -> None:
    """These (cadre, item) to-dos were shown overdue: not carried again."""
    if not pairs:
        return
    statement = (
        update(Todo)
        .where(col(Todo.user_id) == bindparam("u"), col(Todo.item_id) == bindparam("i"))
        .values(overdue_shown_at=at)
    )
    rows = [{"u": user_id, "i": item_id} for user_id, item_id in sorted(pairs)]
    plain_connection(session).execute(statement, rows)


def set_mark(
    *, session: Session, user_id: int, item_id: int, mark: Mark, on: bool, at: datetime
) -> bool | None:
    """Set or clear (撤销) a mark; None if the cadre holds no such to-do, else
    whether anything changed (a second press changes nothing)."""
    todo = session.get(Todo, (user_id, item_id))
    if todo is None:
        return None
    column = _COLUMNS[mark]
    current = getattr(todo, column)
    if (current is not None) == on:
        return False
    setattr(todo, column, at if on else None)
    if mark == "done" and on and todo.acked_at is None:
        todo.acked_at = at  # done implies received
    session.add(todo)
    return True


def todo_state(*, session: Session, user_id: int, item_id: int) -> Todo | None:
    return session.get(Todo, (user_id, item_id))


def reminded_pairs(
    *, session: Session, user_ids: Collection[int], since: datetime
) -> set[tuple[int, int, datetime]]:
    """(cadre, item, moment) reminders recorded since ``since``."""
    found: set[tuple[int, int, datetime]] = set()
    for chunk in _chunks(user_ids):
        statement = select_columns(
            col(ReminderSent.user_id), col(ReminderSent.item_id), col(ReminderSent.remind_at)
        ).where(col(ReminderSent.user_id).in_(chunk), col(ReminderSent.remind_at) > since)
        found.update((int(u), int(i), at) for u, i, at in session.execute(statement))
    return found


def record_reminders(
    *, session: Session, reminders: Sequence[tuple[int, int, datetime, datetime]], at: datetime
) -> None:
    """(cadre, item, moment, due) reminders about to be sent: never sent twice."""
    if not reminders:
        return
    rows = [
        {"user_id": u, "item_id": i, "remind_at": when, "due_at": due, "sent_at": at}
        for u, i, when, due in reminders
    ]
    plain_connection(session).execute(insert_new(session, ReminderSent), rows)


def receipts_of(*, session: Session, sender_id: int, since: datetime) -> list[Receipt]:
    """The sender's notices since ``since`` that reached cadres as to-dos or
    pushes, newest first, with who acknowledged them (the sender excluded)."""
    items = (
        select_columns(
            col(Notice.id), col(Notice.cluster_id), col(Notice.text), col(Notice.sent_at)
        )
        .where(col(Notice.sender_id) == sender_id, col(Notice.sent_at) > since)
        .order_by(col(Notice.sent_at).desc(), col(Notice.id).desc())
    )
    receipts: list[Receipt] = []
    seen: set[int] = set()
    for notice_id, cluster_id, text, sent_at in session.execute(items):
        item_id = int(cluster_id or notice_id)
        if item_id in seen:
            continue
        seen.add(item_id)
        holders = session.execute(
            select_columns(col(Cadre.first_name), col(Todo.acked_at))
            .join(Cadre, col(Cadre.user_id) == col(Todo.user_id))
            .where(col(Todo.item_id) == item_id, col(Todo.user_id) != sender_id)
            .order_by(col(Cadre.first_name))
        ).all()
        if not holders:
            continue
        silent = [name for name, acked in holders if acked is None]
        receipts.append(
            Receipt(item_id, int(notice_id), text, sent_at, len(holders),
                    len(holders) - len(silent), silent)
        )  # fmt: skip
    return receipts


def digest_todo_items(*, session: Session, user_id: int, stamp: int) -> list[int] | None:
    """The to-dos a cadre's digest built at ``stamp`` (whole seconds) numbers;
    None if the cadre has no such digest."""
    start = datetime.fromtimestamp(stamp, UTC)
    statement = select_columns(col(Digest.todo_items)).where(
        col(Digest.user_id) == user_id,
        col(Digest.window_end) >= start,
        col(Digest.window_end) < start + timedelta(seconds=1),
    )
    found = session.execute(statement).first()
    return None if found is None else [int(item) for item in found[0]]


class ReminderCandidate(NamedTuple):
    """An open to-do falling due soon, with what a reminder says of it."""

    user_id: int
    item_id: int
    due_at: datetime
    delivered_at: datetime
    group_id: int
    chat_id: int
    group_title: str
    kind: str
    text: str


def reminder_candidates(
    *, session: Session, now: datetime, horizon: datetime
) -> list[ReminderCandidate]:
    """To-dos of active cadres, not done, due in (now, horizon], still in a
    registered group the cadre is a member of; by cadre, soonest first."""
    statement = (
        select_columns(
            col(Todo.user_id),
            col(Todo.item_id),
            col(Todo.due_at),
            col(Todo.delivered_at),
            col(Group.id),
            col(Group.chat_id),
            col(Group.title),
            col(Notice.kind),
            func.substr(col(Notice.text), 1, PREVIEW_CHARS),
        )
        .join(Notice, col(Notice.id) == col(Todo.notice_id))
        .join(Group, col(Group.id) == col(Notice.group_id))
        .join(Cadre, col(Cadre.user_id) == col(Todo.user_id))
        .join(
            Membership,
            (col(Membership.group_id) == col(Group.id))
            & (col(Membership.user_id) == col(Todo.user_id)),
        )
        .where(
            col(Todo.done_at).is_(None),
            col(Todo.due_at) > now,
            col(Todo.due_at) <= horizon,
            col(Cadre.active),
            col(Group.registered),
            col(Membership.is_member),
        )
        .order_by(col(Todo.user_id), col(Todo.due_at), col(Todo.item_id))
    )
    return [ReminderCandidate(*row) for row in plain_connection(session).execute(statement)]
