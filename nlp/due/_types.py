"""What the due resolver found, so a wrong answer can be traced to its cause."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

__all__ = ["Candidate", "DueExplanation", "Piece", "Role"]


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


@dataclass(frozen=True, slots=True)
class Piece:
    """One building block of an expression ("明天", "下午3点半", "3天内"), as
    :mod:`nlp.due._pieces` reads it; unset fields are what the piece does not say."""

    start: int
    end: int
    day: date | None = None
    exact: bool = False  # a written calendar date: beats a weekday name beside it
    day_of_month: int | None = None  # a bare "25日"
    period: str | None = None
    hour: int | None = None
    minute: int = 0
    alone: time | None = None  # what a period word means with no clock time
    moment: datetime | None = None  # "3天内": a complete moment
    event: bool = False  # "半小时后": the moment something starts
    deadline: bool = False  # the words themselves set a deadline
    horizon: bool = False  # a year end: a policy horizon, never a deadline
    period_end: bool = False  # "本周内": the last day of a period, less precise than a weekday
    named: bool = False  # a holiday or lunar date: planned for months ahead, no plan horizon

    @classmethod
    def spanning(cls, match: re.Match[str], **fields: Any) -> Piece:
        """The piece ``match`` reads, over the text it matched."""
        return cls(match.start(), match.end(), **fields)
