"""Supervisor commands; everyone else is refused."""

from __future__ import annotations

from telegram import Update

from bot.context import FingertipContext
from bot.handlers._common import lang_of
from bot.i18n import tr

__all__ = ["show_stats"]


async def show_stats(update: Update, context: FingertipContext) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    lang = lang_of(update)
    if not context.services.registry.is_supervisor(user.id):
        await message.reply_text(tr(lang, "not_supervisor"))
        return
    await message.reply_text(await context.services.stats.weekly_text(lang))
