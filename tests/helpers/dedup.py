"""Notices as the duplicate index receives them, their due read as ingest reads it."""

from __future__ import annotations

from datetime import datetime

from nlp.dedup import ClusterIndex, DedupItem
from nlp.due import resolve_due

__all__ = ["placed_one_by_one", "understood_item"]


def understood_item(key: int, text: str, sent: datetime, group: int = 1) -> DedupItem:
    """A notice ``key`` sent at ``sent`` in ``group``, with the due the resolver reads."""
    return DedupItem(key, text, sent, resolve_due(text, sent), group)


def placed_one_by_one(*items: DedupItem) -> list[int | None]:
    """The cluster each item takes in a fresh index, placed one batch at a time, as
    messages arriving minutes apart are."""
    index = ClusterIndex()
    return [index.place_batch([item])[0] for item in items]
