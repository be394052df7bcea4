"""Urgent pushes, so a notice is pushed once and its digest item says so."""

from __future__ import annotations

from sqlmodel import Session, col, select

from storage.models import Cadre, Membership, Notice, UrgentPush

__all__ = ["push_recipients", "record_push"]


def push_recipients(*, session: Session, group_id: int, notice_id: int) -> list[Cadre]:
    """Active cadres in the group who have had no copy of this notice pushed."""
    notice = session.get(Notice, notice_id)
    copies = select(Notice.id).where(Notice.id == notice_id)
    if notice is not None and notice.cluster_id is not None:
        copies = select(Notice.id).where(Notice.cluster_id == notice.cluster_id)
    already = select(UrgentPush.user_id).where(col(UrgentPush.notice_id).in_(copies))
    statement = (
        select(Cadre)
        .join(Membership, col(Membership.user_id) == col(Cadre.user_id))
        .where(
            Membership.group_id == group_id,
            col(Membership.is_member),
            col(Cadre.active),
            col(Cadre.user_id).not_in(already),
        )
        .order_by(col(Cadre.user_id))
    )
    return list(session.exec(statement))


def record_push(*, session: Session, user_id: int, notice_id: int) -> None:
    session.add(UrgentPush(user_id=user_id, notice_id=notice_id))
