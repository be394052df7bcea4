"""The digest as data, before it becomes HTML."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from nlp.types import NOTICE_KINDS

__all__ = ["SECTIONS", "CarriedTodo", "DigestEntry", "DigestView", "Section", "section_of"]


class Section(enum.StrEnum):
    """The digest's own sections, before one section per kind of notice."""

    TODO = "todo"  # anything with a due time, by due time
    URGENT = "urgent"  # urgent notices without one


# Every section, in display order: a section is a ``Section`` or a notice kind.
SECTIONS: tuple[str, ...] = (Section.TODO.value, Section.URGENT.value, *NOTICE_KINDS)


def section_of(due_at: datetime | None, urgent: bool, kind: str) -> str:
    """Where an item is listed: its due time first, then its urgency, then its kind."""
    return Section.TODO if due_at is not None else Section.URGENT if urgent else kind


@dataclass(frozen=True, slots=True)
class DigestEntry:
    """One item a cadre reads: a notice, or the best copy of a merged notice."""

    kind: str
    text: str
    sender: str
    group_title: str
    sent_at: datetime
    link: str | None
    urgent: bool = False
    due_at: datetime | None = None
    attachment: str | None = None
    pushed: bool = False
    other_groups: tuple[str, ...] = ()
    requesters: tuple[str, ...] = ()
    updated: bool = False
    reminders: int = 0  # later copies that chased it
    status: str | None = None  # the latest reminder's "还有3个村没报"
    delivered: bool = False  # in a digest already sent (a look-back says so)
    correction: str | None = None  # the latest later copy that corrects it ("更正：…")


@dataclass(frozen=True, slots=True)
class CarriedTodo:
    """An open to-do from an earlier digest, carried to the top of this one."""

    item_id: int
    entry: DigestEntry
    acked: bool  # the cadre pressed 收到


@dataclass(frozen=True, slots=True)
class DigestView:
    """Everything rendered into one digest; counts feed the header line."""

    lang: str
    zone: ZoneInfo
    generated_at: datetime
    entries: list[DigestEntry]
    message_count: int
    group_count: int
    chatter_count: int
    merged_count: int = 0
    # Items per section (one of SECTIONS), listed or not: a digest lists at
    # most so many, and says how many more each section holds.
    totals: Mapping[str, int] = field(default_factory=dict)
    # Open to-dos delivered earlier, soonest first: numbered before the new ones.
    carried: Sequence[CarriedTodo] = ()
    # Corrections of notices read earlier, as lines (HTML): shown once, first.
    corrections: Sequence[str] = ()
    # A look-back (/digest 24h): what it covers, said in the header instead of
    # "since your last digest".
    period: str | None = None

    @property
    def item_count(self) -> int:
        return sum(self.totals.values()) if self.totals else len(self.entries)
