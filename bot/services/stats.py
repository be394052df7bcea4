"""Statistics for supervisors: notice volume per group and kind."""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta
from zoneinfo import ZoneInfo

from bot.clock import Clock
from bot.i18n import KIND_LABELS, tr
from bot.services._threads import in_session
from storage import repository as repo
from storage.database import Database

__all__ = ["StatsService"]

_KIND_ORDER = ("report", "meeting", "task", "checkin", "notice", "chatter")


class StatsService:
    def __init__(self, db: Database, zone: ZoneInfo, clock: Clock) -> None:
        self._db = db
        self._zone = zone
        self._clock = clock

    async def initialize(self) -> None:
        """Reports are computed on request; nothing to prepare."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    async def weekly_text(self, lang: str, days: int = 7) -> str:
        """Notices per group and per kind over the last ``days`` days, as HTML."""
        since = self._clock.now() - timedelta(days=days)
        rows = await in_session(self._db, lambda s: repo.notice_counts(session=s, since=since))
        local_since = since.astimezone(self._zone).strftime("%Y-%m-%d")
        lines = [f"<b>{tr(lang, 'stats_title', days=days, since=local_since)}</b>"]
        if not rows:
            return "\n".join([*lines, tr(lang, "stats_none")])
        per_group: dict[tuple[str, str | None], dict[str, int]] = defaultdict(dict)
        for row in rows:
            per_group[(row.group_title, row.department)][row.kind] = row.count
        for (title, department), kinds in per_group.items():
            suffix = tr(lang, "register_department", department=department) if department else ""
            lines.append("")
            lines.append(
                tr(lang, "stats_group", title=title, department=suffix, total=sum(kinds.values()))
            )
            cells = [f"{KIND_LABELS[lang][k]} {kinds[k]}" for k in _KIND_ORDER if k in kinds]
            lines.append("  " + " · ".join(cells))
        return "\n".join(lines)
