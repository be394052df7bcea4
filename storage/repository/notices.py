"""Stored notices: insert, edit, and the per-cadre window a digest reads."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from storage.models import DigestItem, Group, Membership, Notice, NoticeBase

__all__ = [
    "NoticeInGroup",
    "add_notice",
    "edit_notice",
    "get_notice_in_group",
    "message_keys",
    "notices_since",
]


@dataclass(frozen=True, slots=True)
class NoticeInGroup:
    notice: Notice
    group: Group


def _find(session: Session, chat_id: int, message_id: int) -> Notice | None:
    statement = select(Notice).where(Notice.chat_id == chat_id, Notice.message_id == message_id)
    return session.exec(statement).first()


def add_notice(
    *, session: Session, group_id: int, data: NoticeBase, received_at: datetime | None = None
) -> tuple[Notice, bool]:
    """Insert a notice once; a redelivered update returns the stored row.

    Returns the row and whether it was created.
    """
    existing = _find(session, data.chat_id, data.message_id)
    if existing is not None:
        return existing, False
    extra: dict[str, object] = {"group_id": group_id}
    if received_at is not None:
        extra["received_at"] = received_at
    notice = Notice.model_validate(data, update=extra)
    try:
        with session.begin_nested():
            session.add(notice)
    except IntegrityError:
        raced = _find(session, data.chat_id, data.message_id)
        if raced is None:
            raise
        return raced, False
    return notice, True


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


def notices_since(
    *, session: Session, user_id: int, since: datetime, until: datetime
) -> list[NoticeInGroup]:
    """Notices received in (since, until] in the user's current registered
    groups that were never placed in one of the user's digests."""
    delivered = select(DigestItem.notice_id).where(DigestItem.user_id == user_id)
    statement = (
        select(Notice, Group)
        .join(Group, col(Group.id) == col(Notice.group_id))
        .join(Membership, col(Membership.group_id) == col(Group.id))
        .where(
            Membership.user_id == user_id,
            col(Membership.is_member),
            col(Group.registered),
            col(Notice.received_at) > since,
            col(Notice.received_at) <= until,
            col(Notice.id).not_in(delivered),
        )
        .order_by(col(Notice.sent_at), col(Notice.id))
    )
    return [NoticeInGroup(notice, group) for notice, group in session.exec(statement)]


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
