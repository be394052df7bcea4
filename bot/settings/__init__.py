"""Each cadre's own digest settings: times, timezone, quiet hours, mutes, language."""

from bot.settings._change import SettingsChange, change_values, parse_change
from bot.settings._fields import Values, field_named
from bot.settings._keyboard import MENU, render_section
from bot.settings._model import CadreSettings, Defaults, effective_settings, in_quiet_hours
from bot.settings._mute import match_groups, render_choices
from bot.settings._strings import SETTINGS_STRINGS

__all__ = [
    "MENU",
    "SETTINGS_STRINGS",
    "CadreSettings",
    "Defaults",
    "SettingsChange",
    "Values",
    "change_values",
    "effective_settings",
    "field_named",
    "in_quiet_hours",
    "match_groups",
    "parse_change",
    "render_choices",
    "render_section",
]
