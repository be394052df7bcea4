"""Cadres' to-dos: what falls due in their groups, what they marked, what was reminded.

A to-do is an item with a due moment, the item being the notice's cluster (a
notice on its own is its own cluster), so every copy, reminder or correction
of one notice is one to-do. Whether a to-do reached a cadre is read off
their digest windows, as whether they read a notice is; only their presses
(收到, 已完成: timestamps that 撤销 clears) and the reminders sent are rows.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import func
from sqlalchemy import select as select_columns
from sqlmodel import Session, col

from storage.models import (
    Cadre,
    Digest,
    Group,
    Membership,
    Notice,
    ReminderSent,
    TodoMark,
    UrgentPush,
)
from storage.repository._plain import insert_new, plain_connection
from storage.repository.analytics import ReportSlice, _in_slice
from storage.repository.windows import PREVIEW_CHARS, WindowRow, _chunks, _rows

__all__ = [
    "Mark",
    "Marks",
    "Receipt",
    "ReminderCandidate",
    "acknowledgement_totals",
    "digest_todo_items",
    "due_rows",
    "holds_item",
    "marks_on",
    "receipts_of",
    "record_reminders",
    "reminded_pairs",
    "reminder_candidates",
    "set_mark",
]

Mark = str  # "ack" (收到) or "done" (已完成)
_COLUMNS = {"ack": "acked_at", "done": "done_at"}


class Marks(NamedTuple):
    acked: bool
    done: bool


def _item_key() -> Any:
    """The SQL of a notice's item: its cluster, or itself when it has none."""
    return func.coalesce(col(Notice.cluster_id), col(Notice.id))


def due_rows(
    *,
    session: Session,
    group_ids: Collection[int],
    kinds: Collection[str],
    due_after: datetime,
    received_until: datetime,
) -> list[WindowRow]:
    """Notices of these groups and kinds due after ``due_after`` and received by
    ``received_until``, soonest due first: the round's candidate open to-dos."""
    rows: list[WindowRow] = []
    order = [col(Notice.due_at), col(Notice.sent_at), col(Notice.id)]
    for chunk in _chunks(group_ids):
        where = [
            col(Notice.due_at) > due_after,
            col(Notice.group_id).in_(chunk),
            col(Notice.kind).in_(sorted(kinds)),
            col(Notice.received_at) <= received_until,
        ]
        rows.extend(_rows(session, where, order))
    rows.sort(key=lambda row: (row.due_at, row.sent_at, row.id))
    return rows


def marks_on(*, session: Session, item_ids: Collection[int]) -> dict[tuple[int, int], Marks]:
    """Every cadre's marks on these items: (cadre, item) → marks, for rows with one set."""
    found: dict[tuple[int, int], Marks] = {}
    for chunk in _chunks(item_ids):
        statement = select_columns(
            col(TodoMark.user_id),
            col(TodoMark.item_id),
            col(TodoMark.acked_at).is_not(None),
            col(TodoMark.done_at).is_not(None),
        ).where(col(TodoMark.item_id).in_(chunk))
        for user_id, item_id, acked, done in plain_connection(session).execute(statement):
            if acked or done:
                found[int(user_id), int(item_id)] = Marks(bool(acked), bool(done))
    return found


def holds_item(*, session: Session, user_id: int, item_id: int) -> bool:
    """Whether a copy of the item was posted in a group the cadre is a member of."""
    statement = (
        select_columns(col(Notice.id))
        .join(Membership, col(Membership.group_id) == col(Notice.group_id))
        .where(
            (col(Notice.cluster_id) == item_id) | (col(Notice.id) == item_id),
            col(Membership.user_id) == user_id,
            col(Membership.is_member),
        )
        .limit(1)
    )
    return session.execute(statement).first() is not None


def set_mark(
    *, session: Session, user_id: int, item_id: int, mark: Mark, on: bool, at: datetime
) -> bool:
    """Set or clear (撤销) a mark; whether anything changed (a second press does not).
    已完成 implies 收到; the caller checks the cadre may hold the item."""
    row = session.get(TodoMark, (user_id, item_id))
    if row is None:
        if not on:
            return False
        row = TodoMark(user_id=user_id, item_id=item_id, updated_at=at)
    column = _COLUMNS[mark]
    if (getattr(row, column) is not None) == on:
        return False
    setattr(row, column, at if on else None)
    if mark == "done" and on and row.acked_at is None:
        row.acked_at = at
    row.updated_at = at
    session.add(row)
    return True


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
    """A member's copy of a to-do falling due soon, with what a reminder says of it."""

    user_id: int
    item_id: int
    due_at: datetime
    received_at: datetime
    joined_at: datetime  # membership last changed: a copy before it never reached them
    sender_id: int | None
    chat_id: int
    group_title: str
    kind: str
    text: str


def reminder_candidates(
    *, session: Session, now: datetime, horizon: datetime, kinds: Collection[str]
) -> list[ReminderCandidate]:
    """Copies of to-dos due in (now, horizon] in registered groups, one row per
    active member; by cadre, soonest due first."""
    statement = (
        select_columns(
            col(Membership.user_id),
            _item_key(),
            col(Notice.due_at),
            col(Notice.received_at),
            col(Membership.updated_at),
            col(Notice.sender_id),
            col(Group.chat_id),
            col(Group.title),
            col(Notice.kind),
            func.substr(col(Notice.text), 1, PREVIEW_CHARS),
        )
        .join(Group, col(Group.id) == col(Notice.group_id))
        .join(Membership, col(Membership.group_id) == col(Group.id))
        .join(Cadre, col(Cadre.user_id) == col(Membership.user_id))
        .where(
            col(Notice.due_at) > now,
            col(Notice.due_at) <= horizon,
            col(Notice.kind).in_(sorted(kinds)),
            col(Group.registered),
            col(Membership.is_member),
            col(Cadre.active),
        )
        .order_by(col(Membership.user_id), col(Notice.due_at), col(Notice.id))
    )
    return [ReminderCandidate(*row) for row in plain_connection(session).execute(statement)]


class Receipt(NamedTuple):
    """One of a sender's notices: who it reached, who acknowledged it."""

    item_id: int
    text: str
    sent_at: datetime
    delivered: int
    acked: int
    silent: list[str]  # names of those who have not acknowledged, by name


def receipts_of(
    *, session: Session, sender_id: int, since: datetime, kinds: Collection[str]
) -> list[Receipt]:
    """The sender's notices of these kinds since ``since``, newest first: delivered
    to the active members whose digest windows (or an urgent push) covered a copy,
    and which of them acknowledged (the sender not counted)."""
    mine = session.execute(
        select_columns(_item_key(), col(Notice.text), col(Notice.sent_at))
        .where(
            col(Notice.sender_id) == sender_id,
            col(Notice.sent_at) > since,
            col(Notice.kind).in_(sorted(kinds)),
        )
        .order_by(col(Notice.sent_at).desc(), col(Notice.id).desc())
    ).all()
    receipts: list[Receipt] = []
    seen: set[int] = set()
    for item_id, text, sent_at in mine:
        if item_id in seen:
            continue
        seen.add(int(item_id))
        names = _reached(session, int(item_id), sender_id)
        if not names:
            continue
        acked = {
            u for (u, _), m in marks_on(session=session, item_ids=[item_id]).items() if m.acked
        }
        silent = sorted(name for user, name in names.items() if user not in acked)
        receipts.append(
            Receipt(int(item_id), text, sent_at, len(names), len(names) - len(silent), silent)
        )
    return receipts


def _reached(session: Session, item_id: int, sender_id: int) -> dict[int, str]:
    """Active cadres a copy of the item reached: user id → first name."""
    copy = (col(Notice.cluster_id) == item_id) | (col(Notice.id) == item_id)
    last_end = (
        select_columns(func.max(col(Digest.window_end)))
        .where(col(Digest.user_id) == col(Cadre.user_id))
        .scalar_subquery()
    )
    in_digest = (
        select_columns(col(Cadre.user_id), col(Cadre.first_name))
        .join(Membership, col(Membership.user_id) == col(Cadre.user_id))
        .join(Notice, col(Notice.group_id) == col(Membership.group_id))
        .where(
            copy,
            col(Cadre.active),
            col(Membership.is_member),
            col(Membership.updated_at) < col(Notice.received_at),
            last_end >= col(Notice.received_at),
        )
    )
    pushed = (
        select_columns(col(Cadre.user_id), col(Cadre.first_name))
        .join(UrgentPush, col(UrgentPush.user_id) == col(Cadre.user_id))
        .join(Notice, col(Notice.id) == col(UrgentPush.notice_id))
        .where(copy, col(Cadre.active))
    )
    reached = {int(u): name for u, name in session.execute(in_digest)}
    reached.update((int(u), name) for u, name in session.execute(pushed))
    reached.pop(sender_id, None)
    return reached


def acknowledgement_totals(*, session: Session, part: ReportSlice) -> tuple[int, int]:
    """How many 收到 and 已完成 presses the slice's notices got, in all: supervisors
    see these totals only, never who pressed or who did not."""
    items = (
        select_columns(_item_key())
        .join(Group, col(Group.id) == col(Notice.group_id))
        .where(*_in_slice(part, notices_only=True))
        .distinct()
    )
    statement = select_columns(
        func.count(col(TodoMark.acked_at)), func.count(col(TodoMark.done_at))
    ).where(col(TodoMark.item_id).in_(items))
    acked, done = session.execute(statement).one()
    return int(acked), int(done)
