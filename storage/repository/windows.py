"""What a round of digests reads, in bulk: windows, memberships, notices, copies.

A round builds every cadre due at one slot: ten thousand cadres read the
same few hundred thousand notices through their groups. So each of these
reads once for the whole round, as plain rows rather than ORM objects, and
the builder shares the work between the cadres of one group.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from datetime import datetime
from typing import NamedTuple, TypeVar

from sqlalchemy import func
from sqlalchemy import select as select_columns
from sqlmodel import Session, col, select

from storage.models import Cadre, Cluster, Digest, Group, Membership, Notice, UrgentPush
from storage.repository._plain import plain_connection

__all__ = [
    "PREVIEW_CHARS",
    "NoticeText",
    "WindowRow",
    "cadres_by_id",
    "copies_of",
    "groups_by_id",
    "last_window_ends",
    "member_groups",
    "notice_texts",
    "pushed_pairs",
    "window_rows",
]

# A digest shows a preview, never the whole text: reading a forwarded
# document in full for every copy is what a round cannot afford.
PREVIEW_CHARS = 400
_CHUNK = 5000  # ids per IN list, well inside every driver's parameter limit
_T = TypeVar("_T")


class WindowRow(NamedTuple):
    """A notice as a round plans with it: everything but its words."""

    id: int
    group_id: int
    chat_id: int
    message_id: int
    sender_name: str
    sent_at: datetime
    received_at: datetime
    kind: str
    urgent: bool
    due_at: datetime | None
    cluster_id: int | None
    edited_at: datetime | None
    copies: int  # copies of its cluster stored (1 for a notice on its own)
    # decided at ingest: it chases its cluster's notice, and how far the work got
    reminder: bool = False
    status_line: str | None = None


class NoticeText(NamedTuple):
    """A notice's words as a digest shows them: ``length`` is the full text's,
    ``text`` a preview. Read only for the notices a digest lists."""

    text: str
    length: int
    attachment: str | None


def _chunks(values: Collection[_T]) -> Iterator[list[_T]]:
    ordered = sorted(values)  # type: ignore[type-var]
    for start in range(0, len(ordered), _CHUNK):
        yield ordered[start : start + _CHUNK]


def cadres_by_id(*, session: Session, user_ids: Collection[int]) -> dict[int, Cadre]:
    found: dict[int, Cadre] = {}
    for chunk in _chunks(user_ids):
        statement = select(Cadre).where(col(Cadre.user_id).in_(chunk))
        found.update((cadre.user_id, cadre) for cadre in session.exec(statement))
    return found


def groups_by_id(*, session: Session, group_ids: Collection[int]) -> dict[int, Group]:
    found: dict[int, Group] = {}
    for chunk in _chunks(group_ids):
        statement = select(Group).where(col(Group.id).in_(chunk))
        found.update((group.id, group) for group in session.exec(statement) if group.id)
    return found


def last_window_ends(*, session: Session, user_ids: Collection[int]) -> dict[int, datetime]:
    """Where each cadre's last digest window ended: the next one starts there."""
    ends: dict[int, datetime] = {}
    for chunk in _chunks(user_ids):
        statement = (
            select_columns(col(Digest.user_id), func.max(col(Digest.window_end)))
            .where(col(Digest.user_id).in_(chunk))
            .group_by(col(Digest.user_id))
        )
        for user_id, end in session.execute(statement):
            ends[int(user_id)] = end
    return ends


def member_groups(
    *, session: Session, user_ids: Collection[int]
) -> dict[int, list[tuple[int, datetime]]]:
    """Each cadre's registered groups, with the time their membership last changed
    (for a member: since when, at the latest)."""
    groups: dict[int, list[tuple[int, datetime]]] = {}
    for chunk in _chunks(user_ids):
        statement = (
            select_columns(
                col(Membership.user_id), col(Membership.group_id), col(Membership.updated_at)
            )
            .join(Group, col(Group.id) == col(Membership.group_id))
            .where(
                col(Membership.user_id).in_(chunk),
                col(Membership.is_member),
                col(Group.registered),
            )
        )
        for user_id, group_id, updated_at in plain_connection(session).execute(statement):
            groups.setdefault(int(user_id), []).append((int(group_id), updated_at))
    return groups


def _row_columns() -> tuple[object, ...]:
    return (
        col(Notice.id),
        col(Notice.group_id),
        col(Notice.chat_id),
        col(Notice.message_id),
        col(Notice.sender_name),
        col(Notice.sent_at),
        col(Notice.received_at),
        col(Notice.kind),
        col(Notice.urgent),
        col(Notice.due_at),
        col(Notice.cluster_id),
        col(Notice.edited_at),
        func.coalesce(col(Cluster.copies), 1),
        col(Notice.reminder),
        col(Notice.status_line),
    )


def _rows(session: Session, where: Sequence[object], order: Sequence[object]) -> list[WindowRow]:
    statement = (
        select_columns(*_row_columns())  # type: ignore[call-overload]
        .outerjoin(Cluster, col(Cluster.id) == col(Notice.cluster_id))
        .where(*where)
        .order_by(*order)
    )
    return list(map(WindowRow._make, plain_connection(session).execute(statement)))


def _sent_order(row: WindowRow) -> tuple[datetime, int]:
    return row.sent_at, row.id


def window_rows(
    *, session: Session, group_ids: Collection[int], since: datetime, until: datetime
) -> list[WindowRow]:
    """Notices of these groups received in (since, until], group by group, as they
    arrived (the order of the (group, received_at) index, so nothing is sorted)."""
    rows: list[WindowRow] = []
    order = [col(Notice.group_id), col(Notice.received_at), col(Notice.id)]
    for chunk in _chunks(group_ids):
        where = [
            col(Notice.group_id).in_(chunk),
            col(Notice.received_at) > since,
            col(Notice.received_at) <= until,
        ]
        rows.extend(_rows(session, where, order))
    return rows


def copies_of(*, session: Session, cluster_ids: Collection[int]) -> list[WindowRow]:
    """Every stored copy of these clusters, oldest first."""
    rows: list[WindowRow] = []
    for chunk in _chunks(cluster_ids):
        where = [col(Notice.cluster_id).in_(chunk)]
        rows.extend(_rows(session, where, [col(Notice.sent_at), col(Notice.id)]))
    rows.sort(key=_sent_order)
    return rows


def notice_texts(*, session: Session, notice_ids: Collection[int]) -> dict[int, NoticeText]:
    """Previews of these notices, by id: a round reads the words only of what it lists."""
    texts: dict[int, NoticeText] = {}
    for chunk in _chunks(notice_ids):
        statement = select_columns(
            col(Notice.id),
            func.substr(col(Notice.text), 1, PREVIEW_CHARS),
            func.length(col(Notice.text)),
            col(Notice.attachment),
        ).where(col(Notice.id).in_(chunk))
        for notice_id, text, length, attachment in plain_connection(session).execute(statement):
            texts[int(notice_id)] = NoticeText(text, int(length), attachment)
    return texts


def pushed_pairs(
    *, session: Session, user_ids: Collection[int], since: datetime
) -> set[tuple[int, int]]:
    """(cadre, notice) pairs pushed at once since ``since``: their items say so."""
    pairs: set[tuple[int, int]] = set()
    for chunk in _chunks(user_ids):
        statement = select_columns(col(UrgentPush.user_id), col(UrgentPush.notice_id)).where(
            col(UrgentPush.user_id).in_(chunk), col(UrgentPush.pushed_at) > since
        )
        pairs.update((int(user), int(notice)) for user, notice in session.execute(statement))
    return pairs
