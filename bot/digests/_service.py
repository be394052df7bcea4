"""Digests: build them on schedule or on demand, deliver them from the outbox."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta
from functools import partial

from sqlmodel import Session
from telegram import Bot, InlineKeyboardMarkup

from bot.clock import Clock
from bot.digests._builder import DigestBuilder
from bot.digests._schedule import due_slots
from bot.services import in_session
from bot.services.delivery import Delivery, keyboard_markup, send_html
from storage import repository as repo
from storage.database import Database
from storage.models import Digest

__all__ = ["DigestService"]

_log = logging.getLogger(__name__)
_WORKERS = 64  # each waits a second between parts to one chat: twice the overall rate in flight
_ROUND_SECONDS = 120.0
_PER_CHAT_SECONDS = 1.0


class DigestService:
    """Owns the outbox; one delivery round at a time so no part is sent twice."""

    def __init__(
        self, db: Database, builder: DigestBuilder, *, grace: timedelta, clock: Clock
    ) -> None:
        self._db = db
        self._builder = builder
        self._grace = grace
        self._clock = clock
        self._lock = asyncio.Lock()

    async def initialize(self) -> None:
        """The outbox lives in the database; pending rows are picked up by the tick."""

    async def shutdown(self) -> None:
        async with self._lock:  # let a delivery in flight record its progress
            pass

    async def digest_now(self, bot: Bot, user_id: int) -> bool:
        """Build and send a digest at once; False when there was nothing new."""
        now = self._clock.now()
        slot = f"manual:{now.strftime('%Y-%m-%dT%H:%M:%S.%fZ')}"

        def work(session: Session) -> int | None:
            return self._builder.build(
                session, user_id=user_id, slot=slot, now=now, keep_empty=False
            )

        if await in_session(self._db, work) is None:
            return False
        await self.deliver_pending(bot)
        return True

    async def run_schedule(self, bot: Bot, now: datetime) -> int:
        """Build every missing digest of each cadre's latest slot, then deliver.

        Asking the database who is due (rather than keeping one job per cadre)
        is what makes a restart harmless: a slot missed while the bot was down
        is built on the first tick after it returns, within the grace period.
        """
        built = await asyncio.to_thread(self._build_due, now)
        await self.deliver_pending(bot)
        return built

    def _build_due(self, now: datetime) -> int:
        """Every due cadre's digest, built as one round in one transaction."""
        with self._db.session() as session:
            due = due_slots(session, now=now, defaults=self._builder.defaults, grace=self._grace)
            built = self._builder.build_many(session, due, now=now, keep_empty=True)
        return len(built)

    async def deliver_pending(self, bot: Bot) -> None:
        """Send what the outbox holds, in one round of couriers.

        The couriers share one queue of every pending digest, so the round runs
        at the limiter's pace until the outbox is empty, with no lull between
        batches; a round stops taking new digests after ``_ROUND_SECONDS`` so
        the next tick can build what has come due meanwhile.
        """
        async with self._lock:
            pending = await in_session(self._db, lambda s: repo.pending_digest_ids(session=s))
            queue: asyncio.Queue[int] = asyncio.Queue()
            for digest_id in pending:
                queue.put_nowait(digest_id)
            deadline = asyncio.get_running_loop().time() + _ROUND_SECONDS
            workers = min(_WORKERS, len(pending))
            await asyncio.gather(*(self._drain(bot, queue, deadline) for _ in range(workers)))

    async def _drain(self, bot: Bot, queue: asyncio.Queue[int], deadline: float) -> None:
        """One of several couriers: a flood wait for one cadre stalls only this one.

        Each digest stays with one courier, so its parts arrive in order; the
        rate limiter keeps the couriers together under Telegram's overall limit.
        """
        loop = asyncio.get_running_loop()
        while not queue.empty() and loop.time() < deadline:
            digest_id = queue.get_nowait()
            digest = await in_session(self._db, partial(_read_digest, digest_id))
            if digest is None or digest.status != "pending":
                continue  # sent or failed since the round began
            keyboard = keyboard_markup(digest.keyboard)
            await self._deliver(
                bot, digest_id, digest.user_id, digest.parts, digest.sent_parts, keyboard
            )

    async def _deliver(
        self,
        bot: Bot,
        digest_id: int,
        user_id: int,
        parts: list[str],
        sent: int,
        keyboard: InlineKeyboardMarkup | None = None,
    ) -> None:
        """Parts in order; the last one carries the to-dos' keyboard."""
        loop, last = asyncio.get_running_loop(), float("-inf")
        for index in range(sent, len(parts)):
            # Telegram allows about one message a second in one chat: the parts
            # of a long digest go a second apart rather than earn a flood wait.
            await asyncio.sleep(max(0.0, _PER_CHAT_SECONDS - (loop.time() - last)))
            if await self._attempt(digest_id, index):
                _log.warning(
                    "digest %s part %s may have been sent before a crash; sending it again",
                    digest_id,
                    index,
                )
            markup = keyboard if index == len(parts) - 1 else None
            outcome = await send_html(bot, user_id, parts[index], markup)
            last = loop.time()  # after Telegram answered: it has seen this part by now
            if outcome is Delivery.SENT:
                await self._progress(digest_id, index + 1)
                continue
            if outcome is Delivery.RETRY_LATER:
                await self._attempt_over(digest_id)
            elif outcome is Delivery.GONE:
                await self._fail(digest_id, "user unreachable", deactivate=user_id)
            elif outcome is Delivery.REJECTED:
                await self._fail(digest_id, "rejected by Telegram")
            return

    async def _attempt(self, digest_id: int, part: int) -> bool:
        return await in_session(
            self._db, lambda s: repo.mark_digest_attempt(session=s, digest_id=digest_id, part=part)
        )

    async def _attempt_over(self, digest_id: int) -> None:
        """Telegram said no: the part surely did not arrive, so no doubt remains."""

        def work(session: Session) -> None:
            repo.clear_digest_attempt(session=session, digest_id=digest_id)

        await in_session(self._db, work)

    async def _progress(self, digest_id: int, sent_parts: int) -> None:
        def work(session: Session) -> None:
            repo.mark_digest_progress(session=session, digest_id=digest_id, sent_parts=sent_parts)

        await in_session(self._db, work)

    async def _fail(self, digest_id: int, error: str, deactivate: int | None = None) -> None:
        def work(session: Session) -> None:
            if deactivate is not None:
                repo.deactivate_cadre(session=session, user_id=deactivate, reason="blocked the bot")
            repo.mark_digest_failed(session=session, digest_id=digest_id, error=error)

        await in_session(self._db, work)


def _read_digest(digest_id: int, session: Session) -> Digest | None:
    return repo.get_digest(session=session, digest_id=digest_id)
