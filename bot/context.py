"""Typed context: every handler reaches the services through ``context.services``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from telegram.ext import Application, CallbackContext, ExtBot, JobQueue

from bot.clock import Clock
from bot.config import Config
from bot.digests import DigestLookback, DigestService
from bot.ingest import IngestService
from bot.services.chatter import ChatterService
from bot.services.pushes import PushService
from bot.services.registry import RegistryService
from bot.services.search import SearchService
from bot.services.settings import SettingsService
from bot.services.stats import StatsService
from storage.database import Database

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
    lookback: DigestLookback
    search: SearchService
    clock: Clock
    bot_reads_all: bool = False

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
