"""Factories for stored rows, so tests say only what matters to them."""

from __future__ import annotations

from datetime import datetime, timedelta
from itertools import count

from sqlmodel import Session

from storage import repository as repo
from storage.models import Group, Notice, NoticeBase, utcnow

__all__ = ["make_group", "make_notice"]

_ids = count(1)


def make_group(
    session: Session,
    *,
    title: str = "青石镇党政办工作群",
    chat_id: int | None = None,
    department: str | None = "党政办",
) -> Group:
    chat = chat_id if chat_id is not None else -1001000000000 - next(_ids)
    return repo.register_group(
        session=session,
        chat_id=chat,
        title=title,
        chat_type="supergroup",
        registered_by=1,
        department=department,
    )


def make_notice(
    session: Session,
    group: Group,
    *,
    text: str = "请于周五前报送统计表",
    kind: str = "report",
    sent_at: datetime | None = None,
    message_id: int | None = None,
    sender_id: int = 501,
    due_at: datetime | None = None,
) -> Notice:
    assert group.id is not None
    data = NoticeBase(
        chat_id=group.chat_id,
        message_id=message_id or next(_ids),
        sender_id=sender_id,
        sender_name="镇党政办-李主任",
        sent_at=sent_at or utcnow() - timedelta(minutes=5),
        text=text,
        kind=kind,
        due_at=due_at,
    )
    notice, _ = repo.add_notice(session=session, group_id=group.id, data=data)
    return notice
