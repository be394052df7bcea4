"""Build a cadre's digest from the database: fix its content, claim its notices."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session

from bot.digest import DigestEntry, DigestView, render_digest
from bot.i18n import language_for
from bot.links import message_link
from storage import repository as repo

__all__ = ["DigestBuilder"]


@dataclass(frozen=True, slots=True)
class DigestBuilder:
    """Turns the undelivered notices of a cadre's groups into an outbox row."""

    zone: ZoneInfo
    first_lookback: timedelta

    def build(
        self, session: Session, *, user_id: int, slot: str, now: datetime, keep_empty: bool
    ) -> int | None:
        """The new digest's id, or None when there is nothing (or it exists).

        ``keep_empty`` records a scheduled slot even with nothing to say, so the
        slot counts as done and the window moves on without a useless message.
        """
        cadre = repo.get_cadre(session=session, user_id=user_id)
        if cadre is None or not cadre.active:
            return None
        last = repo.last_digest(session=session, user_id=user_id)
        since = last.window_end if last else cadre.subscribed_at - self.first_lookback
        rows = repo.notices_since(session=session, user_id=user_id, since=since, until=now)
        notices = [row for row in rows if row.notice.kind != "chatter"]
        if not notices and not keep_empty:
            return None
        ids = [row.notice.id for row in notices if row.notice.id is not None]
        pushed = repo.pushed_notice_ids(session=session, user_id=user_id, notice_ids=ids)
        view = DigestView(
            lang=language_for(cadre.language_code),
            zone=self.zone,
            generated_at=now,
            entries=[_entry(row, pushed) for row in notices],
            message_count=len(rows),
            group_count=len({row.group.id for row in rows}),
            chatter_count=len(rows) - len(notices),
        )
        parts = render_digest(view) if notices else []
        digest = repo.create_digest(
            session=session, user_id=user_id, slot=slot, window_end=now, parts=parts, notice_ids=ids
        )
        return digest.id if digest is not None and parts else None


def _entry(row: repo.NoticeInGroup, pushed: set[int]) -> DigestEntry:
    notice, group = row.notice, row.group
    return DigestEntry(
        kind=notice.kind,
        text=notice.text,
        sender=notice.sender_name,
        group_title=group.title,
        sent_at=notice.sent_at,
        link=message_link(notice.chat_id, notice.message_id, group.username),
        urgent=notice.urgent,
        due_at=notice.due_at,
        attachment=notice.attachment,
        pushed=notice.id in pushed,
    )
