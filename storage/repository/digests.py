"""The digest outbox: built once per cadre and slot, then delivered part by part."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from storage.models import Digest, DigestItem, utcnow

__all__ = [
    "clear_digest_attempt",
    "create_digest",
    "digests_of",
    "existing_slots",
    "get_digest",
    "last_digest",
    "mark_digest_attempt",
    "mark_digest_failed",
    "mark_digest_progress",
    "pending_digests",
    "users_with_slot",
]


def last_digest(*, session: Session, user_id: int) -> Digest | None:
    statement = (
        select(Digest).where(Digest.user_id == user_id).order_by(col(Digest.window_end).desc())
    )
    return session.exec(statement).first()


def get_digest(*, session: Session, digest_id: int) -> Digest | None:
    return session.get(Digest, digest_id)


def create_digest(
    *,
    session: Session,
    user_id: int,
    slot: str,
    window_end: datetime,
    parts: Sequence[str],
    notice_ids: Sequence[int],
    items: Sequence[Sequence[int]] = (),
) -> Digest | None:
    """Write a digest and claim its notices; None if this slot already exists.

    The unique (user, slot) and (user, notice) constraints are what make two
    racing builders, or two coinciding slots, produce a single digest.
    """
    status = "pending" if parts else "empty"
    digest = Digest(
        user_id=user_id,
        slot=slot,
        window_end=window_end,
        parts=list(parts),
        items=[list(item) for item in items],
        item_count=len(items),
        status=status,
    )
    try:
        with session.begin_nested():
            session.add(digest)
            session.flush()
            assert digest.id is not None
            if notice_ids:  # one bulk statement: a busy day claims thousands of notices
                session.execute(
                    insert(DigestItem),
                    [
                        {"digest_id": digest.id, "notice_id": notice_id, "user_id": user_id}
                        for notice_id in notice_ids
                    ],
                )
    except IntegrityError:
        return None
    return digest


def pending_digests(*, session: Session, limit: int = 500) -> list[Digest]:
    statement = (
        select(Digest).where(Digest.status == "pending").order_by(col(Digest.id)).limit(limit)
    )
    return list(session.exec(statement))


def mark_digest_attempt(*, session: Session, digest_id: int, part: int) -> bool:
    """Note that ``part`` is about to be sent; True if it was already being sent
    when the process stopped (its delivery is uncertain)."""
    digest = session.get(Digest, digest_id)
    if digest is None:
        raise LookupError(f"digest {digest_id} does not exist")
    uncertain = digest.attempting_part == part
    if uncertain:
        digest.uncertain_resends += 1
    digest.attempting_part = part
    session.add(digest)
    return uncertain


def clear_digest_attempt(*, session: Session, digest_id: int) -> None:
    digest = session.get(Digest, digest_id)
    if digest is None:
        raise LookupError(f"digest {digest_id} does not exist")
    digest.attempting_part = None
    session.add(digest)


def mark_digest_progress(*, session: Session, digest_id: int, sent_parts: int) -> None:
    digest = session.get(Digest, digest_id)
    if digest is None:
        raise LookupError(f"digest {digest_id} does not exist")
    digest.sent_parts, digest.attempting_part = sent_parts, None
    if sent_parts >= len(digest.parts):
        digest.status, digest.sent_at = "sent", utcnow()
    session.add(digest)


def mark_digest_failed(*, session: Session, digest_id: int, error: str) -> None:
    digest = session.get(Digest, digest_id)
    if digest is None:
        raise LookupError(f"digest {digest_id} does not exist")
    digest.status, digest.error = "failed", error[:500]
    session.add(digest)


def users_with_slot(*, session: Session, slot: str) -> set[int]:
    """Cadres whose digest for this slot already exists (built, sent or empty)."""
    return set(session.exec(select(Digest.user_id).where(Digest.slot == slot)))


def existing_slots(*, session: Session, slots: set[str]) -> set[tuple[int, str]]:
    """(cadre, slot) pairs among these slots that already have a digest."""
    if not slots:
        return set()
    statement = select(Digest.user_id, Digest.slot).where(col(Digest.slot).in_(sorted(slots)))
    return {(user_id, slot) for user_id, slot in session.exec(statement)}


def digests_of(*, session: Session, user_id: int) -> list[Digest]:
    """Every digest built for a cadre, oldest first."""
    statement = select(Digest).where(Digest.user_id == user_id).order_by(col(Digest.id))
    return list(session.exec(statement))
