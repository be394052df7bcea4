"""Digest items from stored notices: one per cluster of copies, the best copy shown.

The copy shown is the most complete one that links back (a basic group's
copy has no link); the copies ingest stored as reminders of the notice
(``notice.reminder``, see bot.ingest._clusters) are counted, and the newest
of them that says how far the work got is shown as its status.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from bot.digests._model import DigestEntry
from bot.links import message_link
from nlp.corrections import has_correction_cue
from storage.models import Group
from storage.repository import NoticeText, WindowRow

__all__ = ["PlannedItem", "Reminders", "best_copy", "make_item", "reminders_of", "shown_due"]


@dataclass(frozen=True, slots=True)
class PlannedItem:
    """An entry to show, with the cluster it stands for (None: a lone notice)."""

    entry: DigestEntry
    cluster_id: int | None
    due_at: datetime | None
    notice_ids: tuple[int, ...]
    shown_id: int  # the copy the entry shows


@dataclass(frozen=True, slots=True)
class Reminders:
    """How often a notice was chased after it was first posted, the latest status,
    and the latest correction of it ("更正：会议改到周四下午3点")."""

    count: int = 0
    status: str | None = None
    correction: str | None = None


def _link(row: WindowRow, groups: Mapping[int, Group]) -> str | None:
    group = groups.get(row.group_id)
    return message_link(row.chat_id, row.message_id, group.username if group else None)


def best_copy(
    rows: Sequence[WindowRow],
    texts: Mapping[int, NoticeText],
    groups: Mapping[int, Group] | None = None,
) -> WindowRow:
    """The most complete copy that links back (when ``groups`` tells which do):
    the longest text, then the most recently edited."""
    if len(rows) == 1:
        return rows[0]

    def rank(row: WindowRow) -> tuple[bool, int, datetime]:
        linked = groups is not None and _link(row, groups) is not None
        return linked, texts[row.id].length, row.edited_at or row.sent_at

    return max(rows, key=rank)


def reminders_of(copies: Sequence[WindowRow], texts: Mapping[int, NoticeText]) -> Reminders:
    """Reminders among a cluster's copies, as ingest stored them (one definition:
    a later copy in a group that already had the notice, or one worded as a
    chase), and the latest correction of the notice."""
    count, status, correction = 0, None, None
    for position, row in enumerate(sorted(copies, key=lambda r: (r.sent_at, r.id))):
        words = texts.get(row.id)
        text = words.text if words is not None else ""
        if position and has_correction_cue(text):
            correction = text  # the item's due is already the corrected one
        elif position and row.reminder:
            count += 1
            status = row.status_line or status
    return Reminders(count, status, correction)


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
    reminders: Reminders | None = None,
) -> PlannedItem:
    """The item for a cadre's ``rows`` of one notice; ``copies`` are all its copies.

    The copy shown is one of the cadre's own (its link opens for them); the
    other groups and the requesting departments are counted over every copy.
    ``texts`` holds the words of at least ``rows``.
    """
    best = best_copy(rows, texts, groups)
    chased = reminders or Reminders()
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
        link=_link(best, groups),
        urgent=any(r.urgent for r in rows),
        due_at=due,
        attachment=words.attachment,
        pushed=pushed,
        other_groups=other_groups,
        requesters=_requesters(copies, groups),
        updated=updated,
        reminders=chased.count,
        status=chased.status,
        correction=chased.correction,
    )
    return PlannedItem(entry, best.cluster_id, due, tuple(r.id for r in rows), best.id)
