"""Settings as the scheduler and the digest use them: defaults already applied."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.config import parse_clock
from bot.i18n import language_for
from storage.models import Cadre

__all__ = ["CadreSettings", "Defaults", "effective_settings", "in_quiet_hours"]


@dataclass(frozen=True, slots=True)
class Defaults:
    times: tuple[str, ...]
    timezone: str


@dataclass(frozen=True, slots=True)
class CadreSettings:
    times: tuple[str, ...]
    timezone: str
    quiet: tuple[str, str] | None
    muted_groups: frozenset[int]
    muted_kinds: frozenset[str]
    language: str
    language_is_auto: bool
    carry_todos: bool = True  # open to-dos head every digest
    remind_before: int | None = 120  # minutes before a due moment; None: no such reminder
    remind_morning: time | None = time(8, 30)  # on the due day, for dues later that day

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def clock_times(self) -> list[time]:
        return [parse_clock(value) for value in self.times]


def _zone_or_default(value: str | None, default: str) -> str:
    if not value:
        return default
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        return default  # a zone removed from tzdata must not stop the schedule
    return value


def effective_settings(cadre: Cadre, defaults: Defaults) -> CadreSettings:
    """The cadre's choices with the deployment's defaults filled in."""
    quiet = (cadre.quiet_start, cadre.quiet_end) if cadre.quiet_start and cadre.quiet_end else None
    return CadreSettings(
        times=tuple(sorted(set(cadre.digest_times))) if cadre.digest_times else defaults.times,
        timezone=_zone_or_default(cadre.timezone, defaults.timezone),
        quiet=quiet,
        muted_groups=frozenset(cadre.muted_groups or ()),
        muted_kinds=frozenset(cadre.muted_kinds or ()),
        language=cadre.language or language_for(cadre.language_code),
        language_is_auto=cadre.language is None,
        carry_todos=cadre.carry_todos is not False,
        remind_before=_minutes(cadre.remind_before, 120),
        remind_morning=_morning(cadre.remind_morning),
    )


def _minutes(value: str | None, default: int) -> int | None:
    if value == "off":
        return None
    return int(value) if value and value.isdigit() else default


def _morning(value: str | None) -> time | None:
    if value == "off":
        return None
    try:
        return parse_clock(value) if value else time(8, 30)
    except ValueError:
        return time(8, 30)  # a stored value no longer understood must not stop reminders


def in_quiet_hours(settings: CadreSettings, now: datetime) -> bool:
    """Whether ``now`` falls in the cadre's quiet hours (which may span midnight)."""
    if settings.quiet is None:
        return False
    start, end = (parse_clock(value) for value in settings.quiet)
    local = now.astimezone(settings.zone).time()
    if start <= end:
        return start <= local < end
    return local >= start or local < end
