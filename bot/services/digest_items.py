"""Turn a cadre's new notices into digest items, one per cluster of copies."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from bot.digest import DigestEntry
from bot.links import message_link
from storage.repository import NoticeInGroup

__all__ = ["PlannedItem", "plan_items"]


@dataclass(frozen=True, slots=True)
class PlannedItem:
    """An entry to show, with the cluster it stands for (None: a lone notice)."""

    entry: DigestEntry
    cluster_id: int | None
    due_at: datetime | None
    notice_ids: tuple[int, ...]


def _key(row: NoticeInGroup) -> tuple[str, int]:
    notice = row.notice
    assert notice.id is not None
    return ("c", notice.cluster_id) if notice.cluster_id is not None else ("n", notice.id)


def _best(rows: Sequence[NoticeInGroup]) -> NoticeInGroup:
    """The most complete copy: the longest text, then the most recently edited."""
    return max(rows, key=lambda r: (len(r.notice.text), r.notice.edited_at or r.notice.sent_at))


def _requesters(copies: Sequence[NoticeInGroup]) -> tuple[str, ...]:
    names: dict[str, None] = {}
    for row in copies:
        names.setdefault(row.group.department or row.notice.sender_name, None)
    return tuple(names)


def _entry(
    rows: Sequence[NoticeInGroup], copies: Sequence[NoticeInGroup], *, pushed: bool, updated: bool
) -> PlannedItem:
    best = _best(rows)
    newest = max(rows, key=lambda r: (r.notice.sent_at, r.notice.id or 0))
    due = newest.notice.due_at or best.notice.due_at
    notice, group = best.notice, best.group
    other_groups = tuple(
        dict.fromkeys(row.group.title for row in copies if row.group.id != group.id)
    )
    entry = DigestEntry(
        kind=notice.kind,
        text=notice.text,
        sender=notice.sender_name,
        group_title=group.title,
        sent_at=notice.sent_at,
        link=message_link(notice.chat_id, notice.message_id, group.username),
        urgent=any(r.notice.urgent for r in rows),
        due_at=due,
        attachment=notice.attachment,
        pushed=pushed,
        other_groups=other_groups,
        requesters=_requesters(copies),
        updated=updated,
    )
    ids = tuple(r.notice.id for r in rows if r.notice.id is not None)
    return PlannedItem(entry, notice.cluster_id, due, ids)


def plan_items(
    rows: Sequence[NoticeInGroup],
    copies: Sequence[NoticeInGroup],
    seen: Mapping[int, datetime | None],
    pushed: set[int],
) -> list[PlannedItem]:
    """One item per cluster; a cluster already shown comes back only if its due changed.

    ``rows`` are the cadre's new, non-chatter notices; ``copies`` every stored
    copy of their clusters; ``seen`` the due time each cluster was shown with.
    """
    grouped: dict[tuple[str, int], list[NoticeInGroup]] = defaultdict(list)
    for row in rows:
        grouped[_key(row)].append(row)
    all_copies: dict[int, list[NoticeInGroup]] = defaultdict(list)
    for row in copies:
        if row.notice.cluster_id is not None:
            all_copies[row.notice.cluster_id].append(row)
    planned = []
    for (kind, ident), members in grouped.items():
        cluster_copies = all_copies.get(ident, members) if kind == "c" else members
        was_pushed = any(row.notice.id in pushed for row in cluster_copies)
        item = _entry(
            members, cluster_copies, pushed=was_pushed, updated=kind == "c" and ident in seen
        )
        if kind == "c" and ident in seen and seen[ident] == item.due_at:
            continue  # another copy of something already read: merged away
        planned.append(item)
    return planned
