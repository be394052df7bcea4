"""Reaching Telegram: a rejected token is a one-line error; an unreachable
Telegram is waited for, with back-off, and said so once a minute, never with a
traceback (a network outage is an operator's weather, not a bug).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable

from telegram import Bot
from telegram.error import BadRequest, InvalidToken, NetworkError, RetryAfter, TelegramError

__all__ = ["OutageReporter", "TokenRejected", "connect", "connect_in_new_loop"]

_log = logging.getLogger("fingertip.telegram")
SAY_EVERY_SECONDS = 60.0
MAX_BACKOFF_SECONDS = 30.0


class TokenRejected(RuntimeError):
    """getMe answered 401: the token is wrong or was revoked."""

    def __init__(self) -> None:
        super().__init__("the token was rejected by Telegram")


class OutageReporter:
    """Says that Telegram cannot be reached at most once per interval.

    The error handler also hands it the network errors of polling (update None),
    which python-telegram-bot would otherwise log with a traceback every time.
    """

    def __init__(
        self,
        interval: float = SAY_EVERY_SECONDS,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._interval, self._monotonic = interval, monotonic
        self._last_said: float | None = None
        self.failures = 0

    def __call__(self, exc: TelegramError) -> None:
        self.failures += 1
        now = self._monotonic()
        if self._last_said is not None and now - self._last_said < self._interval:
            return
        self._last_said = now
        _log.warning(
            "Telegram cannot be reached (%s); retrying with back-off (%d failed attempts so far)",
            _reason(exc),
            self.failures,
        )

    def recovered(self) -> None:
        if self.failures:
            _log.info("Telegram reached again after %d failed attempts", self.failures)
        self.failures, self._last_said = 0, None


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:200]


async def connect(
    bot: Bot,
    *,
    reporter: OutageReporter | None = None,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    first_delay: float = 1.0,
) -> None:
    """Initialize the bot (getMe) until Telegram answers; raise TokenRejected on 401."""
    reporter = reporter or OutageReporter()
    delay = first_delay
    while True:
        try:
            await bot.initialize()
        except InvalidToken as exc:
            raise TokenRejected() from exc
        except BadRequest:
            raise
        except (NetworkError, RetryAfter) as exc:  # TimedOut and Bad Gateway too
            reporter(exc)
            await sleep(delay)
            delay = min(delay * 2, MAX_BACKOFF_SECONDS)
            continue
        reporter.recovered()
        return


def connect_in_new_loop(bot: Bot, reporter: OutageReporter | None = None) -> None:
    """Connect in a fresh event loop left current, which ``run_polling`` then uses
    (the bot's HTTP client belongs to the loop it was opened in)."""
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    loop.run_until_complete(connect(bot, reporter=reporter))
