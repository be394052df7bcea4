"""The generator's in-memory shapes: chats, families, and message drafts.

Drafts carry bookkeeping the published corpus must not show (which family or
hand-written block a message came from, which unit it belongs to), because the
split has to keep whole families and whole clusters together.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

__all__ = [
    "KINDS",
    "Chat",
    "Draft",
    "Family",
    "Lang",
    "PoolEntry",
    "Timing",
]

Lang = Literal["zh", "en", "mix"]
Timing = Literal["deadline", "event", "none", "recurring", "hours"]
KINDS = ("report", "meeting", "task", "checkin", "notice", "chatter")


@dataclass(frozen=True)
class Chat:
    """A work group: its Telegram identity, language, audience and vocabulary."""

    key: str
    chat_id: int
    title: str
    lang: Lang
    topics: tuple[str, ...]
    who: tuple[str, ...]
    greet: tuple[str, ...]
    members: tuple[str, ...]
    villages: tuple[str, ...]
    places: tuple[str, ...]

    def writes(self, lang: str) -> bool:
        """Whether a notice in ``lang`` can plausibly be posted here."""
        return self.lang == lang or self.lang == "mix"


@dataclass(frozen=True)
class PoolEntry:
    """One line of a content pool: a topic tag and named fields."""

    topic: str
    fields: dict[str, str]


@dataclass(frozen=True)
class Family:
    """One phrasing skeleton; ``forms[1:]`` reword the same notice for copies."""

    name: str
    kind: str
    lang: Literal["zh", "en"]
    timing: Timing
    pool: str
    cue: bool
    trap: bool
    forms: tuple[str, ...]
    source: str


@dataclass
class Draft:
    """A message before ids are assigned; ``unit`` keeps it with its split."""

    chat: Chat
    sender: str
    sent: datetime
    text: str
    kind: str
    urgent: bool
    due: datetime | None
    unit: str
    origin: str
    lang: str
    cluster: str | None = None
    tags: set[str] = field(default_factory=set)
