"""The vocabulary shared by every understander, so the bot can swap them freely."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

__all__ = [
    "NOTICE_KINDS",
    "Kind",
    "NoticeInput",
    "NoticeUnderstander",
    "Prepared",
    "Understanding",
]


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
    # Where it falls in its group's talk (nlp.place.place_of); "" when unknown
    place: str = ""


@dataclass(frozen=True, slots=True)
class Prepared:
    """A message's text as the rules read it, and its dates: what duplicate matching
    needs of it, worked out once by the understander that read the message.

    Duplicate matching compares copies by this text and by the moments their
    dates name (a copy forwarded a day later says "今天" where the first said
    "明天"); reading the dates again there would cost as much as understanding.
    Everything is of the whole text the understander was given, as of its
    ``sent_at``, with the understander's close of business.
    """

    text: str  # nlp.due.prepare: normalised, simplified script, digits, lower case
    undated: str  # ``text`` with every date or time expression blanked
    moments: frozenset[datetime]  # what those expressions resolve to
    due: datetime | None  # what the due rules chose, whatever the kind turned out to be


@dataclass(frozen=True, slots=True)
class Understanding:
    """What a notice is, how pressing it is, and when the reader must act; and the
    prepared text that duplicate matching goes on from."""

    kind: Kind
    urgent: bool
    due_at: datetime | None
    prepared: Prepared
    # The words the text was cut into, in order, when it was read whole (else empty):
    # search indexing goes on from them instead of cutting the text a second time.
    words: tuple[str, ...] = ()
    # How sure the kind classifier was of ``kind`` among the five notice kinds (1.0
    # where no classifier weighed it): a copy left in doubt by its own words takes the
    # kind of the notice it joins (bot.ingest._kinds).
    kind_sure: float = 1.0


class NoticeUnderstander(Protocol):
    """Anything that turns a batch of messages into understandings, in order."""

    def understand(self, items: Sequence[NoticeInput]) -> list[Understanding]: ...
