"""Turn Telegram objects into the plain values the services take."""

from __future__ import annotations

from telegram import Message, MessageOrigin, User

from bot.ingest import IncomingMessage
from bot.text_limits import clean_text, stored_text

__all__ = ["display_name", "incoming_from", "origin_name"]


def display_name(user: User | None, fallback: str = "?") -> str:
    if user is None:
        return fallback
    return user.full_name or (user.username or fallback)


def origin_name(origin: MessageOrigin | None) -> str | None:
    """Who a forwarded message came from, as a reader would name it."""
    if origin is None:
        return None
    sender_user = getattr(origin, "sender_user", None)
    if sender_user is not None:
        return display_name(sender_user)
    for attribute in ("sender_user_name", "author_signature"):
        value = getattr(origin, attribute, None)
        if value:
            return str(value)
    chat = getattr(origin, "chat", None) or getattr(origin, "sender_chat", None)
    return chat.title if chat is not None and chat.title else None


def _attachment(message: Message) -> str | None:
    if message.document is not None:
        return message.document.file_name or "document"
    if message.photo:
        return "photo"
    if message.video is not None:
        return message.video.file_name or "video"
    if message.audio is not None:
        return message.audio.file_name or "audio"
    if message.voice is not None:
        return "voice"
    return None


def incoming_from(message: Message) -> IncomingMessage | None:
    """The ingestible content of a message; None when it carries no words.

    A text, a media caption, or at least a document's file name counts as
    content; stickers, joins and other service messages do not.
    """
    attachment = _attachment(message)
    text = message.text or message.caption or ""
    if not text.strip() and message.document is None:
        return None
    sender_id: int | None
    if message.sender_chat is not None:
        sender_id, sender_name = message.sender_chat.id, message.sender_chat.title or "?"
    else:
        user = message.from_user
        sender_id, sender_name = (user.id if user else None), display_name(user)
    return IncomingMessage(
        chat_id=message.chat_id,
        message_id=message.message_id,
        sender_id=sender_id,
        sender_name=clean_text(sender_name),
        sent_at=message.date,
        text=stored_text(text),
        attachment=clean_text(attachment) if attachment else None,
        forwarded_from=origin_name(message.forward_origin),
        edited_at=message.edit_date,
        shares_file=message.document is not None,
    )
