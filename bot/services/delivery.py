"""Send one message and classify Telegram's answer for the outbox."""

from __future__ import annotations

import asyncio
import enum
import logging

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from bot import metrics

__all__ = ["Delivery", "keyboard_markup", "send_html"]

_log = logging.getLogger(__name__)
_BACKOFF_SECONDS = (0.5, 1.0, 2.0)
_MAX_RETRY_AFTER = 60.0


class Delivery(enum.Enum):
    SENT = "sent"
    RETRY_LATER = "retry_later"  # known not delivered (flood, 5xx): leave it in the outbox
    UNCERTAIN = "uncertain"  # timed out: it may have arrived; never retried in place
    GONE = "gone"  # blocked or never started: stop writing to this user
    REJECTED = "rejected"  # Telegram refuses this message itself


async def send_html(
    bot: Bot, chat_id: int, text: str, reply_markup: InlineKeyboardMarkup | None = None
) -> Delivery:
    """Send, retrying flood waits and server errors a few times in place.

    Only answers that prove the message was not delivered are retried here;
    a time-out may hide a delivered message, so it is left to the outbox.
    """
    for attempt, pause in enumerate((*_BACKOFF_SECONDS, None)):
        try:
            await bot.send_message(
                chat_id,
                text,
                parse_mode=ParseMode.HTML,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
                reply_markup=reply_markup,
            )
            metrics.MESSAGES_SENT.inc()
            return Delivery.SENT
        except Forbidden as exc:
            _log.info("user %s is unreachable: %s", chat_id, exc.message)
            return Delivery.GONE
        except RetryAfter as exc:
            wait = exc.retry_after
            seconds = wait if isinstance(wait, int | float) else wait.total_seconds()
            if pause is None or seconds > _MAX_RETRY_AFTER:
                return Delivery.RETRY_LATER
            metrics.RETRIES.inc()
            await asyncio.sleep(seconds)
        except BadRequest as exc:
            _log.error("Telegram rejected a message to %s: %s", chat_id, exc.message)
            return Delivery.REJECTED
        except TimedOut as exc:
            _log.warning("send to %s timed out; it may have arrived: %s", chat_id, exc)
            return Delivery.UNCERTAIN
        except NetworkError as exc:
            _log.warning("send to %s failed (attempt %d): %s", chat_id, attempt + 1, exc)
            if pause is None:
                return Delivery.RETRY_LATER
            metrics.RETRIES.inc()
            await asyncio.sleep(pause)
    return Delivery.RETRY_LATER


def keyboard_markup(rows: list[list[list[str]]]) -> InlineKeyboardMarkup | None:
    """A keyboard stored as rows of [label, callback data], as Telegram takes it."""
    if not rows:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=data) for label, data in row] for row in rows]
    )
