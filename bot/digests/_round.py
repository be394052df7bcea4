"""A round of digests: every cadre due at one slot, planned from one read.

Ten thousand cadres in a thousand groups read the same notices: a group's
share of a window (what arrived in it since a given moment, split into the
digest's sections and sorted) is worked out once and read by every cadre of
the group. Per cadre there remains only what is theirs: which groups, what
they muted, the copies of one notice that reached them through several
groups, and which of those they already read in an earlier digest.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from itertools import chain
from operator import attrgetter, itemgetter
from typing import Any

from bot.digests._items import PlannedItem, Reminders, make_item, reminders_of, shown_due
from bot.digests._model import SECTIONS, DigestEntry, Section, section_of
from bot.settings import CadreSettings
from nlp.types import Kind
from storage.models import Group
from storage.repository import NoticeText, WindowRow

__all__ = ["CadreWindow", "Plan", "RoundData", "plan_batch", "plan_cadre"]

_Keyed = tuple[int, Any]  # (place in display order, a row or a planned item)


@dataclass(slots=True)
class _Slice:
    """One group's notices received after one moment, as the digest sorts them."""

    messages: int = 0
    chatter: int = 0
    kinds: Counter[str] = field(default_factory=Counter)  # notices (not chatter) by kind
    singles: dict[str, list[_Keyed]] = field(default_factory=lambda: defaultdict(list))
    multis: list[WindowRow] = field(default_factory=list)  # copies of multi-copy notices


@dataclass(slots=True)
class RoundData:
    """Everything the round read, and the slices worked out so far."""

    groups: Mapping[int, Group]
    rows_by_group: Mapping[int, list[WindowRow]]  # each by received_at
    copies: Mapping[int, list[WindowRow]]  # cluster id → every copy
    pushed: set[tuple[int, int]]
    texts: dict[int, NoticeText]  # words of every copy, and of every lone notice listed
    _slices: dict[tuple[int, datetime], _Slice] = field(default_factory=dict)
    # Display order as integers, worked out once: cadres merge their groups'
    # lists by comparing these rather than tuples of datetimes.
    _by_sent: dict[int, int] = field(default_factory=dict)
    _by_due: dict[int, int] = field(default_factory=dict)
    _due_keys: list[tuple[datetime, datetime, int]] = field(default_factory=list)
    # A lone notice's item, made once for all the cadres of its group (a pushed
    # one once more, marked so, for the cadres it was pushed to).
    _singles: dict[tuple[int, bool], PlannedItem] = field(default_factory=dict)
    _reminders: dict[int, Reminders] = field(default_factory=dict)  # by cluster id

    def __post_init__(self) -> None:
        rows = [row for group in self.rows_by_group.values() for row in group]
        rows.sort(key=attrgetter("sent_at", "id"))
        self._by_sent = {row.id: place for place, row in enumerate(rows)}
        self._due_keys = sorted((r.due_at, r.sent_at, r.id) for r in rows if r.due_at is not None)
        self._by_due = {key[2]: place for place, key in enumerate(self._due_keys)}

    def place(self, section: str, due_at: datetime | None, sent_at: datetime, row_id: int) -> int:
        """Where an item shown from row ``row_id`` goes in its section's order."""
        if section != Section.TODO:
            return self._by_sent[row_id]
        assert due_at is not None
        place = self._by_due.get(row_id)
        if place is not None and self._due_keys[place][0] == due_at:
            return place
        return bisect_left(self._due_keys, (due_at, sent_at, row_id))  # due from another copy

    def slice(self, group_id: int, since: datetime) -> _Slice:
        key = (group_id, since)
        if key not in self._slices:
            self._slices[key] = self._cut(group_id, since)
        return self._slices[key]

    def _cut(self, group_id: int, since: datetime) -> _Slice:
        rows = self.rows_by_group.get(group_id, [])
        start = bisect_right([row.received_at for row in rows], since)
        cut = _Slice(messages=len(rows) - start)
        for row in rows[start:]:
            if row.kind == Kind.CHATTER:
                cut.chatter += 1
                continue
            cut.kinds[row.kind] += 1
            if row.copies > 1 and row.cluster_id is not None:
                cut.multis.append(row)
            else:
                section = section_of(row.due_at, row.urgent, row.kind)
                place = self.place(section, row.due_at, row.sent_at, row.id)
                cut.singles[section].append((place, row))
        for keyed in cut.singles.values():
            keyed.sort(key=itemgetter(0))
        return cut

    def reminders(self, cluster_id: int, copies: Sequence[WindowRow]) -> Reminders:
        """The reminders among a cluster's copies, worked out once for every cadre."""
        found = self._reminders.get(cluster_id)
        if found is None:
            found = self._reminders[cluster_id] = reminders_of(copies, self.texts)
        return found

    def single(self, row: WindowRow, user_id: int) -> PlannedItem:
        """The item of a lone notice as ``user_id`` reads it (the words having been read)."""
        pushed = row.urgent and (user_id, row.id) in self.pushed
        item = self._singles.get((row.id, pushed))
        if item is None:
            item = make_item([row], [row], self.groups, self.texts, pushed=pushed, updated=False)
            self._singles[row.id, pushed] = item
        return item


@dataclass(frozen=True, slots=True)
class CadreWindow:
    """One cadre's window and groups, as the round sees them."""

    user_id: int
    since: datetime
    first_start: datetime  # when their first digest window began
    groups: Mapping[int, datetime]  # group id → member since (at the latest)
    settings: CadreSettings


@dataclass(slots=True)
class Plan:
    """What one cadre's digest lists, and what it counts.

    Planning picks what to list (``listed``); :func:`plan_batch` then reads
    the words of the lone notices among them and fills in ``entries``.
    """

    listed: list[WindowRow | PlannedItem] = field(default_factory=list)
    entries: list[DigestEntry] = field(default_factory=list)
    items: list[list[int]] = field(default_factory=list)
    planned: list[PlannedItem] = field(default_factory=list)  # the items behind ``entries``
    totals: dict[str, int] = field(default_factory=dict)
    messages: int = 0
    groups: int = 0
    chatter: int = 0
    merged: int = 0

    @property
    def item_total(self) -> int:
        return sum(self.totals.values())


def plan_cadre(data: RoundData, cadre: CadreWindow, max_items: int) -> Plan:
    """A cadre's digest: sections in display order, at most ``max_items`` listed."""
    muted = set(cadre.settings.muted_kinds)
    slices = [
        data.slice(group_id, cadre.since)
        for group_id in cadre.groups
        if data.groups[group_id].chat_id not in cadre.settings.muted_groups
    ]
    # The header counts what the cadre reads: muted groups and kinds left out.
    shown = [s.messages - sum(s.kinds[kind] for kind in muted) for s in slices]
    plan = Plan(
        messages=sum(shown),
        groups=sum(1 for count in shown if count),
        chatter=sum(s.chatter for s in slices),
    )
    multis, merged = _multi_items(data, cadre, slices, muted)
    plan.merged = merged
    budget = max_items or None
    for section in SECTIONS:
        if section in muted:
            continue
        inputs = [s.singles.get(section, []) for s in slices] + [multis.get(section, [])]
        if muted and section in (Section.TODO, Section.URGENT):
            inputs = [[k for k in keyed if _kind(k[1]) not in muted] for keyed in inputs]
        total = sum(len(keyed) for keyed in inputs)
        if not total:
            continue
        plan.totals[section] = total
        take = total if budget is None else min(total, budget - len(plan.listed))
        plan.listed.extend(thing for _, thing in _first(inputs, take))
    return plan


def plan_batch(
    data: RoundData,
    windows: Sequence[CadreWindow],
    max_items: int,
    read_texts: Callable[[set[int]], Mapping[int, NoticeText]],
) -> list[Plan]:
    """The finished plans of a batch of cadres, in the order of ``windows``.

    Planning picks what each digest lists; the words of the lone notices among
    them are then read at once for the whole batch (``read_texts``), rather
    than for every notice of every group up front, and each plan gets its
    entries and item ids.
    """
    plans = [plan_cadre(data, window, max_items) for window in windows]
    listed = {thing.id for plan in plans for thing in plan.listed if isinstance(thing, WindowRow)}
    data.texts.update(read_texts(listed - data.texts.keys()))
    for window, plan in zip(windows, plans, strict=True):
        for thing in plan.listed:
            item = thing if isinstance(thing, PlannedItem) else data.single(thing, window.user_id)
            plan.entries.append(item.entry)
            plan.items.append(list(item.notice_ids))
            plan.planned.append(item)
    return plans


def _kind(thing: WindowRow | PlannedItem) -> str:
    return thing.entry.kind if isinstance(thing, PlannedItem) else thing.kind


def _first(inputs: Sequence[list[_Keyed]], count: int) -> list[_Keyed]:
    """The first ``count`` of sorted lists together: no more than ``count`` of
    any one list can be among them, so sorting those heads is enough."""
    if count <= 0:
        return []
    live = [keyed for keyed in inputs if keyed]
    if len(live) == 1:
        return live[0][:count]
    heads = sorted(chain.from_iterable(keyed[:count] for keyed in live), key=itemgetter(0))
    return heads[:count]


def _multi_items(
    data: RoundData, cadre: CadreWindow, slices: Sequence[_Slice], muted: set[str]
) -> tuple[dict[str, list[_Keyed]], int]:
    """Items of notices with copies elsewhere, by section, and how many rows merged away.

    A notice the cadre already read (a copy in one of their earlier windows)
    comes back only when its due time changed, marked updated.
    """
    mine: dict[int, list[WindowRow]] = defaultdict(list)
    for cut in slices:
        for row in cut.multis:
            if row.kind not in muted and row.cluster_id is not None:
                mine[row.cluster_id].append(row)
    by_section: dict[str, list[_Keyed]] = defaultdict(list)
    for cluster_id, rows in mine.items():
        copies = data.copies.get(cluster_id, rows)
        earlier = [row for row in copies if _read_before(row, cadre)]
        pushed = any((cadre.user_id, row.id) in data.pushed for row in copies)
        item = make_item(
            rows, copies, data.groups, data.texts, pushed=pushed, updated=bool(earlier),
            reminders=data.reminders(cluster_id, copies),
        )  # fmt: skip
        if earlier and shown_due(earlier, data.texts) == item.due_at:
            continue  # another copy of something already read: merged away
        entry = item.entry
        section = section_of(entry.due_at, entry.urgent, entry.kind)
        place = data.place(section, entry.due_at, entry.sent_at, item.shown_id)
        by_section[section].append((place, item))
    for keyed in by_section.values():
        keyed.sort(key=itemgetter(0))
    kept = sum(len(keyed) for keyed in by_section.values())
    return by_section, sum(len(rows) for rows in mine.values()) - kept


def _read_before(row: WindowRow, cadre: CadreWindow) -> bool:
    """Whether this copy reached the cadre in one of their earlier digests."""
    joined = cadre.groups.get(row.group_id)
    return (
        joined is not None
        and row.kind != Kind.CHATTER
        and max(cadre.first_start, joined) < row.received_at <= cadre.since
    )
