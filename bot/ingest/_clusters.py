"""Keep the in-memory duplicate index and the stored cluster ids in step."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlmodel import Session

from nlp.dedup import ClusterIndex, DedupItem
from storage import repository as repo
from storage.models import Notice

__all__ = ["ClusterKeeper"]

CHATTER = "chatter"


def _item(notice: Notice) -> DedupItem:
    assert notice.id is not None
    text = " ".join(filter(None, (notice.text, notice.attachment)))
    return DedupItem(key=notice.id, text=text, sent_at=notice.sent_at, due_at=notice.due_at)


class ClusterKeeper:
    """Places notices into clusters; the database stays the source of truth.

    The index lives in memory for speed and is rebuilt from stored cluster ids
    at start (no re-matching), so clusters survive restarts unchanged.
    """

    def __init__(self, index: ClusterIndex, window: timedelta) -> None:
        self._index = index
        self._window = window
        self._placed: list[int] = []

    def restore(self, session: Session, now: datetime) -> int:
        notices = repo.recent_clustered_notices(session=session, since=now - self._window)
        for notice in notices:
            assert notice.cluster_id is not None
            self._index.restore(_item(notice), notice.cluster_id)
        return len(notices)

    def place(self, session: Session, notice: Notice, *, edited: bool) -> int | None:
        """Give a stored notice its cluster (chatter gets none) and recount."""
        assert notice.id is not None
        before = notice.cluster_id
        if notice.kind == CHATTER:
            if edited:
                self._index.forget(notice.id)
            notice.cluster_id = None
        elif edited and before is not None:
            notice.cluster_id = self._index.update(_item(notice))
        else:
            notice.cluster_id = self._index.assign(_item(notice))
        self._placed.append(notice.id)
        session.add(notice)
        session.flush()
        for cluster_id in {before, notice.cluster_id} - {None}:
            assert cluster_id is not None
            repo.refresh_cluster(session=session, cluster_id=cluster_id)
        return notice.cluster_id

    def commit(self) -> None:
        self._placed.clear()

    def discard(self) -> None:
        """The batch's transaction failed: drop what it put into the index."""
        self._forget(self._placed)
        self._placed.clear()

    def _forget(self, keys: Iterable[int]) -> None:
        for key in keys:
            self._index.forget(key)

    def expire(self, now: datetime) -> int:
        return int(self._index.expire(now - self._window))
