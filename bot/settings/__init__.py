"""Each cadre's own digest settings: times, timezone, quiet hours, mutes, language."""

from bot.settings._change import SettingsChange, apply_change, parse_change
from bot.settings._model import CadreSettings, Defaults, effective_settings, in_quiet_hours

__all__ = [
    "CadreSettings",
    "Defaults",
    "SettingsChange",
    "apply_change",
    "effective_settings",
    "in_quiet_hours",
    "parse_change",
]
