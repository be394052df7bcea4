"""Corrections: a material edit of a notice reaches everyone who had read it, once.

Pressing ones (the notice is urgent, or its old or new due moment is within a
day) are pushed at once as 更正, quiet hours or not, as urgent notices are;
the others wait, marked 已更正 old → new, at the top of the reader's next
digest. Each is recorded before it is sent, so none goes twice.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session
from telegram import Bot, InlineKeyboardMarkup

from bot.clock import Clock
from bot.services._threads import in_session
from bot.services.delivery import send_html
from bot.settings import Defaults, effective_settings
from bot.todos import correction_text, item_buttons
from storage import repository as repo
from storage.database import Database

__all__ = ["PRESSING", "CorrectionService"]

PRESSING = timedelta(hours=24)  # a due moment this close makes a correction a push

Outgoing = tuple[int, str, InlineKeyboardMarkup]


class CorrectionService:
    def __init__(self, db: Database, defaults: Defaults, clock: Clock) -> None:
        self._db = db
        self._defaults = defaults
        self._clock = clock

    async def initialize(self) -> None:
        """Corrections owed live in the database."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    async def correct(
        self,
        bot: Bot,
        notice_id: int,
        old_text: str,
        old_due: datetime | None,
        cluster_id: int | None = None,
    ) -> int:
        """Owe the correction to every reader; push the pressing ones. Returns pushes.

        ``notice_id`` says what the notice says now. With ``cluster_id`` the
        readers are those of every earlier copy of the notice (a correction
        posted as a message of its own, or an edit of a notice forwarded on).
        """
        now = self._clock.now()
        outgoing = await in_session(
            self._db, lambda s: self._owe(s, notice_id, old_text, old_due, now, cluster_id)
        )
        for user_id, text, markup in outgoing:
            await send_html(bot, user_id, text, markup)
        return len(outgoing)

    def _owe(
        self,
        session: Session,
        notice_id: int,
        old_text: str,
        old_due: datetime | None,
        now: datetime,
        cluster_id: int | None,
    ) -> list[Outgoing]:
        row = repo.get_notice_in_group(session=session, notice_id=notice_id)
        if row is None:
            return []
        notice, group = row.notice, row.group
        soon = [due for due in (old_due, notice.due_at) if due is not None]
        pressing = notice.urgent or any(now - PRESSING <= due <= now + PRESSING for due in soon)
        item = notice.cluster_id or notice_id
        rows, outgoing = [], []
        readers = repo.readers_of(session=session, notice_id=notice_id, cluster_id=cluster_id)
        for cadre in readers:
            settings = effective_settings(cadre, self._defaults)
            muted = group.chat_id in settings.muted_groups or notice.kind in settings.muted_kinds
            if cadre.user_id == notice.sender_id or muted:
                continue
            rows.append(
                {"user_id": cadre.user_id, "notice_id": notice_id, "old_text": old_text,
                 "old_due_at": old_due, "created_at": now, "pushed_at": now if pressing else None}
            )  # fmt: skip
            if pressing:
                local = now.astimezone(settings.zone)
                text = correction_text(row, old_text, old_due, local, settings.language)
                outgoing.append((cadre.user_id, text, item_buttons(item, settings.language)))
        repo.add_corrections(session=session, corrections=rows)
        return outgoing
