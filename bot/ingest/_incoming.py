"""Plain values that cross from the Telegram handlers into the ingest pipeline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

__all__ = ["IncomingMessage", "IngestOutcome"]


@dataclass(frozen=True, slots=True)
class IncomingMessage:
    """A group message, new or edited, stripped of everything Telegram-specific."""

    chat_id: int
    message_id: int
    sender_id: int | None
    sender_name: str
    sent_at: datetime
    text: str
    attachment: str | None = None
    forwarded_from: str | None = None
    edited_at: datetime | None = None
    shares_file: bool = False  # a document: a file shared into a group is never chatter


@dataclass(frozen=True, slots=True)
class IngestOutcome:
    """What happened to one message; ``stored`` is false for unregistered groups."""

    stored: bool
    notice_id: int | None = None
    created: bool = False
    urgent: bool = False
    kind: str | None = None
    cluster_id: int | None = None
    due_at: datetime | None = None
    # A material edit of a stored notice: its text and due moment before it.
    corrected_from: tuple[str, datetime | None] | None = None
    # A message that corrects an earlier notice: the cluster it joined, whose readers are owed.
    corrects: int | None = None
