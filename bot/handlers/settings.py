"""/settings and /mute: inline keyboards; every press is answered and confirmed."""

from __future__ import annotations

import html
import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest

from bot.context import FingertipContext
from bot.handlers._common import lang_of, profile_of
from bot.settings import (
    MENU,
    SETTINGS_STRINGS,
    SettingsChange,
    field_named,
    match_groups,
    parse_change,
    render_choices,
    render_section,
)

__all__ = ["answer_stale", "change_setting", "mute_group", "open_settings_section", "show_settings"]

_log = logging.getLogger(__name__)


async def _screen(
    context: FingertipContext, user_id: int, section: str
) -> tuple[str, InlineKeyboardMarkup, str] | None:
    settings = await context.services.settings.current(user_id)
    if settings is None:
        return None
    groups = [(g.chat_id, g.title) for g in await context.services.registry.groups_of(user_id)]
    text, keyboard = render_section(settings, section, groups)
    return text, keyboard, settings.language


async def show_settings(update: Update, context: FingertipContext) -> None:
    """/settings shows the summary."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    await context.services.registry.subscribe(profile_of(user))
    screen = await _screen(context, user.id, "main")
    if screen is not None:
        text, keyboard, _ = screen
        await message.reply_text(text, reply_markup=keyboard)


async def mute_group(update: Update, context: FingertipContext) -> None:
    """/mute opens the group list; /mute 群名 mutes the group it names, or asks which."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    await context.services.registry.subscribe(profile_of(user))
    query = " ".join(context.args or []).strip()
    screen = await _screen(context, user.id, "groups")
    if screen is None:
        return
    if not query:
        text, keyboard, _ = screen
        await message.reply_text(text, reply_markup=keyboard)
        return
    lang = screen[2]
    groups = [(g.chat_id, g.title) for g in await context.services.registry.groups_of(user.id)]
    found = match_groups(query, groups)
    if len(found) != 1:
        text, keyboard = render_choices(query, found, lang)
        await message.reply_text(text, reply_markup=keyboard)
        return
    (chat_id, title) = found[0]
    await context.services.settings.apply(user.id, SettingsChange("group", str(chat_id), True))
    strings = SETTINGS_STRINGS[lang]
    undo = InlineKeyboardButton(
        strings["unmute"].format(title=title[:40]), callback_data=f"st:group:{chat_id}:0"
    )
    await message.reply_text(
        html.escape(strings["muted"].format(title=title), quote=False),
        reply_markup=InlineKeyboardMarkup([[undo]]),
    )


async def _redraw(
    update: Update, context: FingertipContext, section: str, notice: str | None
) -> None:
    query = update.callback_query
    assert query is not None
    screen = await _screen(context, query.from_user.id, section)
    if screen is None:
        await query.answer(SETTINGS_STRINGS[lang_of(update)]["stale"], show_alert=True)
        return
    text, keyboard, _ = screen
    await query.answer(notice)
    try:
        await query.edit_message_text(text, reply_markup=keyboard)
    except BadRequest as exc:
        # A second press changes nothing: fine. A message gone or not the bot's
        # own: the press was answered and saved; nothing to redraw.
        if "not modified" not in exc.message:
            _log.info("settings keyboard not redrawn: %s", exc.message)


async def open_settings_section(update: Update, context: FingertipContext) -> None:
    query = update.callback_query
    if query is None or query.data is None:
        return
    await _redraw(update, context, query.data.removeprefix(f"{MENU}:"), None)


async def change_setting(update: Update, context: FingertipContext) -> None:
    query = update.callback_query
    if query is None or query.data is None:
        return
    change = parse_change(query.data)
    result = await context.services.settings.apply(query.from_user.id, change) if change else None
    if change is None or result is None:
        await query.answer(SETTINGS_STRINGS[lang_of(update)]["stale"], show_alert=True)
        return
    settings, accepted = result
    strings = SETTINGS_STRINGS[settings.language]
    if not accepted:
        await query.answer(strings["last_time"], show_alert=True)
        return
    field = field_named(change.field)
    section = field.screen if field else "main"
    await _redraw(update, context, section, strings["saved"].format(what=strings[f"btn_{section}"]))


async def answer_stale(update: Update, context: FingertipContext) -> None:
    """Any other button (an old keyboard, a forged payload) is still answered."""
    if update.callback_query is not None:
        await update.callback_query.answer(SETTINGS_STRINGS[lang_of(update)]["stale"])
