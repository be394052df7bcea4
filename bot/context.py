"""Typed context: every handler reaches the services through ``context.services``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from telegram.ext import Application, CallbackContext, ExtBot, JobQueue

from bot.clock import Clock
from bot.config import Config
from bot.digests import DigestLookback, DigestService
from bot.ingest import IngestService
from bot.services.chatter import ChatterService
from bot.services.corrections import CorrectionService
from bot.services.privacy import PrivacyService
from bot.services.pushes import PushService
from bot.services.registry import RegistryService
from bot.services.reminders import ReminderService
from bot.services.search import SearchService
from bot.services.settings import SettingsService
from bot.services.stats import StatsService
from bot.services.todos import TodoService
from storage.database import Database

if TYPE_CHECKING:
    from bot.fleet import Fleet

__all__ = ["BotData", "FingertipApp", "FingertipContext", "Lifecycle", "Services"]


class Lifecycle(Protocol):
    """What every service offers the composition root."""

    async def initialize(self) -> None: ...

    async def shutdown(self) -> None: ...


@dataclass(slots=True)
class Services:
    """Built once by the composition root; initialised and shut down in order."""

    config: Config
    db: Database
    registry: RegistryService
    settings: SettingsService
    ingest: IngestService
    digests: DigestService
    pushes: PushService
    stats: StatsService
    chatter: ChatterService
    privacy: PrivacyService
    todos: TodoService
    reminders: ReminderService
    corrections: CorrectionService
    lookback: DigestLookback
    search: SearchService
    clock: Clock
    bot_reads_all: bool = False
    fleet: Fleet | None = None  # owner or standby; None runs everything (tests, replay)

    @property
    def lifecycle(self) -> tuple[Lifecycle, ...]:
        return (
            self.registry,
            self.settings,
            self.ingest,
            self.digests,
            self.pushes,
            self.stats,
            self.chatter,
            self.privacy,
            self.todos,
            self.reminders,
            self.corrections,
            self.lookback,
            self.search,
        )


class BotData:
    """``bot_data`` for PTB: it is created empty, then given its services."""

    def __init__(self) -> None:
        self._services: Services | None = None

    @property
    def services(self) -> Services:
        if self._services is None:
            raise RuntimeError("services are attached by bot.app.build_application")
        return self._services

    @services.setter
    def services(self, value: Services) -> None:
        self._services = value


class FingertipContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], BotData]):
    @property
    def services(self) -> Services:
        return self.bot_data.services


FingertipApp = Application[
    ExtBot[None],
    FingertipContext,
    dict[Any, Any],
    dict[Any, Any],
    BotData,
    JobQueue[FingertipContext],
]
