"""Keep the in-memory duplicate index and the stored cluster ids in step."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta, tzinfo

from sqlmodel import Session

from bot.config import DedupConfig
from nlp.dedup import ClusterIndex, DedupItem, chases, could_follow_up, follow_up
from nlp.due import resolve_due
from nlp.types import Kind
from storage import repository as repo
from storage.models import Notice
from storage.repository import StoredNotice

__all__ = ["ClusterKeeper"]

def _item(
    key: int,
    text: str,
    attachment: str | None,
    sent_at: datetime,
    due_at: datetime | None,
    zone: tzinfo | None,
    group: int = 0,
) -> DedupItem:
    """What matching reads; ``sent_at`` on the groups' calendar, as understanding read it.

    "本周五" is another instant on a UTC calendar, and the database hands
    times back in UTC: without the zone a restored copy would not match.
    """
    local = sent_at.astimezone(zone) if zone is not None else sent_at
    return DedupItem(key, " ".join(filter(None, (text, attachment))), local, due_at, group)


def _stored_item(notice: Notice, zone: tzinfo | None) -> DedupItem:
    assert notice.id is not None
    text, attachment, sent = notice.text, notice.attachment, notice.sent_at
    return _item(notice.id, text, attachment, sent, notice.due_at, zone, notice.chat_id)


def _reminders(
    joined: Mapping[int, int], texts: Mapping[int, str]
) -> dict[int, tuple[bool, str | None]]:
    """The copies that joined an earlier notice's cluster and chase it, with their
    status lines: what a digest counts as "提醒 N 次"."""
    found = {key: follow_up(texts[key]) for key, cluster in joined.items() if key != cluster}
    return {key: (chase.reminder, chase.status) for key, chase in found.items() if chase.reminder}


class ClusterKeeper:
    """Places notices into clusters; the database stays the source of truth.

    The index lives in memory for speed and is rebuilt from stored cluster ids
    at start (no re-matching), so clusters survive restarts unchanged.
    """

    def __init__(self, index: ClusterIndex, window: timedelta, zone: tzinfo | None = None) -> None:
        self._index = index
        self._window = window
        self._zone = zone
        self._placed: list[int] = []

    @classmethod
    def from_config(cls, config: DedupConfig, zone: tzinfo | None) -> ClusterKeeper:
        """The keeper ``[dedup]`` describes, reading times on the groups' calendar."""
        window = timedelta(days=config.window_days)
        index = ClusterIndex(
            window=window, undated_window=timedelta(days=config.undated_window_days)
        )
        return cls(index, window, zone)

    def restore(self, session: Session, now: datetime) -> int:
        notices = repo.recent_clustered_notices(session=session, since=now - self._window)
        for notice in notices:
            assert notice.cluster_id is not None
            self._index.restore(_stored_item(notice, self._zone), notice.cluster_id)
        return len(notices)

    def place(self, session: Session, notice: Notice, *, edited: bool) -> int | None:
        """Give a stored notice its cluster (chatter gets none) and recount."""
        assert notice.id is not None
        before, cluster_id = notice.cluster_id, None
        if notice.kind == Kind.CHATTER:
            if edited:
                self._index.forget(notice.id)
        elif edited and before is not None:
            cluster_id = self._index.update(_stored_item(notice, self._zone))
        else:
            cluster_id = self._index.assign(_stored_item(notice, self._zone))
        self._placed.append(notice.id)
        joined = cluster_id not in (None, notice.id)
        chase = follow_up(notice.text) if joined else None
        reminder = chase is not None and chase.reminder
        repo.set_notice_cluster(session=session, notice=notice, cluster_id=cluster_id)
        repo.set_reminders(
            session=session,
            reminders={notice.id: (reminder, chase.status if chase and reminder else None)},
        )
        for changed in {before, cluster_id} - {None}:
            assert changed is not None
            repo.refresh_cluster(session=session, cluster_id=changed)
        return cluster_id

    def place_new(
        self, session: Session, notices: list[StoredNotice], chats: Mapping[int, int] | None = None
    ) -> dict[int, int]:
        """Clusters for notices just stored, in arrival order (notice id → cluster id).

        ``chats`` gives each notice's group (same group is evidence for a bare
        follow-up). A message taken for chatter that chases an earlier request
        ("自评表还有7位没交"), or names one in its group while it is open
        ("医保 三组五组的"), joins that request's cluster if it finds it, and
        stays out of every cluster otherwise. A notice that starts its own
        cluster is counted as it is; only clusters that gained a copy are
        recounted, once per batch.
        """
        chats = chats or {}
        chatter = [n for n in notices if n.kind == Kind.CHATTER]
        follow_ups = {n.id for n in chatter if chases(n.text)}
        bare = {n.id for n in chatter if n.id not in follow_ups and could_follow_up(n.text)}
        follow_ups |= bare
        notices = [n for n in notices if n.kind != Kind.CHATTER or n.id in follow_ups]
        items = [self._new_item(n, chats.get(n.id, 0), n.id in follow_ups) for n in notices]
        found = self._index.place_batch(items, follow_ups, bare)
        placed = {n.id: c for n, c in zip(notices, found, strict=True) if c is not None}
        self._placed.extend(placed)
        sizes = Counter(placed.values())
        started = {key for key, cluster in placed.items() if key == cluster and sizes[key] == 1}
        repo.start_clusters(session=session, notice_ids=started)
        joined = {key: cluster for key, cluster in placed.items() if key not in started}
        repo.set_clusters(session=session, clusters=joined)
        texts = {n.id: n.text for n in notices}
        repo.set_reminders(session=session, reminders=_reminders(joined, texts))
        repo.refresh_clusters(session=session, cluster_ids=set(sizes) - started)
        return placed

    def _new_item(self, notice: StoredNotice, chat: int, follow_up: bool) -> DedupItem:
        """Understanding gives chatter no due; a follow-up's own is read here."""
        due = notice.due_at
        if follow_up and due is None:
            local = notice.sent_at.astimezone(self._zone) if self._zone else notice.sent_at
            due = resolve_due(" ".join(filter(None, (notice.text, notice.attachment))), local)
        text, attachment, sent = notice.text, notice.attachment, notice.sent_at
        return _item(notice.id, text, attachment, sent, due, self._zone, chat)

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
