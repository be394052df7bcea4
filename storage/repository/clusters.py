"""Clusters of copies of one notice: membership and counts."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import func, insert
from sqlalchemy import select as select_columns
from sqlmodel import Session, col, select

from storage.models import Cluster, Group, Notice

__all__ = [
    "recent_clustered_notices",
    "refresh_cluster",
    "refresh_clusters",
    "start_clusters",
]


def recent_clustered_notices(*, session: Session, since: datetime) -> list[Notice]:
    """Notices that belong to a cluster and were sent since ``since``, oldest first."""
    statement = (
        select(Notice)
        .where(col(Notice.cluster_id).is_not(None), col(Notice.sent_at) >= since)
        .order_by(col(Notice.id))
    )
    return list(session.exec(statement))


def refresh_cluster(*, session: Session, cluster_id: int) -> Cluster:
    """Recount a cluster's copies, groups and distinct requesters from its notices."""
    refresh_clusters(session=session, cluster_ids=[cluster_id])
    session.flush()
    cluster = session.get(Cluster, cluster_id)
    if cluster is None:
        raise LookupError(f"cluster {cluster_id} has no stored copy")
    return cluster


def refresh_clusters(*, session: Session, cluster_ids: Collection[int]) -> None:
    """:func:`refresh_cluster` for many clusters: one grouped count, one lookup."""
    ids = sorted(set(cluster_ids))
    if not ids:
        return
    requester = func.coalesce(Group.department, Notice.sender_name)
    statement = (
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
    counts = {row[0]: row[1:] for row in session.execute(statement)}
    existing = {c.id: c for c in session.exec(select(Cluster).where(col(Cluster.id).in_(ids)))}
    for cluster_id in ids:
        copies, groups, requesters, first, last = counts.get(cluster_id, (0, 0, 0, None, None))
        cluster = existing.get(cluster_id)
        if cluster is None:
            if first is None:
                continue  # nothing left in it and never stored: nothing to count
            cluster = Cluster(id=cluster_id, first_seen=first, last_seen=last)
        cluster.copies, cluster.group_count, cluster.requester_count = copies, groups, requesters
        if first is not None:
            cluster.first_seen, cluster.last_seen = first, last
        session.add(cluster)


def start_clusters(*, session: Session, first_seen: dict[int, datetime]) -> None:
    """New clusters of one copy each (cluster id → its notice's time): nothing to count."""
    if first_seen:
        session.execute(
            insert(Cluster),
            [
                {"id": cid, "first_seen": at, "last_seen": at, "copies": 1, "group_count": 1,
                 "requester_count": 1}
                for cid, at in first_seen.items()
            ],
        )  # fmt: skip
