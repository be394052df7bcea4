"""Notices as the duplicate index reads them: text and attachment together, sent on
the groups' calendar."""

from __future__ import annotations

from datetime import datetime, tzinfo

from nlp.dedup import DedupItem
from nlp.types import Prepared
from storage.models import Notice

__all__ = ["dedup_item", "stored_item"]


def dedup_item(
    key: int,
    text: str,
    attachment: str | None,
    sent_at: datetime,
    due_at: datetime | None,
    zone: tzinfo | None,
    group: int = 0,
    prepared: Prepared | None = None,
) -> DedupItem:
    """What matching reads; ``sent_at`` on the groups' calendar, as understanding read it.

    "本周五" is another instant on a UTC calendar, and the database hands
    times back in UTC: without the zone a restored copy would not match.
    ``prepared`` is what understanding read of this very text, when it read it whole.
    """
    local = sent_at.astimezone(zone) if zone is not None else sent_at
    whole = " ".join(filter(None, (text, attachment)))
    return DedupItem(key, whole, local, due_at, group, prepared)


def stored_item(notice: Notice, zone: tzinfo | None) -> DedupItem:
    assert notice.id is not None
    text, attachment, sent = notice.text, notice.attachment, notice.sent_at
    return dedup_item(notice.id, text, attachment, sent, notice.due_at, zone, notice.chat_id)
