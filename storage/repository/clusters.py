"""Clusters of copies of one notice: membership and counts."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, exists, func, insert, literal, or_, update
from sqlalchemy import select as select_columns
from sqlmodel import Session, col, select

from storage.models import Cluster, Group, Notice
from storage.repository._plain import dialect_insert, plain_connection

__all__ = [
    "Reminders",
    "asked_by_requester",
    "posted_again",
    "posters_since",
    "recent_clustered_notices",
    "refresh_cluster",
    "refresh_clusters",
    "reminders_of",
    "set_reminders",
    "start_clusters",
]


_COUNTED = ("id", "copies", "group_count", "requester_count", "first_seen", "last_seen")


def recent_clustered_notices(
    *, session: Session, since: datetime, due_after: datetime | None = None
) -> list[Notice]:
    """Notices that belong to a cluster and were sent since ``since``, oldest first;
    with ``due_after``, also older ones falling due then or later: a request still
    open is chased in its group however long ago it was asked, and the duplicate
    index keeps it past its window for that (``ClusterIndex.expire``)."""
    recent = col(Notice.sent_at) >= since
    if due_after is not None:
        recent = or_(recent, col(Notice.due_at) >= due_after)
    statement = (
        select(Notice)
        .where(col(Notice.cluster_id).is_not(None), recent)
        .order_by(col(Notice.id))
    )
    return list(session.exec(statement))


def posters_since(*, session: Session, since: datetime) -> list[tuple[int, int]]:
    """Each (chat, sender) that posted since ``since``, chatter included: which groups
    one person posts in relates them for duplicate matching."""
    statement = (
        select_columns(col(Notice.chat_id), col(Notice.sender_id))
        .where(col(Notice.sent_at) >= since, col(Notice.sender_id).is_not(None))
        .distinct()
    )
    return [(chat, sender) for chat, sender in session.execute(statement)]


def asked_by_requester(
    *, session: Session, notice_ids: Collection[int], within: timedelta
) -> set[int]:
    """The notices among ``notice_ids`` whose sender asked the same group for something
    still open: a notice of theirs, not chatter, sent at most ``within`` before and
    due at or after it. "Moston?" from the one whose return is due at noon chases it;
    from anyone else it may be about biscuits."""
    if not notice_ids:
        return set()
    asking = session.execute(
        select_columns(
            col(Notice.id), col(Notice.chat_id), col(Notice.sender_id), col(Notice.sent_at)
        ).where(col(Notice.id).in_(sorted(notice_ids)), col(Notice.sender_id).is_not(None))
    ).all()
    if not asking:
        return set()
    earliest = min(sent for _, _, _, sent in asking) - within
    asked = session.execute(
        select_columns(
            col(Notice.chat_id), col(Notice.sender_id), col(Notice.sent_at), col(Notice.due_at)
        ).where(
            col(Notice.chat_id).in_(sorted({chat for _, chat, _, _ in asking})),
            col(Notice.kind) != "chatter",
            col(Notice.due_at).is_not(None),
            col(Notice.sent_at) >= earliest,
        )
    ).all()
    requests: dict[tuple[int, int], list[tuple[datetime, datetime]]] = {}
    for chat, sender, at, due in asked:
        requests.setdefault((chat, sender), []).append((at, due))
    return {
        nid for nid, chat, sender, sent in asking
        if any(sent - within <= at < sent <= due for at, due in requests.get((chat, sender), ()))
    }  # fmt: skip


def refresh_cluster(*, session: Session, cluster_id: int) -> Cluster:
    """Recount a cluster's copies, groups and distinct requesters from its notices.

    A cluster whose last copy was edited into another keeps its row, counted empty.
    """
    refresh_clusters(session=session, cluster_ids=[cluster_id])
    emptied = (
        update(Cluster)
        .where(col(Cluster.id) == cluster_id, ~exists().where(col(Notice.cluster_id) == cluster_id))
        .values(copies=0, group_count=0, requester_count=0)
    )
    plain_connection(session).execute(emptied)
    cluster = session.get(Cluster, cluster_id, populate_existing=True)
    if cluster is None:
        raise LookupError(f"cluster {cluster_id} has no stored copy")
    return cluster


def refresh_clusters(*, session: Session, cluster_ids: Collection[int]) -> None:
    """Count the copies of clusters that have some, in one statement.

    The counts are computed and written by the database (an upsert from a
    grouped count), so no row travels to Python and back.
    """
    ids = sorted(set(cluster_ids))
    if not ids:
        return
    requester = func.coalesce(Group.department, Notice.sender_name)
    counted = (
        select_columns(
            col(Notice.cluster_id),
            func.count(col(Notice.id)),
            func.count(func.distinct(Notice.group_id)),
            func.count(func.distinct(requester)),
            func.min(Notice.sent_at),
            func.max(Notice.sent_at),
        )
        .join(Group, col(Group.id) == col(Notice.group_id))
        .where(col(Notice.cluster_id).in_(ids))
        .group_by(col(Notice.cluster_id))
    )
    statement = dialect_insert(session, Cluster).from_select(_COUNTED, counted)
    statement = statement.on_conflict_do_update(
        index_elements=[col(Cluster.id)],
        set_={name: statement.excluded[name] for name in _COUNTED[1:]},
    )
    plain_connection(session).execute(statement)


def start_clusters(*, session: Session, notice_ids: Collection[int]) -> None:
    """Each notice starts a cluster of one copy, named by its id: nothing to count.

    Two statements whatever the number of notices, the times read where they are.
    """
    ids = sorted(set(notice_ids))
    if not ids:
        return
    connection = plain_connection(session)
    own = update(Notice).where(col(Notice.id).in_(ids)).values(cluster_id=col(Notice.id))
    connection.execute(own)
    one = literal(1)
    firsts = select_columns(
        col(Notice.id), one, one, one, col(Notice.sent_at), col(Notice.sent_at)
    ).where(col(Notice.id).in_(ids))
    connection.execute(insert(Cluster).from_select(_COUNTED, firsts))


def posted_again(*, session: Session, notice_ids: Collection[int]) -> set[int]:
    """The notices among these whose cluster had a copy from their own group before
    them (sent earlier, or at once and stored first): the database answers, so a
    cluster's copies do not travel to Python at every batch that adds one."""
    ids = sorted(set(notice_ids))
    if not ids:
        return set()
    table = Notice.metadata.tables["notice"]
    new, old = table.alias("new").c, table.alias("old").c
    earlier = exists().where(
        old.cluster_id == new.cluster_id,
        old.group_id + 0 == new.group_id,  # "+ 0": walk the cluster's copies, not the group's
        or_(old.sent_at < new.sent_at, and_(old.sent_at == new.sent_at, old.id < new.id)),
    )
    statement = select_columns(new.id).where(
        new.id.in_(ids), new.cluster_id.is_not(None), earlier
    )
    return {int(notice_id) for (notice_id,) in plain_connection(session).execute(statement)}


@dataclass(frozen=True, slots=True)
class Reminders:
    """A cluster's reminders, as a digest line says them: "提醒 N 次", the latest
    status line, the latest due any copy stated."""

    count: int
    latest_status: str | None
    latest_due: datetime | None
    latest_at: datetime | None  # when the last reminder was sent


def set_reminders(*, session: Session, reminders: Mapping[int, tuple[bool, str | None]]) -> None:
    """Notice id → (is a reminder of its cluster's notice, status line), in one UPDATE."""
    if reminders:
        rows = [
            {"id": nid, "reminder": flag, "status_line": None if status is None else status[:255]}
            for nid, (flag, status) in reminders.items()
        ]
        session.execute(update(Notice), rows)


def reminders_of(*, session: Session, cluster_ids: Collection[int]) -> dict[int, Reminders]:
    """Per cluster (every one asked for), its reminders: one query, oldest copy first."""
    ids = sorted(set(cluster_ids))
    if not ids:
        return {}
    statement = (
        select_columns(
            col(Notice.cluster_id), col(Notice.reminder), col(Notice.status_line),
            col(Notice.due_at), col(Notice.sent_at),
        )
        .where(col(Notice.cluster_id).in_(ids))
        .order_by(col(Notice.sent_at), col(Notice.id))
    )  # fmt: skip
    found: dict[int, Reminders] = {cid: Reminders(0, None, None, None) for cid in ids}
    for cluster_id, reminder, status, due, sent in session.execute(statement):
        last = found[cluster_id]
        found[cluster_id] = Reminders(
            last.count + bool(reminder),
            (status or last.latest_status) if reminder else last.latest_status,
            due or last.latest_due,
            sent if reminder else last.latest_at,
        )
    return found
