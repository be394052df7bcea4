"""Claims on the outbox, so that two senders never send one message twice.

A courier claims a digest (its id, a lease) before sending any part of it,
with ``FOR UPDATE SKIP LOCKED`` on PostgreSQL so that couriers of several
processes take different rows without waiting on one another. Before each
part the claim is checked again under a row lock: a courier whose lease was
taken over (its process stalled, another took ownership) stops there. An
urgent push is claimed by writing its row before it is sent.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, func, or_, select, update

from storage.models import Digest, UrgentPush, utcnow
from storage.repository._plain import insert_new, plain_connection

__all__ = [
    "claim_digests",
    "claim_part",
    "claim_push",
    "outbox_backlog",
    "release_digest",
    "release_push",
    "renew_claims",
]


def claim_digests(
    *, session: Session, claimer: str, now: datetime, until: datetime, limit: int
) -> list[int]:
    """Up to ``limit`` pending digests, oldest first, now claimed by ``claimer``.

    A digest is free when nobody holds it, or when its holder was another
    process whose lease ran out. A digest this claimer already holds is never
    handed out again: one of its own couriers has it.
    """
    free = (
        col(Digest.status) == "pending",
        or_(col(Digest.lease_until).is_(None), col(Digest.lease_until) < now),
        or_(col(Digest.claimed_by).is_(None), col(Digest.claimed_by) != claimer),
    )
    pick = (
        select(Digest.id)
        .where(*free)
        .order_by(col(Digest.id))
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    picked = [digest_id for digest_id in session.exec(pick) if digest_id is not None]
    if not picked:
        return []
    # The conditions again in the UPDATE itself: SQLite has no row locks, and
    # its writer lock is what makes two couriers' claims exclusive there.
    claim = (
        update(Digest)
        .where(col(Digest.id).in_(picked), *free)
        .values(claimed_by=claimer, lease_until=until)
        .returning(col(Digest.id))
    )
    rows = plain_connection(session).execute(claim)
    return sorted(digest_id for (digest_id,) in rows if digest_id is not None)


def claim_part(
    *, session: Session, digest_id: int, part: int, claimer: str, until: datetime
) -> bool | None:
    """Note that ``part`` is about to be sent, if the claim is still ours.

    None: the digest is no longer ours to send (taken over, or done). Else
    whether this part was already being sent when a process stopped (its
    delivery is uncertain, and it is sent again: see ``Digest``).
    """
    statement = select(Digest).where(Digest.id == digest_id).with_for_update()
    digest = session.exec(statement).first()
    if digest is None or digest.status != "pending" or digest.claimed_by != claimer:
        return None
    uncertain = digest.attempting_part == part
    if uncertain:
        digest.uncertain_resends += 1
    digest.attempting_part, digest.lease_until = part, until
    session.add(digest)
    return uncertain


def release_digest(*, session: Session, digest_id: int, claimer: str) -> None:
    """Give a digest back to the outbox (sent ones keep who sent them)."""
    statement = (
        update(Digest)
        .where(
            col(Digest.id) == digest_id,
            col(Digest.claimed_by) == claimer,
            col(Digest.status) == "pending",
        )
        .values(claimed_by=None, lease_until=None)
    )
    plain_connection(session).execute(statement)


def renew_claims(*, session: Session, claimer: str, until: datetime) -> int:
    """Extend the lease of every pending digest this claimer holds (a heartbeat)."""
    statement = (
        update(Digest)
        .where(col(Digest.claimed_by) == claimer, col(Digest.status) == "pending")
        .values(lease_until=until)
    )
    return int(plain_connection(session).execute(statement).rowcount)


def outbox_backlog(*, session: Session) -> int:
    """Digests waiting to be sent."""
    statement = select(func.count()).select_from(Digest).where(Digest.status == "pending")
    return int(session.exec(statement).one())


def claim_push(*, session: Session, user_id: int, notice_id: int) -> bool:
    """Write the push before sending it; False when another sender wrote it first."""
    statement = insert_new(session, UrgentPush).returning(col(UrgentPush.user_id))
    row = {"user_id": user_id, "notice_id": notice_id, "pushed_at": utcnow()}
    return plain_connection(session).execute(statement, [row]).first() is not None


def release_push(*, session: Session, user_id: int, notice_id: int) -> None:
    """The push was refused: forget the claim, so the digest does not call it pushed."""
    row = session.get(UrgentPush, (user_id, notice_id))
    if row is not None:
        session.delete(row)
