"""Values passed in and out of the cluster index."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from nlp.types import Prepared

__all__ = ["DedupItem", "MatchScore"]


@dataclass(frozen=True, slots=True)
class DedupItem:
    key: int  # the stored notice id (monotonic with arrival)
    text: str  # as received
    sent_at: datetime  # timezone-aware
    due_at: datetime | None  # from the understanding step
    group: int = 0  # where it was posted, as an opaque number (0: unknown)
    # What the understander read of ``text`` as of ``sent_at`` (None: the index reads it)
    prepared: Prepared | None = None


@dataclass(frozen=True, slots=True)
class MatchScore:
    jaccard: float
    containment: float
    merge: bool
    conflict: str | None
    probability: float = 0.0  # the learned scorer's, for pairs the plain tests do not merge
