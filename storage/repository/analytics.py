"""Aggregates for supervisor reports over one slice of stored messages.

A slice is a half-open period [since, until) of ``sent_at`` plus, optionally,
the departments and groups a report may cover. Every query here applies the
same slice, so the figures of one report always add up to each other, and all
of them run unchanged on SQLite and PostgreSQL. Local-time bucketing is left
to the caller (``notice_stamps``), because each backend spells time zones
differently.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, and_, case, func
from sqlalchemy import select as select_columns
from sqlmodel import Session, col

from nlp.types import Kind
from storage.models import Group, Notice

__all__ = [
    "ExportRow",
    "GroupPair",
    "GroupVolume",
    "KindVolume",
    "RepeatedRequest",
    "ReportSlice",
    "export_rows",
    "group_cluster_counts",
    "group_pairs",
    "group_volumes",
    "kind_volumes",
    "notice_stamps",
    "repeated_requests",
]

@dataclass(frozen=True, slots=True)
class ReportSlice:
    """What one report covers; ``None`` filters mean "every department/group"."""

    since: datetime
    until: datetime
    departments: frozenset[str] | None = None
    group_ids: frozenset[int] | None = None

    def __post_init__(self) -> None:
        if self.since.tzinfo is None or self.until.tzinfo is None:
            raise ValueError("a report slice needs timezone-aware bounds")
        if self.since >= self.until:
            raise ValueError(f"empty report period: {self.since} is not before {self.until}")

    @property
    def restricted(self) -> bool:
        return self.departments is not None or self.group_ids is not None


@dataclass(frozen=True, slots=True)
class GroupVolume:
    group_id: int
    title: str
    department: str | None
    messages: int
    notices: int
    duplicate_copies: int  # copies that are not the first of their notice in the slice


@dataclass(frozen=True, slots=True)
class KindVolume:
    kind: str
    messages: int
    distinct: int  # one per cluster; a notice without a cluster counts alone


@dataclass(frozen=True, slots=True)
class RepeatedRequest:
    cluster_id: int
    kind: str
    text: str
    copies: int
    groups: int
    requesters: int  # the group's department, else the sender, as at ingest


class ExportRow(NamedTuple):
    """A notice as /export writes it: its own fields, then its group's."""

    id: int
    sender_name: str
    sent_at: datetime
    kind: str
    urgent: bool
    due_at: datetime | None
    cluster_id: int | None
    text: str
    group_title: str
    department: str | None


_EXPORTED = ExportRow._fields[:-2]  # the Notice columns, in ExportRow's order


@dataclass(frozen=True, slots=True)
class GroupPair:
    first_group_id: int
    second_group_id: int
    shared: int  # clusters seen in both groups


def _group_filter(part: ReportSlice) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if part.departments is not None:
        conditions.append(col(Group.department).in_(sorted(part.departments)))
    if part.group_ids is not None:
        conditions.append(col(Group.id).in_(sorted(part.group_ids)))
    return conditions


def _in_slice(part: ReportSlice, *, notices_only: bool = False) -> list[ColumnElement[bool]]:
    conditions = [col(Notice.sent_at) >= part.since, col(Notice.sent_at) < part.until]
    if notices_only:
        conditions.append(col(Notice.kind) != Kind.CHATTER.value)
    return [*conditions, *_group_filter(part)]


def _clustered(part: ReportSlice) -> list[ColumnElement[bool]]:
    return [*_in_slice(part, notices_only=True), col(Notice.cluster_id).is_not(None)]


def _on_group() -> ColumnElement[bool]:
    return col(Group.id) == col(Notice.group_id)


def group_volumes(*, session: Session, part: ReportSlice) -> list[GroupVolume]:
    """Messages, notices and duplicate copies per group that posted in the slice.

    The first copy of a notice *within the slice* is the original, so the
    duplicate copies of all groups add up to notices minus distinct notices.
    """
    first = (
        select_columns(
            col(Notice.cluster_id).label("cluster_id"), func.min(Notice.id).label("first_id")
        )
        .join(Group, _on_group())
        .where(*_clustered(part))
        .group_by(col(Notice.cluster_id))
        .subquery()
    )
    is_notice = col(Notice.kind) != Kind.CHATTER.value
    duplicate = and_(is_notice, first.c.first_id.is_not(None), col(Notice.id) != first.c.first_id)
    statement = (
        select_columns(
            col(Group.id),
            col(Group.title),
            col(Group.department),
            func.count(col(Notice.id)),
            func.sum(case((is_notice, 1), else_=0)),
            func.sum(case((duplicate, 1), else_=0)),
        )
        .select_from(Notice)
        .join(Group, _on_group())
        .outerjoin(first, first.c.cluster_id == col(Notice.cluster_id))
        .where(*_in_slice(part))
        .group_by(col(Group.id), col(Group.title), col(Group.department))
        .order_by(col(Group.id))
    )
    return [
        GroupVolume(int(gid), title, dept, int(messages), int(notices or 0), int(dups or 0))
        for gid, title, dept, messages, notices, dups in session.execute(statement)
    ]


def kind_volumes(*, session: Session, part: ReportSlice) -> list[KindVolume]:
    """Messages and distinct notices per kind, chatter included."""
    own_cluster = func.coalesce(col(Notice.cluster_id), -col(Notice.id))
    statement = (
        select_columns(col(Notice.kind), func.count(), func.count(func.distinct(own_cluster)))
        .join(Group, _on_group())
        .where(*_in_slice(part))
        .group_by(col(Notice.kind))
        .order_by(col(Notice.kind))
    )
    return [KindVolume(k, int(n), int(d)) for k, n, d in session.execute(statement)]


def notice_stamps(*, session: Session, part: ReportSlice) -> list[tuple[datetime, str]]:
    """(sent_at, kind) of every notice in the slice, for bucketing in local time."""
    statement = (
        select_columns(col(Notice.sent_at), col(Notice.kind))
        .join(Group, _on_group())
        .where(*_in_slice(part, notices_only=True))
        .order_by(col(Notice.sent_at))
    )
    return [(sent_at, kind) for sent_at, kind in session.execute(statement)]


def _cluster_stats(part: ReportSlice) -> Any:
    """Per cluster with two or more copies in the slice: first copy, copies,
    groups and distinct requesters (department, else sender, as at ingest)."""
    requester = func.coalesce(col(Group.department), col(Notice.sender_name))
    return (
        select_columns(
            col(Notice.cluster_id).label("cluster_id"),
            func.min(Notice.id).label("first_id"),
            func.count(col(Notice.id)).label("copies"),
            func.count(func.distinct(col(Notice.group_id))).label("groups"),
            func.count(func.distinct(requester)).label("requesters"),
        )
        .join(Group, _on_group())
        .where(*_clustered(part))
        .group_by(col(Notice.cluster_id))
        .having(func.count(col(Notice.id)) >= 2)
        .subquery()
    )


def repeated_requests(
    *, session: Session, part: ReportSlice, kinds: Collection[str]
) -> list[RepeatedRequest]:
    """Notices of the given kinds that arrived more than once in the slice.

    A notice's kind and text are those of its first copy in the slice; most
    copies first, then the earliest.
    """
    stats = _cluster_stats(part)
    columns = (stats.c.copies, stats.c.groups, stats.c.requesters)
    statement = (
        select_columns(stats.c.cluster_id, col(Notice.kind), col(Notice.text), *columns)
        .select_from(stats)
        .join(Notice, col(Notice.id) == stats.c.first_id)
        .where(col(Notice.kind).in_(sorted(kinds)))
        .order_by(stats.c.copies.desc(), stats.c.first_id)
    )
    return [
        RepeatedRequest(int(cid), kind, text, int(copies), int(groups), int(requesters))
        for cid, kind, text, copies, groups, requesters in session.execute(statement)
    ]


def _group_clusters(part: ReportSlice) -> Any:
    """(group, cluster) pairs; a CTE so that PostgreSQL computes it once for the
    self-join even before it has statistics (a subquery there was planned as a
    nested loop over every pair of rows)."""
    return (
        select_columns(
            col(Notice.group_id).label("group_id"), col(Notice.cluster_id).label("cluster_id")
        )
        .join(Group, _on_group())
        .where(*_clustered(part))
        .distinct()
        .cte("group_clusters")
    )


def group_pairs(*, session: Session, part: ReportSlice) -> list[GroupPair]:
    """Pairs of groups (lower id first) with the number of notices both received."""
    pairs = _group_clusters(part)
    first, second = pairs.alias("first_side"), pairs.alias("second_side")
    statement = (
        select_columns(first.c.group_id, second.c.group_id, func.count())
        .select_from(first)
        .join(
            second,
            and_(first.c.cluster_id == second.c.cluster_id, first.c.group_id < second.c.group_id),
        )
        .group_by(first.c.group_id, second.c.group_id)
        .order_by(first.c.group_id, second.c.group_id)
    )
    return [GroupPair(int(a), int(b), int(n)) for a, b, n in session.execute(statement)]


def group_cluster_counts(*, session: Session, part: ReportSlice) -> dict[int, int]:
    """Distinct notices (clusters) per group in the slice."""
    pairs = _group_clusters(part)
    statement = select_columns(pairs.c.group_id, func.count()).group_by(pairs.c.group_id)
    return {int(group_id): int(n) for group_id, n in session.execute(statement)}


def export_rows(*, session: Session, part: ReportSlice) -> list[ExportRow]:
    """Every notice in the slice (chatter left out), in the order it was sent.

    Plain columns, not ORM objects: loading a month of a county's notices as
    entities is several times slower and the export needs no identity map.
    """
    statement = (
        select_columns(
            *(col(getattr(Notice, name)) for name in _EXPORTED),
            col(Group.title),
            col(Group.department),
        )
        .join(Group, _on_group())
        .where(*_in_slice(part, notices_only=True))
        .order_by(col(Notice.sent_at), col(Notice.id))
    )
    return [ExportRow(*row) for row in session.execute(statement)]
