"""The vocabulary shared by every understander, so the bot can swap them freely."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

__all__ = ["NOTICE_KINDS", "Kind", "NoticeInput", "NoticeUnderstander", "Understanding"]


class Kind(enum.StrEnum):
    """The six kinds of ../shared/corpus-format.md; the order is the display order."""

    REPORT = "report"
    MEETING = "meeting"
    TASK = "task"
    CHECKIN = "checkin"
    NOTICE = "notice"
    CHATTER = "chatter"


# What a notice can be (every kind but chatter), as stored, in display order.
NOTICE_KINDS: tuple[str, ...] = tuple(kind.value for kind in Kind if kind is not Kind.CHATTER)


@dataclass(frozen=True, slots=True)
class NoticeInput:
    """One message as the understander needs it.

    ``sent_at`` must be timezone-aware and carry the group's offset, because
    relative expressions ("明天下午3点") resolve against the local calendar.
    """

    text: str
    sent_at: datetime


@dataclass(frozen=True, slots=True)
class Understanding:
    """What a notice is, how pressing it is, and when the reader must act."""

    kind: Kind
    urgent: bool
    due_at: datetime | None
    normalized: str


class NoticeUnderstander(Protocol):
    """Anything that turns a batch of messages into understandings, in order."""

    def understand(self, items: Sequence[NoticeInput]) -> list[Understanding]: ...
