"""The webhook inbox: raw updates stored by any ingress, read in order by the owner."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import NamedTuple

from sqlmodel import Session, col, delete, func, select, update

from storage.models import InboxUpdate
from storage.repository._plain import insert_new, plain_connection

__all__ = [
    "InboxLag",
    "inbox_lag",
    "mark_inbox_processed",
    "pending_inbox",
    "prune_inbox",
    "store_inbox_update",
]


class InboxLag(NamedTuple):
    """How far the owner is behind the ingress."""

    pending: int
    oldest: datetime | None


def store_inbox_update(
    *, session: Session, update_id: int, payload: str, received_at: datetime
) -> bool:
    """Store one update; False when it was stored before (Telegram retried it)."""
    statement = insert_new(session, InboxUpdate).returning(col(InboxUpdate.update_id))
    row = {"update_id": update_id, "payload": payload, "received_at": received_at}
    return plain_connection(session).execute(statement, [row]).first() is not None


def pending_inbox(*, session: Session, limit: int) -> list[tuple[int, str]]:
    """The oldest unread updates, in update_id order: (update_id, raw JSON)."""
    statement = (
        select(InboxUpdate.update_id, InboxUpdate.payload)
        .where(col(InboxUpdate.processed_at).is_(None))
        .order_by(col(InboxUpdate.update_id))
        .limit(limit)
    )
    return [(int(update_id), payload) for update_id, payload in session.exec(statement)]


def mark_inbox_processed(*, session: Session, update_ids: Sequence[int], now: datetime) -> None:
    if not update_ids:
        return
    statement = (
        update(InboxUpdate)
        .where(col(InboxUpdate.update_id).in_(list(update_ids)))
        .values(processed_at=now)
    )
    plain_connection(session).execute(statement)


def inbox_lag(*, session: Session) -> InboxLag:
    statement = select(func.count(), func.min(InboxUpdate.received_at)).where(
        col(InboxUpdate.processed_at).is_(None)
    )
    count, oldest = session.exec(statement).one()
    return InboxLag(int(count or 0), oldest)


def prune_inbox(*, session: Session, before: datetime) -> int:
    """Forget updates read before ``before``: the notices hold what they said."""
    statement = delete(InboxUpdate).where(
        col(InboxUpdate.processed_at).is_not(None), col(InboxUpdate.processed_at) < before
    )
    return int(plain_connection(session).execute(statement).rowcount)
