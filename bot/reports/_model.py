"""What a report says, as plain data: the text, the charts and the CLI all read it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from statistics import median

from bot.reports._hours import WorkingHours
from bot.reports._period import Period
from nlp.types import NOTICE_KINDS, Kind
from storage.repository import GroupVolume, KindVolume, RepeatedRequest

__all__ = [
    "ALL_KINDS",
    "NOTICE_KINDS",
    "REQUEST_KINDS",
    "Burden",
    "DepartmentVolume",
    "OverlapLine",
    "Report",
    "Timing",
]

ALL_KINDS: tuple[str, ...] = tuple(kind.value for kind in Kind)
# Kinds that ask cadres to do something: pushing one again is a repeated demand.
REQUEST_KINDS: tuple[str, ...] = tuple(k.value for k in (Kind.REPORT, Kind.TASK, Kind.CHECKIN))


@dataclass(frozen=True, slots=True)
class Timing:
    """Notices by local day and kind, by weekday and hour, and outside work."""

    per_day: dict[date, dict[str, int]]  # every day of the period, zero days included
    heatmap: tuple[tuple[int, ...], ...]  # 7 weekdays (Monday first) × 24 hours
    off_hours: int  # outside working time, rest days included
    rest_days: int


@dataclass(frozen=True, slots=True)
class Burden:
    """What a cadre would have read in the groups versus what digests gave them."""

    cadres: int
    read_per_day: float  # median over cadres of messages per day
    items_per_day: float  # median over cadres of digest items per day
    read_total: int
    items_total: int

    @classmethod
    def of(cls, reading: dict[int, int], items: dict[int, int], days: int) -> Burden:
        """Per-cadre daily averages, then the median cadre: a typical reader,
        not one swamped by a single noisy group."""
        users = sorted(reading)
        if not users:
            return cls(0, 0.0, 0.0, 0, 0)
        delivered = [items.get(user, 0) for user in users]
        return cls(
            len(users),
            float(median(reading[user] / days for user in users)),
            float(median(count / days for count in delivered)),
            sum(reading.values()),
            sum(delivered),
        )

    @property
    def saved_share(self) -> float | None:
        if not self.read_total:
            return None
        return max(0.0, 1 - self.items_total / self.read_total)


@dataclass(frozen=True, slots=True)
class DepartmentVolume:
    department: str | None
    messages: int
    notices: int


@dataclass(frozen=True, slots=True)
class Report:
    period: Period
    hours: WorkingHours
    coverage: str | None  # the departments or groups asked for; None: all in scope
    groups: list[GroupVolume]
    kinds: dict[str, KindVolume]
    timing: Timing
    repeated: list[RepeatedRequest]
    burden: Burden
    acknowledged: tuple[int, int] = (0, 0)  # 收到 and 已完成 presses, in all (never by person)

    @property
    def messages(self) -> int:
        return sum(group.messages for group in self.groups)

    @property
    def notices(self) -> int:
        return sum(group.notices for group in self.groups)

    @property
    def duplicates(self) -> int:
        return sum(group.duplicate_copies for group in self.groups)

    @property
    def distinct(self) -> int:
        return self.notices - self.duplicates

    @property
    def duplicate_rate(self) -> float | None:
        """Copies per distinct notice: 1.0 means nothing was sent twice."""
        return self.notices / self.distinct if self.distinct else None

    @property
    def departments(self) -> list[DepartmentVolume]:
        """Most notices first; groups without a department last."""
        totals: dict[str | None, tuple[int, int]] = {}
        for group in self.groups:
            messages, notices = totals.get(group.department, (0, 0))
            totals[group.department] = (messages + group.messages, notices + group.notices)
        rows = [DepartmentVolume(d, m, n) for d, (m, n) in totals.items()]
        return sorted(rows, key=lambda r: (r.department is None, -r.notices, r.department or ""))

    def share(self, count: int) -> float | None:
        return count / self.notices if self.notices else None

    def kind_count(self, kind: str) -> int:
        volume = self.kinds.get(kind)
        return volume.messages if volume else 0


@dataclass(frozen=True, slots=True)
class OverlapLine:
    """Two groups and the notices they both received: a candidate for merging."""

    first_title: str
    second_title: str
    shared: int
    first_total: int
    second_total: int

    @property
    def jaccard(self) -> float:
        """Shared notices over all notices of either group."""
        union = self.first_total + self.second_total - self.shared
        return self.shared / union if union else 0.0

    @property
    def containment(self) -> float:
        """Shared notices over the smaller group's: 1.0 means it adds nothing new."""
        smaller = min(self.first_total, self.second_total)
        return self.shared / smaller if smaller else 0.0
