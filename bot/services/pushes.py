"""Urgent notices go to their group's cadres at once, quiet hours or not."""

from __future__ import annotations

import asyncio
import html
from datetime import tzinfo
from typing import NamedTuple

from sqlmodel import Session
from telegram import Bot

from bot.i18n import KIND_LABELS
from bot.links import message_link
from bot.services._threads import in_session
from bot.services.delivery import Delivery, send_html
from bot.settings import Defaults, effective_settings
from bot.todos import item_buttons
from nlp.preview import display_text
from storage import repository as repo
from storage.database import Database

__all__ = ["PushService"]

_PUSH_CHARS = 1500


class PushService:
    """Pushes each urgent notice (any copy of it) to a cadre at most once."""

    def __init__(self, db: Database, defaults: Defaults) -> None:
        self._db = db
        self._defaults = defaults
        # Copies of one urgent notice often arrive in the same burst of updates;
        # one push at a time lets the second see that the first was recorded.
        self._lock = asyncio.Lock()

    async def initialize(self) -> None:
        """Stateless: recipients and history come from the database."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    async def push_urgent(self, bot: Bot, notice_id: int) -> int:
        """Push to every cadre of the group who has not muted it; returns how many."""
        async with self._lock:
            return await self._push(bot, notice_id)

    async def _push(self, bot: Bot, notice_id: int) -> int:
        targets = await in_session(self._db, lambda s: self._targets(s, notice_id))
        sent = 0
        for user_id, text, item_id in targets:
            if not await self._claim(user_id, notice_id):
                continue  # another sender has this push
            buttons = item_buttons(item_id, text.lang)
            outcome = await send_html(bot, user_id, text.html, buttons)
            if outcome is Delivery.SENT:
                sent += 1
            elif outcome is not Delivery.UNCERTAIN:  # surely not delivered
                await self._release(user_id, notice_id, gone=outcome is Delivery.GONE)
        return sent

    def _targets(self, session: Session, notice_id: int) -> list[tuple[int, _PushText, int]]:
        row = repo.get_notice_in_group(session=session, notice_id=notice_id)
        if row is None or row.group.id is None:
            return []
        targets = []
        for cadre in repo.push_recipients(
            session=session, group_id=row.group.id, notice_id=notice_id
        ):
            settings = effective_settings(cadre, self._defaults)
            muted = (
                row.group.chat_id in settings.muted_groups
                or row.notice.kind in settings.muted_kinds
            )
            if cadre.user_id != row.notice.sender_id and not muted:
                text = _push_text(row, settings.language, settings.zone)
                item = row.notice.cluster_id or notice_id  # what 收到 / 已完成 mark
                targets.append((cadre.user_id, _PushText(text, settings.language), item))
        return targets

    async def _claim(self, user_id: int, notice_id: int) -> bool:
        """The push is written before it is sent, so that two senders never both send it:
        a crash in between loses this one push (the digest still lists the notice)."""
        return await in_session(
            self._db, lambda s: repo.claim_push(session=s, user_id=user_id, notice_id=notice_id)
        )

    async def _release(self, user_id: int, notice_id: int, *, gone: bool) -> None:
        def work(session: Session) -> None:
            repo.release_push(session=session, user_id=user_id, notice_id=notice_id)
            if gone:
                repo.deactivate_cadre(session=session, user_id=user_id, reason="blocked the bot")

        await in_session(self._db, work)


class _PushText(NamedTuple):
    html: str
    lang: str


def _push_text(row: repo.NoticeInGroup, lang: str, zone: tzinfo) -> str:
    notice, group = row.notice, row.group
    head = "🔴 紧急通知" if lang == "zh" else "🔴 Urgent notice"
    kind = KIND_LABELS[lang].get(notice.kind, notice.kind)
    sent = notice.sent_at.astimezone(zone).strftime("%H:%M")
    meta = " · ".join((html.escape(group.title), html.escape(notice.sender_name), sent))
    text = display_text(notice.text)  # the relay wrapper left out, as in digests
    cut = text[:_PUSH_CHARS] + ("…" if len(text) > _PUSH_CHARS else "")
    link = message_link(notice.chat_id, notice.message_id, group.username)
    original = "原文" if lang == "zh" else "original"
    tail = f'\n<a href="{html.escape(link)}">{original}</a>' if link else ""
    return f"<b>{head}</b> ｜{kind}\n{meta}\n\n{html.escape(cut)}{tail}"
