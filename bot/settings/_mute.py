"""``/mute 群名``: which of the cadre's groups a typed name means.

Cadres type part of a title ("网格员", "安全生产"), seldom all of it. An
exact title wins, then titles that contain the words (spaces and case
ignored), then close spellings; several candidates are offered as buttons,
each of which mutes one group through the ordinary settings change.
"""

from __future__ import annotations

import difflib
import html

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.settings._change import PREFIX
from bot.settings._fields import Groups
from bot.settings._keyboard import MENU
from bot.settings._strings import SETTINGS_STRINGS

__all__ = ["match_groups", "render_choices"]

_CLOSE = 0.5  # difflib's ratio for a misspelt title
_MARGIN = 0.1
_MAX_CHOICES = 8


def _folded(text: str) -> str:
    return "".join(text.split()).casefold()


def match_groups(query: str, groups: Groups) -> Groups:
    """The groups ``query`` may mean, best first; empty when none is near."""
    wanted = _folded(query)
    if not wanted:
        return []
    exact = [g for g in groups if _folded(g[1]) == wanted]
    if exact:
        return exact
    containing = [g for g in groups if wanted in _folded(g[1])]
    if containing:
        return containing[:_MAX_CHOICES]
    scored = sorted(
        ((difflib.SequenceMatcher(None, wanted, _folded(g[1])).ratio(), g) for g in groups),
        key=lambda pair: -pair[0],
    )
    if not scored or scored[0][0] < _CLOSE:
        return []
    best = scored[0][0]  # near misses of the best spelling only, not every similar title
    return [g for ratio, g in scored if ratio >= max(_CLOSE, best - _MARGIN)][:_MAX_CHOICES]


def render_choices(query: str, found: Groups, lang: str) -> tuple[str, InlineKeyboardMarkup]:
    """Several groups match: one button each, that mutes it; or, none matched, the list."""
    s = SETTINGS_STRINGS[lang]
    key = "mute_which" if found else "mute_none"
    buttons = [
        [InlineKeyboardButton(f"🔕 {title[:40]}", callback_data=f"{PREFIX}:group:{chat_id}:1")]
        for chat_id, title in found
    ]
    buttons.append([InlineKeyboardButton(s["btn_groups"], callback_data=f"{MENU}:groups")])
    text = s[key].format(query=query, count=len(found))
    return html.escape(text, quote=False), InlineKeyboardMarkup(buttons)
