"""Digest items from stored notices: one per cluster of copies, the best copy shown."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from bot.digests._model import DigestEntry
from bot.links import message_link
from storage.models import Group
from storage.repository import NoticeText, WindowRow

__all__ = ["PlannedItem", "best_copy", "make_item", "shown_due"]


@dataclass(frozen=True, slots=True)
class PlannedItem:
    """An entry to show, with the cluster it stands for (None: a lone notice)."""

    entry: DigestEntry
    cluster_id: int | None
    due_at: datetime | None
    notice_ids: tuple[int, ...]
    shown_id: int  # the copy the entry shows


def best_copy(rows: Sequence[WindowRow], texts: Mapping[int, NoticeText]) -> WindowRow:
    """The most complete copy: the longest text, then the most recently edited."""
    if len(rows) == 1:
        return rows[0]
    return max(rows, key=lambda r: (texts[r.id].length, r.edited_at or r.sent_at))


def shown_due(rows: Sequence[WindowRow], texts: Mapping[int, NoticeText]) -> datetime | None:
    """The due time an item of these copies shows: the newest copy's, else the best's."""
    newest = max(rows, key=lambda r: (r.sent_at, r.id))
    return newest.due_at or best_copy(rows, texts).due_at


def _requesters(copies: Sequence[WindowRow], groups: Mapping[int, Group]) -> tuple[str, ...]:
    names: dict[str, None] = {}
    for row in copies:
        group = groups.get(row.group_id)
        names.setdefault((group.department if group else None) or row.sender_name, None)
    return tuple(names)


def make_item(
    rows: Sequence[WindowRow],
    copies: Sequence[WindowRow],
    groups: Mapping[int, Group],
    texts: Mapping[int, NoticeText],
    *,
    pushed: bool,
    updated: bool,
) -> PlannedItem:
    """The item for a cadre's ``rows`` of one notice; ``copies`` are all its copies.

    The copy shown is one of the cadre's own (its link opens for them); the
    other groups and the requesting departments are counted over every copy.
    ``texts`` holds the words of at least ``rows``.
    """
    best = best_copy(rows, texts)
    words = texts[best.id]
    group = groups[best.group_id]
    other_groups = tuple(
        dict.fromkeys(
            groups[row.group_id].title
            for row in copies
            if row.group_id != best.group_id and row.group_id in groups
        )
    )
    due = shown_due(rows, texts)
    entry = DigestEntry(
        kind=best.kind,
        text=words.text,
        sender=best.sender_name,
        group_title=group.title,
        sent_at=best.sent_at,
        link=message_link(best.chat_id, best.message_id, group.username),
        urgent=any(r.urgent for r in rows),
        due_at=due,
        attachment=words.attachment,
        pushed=pushed,
        other_groups=other_groups,
        requesters=_requesters(copies, groups),
        updated=updated,
    )
    return PlannedItem(entry, best.cluster_id, due, tuple(r.id for r in rows), best.id)
