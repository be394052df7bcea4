"""Open to-dos in a digest: carried from earlier digests, keyed for the keyboard.

A to-do is an item with a due moment of a kind that asks something of the
reader (a report, meeting, task or check-in). It reached a cadre when a copy
arrived in one of their groups inside an earlier digest window, and it is
carried to the top of every later digest until they mark it done or it is
past due: an overdue one is shown once more, in the first digest after its
due moment. Nothing is written per cadre and to-do; only presses are rows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from operator import attrgetter

from bot.digests._items import PlannedItem, make_item, reminders_of
from bot.digests._model import CarriedTodo, DigestEntry
from bot.digests._round import CadreWindow
from bot.digests._strings import DIGEST_STRINGS
from nlp.types import Kind
from storage.models import Group
from storage.repository import Marks, NoticeText, WindowRow

__all__ = [
    "CORRECTIONS_RECALLED",
    "MAX_DONE_BUTTONS",
    "OVERDUE_CARRIED",
    "TODO_KINDS",
    "Keyboard",
    "OpenTodos",
    "digest_keyboard",
    "new_todo_items",
]

TODO_KINDS = (Kind.REPORT.value, Kind.MEETING.value, Kind.TASK.value, Kind.CHECKIN.value)
# An overdue to-do is carried (once, marked) if it fell due within this.
OVERDUE_CARRIED = timedelta(days=1)
# Corrections a carried line still mentions: a to-do is rarely open longer.
CORRECTIONS_RECALLED = timedelta(days=30)
MAX_DONE_BUTTONS = 20  # numbered 完成 N buttons; the rest are done from reminders
_PER_ROW = 5
Keyboard = list[list[list[str]]]  # rows of [label, callback data], stored with the digest
_DUE_ORDER = attrgetter("due_at", "sent_at", "id")


@dataclass(slots=True)
class OpenTodos:
    """The round's candidate to-dos by group, and every mark on them."""

    groups: Mapping[int, Group]
    texts: Mapping[int, NoticeText]
    rows: Sequence[WindowRow]  # soonest due first
    marks: Mapping[tuple[int, int], Marks]
    # (cadre, item) → (correcting notice, its words): the latest correction owed to them
    corrected: Mapping[tuple[int, int], tuple[int, str]] = field(default_factory=dict)
    _by_group: dict[int, list[WindowRow]] = field(default_factory=dict)
    _entries: dict[tuple[tuple[int, ...], int], DigestEntry] = field(default_factory=dict)

    def __post_init__(self) -> None:
        by_group: dict[int, list[WindowRow]] = defaultdict(list)
        for row in self.rows:  # rows without a due moment are never read here
            by_group[row.group_id].append(row)
        self._by_group = dict(by_group)

    def carried(self, cadre: CadreWindow, now: datetime) -> list[CarriedTodo]:
        """The cadre's open to-dos: reached them before this window, not done,
        in unmuted groups and kinds, overdue only if it fell due since."""
        settings = cadre.settings
        if not settings.carry_todos:
            return []
        since, first = cadre.since, cadre.first_start
        muted_groups, muted_kinds = settings.muted_groups, settings.muted_kinds
        found: list[WindowRow] = []
        for group_id, joined in cadre.groups.items():
            rows = self._by_group.get(group_id)
            if not rows or self.groups[group_id].chat_id in muted_groups:
                continue
            start = first if first > joined else joined
            found.extend(
                row
                for row in rows
                if start < row.received_at <= since
                and row.due_at > since  # type: ignore[operator]
                and row.kind not in muted_kinds
            )
        if len(found) > 1:
            found.sort(key=_DUE_ORDER)
        by_item: dict[int, list[WindowRow]] = {}
        for row in found:  # an item's place is its soonest copy's
            by_item.setdefault(row.cluster_id or row.id, []).append(row)
        carried = []
        for item, rows in by_item.items():
            marks = self.marks.get((cadre.user_id, item))
            if marks is None or not marks.done:
                entry = self._entry(rows, self.corrected.get((cadre.user_id, item)))
                carried.append(CarriedTodo(item, entry, bool(marks and marks.acked)))
        return carried

    def _entry(self, rows: list[WindowRow], fix: tuple[int, str] | None) -> DigestEntry:
        """The line's entry, once per set of copies and correction. The due shown
        is always the corrected one; the line says it was corrected, so a first
        wording that names the old time ("明天上午10点") is not read as the due:
        beside it the correction's words ("更正：改到9点半"), or 已更新 when the
        notice itself was edited."""
        key = (tuple(row.id for row in rows), fix[0] if fix else 0)
        entry = self._entries.get(key)
        if entry is None:
            chased = reminders_of(rows, self.texts) if len(rows) > 1 else None
            item = make_item(
                rows, rows, self.groups, self.texts, pushed=False, updated=False, reminders=chased
            )
            entry = item.entry
            if fix is not None and not entry.correction:
                edited = any(row.id == fix[0] for row in rows)
                marked = {"updated": True} if edited else {"correction": fix[1]}
                entry = replace(entry, **marked)
            self._entries[key] = entry
        return entry


def new_todo_items(listed: Sequence[PlannedItem]) -> list[int]:
    """The items of the listed to-dos, in the order the digest numbers them."""
    dated = [(item.due_at, item.entry.sent_at, item) for item in listed if item.due_at]
    dated.sort(key=lambda keyed: (keyed[0], keyed[1]))
    return [item.cluster_id or item.shown_id for _, _, item in dated]


def digest_keyboard(item_ids: Sequence[int], lang: str, stamp: int) -> Keyboard:
    """全部收到, then 完成 N for the first to-dos; ``stamp`` names the digest."""
    if not item_ids:
        return []
    strings = DIGEST_STRINGS[lang]
    rows: Keyboard = [[[strings["ack_all"], f"td:a:{stamp}"]]]
    buttons = [
        [strings["done_n"].format(n=n), f"td:d:{item}"]
        for n, item in enumerate(item_ids[:MAX_DONE_BUTTONS], 1)
    ]
    rows.extend(buttons[i : i + _PER_ROW] for i in range(0, len(buttons), _PER_ROW))
    return rows
