"""Owner or standby: one process of a fleet runs the singletons at a time.

The singletons are what must not run twice: the digest tick and its couriers,
reading the inbox (hence the duplicate index and urgent pushes), and the send
pacer, which is only ever used by those. A standby polls the owner lock every
``poll_seconds``; when it wins, it rebuilds what the owner kept in memory
from the database and starts the owner's tasks.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import uuid
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from sqlalchemy.exc import SQLAlchemyError
from telegram.error import TelegramError

from bot import metrics
from bot.fleet._lock import OwnerLock

__all__ = ["Coordinator"]

_log = logging.getLogger(__name__)
Hook = Callable[[], Awaitable[Any]]
TaskFactory = Callable[[], Coroutine[Any, Any, None]]


class Coordinator:
    """Holds (or waits for) the owner lock and starts the owner's work on winning it.

    ``lock`` None is a single process (SQLite): it owns everything from the start.
    """

    def __init__(self, lock: OwnerLock | None, *, poll_seconds: float) -> None:
        self._lock = lock
        self._poll = poll_seconds
        # Who claims digests: unique per process start, readable in the table.
        self.name = f"{socket.gethostname()[:40]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self.is_owner = lock is None
        self.starting = False  # within start(): the services have just read the database
        self.owner_since: float | None = None
        self._on_gain: list[Hook] = []
        self._heartbeat: list[Hook] = []
        self._on_loss: list[Hook] = []
        self._tasks: list[TaskFactory] = []
        self._running: list[asyncio.Task[None]] = []
        self._loop_task: asyncio.Task[None] | None = None

    @property
    def role(self) -> str:
        return "owner" if self.is_owner else "standby"

    def on_gain(self, hook: Hook) -> None:
        """Run when this process becomes the owner (before its tasks start)."""
        self._on_gain.append(hook)

    def heartbeat(self, hook: Hook) -> None:
        """Run at every poll while owner (lease renewal, gauges)."""
        self._heartbeat.append(hook)

    def on_loss(self, hook: Hook) -> None:
        self._on_loss.append(hook)

    def owner_task(self, factory: TaskFactory) -> None:
        """A long-running task that runs only while this process is the owner."""
        self._tasks.append(factory)

    def acquire_blocking(self, sleep: Callable[[float], None]) -> None:
        """Wait, before anything starts, until this process owns the lock
        (long polling: a standby must not call getUpdates, or Telegram answers 409)."""
        if self._lock is None or self.is_owner:
            return
        _log.info("standing by: another process owns the singletons")
        while not self._lock.try_acquire():
            sleep(self._poll)
        self.is_owner = True
        self._gained()

    async def start(self) -> None:
        if self.is_owner:
            self.starting = True
            try:
                await self._become_owner()
            finally:
                self.starting = False
        if self._lock is not None:
            self._loop_task = asyncio.create_task(self._run(), name="fingertip-fleet")

    async def stop(self) -> None:
        if self._loop_task is not None:
            self._loop_task.cancel()
            await asyncio.gather(self._loop_task, return_exceptions=True)
            self._loop_task = None
        await self._stop_tasks()
        if self._lock is not None:
            await asyncio.to_thread(self._lock.release)
        metrics.OWNER.set(0)

    async def poll_once(self) -> None:
        """One look at the lock: win it, keep it, or notice it is gone."""
        assert self._lock is not None
        if not self.is_owner:
            if await asyncio.to_thread(self._lock.try_acquire):
                self.is_owner = True
                self._gained()
                await self._become_owner()
            return
        if not await asyncio.to_thread(self._lock.still_held):
            _log.error("this process no longer owns the singletons; standing by")
            self.is_owner, self.owner_since = False, None
            metrics.OWNER.set(0)
            metrics.OWNER_CHANGES.inc()
            await self._stop_tasks()
            for hook in self._on_loss:
                await hook()
            return
        for hook in self._heartbeat:
            await hook()

    def _gained(self) -> None:
        _log.info("this process now owns the singletons (digests, inbox, pushes)")
        metrics.OWNER_CHANGES.inc()

    async def _become_owner(self) -> None:
        self.owner_since = asyncio.get_running_loop().time()
        metrics.OWNER.set(1)
        for hook in self._on_gain:
            await hook()
        self._running = [asyncio.create_task(factory()) for factory in self._tasks]

    async def _stop_tasks(self) -> None:
        for task in self._running:
            task.cancel()
        await asyncio.gather(*self._running, return_exceptions=True)
        self._running = []

    async def _run(self) -> None:
        while True:
            try:
                await self.poll_once()
            except (SQLAlchemyError, TelegramError, OSError) as exc:
                _log.warning("fleet poll failed; trying again: %s", exc)
            await asyncio.sleep(self._poll)
