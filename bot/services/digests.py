"""Digests: build them on schedule or on demand, deliver them from the outbox."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta

from sqlmodel import Session
from telegram import Bot

from bot import metrics
from bot.clock import Clock
from bot.services._threads import in_session
from bot.services.delivery import Delivery, send_html
from bot.services.digest_builder import DigestBuilder
from bot.services.scheduling import due_slots
from storage import repository as repo
from storage.database import Database
from storage.models import Digest, utcnow

__all__ = ["DigestService"]

_log = logging.getLogger(__name__)
_WORKERS = 64  # each waits a second between parts to one chat: twice the overall rate in flight
_ROUND_SECONDS = 120.0
_PER_CHAT_SECONDS = 1.0


class DigestService:
    """Owns the outbox; couriers claim each digest (with a lease) before sending it.

    The claim, not the process, is what keeps a part from going out twice:
    one round at a time here, and any other process that sends by mistake
    takes other digests or none (see ``storage.repository.claims``).
    """

    def __init__(
        self,
        db: Database,
        builder: DigestBuilder,
        *,
        grace: timedelta,
        clock: Clock,
        claimer: str = "fingertip",
        lease: timedelta = timedelta(seconds=30),
    ) -> None:
        self._db = db
        self._builder = builder
        self._grace = grace
        self._clock = clock
        self._lock = asyncio.Lock()
        self.claimer = claimer
        self.lease = lease

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
        metrics.DIGESTS_BUILT.inc(len(built))
        return len(built)

    async def deliver_pending(self, bot: Bot) -> None:
        """Send what the outbox holds, in one round of couriers.

        Each courier claims the oldest free digest, sends it, and claims the
        next, so the round runs at the limiter's pace until the outbox is
        empty, with no lull between batches; a round stops taking new digests
        after ``_ROUND_SECONDS`` so the next tick can build what has come due.
        """
        async with self._lock:
            deadline = asyncio.get_running_loop().time() + _ROUND_SECONDS
            # Digests Telegram would not take now stay claimed until the round
            # ends, so no courier of this round picks them up again at once.
            held: list[int] = []
            try:
                await asyncio.gather(
                    *(self._drain(bot, deadline, held) for _ in range(_WORKERS))
                )
            finally:
                for digest_id in held:
                    await self._release(digest_id)

    async def _drain(self, bot: Bot, deadline: float, held: list[int]) -> None:
        """One of several couriers: a flood wait for one cadre stalls only this one.

        Each digest stays with one courier, so its parts arrive in order; the
        rate limiter keeps the couriers together under Telegram's overall limit.
        """
        loop = asyncio.get_running_loop()
        while loop.time() < deadline:
            claimed = await in_session(self._db, self._claim_one)
            if claimed is None:
                return
            digest_id, done = claimed.id or 0, True
            try:
                done = await self._deliver(
                    bot, digest_id, claimed.user_id, claimed.parts, claimed.sent_parts
                )
            finally:
                if done:
                    await self._release(digest_id)
                else:
                    held.append(digest_id)

    def _claim_one(self, session: Session) -> Digest | None:
        # Leases are between processes: they run on the wall clock, not the bot's.
        now = utcnow()
        ids = repo.claim_digests(
            session=session, claimer=self.claimer, now=now, until=now + self.lease, limit=1
        )
        return repo.get_digest(session=session, digest_id=ids[0]) if ids else None

    async def _deliver(
        self, bot: Bot, digest_id: int, user_id: int, parts: list[str], sent: int
    ) -> bool:
        """Send the parts left; False when the digest stays pending (retried later)."""
        loop, last = asyncio.get_running_loop(), float("-inf")
        for index in range(sent, len(parts)):
            # Telegram allows about one message a second in one chat: the parts
            # of a long digest go a second apart rather than earn a flood wait.
            await asyncio.sleep(max(0.0, _PER_CHAT_SECONDS - (loop.time() - last)))
            uncertain = await self._attempt(digest_id, index)
            if uncertain is None:
                _log.warning("digest %s was taken over by another sender; leaving it", digest_id)
                return True
            if uncertain:
                _log.warning(
                    "digest %s part %s may have been sent before a crash; sending it again",
                    digest_id,
                    index,
                )
            outcome = await send_html(bot, user_id, parts[index])
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
            return outcome in (Delivery.GONE, Delivery.REJECTED)
        metrics.DIGESTS_SENT.inc()
        return True

    async def _attempt(self, digest_id: int, part: int) -> bool | None:
        """Whether this part's delivery is uncertain; None when the claim was lost."""

        def work(session: Session) -> bool | None:
            until = utcnow() + self.lease
            return repo.claim_part(
                session=session, digest_id=digest_id, part=part, claimer=self.claimer, until=until
            )

        return await in_session(self._db, work)

    async def _release(self, digest_id: int) -> None:
        def work(session: Session) -> None:
            repo.release_digest(session=session, digest_id=digest_id, claimer=self.claimer)

        await in_session(self._db, work)

    async def renew_claims(self) -> int:
        """Keep this process's claims alive (the owner's heartbeat calls this)."""
        until = utcnow() + self.lease
        return await in_session(
            self._db,
            lambda s: repo.renew_claims(session=s, claimer=self.claimer, until=until),
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
        metrics.PARTS_SENT.inc()

    async def _fail(self, digest_id: int, error: str, deactivate: int | None = None) -> None:
        def work(session: Session) -> None:
            if deactivate is not None:
                repo.deactivate_cadre(session=session, user_id=deactivate, reason="blocked the bot")
            repo.mark_digest_failed(session=session, digest_id=digest_id, error=error)

        await in_session(self._db, work)

