"""Supervisors granted in Telegram, and the departments their scopes name.

Founding supervisors live in the config, not here; this table holds only the
ones granted with /grant, so revoking one never touches the config.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlmodel import Session, col, select

from storage.models import Group, Supervisor

__all__ = [
    "get_supervisor",
    "grant_supervisor",
    "groups_in_scope",
    "known_departments",
    "list_supervisors",
    "revoke_supervisor",
]


def get_supervisor(*, session: Session, user_id: int) -> Supervisor | None:
    return session.get(Supervisor, user_id)


def grant_supervisor(
    *,
    session: Session,
    user_id: int,
    departments: Collection[str],
    granted_by: int,
    now: datetime,
) -> Supervisor:
    """Make ``user_id`` a supervisor, or replace their scope; empty means all."""
    row = session.get(Supervisor, user_id) or Supervisor(user_id=user_id)
    row.departments = sorted(set(departments))
    row.granted_by, row.granted_at = granted_by, now
    session.add(row)
    session.flush()
    return row


def revoke_supervisor(*, session: Session, user_id: int) -> bool:
    """Remove a granted supervisor; False when there was none."""
    row = session.get(Supervisor, user_id)
    if row is None:
        return False
    session.delete(row)
    session.flush()
    return True


def list_supervisors(*, session: Session) -> list[Supervisor]:
    return list(session.exec(select(Supervisor).order_by(col(Supervisor.user_id))))


def known_departments(*, session: Session) -> list[str]:
    """Every department a group was registered under, registered or not now."""
    statement = (
        select(Group.department)
        .where(col(Group.department).is_not(None))
        .distinct()
        .order_by(col(Group.department))
    )
    return [department for department in session.exec(statement) if department]


def groups_in_scope(*, session: Session, departments: frozenset[str] | None) -> list[Group]:
    """Groups a report may cover: all of them, or those of the given departments.

    Unregistered groups are included because their history stays for statistics.
    """
    statement = select(Group).order_by(col(Group.id))
    if departments is not None:
        statement = statement.where(col(Group.department).in_(sorted(departments)))
    return list(session.exec(statement))
