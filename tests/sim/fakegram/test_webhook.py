"""The fake's webhook: set, posted to with the secret header, retried, reported."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web
from telegram import Bot
from telegram.error import BadRequest, Conflict

from sim.fakegram import FakeTelegram, FakeTelegramControl


class _Receiver:
    """A webhook endpoint that records what Telegram posts, failing on request."""

    def __init__(self) -> None:
        self.posts: list[tuple[dict[str, str], dict[str, Any]]] = []
        self.fail = 0
        self.runner: web.AppRunner | None = None
        self.url = ""

    async def handle(self, request: web.Request) -> web.Response:
        if self.fail:
            self.fail -= 1
            return web.Response(status=500)
        self.posts.append((dict(request.headers), await request.json()))
        return web.Response(status=200)

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/hook", self.handle)
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}/hook"


@pytest.fixture
async def world() -> AsyncIterator[tuple[FakeTelegramControl, Bot, _Receiver]]:
    fake = FakeTelegram()
    await fake.start()
    control = FakeTelegramControl(fake.control_url)
    receiver = _Receiver()
    await receiver.start()
    async with Bot(fake.token, base_url=fake.base_url) as bot:
        yield control, bot, receiver
    assert receiver.runner is not None
    await receiver.runner.cleanup()
    await control.aclose()
    await fake.stop()


async def _until(check: Any, seconds: float = 10) -> None:
    deadline = asyncio.get_running_loop().time() + seconds
    while not check():
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.02)


async def test_updates_are_posted_with_the_secret_header(world) -> None:  # type: ignore[no-untyped-def]
    control, bot, receiver = world
    assert await bot.set_webhook(receiver.url, secret_token="s3cret_-X", max_connections=5)
    with pytest.raises(Conflict):
        await bot.get_updates()
    user = await control.create_user("王书记")
    await control.private(user["id"], "/start")
    await control.private(user["id"], "在吗")
    await _until(lambda: len(receiver.posts) == 2)
    headers, first = receiver.posts[0]
    assert headers["X-Telegram-Bot-Api-Secret-Token"] == "s3cret_-X"
    assert headers["Content-Type"].startswith("application/json")
    assert first["message"]["text"] == "/start"
    info = await bot.get_webhook_info()
    assert (info.url, info.pending_update_count, info.max_connections) == (receiver.url, 0, 5)
    assert await control.violations() == []


async def test_a_failing_webhook_is_retried_and_reported(world) -> None:  # type: ignore[no-untyped-def]
    control, bot, receiver = world
    receiver.fail = 2
    await bot.set_webhook(receiver.url, secret_token="abc")
    user = await control.create_user("李")
    await control.private(user["id"], "/start")
    await _until(lambda: len(receiver.posts) == 1)
    info = await bot.get_webhook_info()
    assert info.last_error_message is not None and "500" in info.last_error_message
    assert await bot.delete_webhook()
    assert (await bot.get_webhook_info()).url == ""
    assert await control.violations() == []


async def test_set_webhook_checks_the_spec_rules(world) -> None:  # type: ignore[no-untyped-def]
    _, bot, _ = world
    with pytest.raises(BadRequest, match="unallowed characters"):
        await bot.set_webhook("https://example.org/hook", secret_token="no spaces!")
    with pytest.raises(BadRequest, match=r"(?i)https url"):
        await bot.set_webhook("http://example.org/hook")
