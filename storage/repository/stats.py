"""Aggregates for supervisors."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func
from sqlmodel import Session, col, select

from storage.models import Group, Notice

__all__ = ["KindCount", "notice_counts"]


@dataclass(frozen=True, slots=True)
class KindCount:
    group_title: str
    department: str | None
    kind: str
    count: int


def notice_counts(*, session: Session, since: datetime) -> list[KindCount]:
    """Messages per group and kind received since ``since``."""
    statement = (
        select(Group.title, Group.department, Notice.kind, func.count())
        .join(Group, col(Group.id) == col(Notice.group_id))
        .where(col(Notice.sent_at) >= since)
        .group_by(col(Group.id), col(Group.title), col(Group.department), col(Notice.kind))
        .order_by(col(Group.title), col(Notice.kind))
    )
    return [KindCount(t, d, k, int(n)) for t, d, k, n in session.exec(statement)]
