"""The fleet pieces of one process, wired to its services and Application."""

from __future__ import annotations

from typing import Any

from telegram.ext import Application

from bot.config import Config
from bot.fleet._coordinator import Coordinator
from bot.fleet._inbox import InboxReader
from bot.fleet._lock import OwnerLock
from bot.fleet._ops import OpsServer
from storage.database import Database

__all__ = ["Fleet"]


class Fleet:
    """Coordinator, inbox reader and ops server; started after the services.

    On SQLite there is no owner lock: the one process owns everything.
    """

    def __init__(
        self, config: Config, db: Database, app: Application[Any, Any, Any, Any, Any, Any]
    ) -> None:
        postgres = db.engine.dialect.name == "postgresql"
        self.coordinator = Coordinator(
            OwnerLock(db.engine) if postgres else None, poll_seconds=config.fleet.poll_seconds
        )
        self.inbox = InboxReader(db, app, config.fleet.inbox_batch)
        self.coordinator.owner_task(self.inbox.run)
        self.ops = OpsServer(
            db,
            listen=config.ops.listen,
            port=config.ops.port,
            role=lambda: self.coordinator.role,
            inbox=self.inbox,
        )

    @property
    def is_owner(self) -> bool:
        return self.coordinator.is_owner

    async def start(self) -> None:
        await self.ops.start()
        await self.coordinator.start()

    async def stop(self) -> None:
        await self.coordinator.stop()
        await self.ops.stop()
