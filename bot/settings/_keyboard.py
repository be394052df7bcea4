"""The /settings screens: a summary and one keyboard per setting, all read from the fields."""

from __future__ import annotations

import html

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.settings._change import PREFIX
from bot.settings._fields import FIELDS, Field, Groups, field_on_screen
from bot.settings._model import CadreSettings
from bot.settings._strings import SETTINGS_STRINGS

__all__ = ["MENU", "render_section", "render_summary"]

MENU = "sm"
# The main screen's buttons, two to a row.
_MAIN_ROWS = (
    ("times", "tz"),
    ("quiet", "lang"),
    ("groups", "kinds"),
    ("carry", "before"),
    ("morning",),
)


def _button(text: str, data: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(text, callback_data=data)


def _rows(buttons: list[InlineKeyboardButton], width: int) -> list[list[InlineKeyboardButton]]:
    return [buttons[i : i + width] for i in range(0, len(buttons), width)]


def render_summary(settings: CadreSettings, groups: Groups) -> str:
    s = SETTINGS_STRINGS[settings.language]
    lines = [s[f.screen].format(value=f.summary(settings, groups)) for f in FIELDS]
    return f"<b>{s['title']}</b>\n" + html.escape("\n".join(lines), quote=False)


def _main_keyboard(lang: str) -> InlineKeyboardMarkup:
    s = SETTINGS_STRINGS[lang]
    return InlineKeyboardMarkup(
        [[_button(s[f"btn_{screen}"], f"{MENU}:{screen}") for screen in row] for row in _MAIN_ROWS]
    )


def _choices(settings: CadreSettings, field: Field, groups: Groups) -> list[InlineKeyboardButton]:
    """A button per value, marked on or off; a set-like field's button sets the opposite."""
    chosen, (on_mark, off_mark) = field.chosen(settings), field.marks
    buttons = []
    for value, label in field.choices(settings, groups):
        on = value in chosen
        data = f"{PREFIX}:{field.name}:{value}" + (f":{0 if on else 1}" if field.multi else "")
        buttons.append(_button((on_mark if on else off_mark) + label, data))
    return buttons


def render_section(
    settings: CadreSettings, section: str, groups: Groups
) -> tuple[str, InlineKeyboardMarkup]:
    """Text and keyboard of one screen; unknown screens show the summary."""
    summary = render_summary(settings, groups)
    field = field_on_screen(section)
    if field is None:
        return summary, _main_keyboard(settings.language)
    s = SETTINGS_STRINGS[settings.language]
    buttons = _choices(settings, field, groups)
    rows = [*_rows(buttons, field.width), [_button(s["btn_back"], f"{MENU}:main")]]
    prompt = s[f"pick_{section}"] if buttons else s[f"no_{section}"]
    return f"{summary}\n\n{html.escape(prompt, quote=False)}", InlineKeyboardMarkup(rows)
