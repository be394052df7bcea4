"""Who belongs to which registered group, as last observed."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import select as select_columns
from sqlmodel import Session, col, select

from storage.models import Group, Membership, utcnow

__all__ = ["groups_of_user", "member_ids", "note_members", "set_membership"]

_PRESENT = frozenset({"creator", "owner", "administrator", "member", "restricted"})


def set_membership(
    *, session: Session, group_id: int, user_id: int, status: str, now: datetime | None = None
) -> bool:
    """Record a status; returns whether membership (in or out) changed.

    ``updated_at`` moves only when membership does (so for a member it says
    since when, at the latest): digests read it to tell whether a cadre could
    have read an earlier copy of a notice, and seeing the same status again
    must not make every earlier copy look unread.
    """
    is_member = status in _PRESENT
    row = session.get(Membership, (group_id, user_id))
    changed = row is None or row.is_member != is_member
    if row is None:
        row = Membership(group_id=group_id, user_id=user_id, status=status, is_member=is_member)
    row.status, row.is_member = status, is_member
    if changed:
        row.updated_at = now or utcnow()
    session.add(row)
    return changed


def groups_of_user(*, session: Session, user_id: int) -> list[Group]:
    statement = (
        select(Group)
        .join(Membership, col(Membership.group_id) == col(Group.id))
        .where(Membership.user_id == user_id, col(Membership.is_member), col(Group.registered))
        .order_by(col(Group.title))
    )
    return list(session.exec(statement))


def member_ids(*, session: Session, group_id: int) -> list[int]:
    statement = select(Membership.user_id).where(
        Membership.group_id == group_id, col(Membership.is_member)
    )
    return list(session.exec(statement))


def note_members(
    *, session: Session, pairs: Collection[tuple[int, int]], now: datetime | None = None
) -> None:
    """A user who posts in a group is in it; never downgrades an admin.

    For many (group id, user id) pairs, in one lookup.
    """
    if not pairs:
        return
    wanted = sorted(set(pairs))
    # Two INs and a cut, not a row-value IN: SQLite would scan the whole table for that.
    # Plain columns, not rows as objects: nearly every author is already a member.
    statement = select_columns(
        col(Membership.group_id), col(Membership.user_id), col(Membership.is_member)
    ).where(
        col(Membership.group_id).in_(sorted({group for group, _ in wanted})),
        col(Membership.user_id).in_(sorted({user for _, user in wanted})),
    )
    known = {
        (group_id, user_id): is_member
        for group_id, user_id, is_member in session.execute(statement)
        if (group_id, user_id) in pairs
    }
    for group_id, user_id in wanted:
        if (group_id, user_id) not in known:
            row = Membership(
                group_id=group_id,
                user_id=user_id,
                status="member",
                is_member=True,
                updated_at=now or utcnow(),
            )
            session.add(row)
        elif not known[group_id, user_id]:  # left once, posting again: back in
            set_membership(
                session=session, group_id=group_id, user_id=user_id, status="member", now=now
            )
