"""Build a cadre's digest from the database: fix its content, claim its notices."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session

from bot.digest import DigestView, render_digest
from bot.i18n import language_for
from bot.services.digest_items import PlannedItem, plan_items
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
        planned = self._plan(session, user_id, notices)
        if not planned and not keep_empty:
            return None
        view = DigestView(
            lang=language_for(cadre.language_code),
            zone=self.zone,
            generated_at=now,
            entries=[item.entry for item in planned],
            message_count=len(rows),
            group_count=len({row.group.id for row in rows}),
            chatter_count=len(rows) - len(notices),
            merged_count=len(notices) - len(planned),
        )
        parts = render_digest(view) if planned else []
        ids = [row.notice.id for row in notices if row.notice.id is not None]
        digest = repo.create_digest(
            session=session, user_id=user_id, slot=slot, window_end=now, parts=parts, notice_ids=ids
        )
        if digest is None:
            return None
        for item in planned:
            if item.cluster_id is not None:
                repo.record_cluster_delivery(
                    session=session,
                    user_id=user_id,
                    cluster_id=item.cluster_id,
                    due_at=item.due_at,
                    now=now,
                )
        return digest.id if parts else None

    def _plan(
        self, session: Session, user_id: int, notices: list[repo.NoticeInGroup]
    ) -> list[PlannedItem]:
        clusters = {r.notice.cluster_id for r in notices if r.notice.cluster_id is not None}
        copies = repo.cluster_copies(session=session, cluster_ids=clusters)
        seen = repo.delivered_clusters(session=session, user_id=user_id, cluster_ids=clusters)
        ids = {r.notice.id for r in [*notices, *copies] if r.notice.id is not None}
        pushed = repo.pushed_notice_ids(session=session, user_id=user_id, notice_ids=ids)
        return plan_items(notices, copies, seen, pushed)
