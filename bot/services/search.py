"""Search of a cadre's own groups' notices, a page at a time.

The words are cut as the index was (``nlp.search_terms``) and matched by the
database's full-text index (``repo.search_notices``); each result is a
digest item, made and rendered by the digest's own code. Only groups the
cadre is a member of now are searched, muted ones included: muting keeps a
group out of the digests, but a cadre who searches is asking for everything
they can read. A search is remembered (in memory, the newest few thousand)
so its pages stay the same while new notices arrive; after a restart its
buttons say it has expired.
"""

from __future__ import annotations

import secrets
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session

from bot.clock import Clock
from bot.digests import DigestEntry, make_item
from bot.services._threads import in_session
from bot.settings import Defaults, effective_settings
from nlp.search_terms import query_words
from storage import repository as repo
from storage.database import Database

__all__ = ["PAGE_SIZE", "SearchResults", "SearchService"]

PAGE_SIZE = 10
_KEPT = 5000  # searches whose pages can still be turned


@dataclass(frozen=True, slots=True)
class _Search:
    owner: int
    query: str
    words: tuple[str, ...]
    any_word: bool  # no notice held every word: those holding some
    since: datetime
    until: datetime


@dataclass(frozen=True, slots=True)
class SearchResults:
    """One page of a search, ready to render."""

    search_id: str
    query: str
    days: int
    page: int  # from 0
    total: int
    capped: bool
    any_word: bool
    entries: list[DigestEntry]
    lang: str
    now: datetime  # in the reader's zone

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // PAGE_SIZE))


class SearchService:
    """Runs searches and keeps them for their pages."""

    def __init__(self, db: Database, defaults: Defaults, clock: Clock, *, days: int) -> None:
        self._db = db
        self._defaults = defaults
        self._clock = clock
        self.days = days
        self._searches: OrderedDict[str, _Search] = OrderedDict()

    async def initialize(self) -> None:
        """Searches are kept in memory; nothing to load."""

    async def shutdown(self) -> None:
        self._searches.clear()

    async def search(self, user_id: int, query: str) -> SearchResults | None:
        """The first page; None when the query holds no word to search for."""
        words = tuple(query_words(query))
        if not words:
            return None
        now = self._clock.now()
        search = _Search(user_id, query.strip(), words, False, now - timedelta(days=self.days), now)
        search_id = secrets.token_urlsafe(6)
        results = await in_session(self._db, lambda s: self._page(s, search_id, search, 0))
        if results.any_word:
            search = replace(search, any_word=True)
        self._searches[search_id] = search
        while len(self._searches) > _KEPT:
            self._searches.popitem(last=False)
        return results

    async def page(self, user_id: int, search_id: str, page: int) -> SearchResults | None:
        """Another page of a kept search; None when it expired or is someone else's."""
        search = self._searches.get(search_id)
        if search is None or search.owner != user_id or page < 0:
            return None
        self._searches.move_to_end(search_id)
        return await in_session(self._db, lambda s: self._page(s, search_id, search, page))

    def _page(self, session: Session, search_id: str, search: _Search, page: int) -> SearchResults:
        cadre = repo.get_cadre(session=session, user_id=search.owner)
        settings = effective_settings(cadre, self._defaults) if cadre else None
        lang = settings.language if settings else "zh"
        zone = settings.zone if settings else ZoneInfo(self._defaults.timezone)
        groups = repo.member_groups(session=session, user_ids=[search.owner])
        mine = [group_id for group_id, _ in groups.get(search.owner, [])]
        found = self._find(session, search, mine, page)
        any_word = search.any_word
        if not found.rows and page == 0 and not any_word and len(search.words) > 1:
            any_word = True
            found = self._find(session, replace(search, any_word=True), mine, 0)
        entries = _entries(session, found.rows, set(mine))
        return SearchResults(
            search_id,
            search.query,
            self.days,
            page,
            found.total,
            found.capped,
            any_word,
            entries,
            lang,
            search.until.astimezone(zone),
        )

    @staticmethod
    def _find(session: Session, search: _Search, mine: list[int], page: int) -> repo.SearchPage:
        return repo.search_notices(
            session=session,
            words=search.words,
            group_ids=mine,
            since=search.since,
            until=search.until,
            now=search.until,
            limit=PAGE_SIZE,
            offset=page * PAGE_SIZE,
            any_word=search.any_word,
        )


def _entries(session: Session, rows: Sequence[repo.WindowRow], mine: set[int]) -> list[DigestEntry]:
    """Each result as a digest item: a notice with copies in several of the cadre's
    groups names those groups (never one they are not in)."""
    clusters = {row.cluster_id for row in rows if row.copies > 1 and row.cluster_id}
    copies: dict[int, list[repo.WindowRow]] = {}
    for copy in repo.copies_of(session=session, cluster_ids=clusters):
        if copy.cluster_id is not None and copy.group_id in mine:
            copies.setdefault(copy.cluster_id, []).append(copy)
    every = [*rows] + [c for found in copies.values() for c in found]
    texts = repo.notice_texts(session=session, notice_ids={row.id for row in every})
    groups = repo.groups_by_id(session=session, group_ids={row.group_id for row in every})
    entries = []
    for row in rows:
        shown = copies.get(row.cluster_id or 0, [row])
        item = make_item([row], shown, groups, texts, pushed=False, updated=False)
        entries.append(item.entry)
    return entries
