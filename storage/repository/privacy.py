"""What is kept about people and for how long: a cadre's own record, forgetting
it, purging old notice texts, deleting a group's notices."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Executable, Text, cast, delete, func, update
from sqlmodel import Session, col, select

from storage.models import (
    Cadre,
    Correction,
    Digest,
    Group,
    Membership,
    Notice,
    ReminderSent,
    Supervisor,
    TodoMark,
    UrgentPush,
)
from storage.repository.search import unindex_sent_before

__all__ = [
    "AckLine",
    "CadreRecord",
    "Forgotten",
    "cadre_record",
    "delete_group_notices",
    "forget_cadre",
    "purge_old_texts",
]


_LATEST_MARKS = 3
_PREVIEW = 40


@dataclass(frozen=True, slots=True)
class AckLine:
    """One to-do the cadre marked: the start of its notice, when, and how far."""

    text: str
    at: datetime
    done: bool


@dataclass(frozen=True, slots=True)
class CadreRecord:
    """Everything stored about one Telegram user, as counts and names."""

    cadre: Cadre | None
    groups: list[str]
    digests: int
    first_digest: datetime | None
    pushes: int
    notices_sent: int
    supervisor_departments: list[str] | None
    acked: int = 0
    done: int = 0
    latest_marks: tuple[AckLine, ...] = ()


@dataclass(frozen=True, slots=True)
class Forgotten:
    cadre: int
    digests: int
    pushes: int
    memberships: int
    supervisor: int
    marks: int = 0
    reminders: int = 0
    corrections: int = 0


def _marks(session: Session, user_id: int) -> tuple[int, int, tuple[AckLine, ...]]:
    """The cadre's 收到 and 已完成 counts and their latest marks, newest first."""
    acked, done = session.exec(
        select(func.count(col(TodoMark.acked_at)), func.count(col(TodoMark.done_at))).where(
            TodoMark.user_id == user_id
        )
    ).one()
    latest = session.exec(
        select(TodoMark, Notice.text)
        .join(Notice, col(Notice.id) == col(TodoMark.item_id), isouter=True)
        .where(
            TodoMark.user_id == user_id,
            col(TodoMark.acked_at).is_not(None) | col(TodoMark.done_at).is_not(None),
        )
        .order_by(col(TodoMark.updated_at).desc(), col(TodoMark.item_id).desc())
        .limit(_LATEST_MARKS)
    ).all()
    lines = tuple(
        AckLine((text or "")[:_PREVIEW], mark.updated_at, mark.done_at is not None)
        for mark, text in latest
    )
    return int(acked or 0), int(done or 0), lines


def cadre_record(*, session: Session, user_id: int) -> CadreRecord:
    groups = session.exec(
        select(Group.title)
        .join(Membership, col(Membership.group_id) == col(Group.id))
        .where(Membership.user_id == user_id, col(Membership.is_member))
        .order_by(col(Group.title))
    ).all()
    digests, first = session.exec(
        select(func.count(col(Digest.id)), func.min(col(Digest.built_at))).where(
            Digest.user_id == user_id
        )
    ).one()
    pushes = session.exec(
        select(func.count()).select_from(UrgentPush).where(UrgentPush.user_id == user_id)
    ).one()
    sent = session.exec(
        select(func.count()).select_from(Notice).where(Notice.sender_id == user_id)
    ).one()
    supervisor = session.get(Supervisor, user_id)
    acked, done, latest = _marks(session, user_id)
    return CadreRecord(
        cadre=session.get(Cadre, user_id),
        groups=list(groups),
        digests=int(digests or 0),
        first_digest=first,
        pushes=int(pushes),
        notices_sent=int(sent),
        supervisor_departments=list(supervisor.departments) if supervisor else None,
        acked=acked,
        done=done,
        latest_marks=latest,
    )


def _deleted(session: Session, statement: Executable) -> int:
    """Rows changed by one UPDATE or DELETE."""
    result = session.execute(statement)
    return int(getattr(result, "rowcount", 0) or 0)


def forget_cadre(*, session: Session, user_id: int) -> Forgotten:
    """Delete the cadre, their settings, digests, pushes, memberships, rights,
    to-do marks, reminders sent and corrections owed.

    Notices they posted in groups stay: they are the groups' record, read by
    every member (a group's admin deletes them with /unregister). The marks,
    reminders and corrections are deleted explicitly, not left to the foreign
    keys' cascade, which an SQLite connection without the pragma would skip.
    """
    return Forgotten(
        marks=_deleted(session, delete(TodoMark).where(col(TodoMark.user_id) == user_id)),
        reminders=_deleted(
            session, delete(ReminderSent).where(col(ReminderSent.user_id) == user_id)
        ),
        corrections=_deleted(session, delete(Correction).where(col(Correction.user_id) == user_id)),
        digests=_deleted(session, delete(Digest).where(col(Digest.user_id) == user_id)),
        pushes=_deleted(session, delete(UrgentPush).where(col(UrgentPush.user_id) == user_id)),
        memberships=_deleted(session, delete(Membership).where(col(Membership.user_id) == user_id)),
        supervisor=_deleted(session, delete(Supervisor).where(col(Supervisor.user_id) == user_id)),
        cadre=_deleted(session, delete(Cadre).where(col(Cadre.user_id) == user_id)),
    )


def purge_old_texts(*, session: Session, before: datetime) -> tuple[int, int]:
    """Blank notice texts (and file names) sent before ``before``, and the
    rendered parts of digests sent before it; the rows, kinds, clusters and
    counts stay for statistics. Returns (notices, digests) changed."""
    unindex_sent_before(session=session, before=before)
    notices = _deleted(
        session,
        update(Notice)
        .where(col(Notice.sent_at) < before, col(Notice.text) != "")
        .values(text="", attachment=None, forwarded_from=None),
    )
    digests = _deleted(
        session,
        update(Digest)
        .where(
            col(Digest.status) != "pending",
            col(Digest.built_at) < before,
            func.length(cast(col(Digest.parts), Text)) > 2,  # not yet '[]'
        )
        .values(parts=[]),
    )
    return notices, digests


def delete_group_notices(*, session: Session, chat_id: int) -> int:
    """Every stored notice of the group (urgent pushes go with them)."""
    group = session.exec(select(Group).where(Group.chat_id == chat_id)).first()
    if group is None:
        return 0
    return _deleted(session, delete(Notice).where(col(Notice.group_id) == group.id))
