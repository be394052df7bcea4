"""The chatter a cadre's digests left out, for them to look through on request.

A digest only counts the messages it drops as chatter; these reads list them,
scoped the way a digest is: the cadre's registered groups, as a member now.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import func
from sqlalchemy import select as select_columns
from sqlmodel import Session, col

from nlp.types import Kind
from storage.models import Digest, Group, Membership, Notice
from storage.repository._plain import plain_connection

__all__ = ["ChatterPage", "ChatterRow", "last_digest_start", "recent_chatter"]

# A chatter line shows the start of a message: this is more than any line needs.
_TEXT_CHARS = 200


class ChatterRow(NamedTuple):
    notice_id: int
    chat_id: int
    message_id: int
    group_title: str
    group_username: str | None
    sender_name: str
    sent_at: datetime
    text: str  # the start of the text only


class ChatterPage(NamedTuple):
    """The newest chatter rows, and how many there are in all."""

    rows: list[ChatterRow]
    total: int


def _columns() -> tuple[Any, ...]:
    return (
        col(Notice.id),
        col(Notice.chat_id),
        col(Notice.message_id),
        col(Group.title),
        col(Group.username),
        col(Notice.sender_name),
        col(Notice.sent_at),
        func.substr(col(Notice.text), 1, _TEXT_CHARS),
    )


def recent_chatter(
    *,
    session: Session,
    user_id: int,
    since: datetime,
    limit: int,
    muted_chat_ids: Collection[int] = (),
) -> ChatterPage:
    """Chatter received after ``since`` in the registered groups ``user_id`` is a
    member of (muted chats left out), newest first, at most ``limit`` rows."""
    where = [
        col(Notice.kind) == Kind.CHATTER.value,
        col(Notice.received_at) > since,
        col(Membership.user_id) == user_id,
        col(Membership.is_member),
        col(Group.registered),
    ]
    if muted_chat_ids:
        where.append(col(Group.chat_id).not_in(sorted(muted_chat_ids)))
    joined = (
        select_columns(*_columns())
        .select_from(Notice)
        .join(Group, col(Group.id) == col(Notice.group_id))
        .join(Membership, col(Membership.group_id) == col(Notice.group_id))
        .where(*where)
    )
    newest = joined.order_by(col(Notice.sent_at).desc(), col(Notice.id).desc()).limit(limit)
    connection = plain_connection(session)
    rows = [ChatterRow._make(row) for row in connection.execute(newest)]
    if len(rows) < limit:
        return ChatterPage(rows, len(rows))
    counted = select_columns(func.count()).select_from(joined.subquery())
    return ChatterPage(rows, int(connection.execute(counted).scalar_one()))


def last_digest_start(*, session: Session, user_id: int) -> datetime | None:
    """Where the window of the cadre's latest digest with something to read began
    (a scheduled slot with nothing to say leaves an empty digest: not that one)."""
    statement = (
        select_columns(col(Digest.window_start))
        .where(col(Digest.user_id) == user_id, col(Digest.status) != "empty")
        .order_by(col(Digest.window_end).desc(), col(Digest.id).desc())
        .limit(1)
    )
    start: datetime | None = session.execute(statement).scalar_one_or_none()
    return start
