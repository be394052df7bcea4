"""The /settings screens: a summary and one keyboard per section."""

from __future__ import annotations

import html
from collections.abc import Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.i18n import KIND_LABELS
from bot.settings._change import KINDS, PREFIX
from bot.settings._model import CadreSettings
from bot.settings._strings import SETTINGS_STRINGS

__all__ = ["MENU", "SECTIONS", "render_section", "render_summary"]

MENU = "sm"
SECTIONS = ("main", "times", "tz", "quiet", "lang", "groups", "kinds")
TIME_CHOICES = (
    "07:00",
    "07:30",
    "08:00",
    "08:30",
    "09:00",
    "12:00",
    "12:30",
    "17:00",
    "17:30",
    "18:00",
    "20:00",
    "21:00",
)
ZONE_CHOICES = (
    "Asia/Shanghai",
    "Asia/Urumqi",
    "Asia/Hong_Kong",
    "Asia/Taipei",
    "Europe/London",
    "America/New_York",
)
QUIET_CHOICES = ("off", "21:00-07:30", "22:00-07:00", "23:00-06:30")
Groups = Sequence[tuple[int, str]]


def _button(text: str, data: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(text, callback_data=data)


def _rows(buttons: list[InlineKeyboardButton], width: int) -> list[list[InlineKeyboardButton]]:
    return [buttons[i : i + width] for i in range(0, len(buttons), width)]


def render_summary(settings: CadreSettings, groups: Groups) -> str:
    s = SETTINGS_STRINGS[settings.language]
    names = {chat_id: title for chat_id, title in groups}
    muted = [names.get(chat_id, str(chat_id)) for chat_id in sorted(settings.muted_groups)]
    kinds = [KIND_LABELS[settings.language][k] for k in KINDS if k in settings.muted_kinds]
    quiet = (
        s["quiet_value"].format(start=settings.quiet[0], end=settings.quiet[1])
        if settings.quiet
        else s["off"]
    )
    language = s[settings.language]
    if settings.language_is_auto:
        language = s["lang_auto"].format(value=language)
    lines = [
        s["times"].format(value="、".join(settings.times)),
        s["tz"].format(value=settings.timezone),
        s["quiet"].format(value=quiet),
        s["groups"].format(value="、".join(muted) or s["none"]),
        s["kinds"].format(value="、".join(kinds) or s["none"]),
        s["lang"].format(value=language),
    ]
    return f"<b>{s['title']}</b>\n" + html.escape("\n".join(lines), quote=False)


def _main_keyboard(lang: str) -> InlineKeyboardMarkup:
    s = SETTINGS_STRINGS[lang]
    pairs = (("times", "tz"), ("quiet", "lang"), ("groups", "kinds"))
    return InlineKeyboardMarkup(
        [
            [_button(s[f"btn_{a}"], f"{MENU}:{a}"), _button(s[f"btn_{b}"], f"{MENU}:{b}")]
            for a, b in pairs
        ]
    )


def _choices(settings: CadreSettings, section: str, groups: Groups) -> list[InlineKeyboardButton]:
    lang, s = settings.language, SETTINGS_STRINGS[settings.language]
    if section == "times":
        return [
            _button(
                ("✅ " if t in settings.times else "") + t,
                f"{PREFIX}:time:{t}:{0 if t in settings.times else 1}",
            )
            for t in TIME_CHOICES
        ]
    if section == "tz":
        return [
            _button(("✅ " if z == settings.timezone else "") + z, f"{PREFIX}:tz:{z}")
            for z in ZONE_CHOICES
        ]
    if section == "quiet":
        current = "-".join(settings.quiet) if settings.quiet else "off"
        return [
            _button(
                ("✅ " if q == current else "") + (s["off"] if q == "off" else q.replace("-", "–")),
                f"{PREFIX}:quiet:{q}",
            )
            for q in QUIET_CHOICES
        ]
    if section == "lang":
        current = "auto" if settings.language_is_auto else settings.language
        return [
            _button(("✅ " if v == current else "") + s[v], f"{PREFIX}:lang:{v}")
            for v in ("zh", "en", "auto")
        ]
    if section == "groups":
        return [
            _button(
                ("🔕 " if g in settings.muted_groups else "🔔 ") + title[:40],
                f"{PREFIX}:group:{g}:{0 if g in settings.muted_groups else 1}",
            )
            for g, title in groups
        ]
    return [
        _button(
            ("🔕 " if k in settings.muted_kinds else "🔔 ") + KIND_LABELS[lang][k],
            f"{PREFIX}:kind:{k}:{0 if k in settings.muted_kinds else 1}",
        )
        for k in KINDS
    ]


def render_section(
    settings: CadreSettings, section: str, groups: Groups
) -> tuple[str, InlineKeyboardMarkup]:
    """Text and keyboard of one screen; unknown sections show the summary."""
    summary = render_summary(settings, groups)
    if section not in SECTIONS or section == "main":
        return summary, _main_keyboard(settings.language)
    s = SETTINGS_STRINGS[settings.language]
    width = 3 if section == "times" else 2 if section in ("tz", "quiet", "kinds") else 1
    rows = _rows(_choices(settings, section, groups), width)
    rows.append([_button(s["btn_back"], f"{MENU}:main")])
    prompt = s["no_groups"] if section == "groups" and not groups else s[f"pick_{section}"]
    return f"{summary}\n\n{html.escape(prompt, quote=False)}", InlineKeyboardMarkup(rows)
