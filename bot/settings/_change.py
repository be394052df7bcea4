"""Settings changes carried in callback data, worked out idempotently.

Every button states the value it sets (never "toggle"), so a button pressed
twice, or a stale keyboard pressed later, does no harm.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.settings._fields import Values, field_named
from storage.models import Cadre

__all__ = ["PREFIX", "SettingsChange", "change_values", "parse_change"]

PREFIX = "st"


@dataclass(frozen=True, slots=True)
class SettingsChange:
    """``field`` names a row of the fields table; ``on`` matters for set-like fields."""

    field: str
    value: str
    on: bool = True


def parse_change(data: str) -> SettingsChange | None:
    """``st:<field>:<value>[:<0|1>]`` → a change; anything else → None."""
    parts = data.split(":")
    if len(parts) < 3 or parts[0] != PREFIX:
        return None
    field, rest = field_named(parts[1]), parts[2:]
    if field is None:
        return None
    on = True
    if field.multi and rest[-1] in ("0", "1"):
        on, rest = rest[-1] == "1", rest[:-1]
    value = ":".join(rest)
    return SettingsChange(field.name, value, on) if field.valid(value) else None


def change_values(
    cadre: Cadre, change: SettingsChange, default_times: Sequence[str]
) -> Values | None:
    """The stored columns the change sets; None when refused (the last digest time cannot go)."""
    field = field_named(change.field)
    if field is None:
        raise ValueError(f"no setting named {change.field!r}")
    return field.change(cadre, change.value, change.on, default_times)
