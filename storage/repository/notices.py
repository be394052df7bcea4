"""Stored notices: insert, edit, and the per-cadre window a digest reads."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select as select_columns
from sqlalchemy import update
from sqlmodel import Session, col, select

from storage.models import Group, Notice, NoticeBase, utcnow
from storage.repository._plain import insert_new, plain_connection

__all__ = [
    "NoticeInGroup",
    "StoredNotice",
    "add_notice",
    "add_notices",
    "edit_notice",
    "find_notice",
    "get_notice_in_group",
    "last_posts",
    "message_keys",
    "set_clusters",
    "set_notice_cluster",
]


@dataclass(frozen=True, slots=True)
class NoticeInGroup:
    notice: Notice
    group: Group


def _find(session: Session, chat_id: int, message_id: int) -> Notice | None:
    statement = select(Notice).where(Notice.chat_id == chat_id, Notice.message_id == message_id)
    return session.exec(statement).first()


def find_notice(*, session: Session, chat_id: int, message_id: int) -> Notice | None:
    return _find(session, chat_id, message_id)


def add_notice(
    *, session: Session, group_id: int, data: NoticeBase, received_at: datetime | None = None
) -> tuple[Notice, bool]:
    """Insert a notice once; a redelivered update returns the stored row.

    Returns the row and whether it was created. The INSERT skips a row already
    stored, which is then looked up.
    """
    row = {**data.model_dump(), "group_id": group_id, "received_at": received_at or utcnow()}
    inserted = _insert(session, [row])
    notice = session.get(Notice, inserted[(data.chat_id, data.message_id)]) if inserted else None
    if notice is not None:
        return notice, True
    stored = _find(session, data.chat_id, data.message_id)
    if stored is None:
        raise LookupError(f"notice {data.chat_id}/{data.message_id} was neither stored nor found")
    return stored, False


def last_posts(
    *, session: Session, group_ids: Collection[int]
) -> dict[int, tuple[datetime, int | None]]:
    """Per group, when the latest message stored in it was sent and by whom: where the
    next one falls in its group's talk (nlp.place), whichever worker stored the last.
    One statement; each group's latest is found on its (group, received) index."""
    if not group_ids:
        return {}
    latest = (
        select_columns(col(Notice.id))
        .where(col(Notice.group_id) == col(Group.id))
        .order_by(col(Notice.received_at).desc(), col(Notice.id).desc())
        .limit(1)
        .scalar_subquery()
    )
    newest = (
        select_columns(latest.label("notice_id"))
        .where(col(Group.id).in_(sorted(group_ids)))
        .subquery()
    )
    statement = select_columns(
        col(Notice.group_id), col(Notice.sent_at), col(Notice.sender_id)
    ).join(newest, col(Notice.id) == newest.c.notice_id)
    return {group: (sent, sender) for group, sent, sender in session.execute(statement)}


@dataclass(frozen=True, slots=True)
class StoredNotice:
    """A notice as a batch insert left it: what ingest needs next, without an ORM object."""

    id: int
    created: bool
    kind: str
    urgent: bool
    text: str
    attachment: str | None
    sent_at: datetime
    due_at: datetime | None
    cluster_id: int | None


_STORED_COLUMNS = (
    col(Notice.id),
    col(Notice.chat_id),
    col(Notice.message_id),
    col(Notice.kind),
    col(Notice.urgent),
    col(Notice.text),
    col(Notice.attachment),
    col(Notice.sent_at),
    col(Notice.due_at),
    col(Notice.cluster_id),
)


def _stored(session: Session, keys: set[tuple[int, int]]) -> dict[tuple[int, int], StoredNotice]:
    # Two expanding INs, not a row-value IN: SQLite answers the latter by a full
    # index scan. The superset they return is cut back to the pairs asked for.
    statement = select_columns(*_STORED_COLUMNS).where(
        col(Notice.chat_id).in_(sorted({chat for chat, _ in keys})),
        col(Notice.message_id).in_(sorted({message for _, message in keys})),
    )
    return {
        (chat, message): StoredNotice(nid, False, kind, urgent, text, att, sent, due, cluster)
        for nid, chat, message, kind, urgent, text, att, sent, due, cluster in session.execute(
            statement
        )
        if (chat, message) in keys
    }


def _as_stored(notice: Notice, created: bool) -> StoredNotice:
    assert notice.id is not None
    return StoredNotice(
        notice.id,
        created,
        notice.kind,
        notice.urgent,
        notice.text,
        notice.attachment,
        notice.sent_at,
        notice.due_at,
        notice.cluster_id,
    )


def add_notices(
    *,
    session: Session,
    rows: Sequence[tuple[int, NoticeBase]],
    received_at: datetime | None = None,
) -> list[StoredNotice]:
    """:func:`add_notice` for a batch of (group id, data): one INSERT.

    Ingest stores every message of every group, so this skips the ORM's
    per-object bookkeeping. A message twice in the batch is stored once. A
    message stored before (a redelivered update, or another writer's) is
    skipped by the INSERT and only then looked up, so a batch of new messages
    costs one statement.
    """
    if not rows:
        return []
    when = received_at or utcnow()
    fresh: dict[tuple[int, int], dict[str, Any]] = {}
    for group_id, data in rows:
        key = (data.chat_id, data.message_id)
        if key not in fresh:
            fresh[key] = {**data.model_dump(), "group_id": group_id, "received_at": when}
    inserted = _insert(session, list(fresh.values()))
    known = _stored(session, fresh.keys() - inserted.keys()) if len(inserted) < len(fresh) else {}
    if missing := fresh.keys() - inserted.keys() - known.keys():
        raise LookupError(f"notices {sorted(missing)} were neither stored nor found")
    results, taken = [], set()
    for _, data in rows:
        key = (data.chat_id, data.message_id)
        if key in inserted:
            results.append(_fresh(inserted[key], data, created=key not in taken))
            taken.add(key)
        else:
            results.append(known[key])
    return results


def _insert(session: Session, params: list[dict[str, Any]]) -> dict[tuple[int, int], int]:
    """(chat id, message id) → id of each row written; rows already stored are skipped."""
    if not params:
        return {}
    statement = insert_new(session, Notice).returning(
        col(Notice.chat_id), col(Notice.message_id), col(Notice.id)
    )
    written = plain_connection(session).execute(statement, params).all()
    return {(int(chat), int(message)): int(nid) for chat, message, nid in written}


def _fresh(notice_id: int, data: NoticeBase, *, created: bool) -> StoredNotice:
    return StoredNotice(
        notice_id,
        created,
        data.kind,
        data.urgent,
        data.text,
        data.attachment,
        data.sent_at,
        data.due_at,
        None,
    )


def set_clusters(*, session: Session, clusters: Mapping[int, int | None]) -> None:
    """Notice id → cluster id, in one executemany UPDATE."""
    if clusters:
        session.execute(
            update(Notice), [{"id": nid, "cluster_id": cid} for nid, cid in clusters.items()]
        )


def set_notice_cluster(*, session: Session, notice: Notice, cluster_id: int | None) -> None:
    """Put one stored notice in a cluster (None: in none), written at once."""
    notice.cluster_id = cluster_id
    session.add(notice)
    session.flush()


def edit_notice(
    *, session: Session, chat_id: int, message_id: int, data: NoticeBase, edited_at: datetime
) -> Notice | None:
    """Apply an edit: text and understanding change, identity and time stay."""
    notice = _find(session, chat_id, message_id)
    if notice is None:
        return None
    for field in ("text", "attachment", "kind", "urgent", "due_at"):
        setattr(notice, field, getattr(data, field))
    notice.edited_at = edited_at
    session.add(notice)
    session.flush()
    return notice


def get_notice_in_group(*, session: Session, notice_id: int) -> NoticeInGroup | None:
    notice = session.get(Notice, notice_id)
    if notice is None:
        return None
    group = session.get(Group, notice.group_id)
    return NoticeInGroup(notice, group) if group is not None else None


def message_keys(*, session: Session, notice_ids: list[int]) -> dict[int, tuple[int, int]]:
    """Notice id → (chat id, message id), to name notices the way Telegram does."""
    if not notice_ids:
        return {}
    statement = select(Notice.id, Notice.chat_id, Notice.message_id).where(
        col(Notice.id).in_(notice_ids)
    )
    return {nid: (chat, message) for nid, chat, message in session.exec(statement) if nid}
