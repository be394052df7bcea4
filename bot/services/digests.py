"""Digests: build them on schedule or on demand, deliver them from the outbox."""

from __future__ import annotations

import asyncio
import html
import logging
from collections.abc import Sequence
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session
from telegram import Bot

from bot.clock import Clock
from bot.i18n import KIND_LABELS, language_for
from bot.links import message_link
from bot.schedule import latest_slot, slot_key
from bot.services._threads import in_session
from bot.services.delivery import Delivery, send_html
from bot.services.digest_builder import DigestBuilder
from storage import repository as repo
from storage.database import Database

__all__ = ["DigestService"]

_log = logging.getLogger(__name__)
_PUSH_CHARS = 1500


class DigestService:
    """Owns the outbox; one delivery at a time so no part is sent twice."""

    def __init__(
        self,
        db: Database,
        builder: DigestBuilder,
        *,
        times: Sequence[time],
        grace: timedelta,
        clock: Clock,
    ) -> None:
        self._db = db
        self._clock = clock
        self._builder = builder
        self._times = list(times)
        self._grace = grace
        self._lock = asyncio.Lock()

    @property
    def zone(self) -> ZoneInfo:
        return self._builder.zone

    async def initialize(self) -> None:
        """The outbox lives in the database; pending rows are picked up by the tick."""

    async def shutdown(self) -> None:
        async with self._lock:  # let a delivery in flight record its progress
            pass

    async def digest_now(self, bot: Bot, user_id: int) -> bool:
        """Build and send a digest at once; False when there was nothing new."""
        now = self._clock.now()
        slot = f"manual:{now.strftime('%Y-%m-%dT%H:%M:%S.%fZ')}"
        digest_id = await in_session(
            self._db,
            lambda s: self._builder.build(s, user_id=user_id, slot=slot, now=now, keep_empty=False),
        )
        if digest_id is None:
            return False
        await self.deliver_pending(bot)
        return True

    async def run_schedule(self, bot: Bot, now: datetime) -> int:
        """Build the digests of the latest slot that are missing, then deliver.

        Asking the database who is due (rather than keeping one job per cadre)
        is what makes a restart harmless: a slot missed while the bot was down
        is built on the first tick after it returns, within the grace period.
        """
        slot = latest_slot(now, self.zone, self._times)
        built = 0
        if now - slot <= self._grace:
            built = await asyncio.to_thread(self._build_slot, slot, now)
        await self.deliver_pending(bot)
        return built

    def _build_slot(self, slot: datetime, now: datetime) -> int:
        key = slot_key(slot)
        with self._db.session() as session:
            done = repo.users_with_slot(session=session, slot=key)
            due = [
                c.user_id
                for c in repo.list_active_cadres(session=session)
                if c.user_id not in done and c.subscribed_at <= slot
            ]
        built = 0
        for user_id in due:
            with self._db.session() as session:
                built += (
                    self._builder.build(
                        session, user_id=user_id, slot=key, now=now, keep_empty=True
                    )
                    is not None
                )
        return built

    async def deliver_pending(self, bot: Bot) -> None:
        async with self._lock:
            pending = await in_session(self._db, lambda s: repo.pending_digests(session=s))
            for digest in pending:
                assert digest.id is not None
                await self._deliver(bot, digest.id, digest.user_id, digest.parts, digest.sent_parts)

    async def _deliver(
        self, bot: Bot, digest_id: int, user_id: int, parts: list[str], sent: int
    ) -> None:
        for index in range(sent, len(parts)):
            outcome = await send_html(bot, user_id, parts[index])
            if outcome is Delivery.SENT:
                await self._progress(digest_id, index + 1)
                continue
            if outcome is Delivery.GONE:
                await self._gone(user_id, digest_id)
            elif outcome is Delivery.REJECTED:
                await in_session(
                    self._db,
                    lambda s: repo.mark_digest_failed(
                        session=s, digest_id=digest_id, error="rejected by Telegram"
                    ),
                )
            return

    async def _progress(self, digest_id: int, sent_parts: int) -> None:
        def work(session: Session) -> None:
            repo.mark_digest_progress(session=session, digest_id=digest_id, sent_parts=sent_parts)

        await in_session(self._db, work)

    async def _gone(self, user_id: int, digest_id: int) -> None:
        def work(session: Session) -> None:
            repo.deactivate_cadre(session=session, user_id=user_id, reason="blocked the bot")
            repo.mark_digest_failed(session=session, digest_id=digest_id, error="user unreachable")

        await in_session(self._db, work)

    async def push_urgent(self, bot: Bot, notice_id: int) -> int:
        """Push an urgent notice to its group's cadres now; returns how many got it."""
        row = await in_session(
            self._db, lambda s: repo.get_notice_in_group(session=s, notice_id=notice_id)
        )
        if row is None or row.group.id is None:
            return 0
        group_id = row.group.id
        cadres = await in_session(
            self._db,
            lambda s: repo.push_recipients(session=s, group_id=group_id, notice_id=notice_id),
        )
        sent = 0
        for cadre in cadres:
            if cadre.user_id == row.notice.sender_id:
                continue
            text = _push_text(row, language_for(cadre.language_code), self.zone)
            outcome = await send_html(bot, cadre.user_id, text)
            if outcome is Delivery.SENT:
                sent += 1
                await self._record_push(cadre.user_id, notice_id)
            elif outcome is Delivery.GONE:
                await self._gone_without_digest(cadre.user_id)
        return sent

    async def _record_push(self, user_id: int, notice_id: int) -> None:
        def work(session: Session) -> None:
            repo.record_push(session=session, user_id=user_id, notice_id=notice_id)

        await in_session(self._db, work)

    async def _gone_without_digest(self, user_id: int) -> None:
        await in_session(
            self._db,
            lambda s: repo.deactivate_cadre(session=s, user_id=user_id, reason="blocked the bot"),
        )


def _push_text(row: repo.NoticeInGroup, lang: str, zone: ZoneInfo) -> str:
    notice, group = row.notice, row.group
    head = "🔴 紧急通知" if lang == "zh" else "🔴 Urgent notice"
    kind = KIND_LABELS[lang].get(notice.kind, notice.kind)
    sent = notice.sent_at.astimezone(zone).strftime("%H:%M")
    meta = " · ".join((html.escape(group.title), html.escape(notice.sender_name), sent))
    body = html.escape(notice.text[:_PUSH_CHARS] + ("…" if len(notice.text) > _PUSH_CHARS else ""))
    link = message_link(notice.chat_id, notice.message_id, group.username)
    original = "原文" if lang == "zh" else "original"
    tail = f'\n<a href="{html.escape(link)}">{original}</a>' if link else ""
    return f"<b>{head}</b> ｜{kind}\n{meta}\n\n{body}{tail}"
