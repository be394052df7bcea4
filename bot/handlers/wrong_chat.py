"""A command sent in the wrong kind of chat gets one line saying where it works.

Group commands (/register) answered in private, and private commands
(/digest, /settings) answered in a group, rather than "no such command" or
silence. Which commands belong where is listed once here; the composition
root registers these handlers after the real ones.
"""

from __future__ import annotations

from telegram import Update

from bot.context import FingertipContext
from bot.handlers._common import lang_of, reader_lang
from bot.i18n import tr

__all__ = ["GROUP_COMMANDS", "PRIVATE_COMMANDS", "point_to_group", "point_to_private"]

GROUP_COMMANDS = ("register", "unregister", "groupinfo")
PRIVATE_COMMANDS = (
    "start", "groups", "digest", "chatter", "search", "settings", "mute",
    "stats", "overlap", "export", "grant", "revoke",
)  # fmt: skip


def _command(update: Update) -> str:
    """The command as sent, without its arguments or the bot's @name."""
    text = update.effective_message.text if update.effective_message else None
    return (text or "/").split()[0].split("@")[0].lstrip("/")


async def point_to_group(update: Update, context: FingertipContext) -> None:
    """/register and the other group commands, sent in private."""
    message = update.effective_message
    if message is not None:
        lang = await reader_lang(update, context)
        await message.reply_text(tr(lang, "use_in_group", command=_command(update)))


async def point_to_private(update: Update, context: FingertipContext) -> None:
    """/digest, /settings and the other private commands, sent in a group."""
    message = update.effective_message
    if message is not None:
        text = tr(lang_of(update), "use_in_private", command=_command(update))
        await message.reply_text(text)
