"""Cadre settings: read with defaults applied, change one value at a time."""

from __future__ import annotations

from sqlmodel import Session

from bot.services._threads import in_session
from bot.settings import CadreSettings, Defaults, SettingsChange, change_values, effective_settings
from storage import repository as repo
from storage.database import Database

__all__ = ["SettingsService"]


class SettingsService:
    def __init__(self, db: Database, defaults: Defaults) -> None:
        self._db = db
        self.defaults = defaults

    async def initialize(self) -> None:
        """Settings are read per request; nothing to load."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    async def current(self, user_id: int) -> CadreSettings | None:
        def work(session: Session) -> CadreSettings | None:
            cadre = repo.get_cadre(session=session, user_id=user_id)
            return effective_settings(cadre, self.defaults) if cadre else None

        return await in_session(self._db, work)

    async def apply(
        self, user_id: int, change: SettingsChange
    ) -> tuple[CadreSettings, bool] | None:
        """The settings after the change and whether it was accepted; None if no cadre."""

        def work(session: Session) -> tuple[CadreSettings, bool] | None:
            cadre = repo.get_cadre(session=session, user_id=user_id)
            if cadre is None:
                return None
            values = change_values(cadre, change, self.defaults.times)
            if values is not None:
                repo.save_cadre_settings(session=session, cadre=cadre, values=values)
            return effective_settings(cadre, self.defaults), values is not None

        return await in_session(self._db, work)
