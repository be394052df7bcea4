"""Settings changes carried in callback data, applied idempotently.

Every button states the value it sets (never "toggle"), so a button pressed
twice, or a stale keyboard pressed later, does no harm.
"""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.config import parse_clock
from storage.models import Cadre

__all__ = ["KINDS", "SettingsChange", "apply_change", "parse_change"]

PREFIX = "st"
KINDS = ("report", "meeting", "task", "checkin", "notice")
_LANGUAGES = ("zh", "en", "auto")


@dataclass(frozen=True, slots=True)
class SettingsChange:
    """``field`` is one of time, tz, quiet, group, kind, lang; ``on`` for set-like fields."""

    field: str
    value: str
    on: bool = True


def _valid(change: SettingsChange) -> bool:
    try:
        if change.field == "time":
            parse_clock(change.value)
        elif change.field == "tz":
            ZoneInfo(change.value)
        elif change.field == "quiet" and change.value != "off":
            start, _, end = change.value.partition("-")
            parse_clock(start)
            parse_clock(end)
        elif change.field == "group":
            int(change.value)
        elif change.field == "kind":
            return change.value in KINDS
        elif change.field == "lang":
            return change.value in _LANGUAGES
        elif change.field != "quiet":
            return False
    except (ValueError, ZoneInfoNotFoundError):
        return False
    return True


def parse_change(data: str) -> SettingsChange | None:
    """``st:<field>:<value>[:<0|1>]`` → a change; anything else → None."""
    parts = data.split(":")
    if len(parts) < 3 or parts[0] != PREFIX:
        return None
    field, rest = parts[1], parts[2:]
    on = True
    if field in ("time", "group", "kind") and rest[-1] in ("0", "1"):
        on, rest = rest[-1] == "1", rest[:-1]
    change = SettingsChange(field, ":".join(rest), on)
    return change if _valid(change) else None


def _set_member(values: list[str], value: str, on: bool) -> list[str]:
    present = [v for v in values if v != value]
    return sorted([*present, value]) if on else present


def apply_change(cadre: Cadre, change: SettingsChange, default_times: list[str]) -> bool:
    """Apply to the row; False when refused (the last digest time cannot go)."""
    if change.field == "time":
        times = _set_member(list(cadre.digest_times or default_times), change.value, change.on)
        if not times:
            return False
        cadre.digest_times = times
    elif change.field == "tz":
        cadre.timezone = change.value
    elif change.field == "quiet":
        start, _, end = change.value.partition("-")
        cadre.quiet_start, cadre.quiet_end = (None, None) if change.value == "off" else (start, end)
    elif change.field == "group":
        groups = {g for g in cadre.muted_groups or [] if g != int(change.value)}
        cadre.muted_groups = sorted(groups | ({int(change.value)} if change.on else set()))
    elif change.field == "kind":
        cadre.muted_kinds = _set_member(list(cadre.muted_kinds or []), change.value, change.on)
    elif change.field == "lang":
        cadre.language = None if change.value == "auto" else change.value
    return True
