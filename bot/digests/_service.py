"""Digests: build them on schedule or on demand, deliver them from the outbox."""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlmodel import Session
from telegram import Bot, InlineKeyboardMarkup

from bot import metrics
from bot.clock import Clock
from bot.digests._builder import DigestBuilder
from bot.digests._schedule import due_slots
from bot.services import in_session
from bot.services.delivery import Delivery, keyboard_markup, send_html
from storage import repository as repo
from storage.database import Database
from storage.models import Digest, utcnow

__all__ = ["DigestService"]

_log = logging.getLogger(__name__)
_WORKERS = 64  # each waits a second between parts to one chat: twice the overall rate in flight
_ROUND_SECONDS = 120.0
_PER_CHAT_SECONDS = 1.0


@dataclass(slots=True)
class _Round:
    """What the couriers of one round share."""

    queue: deque[Digest]
    deadline: float
    held: list[Digest] = field(default_factory=list)
    refill: asyncio.Lock = field(default_factory=asyncio.Lock)


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

        The couriers share a queue that one of them refills, whenever it runs
        dry, with a batch of digests claimed in one statement; so the round
        runs at the limiter's pace until the outbox is empty, with no lull
        between batches, and an empty outbox costs one query. A round stops
        taking new digests after ``_ROUND_SECONDS`` so the next tick can build
        what has come due meanwhile.
        """
        async with self._lock:
            first = await in_session(self._db, self._claim_batch)
            if not first:
                return
            loop = asyncio.get_running_loop()
            round_ = _Round(deque(first), loop.time() + _ROUND_SECONDS)
            try:
                couriers = min(_WORKERS, len(first))
                await asyncio.gather(*(self._drain(bot, round_) for _ in range(couriers)))
            finally:
                # Digests claimed but not begun, and those Telegram would not take
                # now (held so no courier of this round took them up again at once).
                for digest in (*round_.queue, *round_.held):
                    await self._release(digest.id or 0)

    async def _drain(self, bot: Bot, round_: _Round) -> None:
        """One of several couriers: a flood wait for one cadre stalls only this one.

        Each digest stays with one courier, so its parts arrive in order; the
        rate limiter keeps the couriers together under Telegram's overall limit.
        """
        while (claimed := await self._next(round_)) is not None:
            digest_id, done = claimed.id or 0, False
            try:
                done = await self._deliver(
                    bot,
                    digest_id,
                    claimed.user_id,
                    claimed.parts,
                    claimed.sent_parts,
                    keyboard_markup(claimed.keyboard),
                )
            finally:
                if done:
                    await self._release(digest_id)
                else:
                    round_.held.append(claimed)

    async def _next(self, round_: _Round) -> Digest | None:
        async with round_.refill:
            if asyncio.get_running_loop().time() >= round_.deadline:
                return None
            if not round_.queue:
                round_.queue.extend(await in_session(self._db, self._claim_batch))
            return round_.queue.popleft() if round_.queue else None

    def _claim_batch(self, session: Session) -> list[Digest]:
        # Leases are between processes: they run on the wall clock, not the bot's.
        now = utcnow()
        ids = repo.claim_digests(
            session=session, claimer=self.claimer, now=now, until=now + self.lease, limit=_WORKERS
        )
        digests = (repo.get_digest(session=session, digest_id=digest_id) for digest_id in ids)
        return [digest for digest in digests if digest is not None]

    async def _deliver(
        self,
        bot: Bot,
        digest_id: int,
        user_id: int,
        parts: list[str],
        sent: int,
        keyboard: InlineKeyboardMarkup | None = None,
    ) -> bool:
        """Send the parts left, the last one with the to-dos' keyboard; False when
        the digest stays pending (retried later)."""
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

