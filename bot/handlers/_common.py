"""Small pieces every handler needs: the reader's language, safe replies."""

from __future__ import annotations

from telegram import Update

from bot.i18n import language_for

__all__ = ["lang_of"]


def lang_of(update: Update) -> str:
    user = update.effective_user
    return language_for(user.language_code if user else None)
