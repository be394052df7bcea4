"""The webhook inbox: any ingress writes, the owner reads in order.

With ``run_webhook`` python-telegram-bot answers Telegram once its
``update_queue.put`` returns; :class:`InboxQueue` makes that ``put`` the
durable write, so an update Telegram was told we have is in the database.
The owner's :class:`InboxReader` feeds stored updates, oldest first and a
batch at a time, to the Application's handlers, which is today's pipeline
(ingest batches what a batch brings together, as with long polling).
"""

from __future__ import annotations

import asyncio
import json
import logging
from datetime import timedelta
from typing import Any

from sqlmodel import Session
from telegram import Update
from telegram.ext import Application

from bot import metrics
from bot.services._threads import in_session
from storage import repository as repo
from storage.database import Database
from storage.models import utcnow

__all__ = ["InboxQueue", "InboxReader"]

_log = logging.getLogger(__name__)
_IDLE_SECONDS = 0.2
_BATCH_SECONDS = 2.0  # how long a batch's handlers have before the next batch is read
_MAX_RUNNING = 4096  # handlers in flight before reading waits for some to finish
_KEEP_READ = timedelta(days=1)
_PRUNE_EVERY = 3600.0


class InboxQueue(asyncio.Queue[object]):
    """An update queue whose ``put`` stores updates in the inbox instead.

    Anything else put here (the Application's stop signal) is queued as usual.
    """

    def __init__(self, db: Database) -> None:
        super().__init__()
        self._db = db

    async def put(self, item: object) -> None:
        if not isinstance(item, Update):
            await super().put(item)
            return
        payload = json.dumps(item.to_dict(), ensure_ascii=False)
        update_id = item.update_id

        def work(session: Session) -> bool:
            return repo.store_inbox_update(
                session=session, update_id=update_id, payload=payload, received_at=utcnow()
            )

        if await in_session(self._db, work):
            metrics.UPDATES_RECEIVED.inc()


class InboxReader:
    """Reads the inbox while this process owns the singletons.

    Updates are handed to the handlers a batch at a time, in order, and each
    batch gets a moment to finish together (so ingest batches it, as with long
    polling); a slow handler (a /digest waiting on its delivery round) goes on
    in the background while the next batch is read, as under PTB's own
    concurrent updates. An update is marked read when its handler is done.
    """

    def __init__(self, db: Database, app: Application[Any, Any, Any, Any, Any, Any], batch: int):
        self._db = db
        self._app = app
        self._batch = batch
        self._pruned_at = float("-inf")
        # Handed to the handlers, not yet marked read. (Not a cursor: two
        # ingresses commit updates out of order, so a lower id may appear later.)
        self._in_flight: set[int] = set()
        self._done: list[int] = []
        self._running: set[asyncio.Task[None]] = set()

    async def run(self) -> None:
        """Read batch after batch; rest a moment when the inbox is empty."""
        loop = asyncio.get_running_loop()
        self._in_flight.clear()  # a new owner starts from the oldest unread update
        while True:
            read = await self.read_batch() if len(self._running) < _MAX_RUNNING else 0
            await self._mark_done()
            if not read:
                await asyncio.sleep(_IDLE_SECONDS)
            if loop.time() - self._pruned_at > _PRUNE_EVERY:
                self._pruned_at = loop.time()
                await self._prune()

    async def _prune(self) -> None:
        before = utcnow() - _KEEP_READ
        await in_session(self._db, lambda s: repo.prune_inbox(session=s, before=before))

    async def read_batch(self) -> int:
        """Hand the next unread updates to the handlers; how many there were.

        A crash before an update is marked read reads it again: storing a
        notice is keyed on its message, and a push is claimed before it is
        sent, so that is harmless.
        """
        limit = self._batch + len(self._in_flight)
        unread = await in_session(self._db, lambda s: repo.pending_inbox(session=s, limit=limit))
        rows = [(uid, payload) for uid, payload in unread if uid not in self._in_flight]
        if not rows:
            return 0
        self._in_flight.update(uid for uid, _ in rows)
        tasks = [asyncio.create_task(self._handle(uid, payload)) for uid, payload in rows]
        self._running.update(tasks)
        for task in tasks:
            task.add_done_callback(self._running.discard)
        await asyncio.wait(tasks, timeout=_BATCH_SECONDS)
        return len(rows)

    async def _handle(self, update_id: int, payload: str) -> None:
        try:
            update = Update.de_json(json.loads(payload), self._app.bot)
        except (ValueError, KeyError, TypeError) as exc:
            _log.error("inbox update %s cannot be read; skipped: %s", update_id, exc)
        else:
            await self._app.process_update(update)
        finally:
            self._done.append(update_id)

    async def _mark_done(self) -> None:
        done, self._done = self._done, []
        if done:
            await in_session(
                self._db,
                lambda s: repo.mark_inbox_processed(session=s, update_ids=done, now=utcnow()),
            )
            self._in_flight.difference_update(done)

    async def lag(self) -> repo.InboxLag:
        lag = await in_session(self._db, lambda s: repo.inbox_lag(session=s))
        metrics.INBOX_LAG.set(lag.pending)
        age = (utcnow() - lag.oldest).total_seconds() if lag.oldest else 0.0
        metrics.INBOX_LAG_SECONDS.set(max(0.0, age))
        return lag
