"""Every setting a cadre can change, described once.

A field says which values its buttons offer and which are on now, which values
a press may carry, what the summary line shows and which stored columns a
press changes. The keyboard, the change logic and the handler all read this
table; adding a setting is adding a row.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.config import parse_clock
from bot.i18n import KIND_LABELS
from bot.settings._model import CadreSettings
from bot.settings._strings import SETTINGS_STRINGS
from nlp.types import NOTICE_KINDS
from storage.models import Cadre

__all__ = ["FIELDS", "Field", "Groups", "Values", "field_named", "field_on_screen"]

Groups = Sequence[tuple[int, str]]  # the cadre's registered groups: chat id, title
Values = dict[str, Any]  # stored settings columns and their new values

TIME_CHOICES = ("07:00", "07:30", "08:00", "08:30", "09:00", "12:00", "12:30",
                "17:00", "17:30", "18:00", "20:00", "21:00")  # fmt: skip
ZONE_CHOICES = ("Asia/Shanghai", "Asia/Urumqi", "Asia/Hong_Kong", "Asia/Taipei",
                "Europe/London", "America/New_York")  # fmt: skip
QUIET_CHOICES = ("off", "21:00-07:30", "22:00-07:00", "23:00-06:30")
LANGUAGES = ("zh", "en", "auto")
LEAD_CHOICES = ("off", "30", "60", "120", "240")  # minutes before a due moment
MORNING_CHOICES = ("off", "07:30", "08:00", "08:30", "09:00")


@dataclass(frozen=True, slots=True)
class Field:
    """One setting; ``multi`` ones hold a set, each button turning one value on or off."""

    name: str  # in callback data: st:<name>:<value>[:<1 on|0 off>]
    screen: str  # the screen that offers it; also its key in SETTINGS_STRINGS
    width: int  # buttons per row
    multi: bool
    marks: tuple[str, str]  # before a value that is on / off
    choices: Callable[[CadreSettings, Groups], list[tuple[str, str]]]  # (value, label)
    chosen: Callable[[CadreSettings], Collection[str]]  # the values on now
    summary: Callable[[CadreSettings, Groups], str]
    valid: Callable[[str], bool]
    # What a press changes (None: refused), read from the stored row and the defaults.
    change: Callable[[Cadre, str, bool, Sequence[str]], Values | None]


def _checked(parse: Callable[[str], object]) -> Callable[[str], bool]:
    def valid(value: str) -> bool:
        try:
            parse(value)
        except (ValueError, ZoneInfoNotFoundError):
            return False
        return True

    return valid


def _quiet(value: str) -> None:
    if value != "off":
        start, _, end = value.partition("-")
        parse_clock(start)
        parse_clock(end)


def _set_member(values: Collection[str], value: str, on: bool) -> list[str]:
    present = [v for v in values if v != value]
    return sorted([*present, value]) if on else present


def _times(cadre: Cadre, value: str, on: bool, default_times: Sequence[str]) -> Values | None:
    times = _set_member(cadre.digest_times or default_times, value, on)
    return {"digest_times": times} if times else None  # the last digest time cannot go


def _quiet_hours(cadre: Cadre, value: str, on: bool, _: Sequence[str]) -> Values:
    start, _, end = value.partition("-")
    return (
        {"quiet_start": None, "quiet_end": None}
        if value == "off"
        else {
            "quiet_start": start,
            "quiet_end": end,
        }
    )


def _muted_group(cadre: Cadre, value: str, on: bool, _: Sequence[str]) -> Values:
    groups = {g for g in cadre.muted_groups or [] if g != int(value)}
    return {"muted_groups": sorted(groups | ({int(value)} if on else set()))}


def _quiet_line(settings: CadreSettings, _: Groups) -> str:
    s = SETTINGS_STRINGS[settings.language]
    if settings.quiet is None:
        return s["off"]
    return s["quiet_value"].format(start=settings.quiet[0], end=settings.quiet[1])


def _muted_groups_line(settings: CadreSettings, groups: Groups) -> str:
    names = dict(groups)
    muted = [names.get(chat_id, str(chat_id)) for chat_id in sorted(settings.muted_groups)]
    return "、".join(muted) or SETTINGS_STRINGS[settings.language]["none"]


def _muted_kinds_line(settings: CadreSettings, _: Groups) -> str:
    labels = KIND_LABELS[settings.language]
    kinds = [labels[k] for k in NOTICE_KINDS if k in settings.muted_kinds]
    return "、".join(kinds) or SETTINGS_STRINGS[settings.language]["none"]


def _language_line(settings: CadreSettings, _: Groups) -> str:
    s = SETTINGS_STRINGS[settings.language]
    language = s[settings.language]
    return s["lang_auto"].format(value=language) if settings.language_is_auto else language


def _quiet_label(settings: CadreSettings, value: str) -> str:
    return SETTINGS_STRINGS[settings.language]["off"] if value == "off" else value.replace("-", "–")


def _lead_label(settings: CadreSettings, value: str) -> str:
    s = SETTINGS_STRINGS[settings.language]
    if value == "off":
        return s["off"]
    minutes = int(value)
    if minutes % 60:
        return s["minutes"].format(count=minutes)
    return s["hours"].format(count=minutes // 60)


def _lead_line(settings: CadreSettings, _: Groups) -> str:
    if settings.remind_before is None:
        return SETTINGS_STRINGS[settings.language]["off"]
    label = _lead_label(settings, str(settings.remind_before))
    return SETTINGS_STRINGS[settings.language]["lead_value"].format(value=label)


def _morning_value(settings: CadreSettings) -> str:
    morning = settings.remind_morning
    return morning.strftime("%H:%M") if morning is not None else "off"


def _on_off(settings: CadreSettings, value: str) -> str:
    return SETTINGS_STRINGS[settings.language]["on" if value == "on" else "off"]


_ON_OFF, _MUTED = ("✅ ", ""), ("🔕 ", "🔔 ")

# In the order of the summary's lines.
FIELDS: tuple[Field, ...] = (
    Field(
        "time", "times", 3, True, _ON_OFF,
        choices=lambda settings, _: [(t, t) for t in TIME_CHOICES],
        chosen=lambda settings: settings.times,
        summary=lambda settings, _: "、".join(settings.times),
        valid=_checked(parse_clock),
        change=_times,
    ),
    Field(
        "tz", "tz", 2, False, _ON_OFF,
        choices=lambda settings, _: [(z, z) for z in ZONE_CHOICES],
        chosen=lambda settings: {settings.timezone},
        summary=lambda settings, _: settings.timezone,
        valid=_checked(ZoneInfo),
        change=lambda cadre, value, on, _: {"timezone": value},
    ),
    Field(
        "quiet", "quiet", 2, False, _ON_OFF,
        choices=lambda settings, _: [(q, _quiet_label(settings, q)) for q in QUIET_CHOICES],
        chosen=lambda settings: {"-".join(settings.quiet) if settings.quiet else "off"},
        summary=_quiet_line,
        valid=_checked(_quiet),
        change=_quiet_hours,
    ),
    Field(
        "group", "groups", 1, True, _MUTED,
        choices=lambda settings, groups: [(str(g), title[:40]) for g, title in groups],
        chosen=lambda settings: {str(g) for g in settings.muted_groups},
        summary=_muted_groups_line,
        valid=_checked(int),
        change=_muted_group,
    ),
    Field(
        "kind", "kinds", 2, True, _MUTED,
        choices=lambda s, _: [(k, KIND_LABELS[s.language][k]) for k in NOTICE_KINDS],
        chosen=lambda settings: settings.muted_kinds,
        summary=_muted_kinds_line,
        valid=lambda value: value in NOTICE_KINDS,
        change=lambda cadre, value, on, _: {
            "muted_kinds": _set_member(cadre.muted_kinds or [], value, on)
        },
    ),
    Field(
        "lang", "lang", 1, False, _ON_OFF,
        choices=lambda s, _: [(v, SETTINGS_STRINGS[s.language][v]) for v in LANGUAGES],
        chosen=lambda s: {"auto" if s.language_is_auto else s.language},
        summary=_language_line,
        valid=lambda value: value in LANGUAGES,
        change=lambda cadre, value, on, _: {"language": None if value == "auto" else value},
    ),
    Field(
        "carry", "carry", 2, False, _ON_OFF,
        choices=lambda s, _: [(v, _on_off(s, v)) for v in ("on", "off")],
        chosen=lambda s: {"on" if s.carry_todos else "off"},
        summary=lambda s, _: _on_off(s, "on" if s.carry_todos else "off"),
        valid=lambda value: value in ("on", "off"),
        change=lambda cadre, value, on, _: {"carry_todos": value == "on"},
    ),
    Field(
        "before", "before", 3, False, _ON_OFF,
        choices=lambda s, _: [(v, _lead_label(s, v)) for v in LEAD_CHOICES],
        chosen=lambda s: {str(s.remind_before) if s.remind_before else "off"},
        summary=_lead_line,
        valid=lambda value: value in LEAD_CHOICES,
        change=lambda cadre, value, on, _: {"remind_before": value},
    ),
    Field(
        "morning", "morning", 3, False, _ON_OFF,
        choices=lambda s, _: [(v, _on_off(s, v) if v == "off" else v) for v in MORNING_CHOICES],
        chosen=lambda s: {_morning_value(s)},
        summary=lambda s, _: _on_off(s, "off") if s.remind_morning is None else _morning_value(s),
        valid=lambda value: value in MORNING_CHOICES,
        change=lambda cadre, value, on, _: {"remind_morning": value},
    ),
)  # fmt: skip
_BY_NAME = {field.name: field for field in FIELDS}
_BY_SCREEN = {field.screen: field for field in FIELDS}


def field_named(name: str) -> Field | None:
    return _BY_NAME.get(name)


def field_on_screen(screen: str) -> Field | None:
    return _BY_SCREEN.get(screen)
