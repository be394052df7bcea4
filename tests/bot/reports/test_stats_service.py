"""StatsService: who is a supervisor, grants and revocations, reports in scope."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from bot.reports import ReportError, Scope, WorkingHours
from bot.services.stats import StatsService
from sim.clock import ManualClock
from tests.bot.reports.fixtures.corpus import ZONE, Installed, install, local
from tests.helpers.databases import fresh_database

FOUNDER, CHIEF, SCOPED, CADRE = 9001, 9002, 9003, 601
WEEK = ["2026-11-13..2026-11-16"]


@pytest.fixture
def stats(tmp_path: Path) -> Iterator[tuple[StatsService, Installed]]:
    with fresh_database("sqlite", tmp_path) as db:
        with db.session() as session:
            installed = install(session)
        clock = ManualClock(local("11-16 12:00"))
        service = StatsService(db, ZONE, clock, hours=WorkingHours(), founders=frozenset({FOUNDER}))
        yield service, installed


async def test_scopes_of_founders_granted_supervisors_and_others(
    stats: tuple[StatsService, Installed],
) -> None:
    service, _ = stats
    assert await service.scope_of(FOUNDER) == Scope(None, founder=True)
    assert await service.scope_of(CADRE) is None
    assert await service.grant(FOUNDER, CHIEF, "") is None
    assert await service.grant(CHIEF, SCOPED, "应急办") == frozenset({"应急办"})
    assert await service.scope_of(CHIEF) == Scope(None)
    assert await service.scope_of(SCOPED) == Scope(frozenset({"应急办"}))


async def test_grant_and_revoke_rules_apply(stats: tuple[StatsService, Installed]) -> None:
    service, _ = stats
    await service.grant(FOUNDER, SCOPED, "应急办")

    async def refused(call: object) -> str:
        with pytest.raises(ReportError) as caught:
            await call  # type: ignore[misc]
        return caught.value.key

    assert await refused(service.grant(CADRE, 5, "")) == "not_supervisor"
    assert await refused(service.grant(SCOPED, 5, "党政办")) == "grant_outside"
    assert await refused(service.grant(SCOPED, FOUNDER, "")) == "founder"
    assert await refused(service.grant(FOUNDER, 5, "财政局")) == "unknown_department"
    assert await refused(service.revoke(SCOPED, FOUNDER)) == "founder"
    assert await refused(service.revoke(FOUNDER, 5)) == "not_granted"
    assert await refused(service.revoke(CADRE, SCOPED)) == "not_supervisor"
    assert await service.grant(SCOPED, 5, "") == frozenset({"应急办"})
    await service.revoke(SCOPED, 5)
    await service.revoke(FOUNDER, SCOPED)
    assert await service.scope_of(SCOPED) is None and await service.scope_of(5) is None


async def test_default_period_ends_today_on_the_bot_clock(
    stats: tuple[StatsService, Installed],
) -> None:
    service, _ = stats
    request = service.request([], default_days=service.stats_days)
    assert (request.period.first_day, request.period.last_day) == (
        date(2026, 11, 10),
        date(2026, 11, 16),
    )
    assert service.request(["30d", "青石村"], default_days=7).target == "青石村"


async def test_reports_follow_the_asker_scope(stats: tuple[StatsService, Installed]) -> None:
    service, _ = stats
    request = service.request(WEEK, default_days=7)
    (full,) = await service.report_text(Scope(None), request, "zh")
    (scoped,) = await service.report_text(Scope(frozenset({"应急办"})), request, "zh")
    assert "共 26 条消息" in full and "共 9 条消息" in scoped and "党政办" not in scoped
    (overlap,) = await service.overlap_text(Scope(None), request, "en")
    assert "3 notices in common" in overlap
    export = await service.export(Scope(frozenset({"应急办"})), request, "zh")
    assert (export.rows, export.filename) == (8, "notices-20261113-20261116.csv")
    charts = await service.charts(Scope(None), request, "zh")
    assert [chart.name for chart in charts] == ["volume", "after_hours", "duplicates"]


async def test_unknown_target_is_a_report_error(stats: tuple[StatsService, Installed]) -> None:
    service, _ = stats
    request = service.request([*WEEK, "财政局"], default_days=7)
    with pytest.raises(ReportError, match="财政局"):
        await service.report_text(Scope(None), request, "en")
    await service.initialize()  # the chart font is installed: nothing to report
    await service.shutdown()
