"""Assemble reports from the repository's aggregates inside one session.

Everything but local-time bucketing is counted in SQL; bucketing happens
here over the period's notice times, because weekday and hour depend on the
configured zone and SQLite and PostgreSQL name zones differently.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Session

from bot.reports._hours import WorkingHours
from bot.reports._model import (
    REQUEST_KINDS,
    Burden,
    OverlapLine,
    Report,
    Timing,
)
from bot.reports._period import Period
from storage import repository as repo

__all__ = ["build_overlaps", "build_report", "time_buckets"]


def time_buckets(stamps: list[tuple[datetime, str]], period: Period, hours: WorkingHours) -> Timing:
    """Count notices per local day and kind, weekday × hour, and off hours."""
    per_day: dict[date, dict[str, int]] = {day: {} for day in period.days}
    heatmap = [[0] * 24 for _ in range(7)]
    off_hours = rest_days = 0
    for sent_at, kind in stamps:
        local = sent_at.astimezone(period.zone)
        day = per_day.get(local.date())
        if day is None:  # only possible for rows outside the period's slice
            continue
        day[kind] = day.get(kind, 0) + 1
        heatmap[local.weekday()][local.hour] += 1
        if not hours.is_working(local):
            off_hours += 1
        if hours.is_rest_day(local):
            rest_days += 1
    return Timing(per_day, tuple(tuple(row) for row in heatmap), off_hours, rest_days)


def build_report(
    session: Session,
    part: repo.ReportSlice,
    period: Period,
    hours: WorkingHours,
    *,
    coverage: str | None = None,
) -> Report:
    """Every figure of /stats for one slice; all queries share the slice."""
    reading = repo.cadre_reading(session=session, part=part)
    items = repo.cadre_items(session=session, part=part)
    return Report(
        period=period,
        hours=hours,
        coverage=coverage,
        groups=repo.group_volumes(session=session, part=part),
        kinds={k.kind: k for k in repo.kind_volumes(session=session, part=part)},
        timing=time_buckets(repo.notice_stamps(session=session, part=part), period, hours),
        repeated=repo.repeated_requests(session=session, part=part, kinds=REQUEST_KINDS),
        burden=Burden.of(reading, items, period.day_count),
        acknowledged=repo.acknowledgement_totals(session=session, part=part),
    )


def build_overlaps(
    session: Session, part: repo.ReportSlice, *, limit: int = 10
) -> list[OverlapLine]:
    """The group pairs with the largest share of notices in common."""
    totals = repo.group_cluster_counts(session=session, part=part)
    titles = {
        group.id: group.title
        for group in repo.groups_in_scope(session=session, departments=part.departments)
    }
    lines = [
        OverlapLine(
            titles.get(pair.first_group_id, str(pair.first_group_id)),
            titles.get(pair.second_group_id, str(pair.second_group_id)),
            pair.shared,
            totals.get(pair.first_group_id, 0),
            totals.get(pair.second_group_id, 0),
        )
        for pair in repo.group_pairs(session=session, part=part)
    ]
    lines.sort(key=lambda line: (-line.jaccard, -line.shared, line.first_title))
    return lines[:limit]
