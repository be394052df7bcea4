"""The server object: start it in this loop, or in a thread of its own."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from aiohttp import web

from sim.fakegram._server import build_app
from sim.fakegram._spec import load_spec
from sim.fakegram._world import World

__all__ = ["FakeTelegram"]


class FakeTelegram:
    """A loopback Bot API server with state, spec checks and a control API."""

    def __init__(
        self,
        *,
        token: str = "123456:TEST-TOKEN",
        host: str = "127.0.0.1",
        port: int = 0,
        bot_id: int = 123456,
        bot_username: str = "fingertip_bot",
        can_read_all_group_messages: bool = False,
    ) -> None:
        self.token, self.host, self._port = token, host, port
        bot: dict[str, Any] = {
            "id": bot_id,
            "is_bot": True,
            "first_name": "Fingertip",
            "username": bot_username,
        }
        self.world = World(load_spec(), bot, can_read_all_group_messages)
        self._runner: web.AppRunner | None = None

    @property
    def port(self) -> int:
        return self._port

    @property
    def base_url(self) -> str:
        """For ``ApplicationBuilder.base_url``: PTB appends the token itself."""
        return f"http://{self.host}:{self._port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://{self.host}:{self._port}/file/bot"

    @property
    def control_url(self) -> str:
        return f"http://{self.host}:{self._port}/control"

    async def start(self) -> None:
        self._runner = web.AppRunner(build_app(self.world, self.token), access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self._port)
        await site.start()
        server = site._server  # aiohttp exposes the bound port only here
        sockets = getattr(server, "sockets", None)
        assert sockets, "the fake Telegram did not bind a socket"
        self._port = int(sockets[0].getsockname()[1])

    async def stop(self) -> None:
        if self._runner is not None:
            self.world.new_update.set()
            await self._runner.cleanup()
            self._runner = None

    @contextmanager
    def run_in_thread(self) -> Iterator[FakeTelegram]:
        """Serve from a background thread, for callers that block or fork."""
        loop = asyncio.new_event_loop()
        ready = threading.Event()

        def serve() -> None:
            asyncio.set_event_loop(loop)
            loop.run_until_complete(self.start())
            ready.set()
            loop.run_forever()

        thread = threading.Thread(target=serve, name="fake-telegram", daemon=True)
        thread.start()
        ready.wait(10)
        try:
            yield self
        finally:
            asyncio.run_coroutine_threadsafe(self.stop(), loop).result(10)
            loop.call_soon_threadsafe(loop.stop)
            thread.join(10)
            loop.close()
