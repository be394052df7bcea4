"""The digest outbox: built once per cadre and slot, then delivered part by part."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import NamedTuple

from sqlmodel import Session, col, select

from storage.models import Digest, utcnow
from storage.repository._plain import insert_new, plain_connection

__all__ = [
    "NewDigest",
    "add_digests",
    "clear_digest_attempt",
    "create_digest",
    "digests_of",
    "existing_slots",
    "get_digest",
    "mark_digest_attempt",
    "mark_digest_failed",
    "mark_digest_progress",
    "pending_digest_ids",
    "users_with_slot",
]


def get_digest(*, session: Session, digest_id: int) -> Digest | None:
    return session.get(Digest, digest_id)


class NewDigest(NamedTuple):
    """A digest ready to write: its window, its rendered parts, the notices of each item."""

    user_id: int
    slot: str
    window_start: datetime | None
    window_end: datetime
    parts: list[str]
    items: list[list[int]]
    todo_items: list[int] = []  # noqa: RUF012 (never mutated: a NamedTuple's default)
    keyboard: list[list[list[str]]] = []  # noqa: RUF012 (rows of [label, callback data])


def add_digests(*, session: Session, digests: Sequence[NewDigest]) -> dict[int, int]:
    """Write a round of digests in one statement; user id → id of each one written.

    A digest whose slot exists, or whose window starts where one of the cadre's
    digests already starts, is skipped: the unique constraints are what make
    two racing builders, or two coinciding slots, produce a single digest.
    """
    if not digests:
        return {}
    now = utcnow()
    rows = [
        {
            "user_id": d.user_id,
            "slot": d.slot,
            "built_at": now,
            "window_start": d.window_start,
            "window_end": d.window_end,
            "parts": d.parts,
            "items": d.items,
            "todo_items": d.todo_items,
            "keyboard": d.keyboard,
            "item_count": len(d.items),
            "sent_parts": 0,
            "uncertain_resends": 0,
            "status": "pending" if d.parts else "empty",
        }
        for d in digests
    ]
    statement = insert_new(session, Digest).returning(col(Digest.user_id), col(Digest.id))
    written = plain_connection(session).execute(statement, rows).all()
    return {int(user_id): int(digest_id) for user_id, digest_id in written if digest_id}


def create_digest(
    *,
    session: Session,
    user_id: int,
    slot: str,
    window_end: datetime,
    parts: Sequence[str],
    items: Sequence[Sequence[int]] = (),
    window_start: datetime | None = None,
) -> Digest | None:
    """One digest (see :func:`add_digests`); None if its slot or window exists."""
    new = NewDigest(
        user_id, slot, window_start, window_end, list(parts), [list(item) for item in items]
    )
    written = add_digests(session=session, digests=[new])
    return session.get(Digest, written[user_id]) if user_id in written else None


def pending_digest_ids(*, session: Session) -> list[int]:
    """Every digest waiting to be sent, oldest first (ids only: parts are read one
    digest at a time, as each is sent)."""
    statement = select(Digest.id).where(Digest.status == "pending").order_by(col(Digest.id))
    return [digest_id for digest_id in session.exec(statement) if digest_id is not None]


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
