"""Turn "[period] [group or department]" into the slice a report covers.

The asker's scope is applied first, so naming a group or department outside
it is answered as if it did not exist: a scoped supervisor learns nothing
about other departments' groups.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

from sqlmodel import Session

from bot.reports._errors import ReportError
from bot.reports._period import Period, looks_like_period, named_period, parse_period
from bot.reports._scope import Scope
from storage import repository as repo

__all__ = ["ReportRequest", "parse_request", "resolve_slice"]

_MAX_NAMED = 3


@dataclass(frozen=True, slots=True)
class ReportRequest:
    period: Period
    target: str | None = None  # a group title (or part of one) or a department


def parse_request(
    args: Sequence[str], *, today: date, zone: ZoneInfo, default_days: int
) -> ReportRequest:
    """Command arguments: an optional period first, then an optional target."""
    tokens = [token for token in args if token.strip()]
    named = named_period(tokens, today=today, zone=zone)
    if named is not None:
        period, taken = named
        del tokens[:taken]
    elif tokens and looks_like_period(tokens[0]):
        period = parse_period(tokens.pop(0), today=today, zone=zone)
    else:
        period = Period.last_days(default_days, today=today, zone=zone)
    target = " ".join(tokens).strip()[:200] or None
    return ReportRequest(period, target)


def resolve_slice(
    session: Session, scope: Scope, request: ReportRequest
) -> tuple[repo.ReportSlice, str | None]:
    """The slice for a request, and how to name what it covers in the report."""
    period, target = request.period, request.target
    if target is None:
        label = "、".join(sorted(scope.departments)) if scope.departments else None
        return repo.ReportSlice(period.since, period.until, scope.departments), label
    if target in repo.known_departments(session=session):
        if not scope.includes(frozenset({target})):
            raise ReportError("no_target", target=target)
        return repo.ReportSlice(period.since, period.until, frozenset({target})), target
    wanted = target.casefold()
    groups = [
        group
        for group in repo.groups_in_scope(session=session, departments=scope.departments)
        if wanted in group.title.casefold() or target == str(group.chat_id)
    ]
    ids = frozenset(group.id for group in groups if group.id is not None)
    if not ids:
        raise ReportError("no_target", target=target)
    titles = [group.title for group in groups[:_MAX_NAMED]]
    more = len(groups) - len(titles)
    label = "、".join(titles) + (f" +{more}" if more else "")
    return repo.ReportSlice(period.since, period.until, scope.departments, ids), label
