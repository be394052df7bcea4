"""Open to-dos in a digest: carried from earlier digests, recorded as delivered, keyed.

A to-do is an item with a due moment; it is recorded for the cadre the first
time a digest lists it (or an urgent push delivers it), keyed by its cluster,
and carried to the top of every later digest until it is done or a day past
due (shown overdue once, marked). The digest's keyboard numbers the carried
to-dos first, then the new ones, as the text does.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from bot.digests._items import PlannedItem, make_item
from bot.digests._model import CarriedTodo, DigestEntry
from bot.digests._strings import DIGEST_STRINGS
from bot.settings import CadreSettings
from storage.models import Group
from storage.repository import NewTodo, NoticeText, OpenTodo, WindowRow

__all__ = [
    "CALLBACK_PREFIX",
    "MAX_DONE_BUTTONS",
    "CarriedCache",
    "Keyboard",
    "digest_keyboard",
    "item_of",
    "new_todos",
]

CALLBACK_PREFIX = "td"
MAX_DONE_BUTTONS = 20  # numbered 完成 N buttons; the rest are done from reminders
_PER_ROW = 5
Keyboard = list[list[list[str]]]  # rows of [label, callback data], stored with the digest


def item_of(row: WindowRow) -> int:
    """The to-do key of a notice: its cluster (whose id is its first copy's)."""
    return row.cluster_id or row.id


@dataclass(slots=True)
class CarriedCache:
    """Entries of carried to-dos, made once per (notice, due) for the round's cadres."""

    groups: Mapping[int, Group]
    texts: Mapping[int, NoticeText]
    _entries: dict[tuple[int, datetime], DigestEntry] = field(default_factory=dict)

    def carried(
        self, opened: Sequence[OpenTodo], mine: Mapping[int, datetime], settings: CadreSettings
    ) -> list[CarriedTodo]:
        """The cadre's open to-dos still in their unmuted groups and kinds."""
        if not settings.carry_todos:
            return []
        carried = []
        for todo in opened:
            row = todo.row
            if row.group_id not in mine or row.kind in settings.muted_kinds:
                continue
            group = self.groups.get(row.group_id)
            if group is None or group.chat_id in settings.muted_groups:
                continue
            carried.append(CarriedTodo(todo.item_id, self._entry(row), todo.acked))
        return carried

    def _entry(self, row: WindowRow) -> DigestEntry:
        assert row.due_at is not None  # open to-dos are read with their due moment
        key = (row.id, row.due_at)
        entry = self._entries.get(key)
        if entry is None:
            item = make_item([row], [row], self.groups, self.texts, pushed=False, updated=False)
            entry = self._entries[key] = item.entry
        return entry


def new_todos(user_id: int, listed: Sequence[PlannedItem]) -> list[NewTodo]:
    """The listed items with a due moment, in the order the digest numbers them."""
    dated = [(item.due_at, item.entry.sent_at, item) for item in listed if item.due_at]
    dated.sort(key=lambda keyed: (keyed[0], keyed[1]))
    return [
        NewTodo(user_id, item.cluster_id or item.shown_id, item.shown_id, due)
        for due, _, item in dated
    ]


def digest_keyboard(item_ids: Sequence[int], lang: str, stamp: int) -> Keyboard:
    """全部收到, then 完成 N for the first to-dos; ``stamp`` names the digest."""
    if not item_ids:
        return []
    strings = DIGEST_STRINGS[lang]
    rows: Keyboard = [[[strings["ack_all"], f"{CALLBACK_PREFIX}:a:{stamp}"]]]
    buttons = [
        [strings["done_n"].format(n=n), f"{CALLBACK_PREFIX}:d:{item}"]
        for n, item in enumerate(item_ids[:MAX_DONE_BUTTONS], 1)
    ]
    rows.extend(buttons[i : i + _PER_ROW] for i in range(0, len(buttons), _PER_ROW))
    return rows
