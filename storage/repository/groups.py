"""Registered work groups, including their migration to supergroups."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import func, update
from sqlmodel import Session, col, select

from storage.models import Group, Notice, utcnow

__all__ = [
    "count_notices",
    "get_group",
    "list_registered_groups",
    "migrate_group",
    "register_group",
    "registered_groups",
    "set_bot_admin",
    "unregister_group",
]


def get_group(*, session: Session, chat_id: int) -> Group | None:
    return session.exec(select(Group).where(Group.chat_id == chat_id)).first()


def registered_groups(*, session: Session, chat_ids: Collection[int]) -> dict[int, Group]:
    """The registered groups among ``chat_ids``, by chat id, in one query."""
    if not chat_ids:
        return {}
    statement = select(Group).where(col(Group.chat_id).in_(list(chat_ids)), col(Group.registered))
    return {group.chat_id: group for group in session.exec(statement)}


def register_group(
    *,
    session: Session,
    chat_id: int,
    title: str,
    chat_type: str,
    registered_by: int,
    username: str | None = None,
    department: str | None = None,
    bot_is_admin: bool = False,
) -> Group:
    """Register, or re-register keeping the group's history and id."""
    group = get_group(session=session, chat_id=chat_id)
    if group is None:
        group = Group(
            chat_id=chat_id, title=title, chat_type=chat_type, registered_by=registered_by
        )
    group.title, group.chat_type, group.username = title, chat_type, username
    group.department = department
    group.registered, group.registered_by = True, registered_by
    group.registered_at = utcnow()
    group.bot_is_admin = bot_is_admin
    session.add(group)
    session.flush()
    return group


def unregister_group(*, session: Session, chat_id: int) -> bool:
    """Stop ingesting a group; its stored notices stay for statistics."""
    group = get_group(session=session, chat_id=chat_id)
    if group is None or not group.registered:
        return False
    group.registered = False
    session.add(group)
    return True


def list_registered_groups(*, session: Session) -> list[Group]:
    return list(session.exec(select(Group).where(col(Group.registered)).order_by(col(Group.id))))


def set_bot_admin(*, session: Session, chat_id: int, is_admin: bool) -> None:
    session.execute(
        update(Group).where(col(Group.chat_id) == chat_id).values(bot_is_admin=is_admin)
    )


def migrate_group(*, session: Session, old_chat_id: int, new_chat_id: int) -> Group | None:
    """Move a group to its new supergroup id; idempotent, since both the old
    and the new chat announce the same migration."""
    group = get_group(session=session, chat_id=old_chat_id)
    if group is None:
        return get_group(session=session, chat_id=new_chat_id)
    group.previous_chat_id, group.chat_id = old_chat_id, new_chat_id
    group.chat_type = "supergroup"
    session.add(group)
    session.flush()
    return group


def count_notices(*, session: Session, group_id: int) -> int:
    statement = select(func.count()).select_from(Notice).where(Notice.group_id == group_id)
    return int(session.exec(statement).one())
