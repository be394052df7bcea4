"""What the due resolver found, so a wrong answer can be traced to its cause."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

__all__ = ["Candidate", "DueExplanation", "Role"]


class Role(enum.StrEnum):
    """How strongly an expression binds the reader, strongest first."""

    DEADLINE = "deadline"  # 前 / 截止 / by / within N days
    START = "start"  # a clock time without 前: a meeting or event begins
    DAY = "day"  # a day (or part of one) with neither


@dataclass(frozen=True, slots=True)
class Candidate:
    """One date/time expression of the prepared text and what it resolves to.

    ``dropped`` names the reason the expression cannot be the due moment
    ("past", "horizon", "effective-from", ...); None for live candidates.
    """

    start: int
    end: int
    surface: str
    moment: datetime
    role: Role
    dropped: str | None = None


@dataclass(frozen=True, slots=True)
class DueExplanation:
    """The resolver's answer with its working.

    Spans index ``text``, the normalised text the resolver actually read
    (half-width, relay wrappers removed, Chinese numerals as digits).
    """

    text: str
    candidates: tuple[Candidate, ...]
    chosen: Candidate | None
    reason: str

    @property
    def due(self) -> datetime | None:
        """The chosen moment, or None."""
        return None if self.chosen is None else self.chosen.moment
