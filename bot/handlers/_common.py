"""Small pieces every handler needs: the reader's language, safe replies."""

from __future__ import annotations

from telegram import Update, User

from bot.context import FingertipContext
from bot.i18n import language_for
from bot.services.registry import Profile

__all__ = ["lang_of", "profile_of", "reader_lang"]


async def reader_lang(update: Update, context: FingertipContext) -> str:
    """The language a cadre chose in /settings, else their Telegram language."""
    user = update.effective_user
    if user is not None:
        settings = await context.services.settings.current(user.id)
        if settings is not None:
            return settings.language
    return lang_of(update)


def profile_of(user: User) -> Profile:
    return Profile(user.id, user.first_name, user.username, user.language_code)


def lang_of(update: Update) -> str:
    user = update.effective_user
    return language_for(user.language_code if user else None)
