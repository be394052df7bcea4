"""Telegram's flood limits apply to what the bot sends, not to what it reads.

python-telegram-bot's AIORateLimiter counts every request that names a group
against that group's 20-per-minute budget, reads included; subscribing one
cadre asks getChatMember of every registered group, so a morning of /start
would crawl. Reads and bookkeeping bypass the limiter here; sends keep it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any

from telegram._utils.types import JSONDict
from telegram.error import RetryAfter
from telegram.ext import AIORateLimiter

from bot import metrics

__all__ = ["SendRateLimiter"]

_UNLIMITED_PREFIXES = ("get", "answer", "set", "delete", "leave")


def _seconds(exc: RetryAfter) -> float:
    wait = exc.retry_after
    return float(wait) if isinstance(wait, int | float) else wait.total_seconds()


class _Pacer:
    """Sends spaced evenly, against the clock.

    Each send is given the next free slot when it asks, one interval after
    the previous slot, so a timer that fires a few milliseconds late delays
    that one send and not every one after it. (A leaky bucket of one, which
    is what AIORateLimiter would be here, loses that lateness for good: about
    two milliseconds a send, 29/s paced came out near 27/s.) An idle pacer
    starts again from now, so it never bursts to make up for a quiet spell.
    """

    def __init__(self, per_second: float) -> None:
        self._interval = 1 / per_second
        self._next = 0.0

    async def wait(self) -> None:
        now = asyncio.get_running_loop().time()
        slot = max(self._next, now)
        self._next = slot + self._interval
        if slot > now:
            await asyncio.sleep(slot - now)


class SendRateLimiter(AIORateLimiter):
    """AIORateLimiter for sending methods only (send*, edit*, copy*, forward*...).

    Sends are paced evenly a little under Telegram's ~30/s (see ``_Pacer``).
    AIORateLimiter's own overall bucket would let a full second's budget out at
    once and refill behind it, up to twice the rate in any one-second window;
    Telegram answers such bursts with 429s. Its per-group limit is kept. And
    where AIORateLimiter answers any 429 by pausing every request, here only
    the refused request waits and retries: a flood wait for one chat must not
    stall a delivery round to everyone else.
    """

    def __init__(self, *, per_second: float = 29, max_retries: int = 2) -> None:
        super().__init__(overall_max_rate=0, max_retries=0)
        self._pacer = _Pacer(per_second)
        self._retries = max_retries

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | JSONDict | list[JSONDict]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | JSONDict | list[JSONDict]:
        if endpoint.startswith(_UNLIMITED_PREFIXES):
            return await callback(*args, **kwargs)
        retries = rate_limit_args if rate_limit_args is not None else self._retries
        for attempt in range(retries + 1):
            try:
                await self._pacer.wait()
                return await super().process_request(callback, args, kwargs, endpoint, data, 0)
            except RetryAfter as exc:
                metrics.TOO_MANY_REQUESTS.inc()
                if attempt == retries:
                    raise
                metrics.RETRIES.inc()
                await asyncio.sleep(_seconds(exc) + 0.1)
        raise AssertionError("unreachable: the last attempt returns or raises")
