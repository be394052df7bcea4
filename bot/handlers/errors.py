"""The one error handler: log with the traceback, tell a private user briefly."""

from __future__ import annotations

import logging
from weakref import WeakKeyDictionary

from telegram import Update
from telegram.error import BadRequest, NetworkError, TelegramError

from bot.context import FingertipContext
from bot.handlers._common import lang_of
from bot.reachability import OutageReporter

__all__ = ["on_error"]

_log = logging.getLogger(__name__)
# One reporter per Application: each says its own outages once a minute.
_outages: WeakKeyDictionary[object, OutageReporter] = WeakKeyDictionary()


async def on_error(update: object, context: FingertipContext) -> None:
    error = context.error
    if update is None and isinstance(error, NetworkError) and not isinstance(error, BadRequest):
        # getUpdates failed: Telegram is away; said once a minute, no traceback.
        _outages.setdefault(context.application, OutageReporter())(error)
        return
    _log.error("error while handling %r", update, exc_info=context.error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    if update.effective_chat.type != "private" or update.effective_message is None:
        return
    lang = lang_of(update)
    text = (
        "Sorry, something went wrong; it has been logged. Please try again later."
        if lang == "en"
        else "抱歉，处理时出错了，已记录。请稍后再试。"
    )
    try:
        await update.effective_message.reply_text(text)
    except TelegramError:
        _log.warning("could not tell the user about the error", exc_info=True)
