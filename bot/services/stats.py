"""Supervisor analytics and supervisor rights, for the handlers and the CLI alike.

This service is also the authority on who is a supervisor: the founding
ones from the config, plus those granted in Telegram (the ``Supervisor``
table), each with the departments their reports are limited to.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

from sqlmodel import Session

from bot.clock import Clock
from bot.reports import (
    Chart,
    Report,
    ReportError,
    ReportRequest,
    Scope,
    WorkingHours,
    build_overlaps,
    build_report,
    chart_font_path,
    check_grant,
    check_revoke,
    notices_csv,
    parse_departments,
    parse_request,
    render_charts,
    render_overlaps,
    render_report,
    resolve_slice,
)
from bot.services._threads import in_session
from storage import repository as repo
from storage.database import Database

__all__ = ["Export", "StatsService"]

_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Export:
    content: bytes
    rows: int
    filename: str


class StatsService:
    """Reports for supervisors, always limited to the asker's scope."""

    def __init__(
        self,
        db: Database,
        zone: ZoneInfo,
        clock: Clock,
        *,
        hours: WorkingHours | None = None,
        founders: frozenset[int] = frozenset(),
        stats_days: int = 7,
        overlap_days: int = 30,
    ) -> None:
        self._db = db
        self._zone = zone
        self._clock = clock
        self._hours = hours or WorkingHours()
        self._founders = founders
        self.stats_days, self.overlap_days = stats_days, overlap_days

    async def initialize(self) -> None:
        """Check the chart font is installed; loading it waits for the first chart."""
        try:
            chart_font_path()
        except ReportError as exc:
            _log.warning("charts will fail: %s", exc)

    async def shutdown(self) -> None:
        """Nothing to release."""

    def today(self) -> date:
        return self._clock.now().astimezone(self._zone).date()

    def request(self, args: Sequence[str], *, default_days: int) -> ReportRequest:
        """Parse "[period] [group or department]"; raises ``ReportError``."""
        return parse_request(args, today=self.today(), zone=self._zone, default_days=default_days)

    def _scope(self, session: Session, user_id: int) -> Scope | None:
        if user_id in self._founders:
            return Scope(None, founder=True)
        row = repo.get_supervisor(session=session, user_id=user_id)
        if row is None:
            return None
        return Scope(frozenset(row.departments) if row.departments else None)

    async def supervisor_ids(self) -> list[int]:
        """Founders and everyone granted, for the supervisors' command menu."""

        def work(session: Session) -> list[int]:
            return [row.user_id for row in repo.list_supervisors(session=session)]

        granted = await in_session(self._db, work)
        return sorted(set(self._founders) | set(granted))

    async def scope_of(self, user_id: int) -> Scope | None:
        """What this user may see, or None when they are not a supervisor."""
        return await in_session(self._db, lambda s: self._scope(s, user_id))

    async def report_text(self, scope: Scope, request: ReportRequest, lang: str) -> list[str]:
        """/stats as HTML messages."""

        def work(session: Session) -> list[str]:
            part, label = resolve_slice(session, scope, request)
            report = build_report(session, part, request.period, self._hours, coverage=label)
            return render_report(report, lang)

        return await in_session(self._db, work)

    async def charts(self, scope: Scope, request: ReportRequest, lang: str) -> list[Chart]:
        """The /stats charts; drawing runs in a worker thread (about a second)."""

        def work(session: Session) -> Report:
            part, label = resolve_slice(session, scope, request)
            return build_report(session, part, request.period, self._hours, coverage=label)

        report = await in_session(self._db, work)
        return await asyncio.to_thread(render_charts, report, lang)

    async def overlap_text(self, scope: Scope, request: ReportRequest, lang: str) -> list[str]:
        def work(session: Session) -> list[str]:
            part, _ = resolve_slice(session, scope, request)
            return render_overlaps(build_overlaps(session, part), request.period, lang)

        return await in_session(self._db, work)

    async def export(self, scope: Scope, request: ReportRequest, lang: str) -> Export:
        """/export: the notices of the request as a CSV file."""

        def work(session: Session) -> Export:
            part, _ = resolve_slice(session, scope, request)
            rows = repo.export_rows(session=session, part=part)
            period = request.period
            name = f"notices-{period.first_day:%Y%m%d}-{period.last_day:%Y%m%d}.csv"
            return Export(notices_csv(rows, self._zone, lang), len(rows), name)

        return await in_session(self._db, work)

    async def grant(
        self, granter_id: int, target_id: int, departments: str
    ) -> frozenset[str] | None:
        """Grant or change a supervisor; the departments granted (None: all)."""

        def work(session: Session) -> frozenset[str] | None:
            granter = self._scope(session, granter_id)
            if granter is None:
                raise ReportError("not_supervisor")
            known = repo.known_departments(session=session)
            chosen = check_grant(
                granter=granter,
                granter_id=granter_id,
                target_id=target_id,
                target=self._scope(session, target_id),
                requested=parse_departments(departments, known),
            )
            repo.grant_supervisor(
                session=session,
                user_id=target_id,
                departments=sorted(chosen or ()),
                granted_by=granter_id,
                now=self._clock.now(),
            )
            return chosen

        return await in_session(self._db, work)

    async def revoke(self, revoker_id: int, target_id: int) -> None:
        def work(session: Session) -> None:
            revoker = self._scope(session, revoker_id)
            if revoker is None:
                raise ReportError("not_supervisor")
            target = self._scope(session, target_id)
            check_revoke(revoker=revoker, revoker_id=revoker_id, target_id=target_id, target=target)
            repo.revoke_supervisor(session=session, user_id=target_id)

        await in_session(self._db, work)
