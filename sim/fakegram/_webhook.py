"""Webhooks, as Telegram does them: setWebhook, getWebhookInfo, and a courier
that POSTs each pending update to the URL with the secret header.

Telegram keeps an update until the webhook answers 2XY, retrying otherwise,
with up to ``max_connections`` requests in flight. The fake does the same, in
update order, and records the last failure for getWebhookInfo. It accepts
plain HTTP to a loopback address (it has no TLS); any other URL must be HTTPS,
as the Bot API requires.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import aiohttp
from aiohttp import web

if TYPE_CHECKING:
    from sim.fakegram._world import World

__all__ = ["WEBHOOK_METHODS", "WebhookState", "webhook_courier"]

_SECRET = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
_LOOPBACK = ("127.0.0.1", "localhost", "::1")
_RETRY_SECONDS = 0.5
_IDLE_SECONDS = 0.02


@dataclass(slots=True)
class WebhookState:
    secret_token: str = ""
    max_connections: int = 40
    last_error_date: int | None = None
    last_error_message: str | None = None
    delivered: int = 0


def _api_error(code: int, description: str) -> Exception:
    from sim.fakegram._world import ApiError

    return ApiError(code, description)


def set_webhook(world: World, p: dict[str, Any]) -> Any:
    url = str(p["url"])
    if url:
        parts = urlsplit(url)
        if parts.scheme != "https" and not (parts.scheme == "http" and parts.hostname in _LOOPBACK):
            raise _api_error(400, "Bad Request: bad webhook: An HTTPS URL must be provided")
    secret = p.get("secret_token")
    if secret is not None and not _SECRET.match(str(secret)):
        raise _api_error(400, "Bad Request: secret token contains unallowed characters")
    connections = int(p.get("max_connections", 40))
    if not 1 <= connections <= 100:
        raise _api_error(400, "Bad Request: max_connections must be between 1 and 100")
    if "allowed_updates" in p:
        world.allowed = frozenset(p["allowed_updates"]) or None
    world.hook = WebhookState(str(secret or ""), connections)
    world.set_webhook(url, bool(p.get("drop_pending_updates")))
    world.new_update.set()
    return True


def delete_webhook(world: World, p: dict[str, Any]) -> Any:
    world.hook = WebhookState()
    return world.set_webhook("", bool(p.get("drop_pending_updates")))


def webhook_info(world: World, p: dict[str, Any]) -> Any:
    info: dict[str, Any] = {
        "url": world.webhook,
        "has_custom_certificate": False,
        "pending_update_count": len(world.updates),
    }
    if world.webhook:
        info["max_connections"] = world.hook.max_connections
        if world.allowed:
            info["allowed_updates"] = sorted(world.allowed)
    if world.hook.last_error_date is not None:
        info["last_error_date"] = world.hook.last_error_date
        info["last_error_message"] = world.hook.last_error_message
    return info


WEBHOOK_METHODS = {
    "setWebhook": set_webhook,
    "deleteWebhook": delete_webhook,
    "getWebhookInfo": webhook_info,
}


async def _post(http: aiohttp.ClientSession, world: World, update: dict[str, Any]) -> bool:
    headers = {"Content-Type": "application/json"}
    if world.hook.secret_token:
        headers["X-Telegram-Bot-Api-Secret-Token"] = world.hook.secret_token
    try:
        async with http.post(world.webhook, json=update, headers=headers) as answer:
            if 200 <= answer.status < 300:
                return True
            reason = f"Wrong response from the webhook: {answer.status} {answer.reason}"
    except (aiohttp.ClientError, TimeoutError) as exc:
        reason = f"Connection failed: {exc.__class__.__name__}"
    world.hook.last_error_date, world.hook.last_error_message = int(time.time()), reason
    return False


async def _deliver(http: aiohttp.ClientSession, world: World) -> None:
    while True:
        if not (world.webhook and world.updates):
            await asyncio.sleep(_IDLE_SECONDS)  # a poll: the long-poll event belongs to getUpdates
            continue
        url, batch = world.webhook, world.updates[: world.hook.max_connections]
        results = await asyncio.gather(*(_post(http, world, update) for update in batch))
        done = {u["update_id"] for u, ok in zip(batch, results, strict=True) if ok}
        if world.webhook == url:
            world.updates = [u for u in world.updates if u["update_id"] not in done]
            world.hook.delivered += len(done)
        if len(done) < len(batch):
            await asyncio.sleep(_RETRY_SECONDS)


def webhook_courier(world: World) -> Any:
    """An aiohttp cleanup context: the courier runs while the fake serves."""

    async def context(_app: web.Application) -> AsyncIterator[None]:
        timeout = aiohttp.ClientTimeout(total=10)
        async with aiohttp.ClientSession(timeout=timeout) as http:
            task = asyncio.create_task(_deliver(http, world), name="fake-webhook")
            yield
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    return context
