"""A notice's due moment after a correction, kept the same on every copy.

A correction (an edit, or a message that corrects an earlier notice) moves
the due of the whole notice: every stored copy takes it, so a digest, the
open to-dos and the reminders read one due whichever copy they hold, and a
stale copy of the old version that arrives later takes it too.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import select as select_columns
from sqlalchemy import update
from sqlmodel import Session, col

from storage.models import Correction, Notice
from storage.repository._plain import plain_connection

__all__ = [
    "OldVersion",
    "RecentNotice",
    "cluster_dues",
    "cluster_requests",
    "join_correction",
    "old_versions",
    "recent_in_chat",
    "set_chased",
    "set_cluster_due",
    "set_dues",
    "set_kinds",
    "set_urgent",
]

_CHATTER = "chatter"


class RecentNotice(NamedTuple):
    """A recent notice of a group, as a correction is matched against it."""

    id: int
    cluster_id: int
    text: str
    kind: str
    due_at: datetime | None
    sent_at: datetime
    urgent: bool


def recent_in_chat(
    *, session: Session, chat_id: int, since: datetime, before_id: int, limit: int = 20
) -> list[RecentNotice]:
    """The group's clustered notices (no chatter) sent since ``since`` and stored
    before ``before_id``, newest first."""
    statement = (
        select_columns(
            col(Notice.id), col(Notice.cluster_id), col(Notice.text), col(Notice.kind),
            col(Notice.due_at), col(Notice.sent_at), col(Notice.urgent),
        )
        .where(
            col(Notice.chat_id) == chat_id,
            col(Notice.sent_at) >= since,
            col(Notice.id) < before_id,
            col(Notice.cluster_id).is_not(None),
            col(Notice.kind) != _CHATTER,
        )
        .order_by(col(Notice.sent_at).desc(), col(Notice.id).desc())
        .limit(limit)
    )  # fmt: skip
    return [RecentNotice._make(row) for row in plain_connection(session).execute(statement)]


def _copies(*columns: Any, cluster_ids: Collection[int], besides: Collection[int]) -> Any:
    """(cluster, *columns) of the clusters' copies, chatter and ``besides`` aside, in the
    order of sending: what a chase or a stale copy reads of the notice it joined."""
    return (
        select_columns(col(Notice.cluster_id), *columns)
        .where(
            col(Notice.cluster_id).in_(sorted(set(cluster_ids))),
            col(Notice.kind) != _CHATTER,
            col(Notice.id).not_in(sorted(set(besides))),
        )
        .order_by(col(Notice.sent_at), col(Notice.id))
    )


def cluster_dues(
    *, session: Session, cluster_ids: Collection[int], besides: Collection[int]
) -> dict[int, datetime]:
    """Each cluster's due as its newest dated copy (not one of ``besides``) states it."""
    if not cluster_ids:
        return {}
    statement = _copies(col(Notice.due_at), cluster_ids=cluster_ids, besides=besides).where(
        col(Notice.due_at).is_not(None)
    )
    found: dict[int, datetime] = {}
    for cluster, due in plain_connection(session).execute(statement):
        if cluster is not None and due is not None:
            found[int(cluster)] = due
    return found


def set_cluster_due(*, session: Session, cluster_id: int, due_at: datetime) -> None:
    """Every copy of the notice (chatter aside) takes the corrected due."""
    plain_connection(session).execute(
        update(Notice)
        .where(col(Notice.cluster_id) == cluster_id, col(Notice.kind) != _CHATTER)
        .values(due_at=due_at)
    )
    session.expire_all()  # ORM objects of these rows read the new due


def set_dues(*, session: Session, dues: Mapping[int, datetime]) -> None:
    """Notice id → due, in one executemany UPDATE."""
    if dues:
        session.execute(update(Notice), [{"id": nid, "due_at": due} for nid, due in dues.items()])


def cluster_requests(
    *, session: Session, cluster_ids: Collection[int], besides: Collection[int]
) -> dict[int, tuple[datetime | None, str]]:
    """What a chase of each cluster takes from it, in one read of its copies (not one
    of ``besides``): the due as its newest dated copy states it, and the kind as its
    first copy was read."""
    if not cluster_ids:
        return {}
    statement = _copies(
        col(Notice.due_at), col(Notice.kind), cluster_ids=cluster_ids, besides=besides
    )
    found: dict[int, tuple[datetime | None, str]] = {}
    for cluster, due, kind in plain_connection(session).execute(statement):
        if cluster is None:
            continue
        latest, first_kind = found.get(int(cluster), (None, str(kind)))
        found[int(cluster)] = (latest if due is None else due, first_kind)
    return found


def set_chased(*, session: Session, chased: Mapping[int, tuple[datetime, bool, str]]) -> None:
    """Notice id → (due, urgent, kind) for follow-ups that took their notice's due and kind."""
    if chased:
        session.execute(
            update(Notice),
            [
                {"id": nid, "due_at": due, "urgent": urgent, "kind": kind}
                for nid, (due, urgent, kind) in chased.items()
            ],
        )


def set_kinds(*, session: Session, kinds: Mapping[int, str]) -> None:
    """Notice id → kind, for copies that took the kind of the notice they joined."""
    if kinds:
        session.execute(update(Notice), [{"id": nid, "kind": kind} for nid, kind in kinds.items()])


def set_urgent(*, session: Session, notice_ids: Collection[int]) -> None:
    """Mark notices urgent: copies and chases urgent by the due of the notice they joined."""
    if notice_ids:
        session.execute(update(Notice), [{"id": nid, "urgent": True} for nid in notice_ids])


def join_correction(
    *, session: Session, notice_id: int, cluster_id: int, kind: str, urgent: bool
) -> None:
    """A correction joins the notice it corrects, as a notice of its kind (however
    its own words read) and urgent when the notice is."""
    values: dict[str, object] = {"cluster_id": cluster_id, "kind": kind}
    if urgent:
        values["urgent"] = True
    plain_connection(session).execute(
        update(Notice).where(col(Notice.id) == notice_id).values(**values)
    )


class OldVersion(NamedTuple):
    """What a notice said before it was corrected, as its readers were told."""

    notice_id: int  # the notice edited, or the message that corrected it
    cluster_id: int
    chat_id: int
    sent_at: datetime
    text: str
    due_at: datetime | None


def old_versions(*, session: Session, since: datetime) -> list[OldVersion]:
    """The versions before each correction of notices sent since ``since``, from the
    corrections owed: a copy of an old version must still find its notice after a restart."""
    statement = (
        select_columns(
            col(Correction.notice_id), col(Notice.cluster_id), col(Notice.chat_id),
            col(Notice.sent_at), col(Correction.old_text), col(Correction.old_due_at),
        )
        .join(Notice, col(Notice.id) == col(Correction.notice_id))
        .where(col(Notice.sent_at) >= since, col(Notice.cluster_id).is_not(None))
        .distinct()
    )  # fmt: skip
    return [OldVersion._make(row) for row in plain_connection(session).execute(statement)]
