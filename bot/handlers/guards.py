"""Guards that run before every other handler (group -1): updates the bot does
not handle are dropped quietly, and a button press is checked before any
handler acts on it. Both stop the update with ApplicationHandlerStop.
"""

from __future__ import annotations

from telegram import Message, Update
from telegram.ext import ApplicationHandlerStop

from bot.context import FingertipContext
from bot.handlers._common import lang_of

__all__ = ["HANDLED", "check_button", "drop_unhandled"]

# What the handlers are for; everything else Telegram may send (channel posts,
# business messages, polls, reactions, boosts, inline queries...) is ignored.
HANDLED = frozenset(
    {
        Update.MESSAGE,
        Update.EDITED_MESSAGE,
        Update.CALLBACK_QUERY,
        Update.MY_CHAT_MEMBER,
        Update.CHAT_MEMBER,
    }
)

_STRINGS = {
    "zh": {
        "stale": "这个键盘已过期，请重新发送命令。",
        "not_yours": "这个按钮不是发给您的，按了也不会有变化。",
    },
    "en": {
        "stale": "This keyboard is out of date; please send the command again.",
        "not_yours": "This button was not sent to you; pressing it changes nothing.",
    },
}


def _kind(update: Update) -> str | None:
    for kind in HANDLED:
        if getattr(update, kind, None) is not None:
            return kind
    return None


def _owner(message: Message, data: str) -> int | None:
    """A private chat's buttons are its user's; a group's name their owner last
    in the data (``ur:del:<chat>:<user>``), or have none."""
    if message.chat.type == "private":
        return message.chat.id
    last = data.rsplit(":", 1)[-1]
    return int(last) if last.isdecimal() and len(last) < 20 else None


async def drop_unhandled(update: Update, context: FingertipContext) -> None:
    """Stop every update of a kind no handler is written for, before any handler
    (a business message or a channel post must not be answered as a chat is)."""
    if _kind(update) is None:
        raise ApplicationHandlerStop


async def check_button(update: Update, context: FingertipContext) -> None:
    """A button is for the user of its private chat, or the user its data names.

    A press without data (a game), from an inline message, on a message the bot
    can no longer see, or by someone else is answered and goes no further.
    """
    query = update.callback_query
    if query is None:
        return
    message = query.message
    problem: str | None = None
    if query.data is None or not isinstance(message, Message) or not message.is_accessible:
        problem = "stale"
    elif _owner(message, query.data) != query.from_user.id:
        problem = "not_yours"
    elif message.from_user is not None and message.from_user.id != context.bot.id:
        problem = "stale"
    if problem is None:
        return
    await query.answer(_STRINGS[lang_of(update)][problem], show_alert=problem == "not_yours")
    raise ApplicationHandlerStop
