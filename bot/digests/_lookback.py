"""Re-reading: ``/digest 24h`` (what a period carried) and ``/digest last``.

A look-back is planned by the round's own code, as a digest whose window is
the period asked for: the cadre's groups now, muted groups and kinds left
out, copies merged. Nothing is written: the cadre's digest windows do not
move, so the next scheduled digest still brings what is new. What a digest
already showed them is marked, read from the items their sent digests list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session

from bot.clock import Clock
from bot.digests._builder import DigestBuilder, plan_view
from bot.digests._render import render_digest
from bot.digests._round import CadreWindow, plan_batch
from bot.services import in_session
from bot.settings import effective_settings
from storage import repository as repo
from storage.database import Database

__all__ = ["LAST", "DigestLookback", "Period", "parse_lookback"]

LAST = "last"
_LONGEST = timedelta(days=7)
_SPAN = re.compile(r"^(\d{1,3})\s*([hd])$", re.IGNORECASE)
_WORDS = {
    "last": LAST,
    "上次": LAST,
    "today": "today",
    "今天": "today",
    "yesterday": "yesterday",
    "昨天": "yesterday",
}
_LABELS = {
    "zh": {"today": "今天", "yesterday": "昨天", "hours": "过去 {n} 小时", "days": "过去 {n} 天"},
    "en": {
        "today": "Today",
        "yesterday": "Yesterday",
        "hours": "Last {n}h",
        "days": "Last {n} days",
    },
}


@dataclass(frozen=True, slots=True)
class Period:
    """A look-back: a stretch of hours or days back from now, or a calendar day."""

    name: str  # "today", "yesterday", "hours" or "days"
    amount: int = 0

    def bounds(self, now: datetime, zone: ZoneInfo) -> tuple[datetime, datetime]:
        """(since, until] in the reader's zone: a calendar day is theirs."""
        if self.name == "hours":
            return now - timedelta(hours=self.amount), now
        if self.name == "days":
            return now - timedelta(days=self.amount), now
        midnight = datetime.combine(now.astimezone(zone).date(), time(), tzinfo=zone)
        if self.name == "today":
            return midnight, now
        return midnight - timedelta(days=1), midnight

    def label(self, lang: str) -> str:
        return _LABELS[lang][self.name].format(n=self.amount)


def parse_lookback(args: list[str]) -> Period | str | None:
    """``24h``, ``3d``, ``7d`` (any hours or days up to a week), ``today``,
    ``yesterday`` (今天, 昨天) or :data:`LAST`; None without an argument.

    Raises ValueError for anything else.
    """
    if not args:
        return None
    word = "".join(args).strip().casefold()
    named = _WORDS.get(word)
    if named == LAST:
        return LAST
    if named is not None:
        return Period(named)
    match = _SPAN.match(word)
    if match is None:
        raise ValueError(f"not a period: {' '.join(args)!r}")
    amount, unit = int(match[1]), match[2].lower()
    span = timedelta(hours=amount) if unit == "h" else timedelta(days=amount)
    if not timedelta(0) < span <= _LONGEST:
        raise ValueError(f"not within a week: {span}")
    return Period("hours" if unit == "h" else "days", amount)


class DigestLookback:
    """Builds look-backs and finds the last digest; sends nothing itself."""

    def __init__(self, db: Database, builder: DigestBuilder, *, clock: Clock) -> None:
        self._db = db
        self._builder = builder
        self._clock = clock

    async def initialize(self) -> None:
        """Every look-back is read when asked for; nothing to load."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    async def period(self, user_id: int, period: Period) -> list[str]:
        """The digest of what the cadre's groups carried in ``period``; [] when nothing."""
        now = self._clock.now()
        return await in_session(self._db, lambda s: self._build(s, user_id, period, now))

    async def last(self, user_id: int) -> list[str]:
        """The parts of the last digest sent to the cadre, as sent; [] when none was."""

        def work(session: Session) -> list[str]:
            digest = repo.last_sent_digest(session=session, user_id=user_id)
            return list(digest.parts) if digest is not None else []

        return await in_session(self._db, work)

    def _build(self, session: Session, user_id: int, period: Period, now: datetime) -> list[str]:
        cadre = repo.cadres_by_id(session=session, user_ids=[user_id]).get(user_id)
        if cadre is None:
            return []
        settings = effective_settings(cadre, self._builder.defaults)
        since, until = period.bounds(now, settings.zone)
        groups = repo.member_groups(session=session, user_ids=[user_id]).get(user_id, [])
        window = CadreWindow(user_id, since, since, dict(sorted(groups)), settings)
        data = self._builder.read_round(session, [window], until)

        def read_texts(notice_ids: set[int]) -> dict[int, repo.NoticeText]:
            return repo.notice_texts(session=session, notice_ids=notice_ids)

        plan = plan_batch(data, [window], self._builder.max_items, read_texts)[0]
        if not plan.totals:
            return []
        sent = repo.delivered_notice_ids(session=session, user_id=user_id, since=since)
        entries = [
            replace(entry, delivered=True) if sent.intersection(ids) else entry
            for entry, ids in zip(plan.entries, plan.items, strict=True)
        ]
        view = plan_view(
            plan, settings, now, entries=entries, period=period.label(settings.language)
        )
        return render_digest(view)
