"""Privacy and retention: what a cadre can see and delete about themselves,
how long notice texts are kept, and a group's notices deleted on request."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import Session

from bot.clock import Clock
from bot.services._threads import in_session
from storage import repository as repo
from storage.database import Database
from storage.repository.privacy import (
    CadreRecord,
    Forgotten,
    cadre_record,
    delete_group_notices,
    forget_cadre,
    purge_old_texts,
)

__all__ = ["PrivacyService"]


class PrivacyService:
    def __init__(self, db: Database, clock: Clock, *, text_days: int) -> None:
        self._db, self._clock = db, clock
        self.text_days = text_days

    async def initialize(self) -> None:
        """Nothing to load; the purge runs as a daily job."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    async def record(self, user_id: int) -> CadreRecord:
        return await in_session(self._db, lambda s: cadre_record(session=s, user_id=user_id))

    async def forget(self, user_id: int) -> Forgotten:
        return await in_session(self._db, lambda s: forget_cadre(session=s, user_id=user_id))

    async def purge_texts(self) -> tuple[int, int]:
        """Blank texts older than ``text_days``: (notices, digests) changed."""
        before = self._clock.now() - timedelta(days=self.text_days)
        return await in_session(self._db, lambda s: purge_old_texts(session=s, before=before))

    async def group_notice_count(self, chat_id: int) -> int:
        def work(session: Session) -> int:
            group = repo.get_group(session=session, chat_id=chat_id)
            if group is None or group.id is None:
                return 0
            return repo.count_notices(session=session, group_id=group.id)

        return await in_session(self._db, work)

    async def delete_group_notices(self, chat_id: int) -> int:
        return await in_session(
            self._db, lambda s: delete_group_notices(session=s, chat_id=chat_id)
        )
