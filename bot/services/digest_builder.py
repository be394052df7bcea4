"""Build a cadre's digest from the database: fix its content, claim its notices."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session

from bot.digest import DigestView, render_digest
from bot.services.digest_items import PlannedItem, plan_items
from bot.settings import CadreSettings, Defaults, effective_settings
from storage import repository as repo
from storage.models import Cadre

__all__ = ["DigestBuilder"]


@dataclass(frozen=True, slots=True)
class _Window:
    """What arrived for one cadre since their last digest, sorted for display."""

    rows: list[repo.NoticeInGroup]  # every message, chatter included (for the counts)
    notices: list[repo.NoticeInGroup]  # what may become items
    muted: list[repo.NoticeInGroup]  # notices of kinds the cadre muted

    @property
    def claimed_ids(self) -> list[int]:
        return [r.notice.id for r in [*self.notices, *self.muted] if r.notice.id is not None]

    @property
    def chatter_count(self) -> int:
        return len(self.rows) - len(self.notices) - len(self.muted)


@dataclass(frozen=True, slots=True)
class DigestBuilder:
    """Turns the undelivered notices of a cadre's groups into an outbox row."""

    defaults: Defaults
    first_lookback: timedelta

    def build(
        self, session: Session, *, user_id: int, slot: str, now: datetime, keep_empty: bool
    ) -> int | None:
        """The new digest's id, or None when there is nothing to send (or it exists).

        ``keep_empty`` records a scheduled slot even with nothing to say, so the
        slot counts as done and the window moves on without a useless message.
        """
        cadre = repo.get_cadre(session=session, user_id=user_id)
        if cadre is None or not cadre.active:
            return None
        settings = effective_settings(cadre, self.defaults)
        window = self._window(session, cadre, settings, now)
        planned = self._plan(session, user_id, window.notices)
        if not planned and not keep_empty:
            return None
        parts = render_digest(self._view(settings, now, window, planned)) if planned else []
        digest = repo.create_digest(
            session=session,
            user_id=user_id,
            slot=slot,
            window_end=now,
            parts=parts,
            notice_ids=window.claimed_ids,
            items=[item.notice_ids for item in planned],
        )
        if digest is None:
            return None
        shown = {item.cluster_id: item.due_at for item in planned if item.cluster_id is not None}
        repo.record_cluster_deliveries(session=session, user_id=user_id, shown=shown, now=now)
        return digest.id if parts else None

    def _window(
        self, session: Session, cadre: Cadre, settings: CadreSettings, now: datetime
    ) -> _Window:
        last = repo.last_digest(session=session, user_id=cadre.user_id)
        since = last.window_end if last else cadre.subscribed_at - self.first_lookback
        rows = [
            row
            for row in repo.notices_since(
                session=session, user_id=cadre.user_id, since=since, until=now
            )
            if row.group.chat_id not in settings.muted_groups
        ]
        words = [row for row in rows if row.notice.kind != "chatter"]
        muted = [row for row in words if row.notice.kind in settings.muted_kinds]
        notices = [row for row in words if row.notice.kind not in settings.muted_kinds]
        return _Window(rows, notices, muted)

    def _view(
        self, settings: CadreSettings, now: datetime, window: _Window, planned: list[PlannedItem]
    ) -> DigestView:
        return DigestView(
            lang=settings.language,
            zone=settings.zone,
            generated_at=now,
            entries=[item.entry for item in planned],
            message_count=len(window.rows),
            group_count=len({row.group.id for row in window.rows}),
            chatter_count=window.chatter_count,
            merged_count=len(window.notices) - len(planned),
        )

    def _plan(
        self, session: Session, user_id: int, notices: list[repo.NoticeInGroup]
    ) -> list[PlannedItem]:
        clusters = {r.notice.cluster_id for r in notices if r.notice.cluster_id is not None}
        copies = repo.cluster_copies(session=session, cluster_ids=clusters)
        seen = repo.delivered_clusters(session=session, user_id=user_id, cluster_ids=clusters)
        ids = {r.notice.id for r in [*notices, *copies] if r.notice.id is not None}
        pushed = repo.pushed_notice_ids(session=session, user_id=user_id, notice_ids=ids)
        return plan_items(notices, copies, seen, pushed)
