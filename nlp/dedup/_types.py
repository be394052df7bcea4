"""Values passed in and out of the cluster index."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

__all__ = ["DedupItem", "MatchScore"]


@dataclass(frozen=True, slots=True)
class DedupItem:
    key: int  # the stored notice id (monotonic with arrival)
    text: str  # as received
    sent_at: datetime  # timezone-aware
    due_at: datetime | None  # from the understanding step


@dataclass(frozen=True, slots=True)
class MatchScore:
    jaccard: float
    containment: float
    merge: bool
    conflict: str | None
