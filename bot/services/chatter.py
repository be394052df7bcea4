"""The chatter digests leave out, listed on request so a wrong verdict costs a tap."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session

from bot.clock import Clock
from bot.services._threads import in_session
from bot.settings import Defaults, effective_settings
from storage import repository as repo
from storage.database import Database

__all__ = ["DEFAULT_PERIOD", "ChatterList", "ChatterService"]

# Without a digest to start from, the chatter of the last day.
DEFAULT_PERIOD = timedelta(hours=24)


@dataclass(frozen=True, slots=True)
class ChatterList:
    """The newest chatter since ``since`` (``rows``), of ``total`` in all."""

    since: datetime
    now: datetime
    zone: ZoneInfo
    rows: list[repo.ChatterRow]
    total: int


class ChatterService:
    """Lists chatter of a cadre's own groups, as their digests would have seen it."""

    def __init__(self, db: Database, defaults: Defaults, clock: Clock, *, limit: int = 30) -> None:
        self._db = db
        self._defaults = defaults
        self._clock = clock
        self.limit = limit

    async def initialize(self) -> None:
        """Every list is read when asked for; nothing to load."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    async def recent(self, user_id: int, period: timedelta | None = None) -> ChatterList:
        """Chatter of the last ``period``; without one, since the start of the window of
        the cadre's last digest (the chatter it counted, and any since), else a day's."""
        now = self._clock.now()

        def work(session: Session) -> ChatterList:
            cadre = repo.get_cadre(session=session, user_id=user_id)
            settings = effective_settings(cadre, self._defaults) if cadre else None
            since = now - period if period else None
            if since is None:
                start = repo.last_digest_start(session=session, user_id=user_id)
                since = start if start is not None else now - DEFAULT_PERIOD
            page = repo.recent_chatter(
                session=session,
                user_id=user_id,
                since=since,
                limit=self.limit,
                muted_chat_ids=settings.muted_groups if settings else (),
            )
            zone = settings.zone if settings else ZoneInfo(self._defaults.timezone)
            return ChatterList(since, now, zone, page.rows, page.total)

        return await in_session(self._db, work)
