"""Keep the in-memory duplicate index and the stored cluster ids in step."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, time, timedelta, tzinfo

from sqlmodel import Session

from bot.config import DedupConfig
from bot.ingest._follow_ups import follow_ups_of
from bot.ingest._items import dedup_item, stored_item
from bot.ingest._kinds import copied_kinds
from bot.ingest._reminders import reminders_among
from bot.ingest._revisions import (
    Chased,
    Link,
    chased_dues,
    corrects,
    find_link,
    pressed_copies,
    stale_dues,
)
from nlp.dedup import ClusterIndex, DedupItem
from nlp.due import resolve_due
from nlp.types import Kind, Prepared
from storage import repository as repo
from storage.models import Notice
from storage.repository import StoredNotice

__all__ = ["ClusterKeeper", "Placement"]


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a batch's notices went: notice id → cluster id; the corrections among
    them, linked to what they correct; the copies that took a corrected due."""

    clusters: dict[int, int]
    links: dict[int, Link] = field(default_factory=dict)
    dues: dict[int, datetime] = field(default_factory=dict)
    # follow-ups that stated no due and took their notice's (bot.ingest._revisions)
    chased: dict[int, Chased] = field(default_factory=dict)
    # copies and chases urgent by the near due of the notice they joined (nlp.urgent_copies)
    pressed: frozenset[int] = frozenset()
    # copies that took the kind of the notice they joined (bot.ingest._kinds)
    kinds: dict[int, str] = field(default_factory=dict)

    def merged(self, other: Placement) -> Placement:
        return Placement(
            self.clusters | other.clusters, self.links | other.links, self.dues | other.dues,
            self.chased | other.chased, self.pressed | other.pressed, self.kinds | other.kinds,
        )  # fmt: skip


class ClusterKeeper:
    """Places notices into clusters; the database stays the source of truth.

    The index lives in memory for speed and is rebuilt from stored cluster ids
    at start (no re-matching), so clusters survive restarts unchanged. Dates
    the index reads itself (restored notices, a follow-up's own due) are read
    with the index's close of business, the one understanding is configured with.
    """

    def __init__(self, index: ClusterIndex, window: timedelta, zone: tzinfo | None = None) -> None:
        self._index = index
        self._window = window
        self._zone = zone
        self._placed: list[int] = []
        # Clusters whose due was corrected: only a copy joining one of these may be stale.
        self._corrected: set[int] = set()
        self._titles: dict[int, str] = {}  # the title each chat was last read under

    @classmethod
    def from_config(
        cls, config: DedupConfig, zone: tzinfo | None, *, close_of_business: time
    ) -> ClusterKeeper:
        """The keeper ``[dedup]`` describes, reading times on the groups' calendar
        and "下班前" as ``close_of_business`` (``[understanding]``'s)."""
        window = timedelta(days=config.window_days)
        index = ClusterIndex(
            window=window,
            undated_window=timedelta(days=config.undated_window_days),
            close_of_business=close_of_business,
        )
        return cls(index, window, zone)

    def note_posters(self, posted: Iterable[tuple[int, int | None]]) -> None:
        """(chat, sender) of every message read, chatter too: groups one person posts
        in are related, and a retelling there that asks by the notice's very minute
        is its copy (nlp.dedup._peers)."""
        self._index.note_posters((chat, sender) for chat, sender in posted if sender)

    def note_titles(self, titled: Iterable[tuple[int, str]]) -> None:
        """(chat, title) of the groups read: groups named for one place ("板吉村两委
        工作群", "板吉村各屯屯长群") are related as groups sharing a poster are. Each
        chat's title is read once, and again when it changes."""
        fresh = [(chat, title) for chat, title in titled if self._titles.get(chat) != title]
        self._titles.update(fresh)
        self._index.note_titles(fresh)

    def restore(self, session: Session, now: datetime) -> int:
        """Re-enter the window's notices under their clusters (and older requests still
        open, which the index keeps past its window), the versions they had before a
        correction (so a copy of an old version still finds them), and who posted where."""
        since = now - self._window
        self.note_posters(repo.posters_since(session=session, since=since))
        self.note_titles((g.chat_id, g.title) for g in repo.list_registered_groups(session=session))
        notices = repo.recent_clustered_notices(session=session, since=since, due_after=now)
        for notice in notices:
            assert notice.cluster_id is not None
            self._index.restore(stored_item(notice, self._zone), notice.cluster_id)
        for old in repo.old_versions(session=session, since=since):
            item = dedup_item(old.notice_id, old.text, None, old.sent_at, old.due_at, self._zone)
            self._index.restore(replace(item, group=old.chat_id), old.cluster_id)
            self._corrected.add(old.cluster_id)
        return len(notices)

    def place(
        self, session: Session, notice: Notice, *, edited: bool, revised: bool = False
    ) -> int | None:
        """Give a stored notice its cluster (chatter gets none) and recount.

        A ``revised`` notice (a material edit: another due, venue, figure) stays
        the notice it was: it keeps its cluster, every copy takes its due, and
        its old version stays matchable, so a copy of the old version forwarded
        later joins it rather than coming back as a notice of its own.
        """
        assert notice.id is not None
        before, cluster_id = notice.cluster_id, None
        if notice.kind == Kind.CHATTER:
            if edited:
                self._index.forget(notice.id)
        elif before is not None and (revised or before in self._corrected):
            # A later typo fix of a corrected notice re-matches nothing either:
            # that would drop the old versions a stale copy must still find.
            self._index.restore(stored_item(notice, self._zone), before)
            cluster_id = before
            self._corrected.add(before)
            if revised and notice.due_at is not None:
                repo.set_cluster_due(session=session, cluster_id=before, due_at=notice.due_at)
        elif edited and before is not None:
            cluster_id = self._index.update(stored_item(notice, self._zone))
        else:
            cluster_id = self._index.assign(stored_item(notice, self._zone))
        self._placed.append(notice.id)
        repo.set_notice_cluster(session=session, notice=notice, cluster_id=cluster_id)
        found: dict[int, tuple[bool, str | None]] = {}
        if cluster_id is not None and cluster_id != notice.id:
            again = repo.posted_again(session=session, notice_ids=[notice.id])
            own = {notice.id: (notice.text, None)}
            found = reminders_among({notice.id: cluster_id}, own, again)
        repo.set_reminders(
            session=session, reminders={notice.id: found.get(notice.id, (False, None))}
        )
        for changed in {before, cluster_id} - {None}:
            assert changed is not None
            repo.refresh_cluster(session=session, cluster_id=changed)
        return cluster_id

    def place_new(
        self,
        session: Session,
        notices: list[StoredNotice],
        chats: Mapping[int, int] | None = None,
        prepared: Mapping[int, Prepared] | None = None,
        kind_sure: Mapping[int, float] | None = None,
    ) -> Placement:
        """Clusters for notices just stored, in arrival order.

        ``chats`` gives each notice's group (same group is evidence for a bare
        follow-up); ``prepared`` what understanding read of a notice's whole text
        (its text and attachment), so matching need not read it again. A
        message taken for chatter that chases an earlier request ("自评表还有7位没交"),
        or names one in its group while it is open ("医保 三组五组的"), joins
        that request's cluster if it finds it, and stays out of every cluster
        otherwise. A correction of a notice of its group joins that
        notice (see bot.ingest._revisions). A notice that starts its own
        cluster is counted as it is; only clusters that gained a copy are
        recounted, once per batch. A copy whose kind its own words left in doubt
        (``kind_sure``: how sure understanding was of it) takes its notice's kind
        (see bot.ingest._kinds).
        """
        chats, prepared = chats or {}, prepared or {}
        corrections = {n.id for n in notices if corrects(n.text)}
        plain = [n for n in notices if n.id not in corrections]
        placed = self._place(session, plain, chats, prepared)
        links = self._link(session, [n for n in notices if n.id in corrections], chats)
        unlinked = [n for n in notices if n.id in corrections and n.id not in links]
        linked = Placement({key: link.cluster_id for key, link in links.items()}, links)
        placed = placed.merged(self._place(session, unlinked, chats, prepared))
        kinds = copied_kinds(session, placed.clusters, notices, kind_sure or {}, set(placed.chased))
        repo.set_kinds(session=session, kinds=kinds)
        return replace(placed.merged(linked), kinds=kinds)

    def _place(
        self,
        session: Session,
        notices: list[StoredNotice],
        chats: Mapping[int, int],
        prepared: Mapping[int, Prepared],
    ) -> Placement:
        """Match and store clusters (see :meth:`place_new`), with the stale copies' new
        dues and what the follow-ups took of their notices."""
        if not notices:
            return Placement({})
        # the prepared text is of text and attachment: it stands for the text alone without one
        alone = {
            n.id: prepared[n.id].text for n in notices if n.id in prepared and not n.attachment
        }
        chasing = follow_ups_of(session, notices, alone)
        notices = [n for n in notices if n.kind != Kind.CHATTER or n.id in chasing.joining]
        items = [
            self._new_item(n, chats.get(n.id, 0), n.id in chasing.joining, prepared.get(n.id))
            for n in notices
        ]
        found = self._index.place_batch(items, chasing.joining, chasing.bare, chasing.rolls)
        placed = {n.id: c for n, c in zip(notices, found, strict=True) if c is not None}
        self._placed.extend(placed)
        sizes = Counter(placed.values())
        started = {key for key, cluster in placed.items() if key == cluster and sizes[key] == 1}
        repo.start_clusters(session=session, notice_ids=started)
        joined = {key: cluster for key, cluster in placed.items() if key not in started}
        repo.set_clusters(session=session, clusters=joined)
        texts = {n.id: (n.text, alone.get(n.id)) for n in notices}
        again = repo.posted_again(session=session, notice_ids=joined)
        repo.set_reminders(session=session, reminders=reminders_among(joined, texts, again))
        suspect = {key: c for key, c in joined.items() if c in self._corrected}
        dues = stale_dues(session, suspect, notices, self._zone)
        repo.set_dues(session=session, dues=dues)
        chased = chased_dues(session, joined, notices, chasing.rolls, chasing.asked)
        repo.set_chased(
            session=session,
            chased={key: (c.due_at, c.urgent, c.kind) for key, c in chased.items()},
        )
        pressed = pressed_copies(session, joined, notices, set(chased) | set(dues))
        repo.set_urgent(session=session, notice_ids=pressed)
        repo.refresh_clusters(session=session, cluster_ids=set(sizes) - started)
        return Placement(placed, {}, dues, chased, frozenset(pressed))

    def _link(
        self, session: Session, notices: list[StoredNotice], chats: Mapping[int, int]
    ) -> dict[int, Link]:
        """Corrections of an earlier notice of their group: each joins that notice,
        which takes the corrected due on every copy."""
        links: dict[int, Link] = {}
        for notice in notices:
            chat = chats.get(notice.id)
            link = find_link(session, notice, chat, self._zone) if chat else None
            if link is None:
                continue
            links[notice.id] = link
            self._corrected.add(link.cluster_id)
            item = self._new_item(notice, chat or 0, False, None)
            self._index.restore(replace(item, due_at=link.due_at), link.cluster_id)
            self._placed.append(notice.id)
            repo.join_correction(
                session=session, notice_id=notice.id, cluster_id=link.cluster_id,
                kind=link.kind, urgent=link.urgent,
            )  # fmt: skip
            if link.due_at is not None:
                repo.set_cluster_due(
                    session=session, cluster_id=link.cluster_id, due_at=link.due_at
                )
            repo.refresh_clusters(session=session, cluster_ids=[link.cluster_id])
        return links

    def _new_item(
        self, notice: StoredNotice, chat: int, follow_up: bool, prepared: Prepared | None
    ) -> DedupItem:
        """Understanding gives chatter no due; a follow-up's own is the one the due
        rules read (carried in ``prepared``, else read here)."""
        due = notice.due_at
        if follow_up and due is None and prepared is not None:
            due = prepared.due
        elif follow_up and due is None:
            local = notice.sent_at.astimezone(self._zone) if self._zone else notice.sent_at
            whole = " ".join(filter(None, (notice.text, notice.attachment)))
            close = self._index.close_of_business
            due = resolve_due(whole, local, close_of_business=close)
        text, attachment, sent = notice.text, notice.attachment, notice.sent_at
        return dedup_item(notice.id, text, attachment, sent, due, self._zone, chat, prepared)

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
