"""What a cadre's digests already brought: for re-reading a period, or the last digest."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select

from storage.models import Digest

__all__ = ["delivered_notice_ids", "last_sent_digest"]


def delivered_notice_ids(*, session: Session, user_id: int, since: datetime) -> set[int]:
    """Notices listed in the cadre's digests sent (all their parts) after ``since``.

    A digest records the notices of each item it lists, so this is what the
    cadre was actually shown, not every notice its window held.
    """
    statement = select(Digest.items).where(
        Digest.user_id == user_id,
        Digest.status == "sent",
        col(Digest.window_end) > since,
    )
    return {notice for items in session.exec(statement) for item in items for notice in item}


def last_sent_digest(*, session: Session, user_id: int) -> Digest | None:
    """The cadre's most recent digest that reached them whole."""
    statement = (
        select(Digest)
        .where(Digest.user_id == user_id, Digest.status == "sent")
        .order_by(col(Digest.sent_at).desc(), col(Digest.id).desc())
        .limit(1)
    )
    return session.exec(statement).first()
