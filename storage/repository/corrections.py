"""Corrections owed to the cadres who read a notice before it was materially edited."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import func, update
from sqlalchemy import select as select_columns
from sqlmodel import Session, col, select

from storage.models import Cadre, Correction, Digest, Group, Membership, Notice, UrgentPush
from storage.repository._plain import plain_connection
from storage.repository.windows import PREVIEW_CHARS, _chunks

__all__ = [
    "PendingCorrection",
    "add_corrections",
    "corrections_of",
    "mark_corrections_shown",
    "pending_corrections",
    "readers_of",
]


def readers_of(*, session: Session, notice_id: int, cluster_id: int | None = None) -> list[Cadre]:
    """Active cadres the notice reached: in a digest window of theirs after they
    joined its group, or pushed to them at once; with ``cluster_id``, those any
    copy of it reached (a correction of its own has reached nobody yet)."""
    notice = session.get(Notice, notice_id)
    if notice is None:
        return []
    copies = [notice]
    if cluster_id is not None:
        statement = select(Notice).where(
            col(Notice.cluster_id) == cluster_id, col(Notice.id) != notice_id
        )
        copies += session.exec(statement)
    found: dict[int, Cadre] = {}
    for copy in copies:
        found.update((cadre.user_id, cadre) for cadre in _readers(session, copy))
    return [found[user_id] for user_id in sorted(found)]


def _readers(session: Session, notice: Notice) -> list[Cadre]:
    last_end = (
        select_columns(func.max(col(Digest.window_end)))
        .where(col(Digest.user_id) == col(Cadre.user_id))
        .scalar_subquery()
    )
    in_digest = (
        select(Cadre)
        .join(Membership, col(Membership.user_id) == col(Cadre.user_id))
        .where(
            col(Membership.group_id) == notice.group_id,
            col(Membership.is_member),
            col(Membership.updated_at) < notice.received_at,
            col(Cadre.active),
            last_end >= notice.received_at,
        )
    )
    pushed = (
        select(Cadre)
        .join(UrgentPush, col(UrgentPush.user_id) == col(Cadre.user_id))
        .where(col(UrgentPush.notice_id) == notice.id, col(Cadre.active))
    )
    return [*session.exec(in_digest), *session.exec(pushed)]


def add_corrections(*, session: Session, corrections: Sequence[dict[str, Any]]) -> None:
    """Rows of (user_id, notice_id, old_text, old_due_at, created_at, pushed_at)."""
    for values in corrections:
        session.add(Correction(**values))
    session.flush()


class PendingCorrection(NamedTuple):
    """A correction to show at the top of a cadre's next digest."""

    id: int
    user_id: int
    notice_id: int
    old_text: str
    old_due_at: datetime | None
    new_text: str
    new_due_at: datetime | None
    kind: str
    group_title: str
    chat_id: int
    message_id: int
    username: str | None


def pending_corrections(
    *, session: Session, user_ids: Collection[int]
) -> dict[int, list[PendingCorrection]]:
    """Each cadre's corrections neither pushed nor shown yet, oldest first."""
    found: dict[int, list[PendingCorrection]] = {}
    for chunk in _chunks(user_ids):
        statement = (
            select_columns(
                col(Correction.id),
                col(Correction.user_id),
                col(Correction.notice_id),
                col(Correction.old_text),
                col(Correction.old_due_at),
                func.substr(col(Notice.text), 1, PREVIEW_CHARS),
                col(Notice.due_at),
                col(Notice.kind),
                col(Group.title),
                col(Notice.chat_id),
                col(Notice.message_id),
                col(Group.username),
            )
            .join(Notice, col(Notice.id) == col(Correction.notice_id))
            .join(Group, col(Group.id) == col(Notice.group_id))
            .where(
                col(Correction.user_id).in_(chunk),
                col(Correction.shown_at).is_(None),
                col(Correction.pushed_at).is_(None),
            )
            .order_by(col(Correction.user_id), col(Correction.id))
        )
        for row in plain_connection(session).execute(statement):
            pending = PendingCorrection(*row)
            found.setdefault(pending.user_id, []).append(pending)
    return found


def mark_corrections_shown(*, session: Session, ids: Collection[int], at: datetime) -> None:
    for chunk in _chunks(ids):
        plain_connection(session).execute(
            update(Correction).where(col(Correction.id).in_(chunk)).values(shown_at=at)
        )


def corrections_of(
    *, session: Session, user_ids: Collection[int], since: datetime
) -> dict[tuple[int, int], tuple[int, str]]:
    """(cadre, item) → (correcting notice, its words) for the corrections owed to
    each cadre since ``since`` (pushed, shown, or shown at the top of the digest
    being built), the latest per item: an open to-do that was corrected says so
    on every later line, not only the once it was announced."""
    found: dict[tuple[int, int], tuple[int, str]] = {}
    item = func.coalesce(col(Notice.cluster_id), col(Notice.id))
    for chunk in _chunks(user_ids):
        statement = (
            select_columns(
                col(Correction.user_id),
                item,
                col(Notice.id),
                func.substr(col(Notice.text), 1, PREVIEW_CHARS),
            )
            .join(Notice, col(Notice.id) == col(Correction.notice_id))
            .where(
                col(Correction.user_id).in_(chunk),
                col(Correction.created_at) >= since,
            )
            .order_by(col(Correction.id))
        )
        for user_id, item_id, notice_id, text in plain_connection(session).execute(statement):
            found[(int(user_id), int(item_id))] = (int(notice_id), str(text))
    return found

