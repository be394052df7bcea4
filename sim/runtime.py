"""Run the Application inside an existing event loop, as run_polling would.

``Application.run_polling`` owns the loop and blocks; the demo, replay and the
end-to-end tests need the bot running beside their own code in one loop, with
the same start-up and shutdown order (post_init, polling, post_shutdown).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from telegram.error import TelegramError

from bot.app import ALLOWED_UPDATES
from bot.context import FingertipApp

__all__ = ["running", "start_app", "stop_app"]


async def start_app(
    app: FingertipApp, *, poll_timeout: int = 1, poll_interval: float = 0.0
) -> None:
    await app.initialize()
    if app.post_init is not None:
        await app.post_init(app)
    assert app.updater is not None

    def polling_error(exc: TelegramError) -> None:  # as run_polling: to the error handler
        app.create_task(app.process_error(update=None, error=exc))

    await app.updater.start_polling(
        poll_interval=poll_interval,
        timeout=poll_timeout,
        allowed_updates=ALLOWED_UPDATES,
        error_callback=polling_error,
    )
    await app.start()


async def stop_app(app: FingertipApp) -> None:
    if app.updater is not None and app.updater.running:
        await app.updater.stop()
    if app.running:
        await app.stop()
    await app.shutdown()
    if app.post_shutdown is not None:
        await app.post_shutdown(app)


@asynccontextmanager
async def running(
    app: FingertipApp, *, poll_timeout: int = 1, poll_interval: float = 0.0
) -> AsyncIterator[FingertipApp]:
    try:
        await start_app(app, poll_timeout=poll_timeout, poll_interval=poll_interval)
        yield app
    finally:
        await stop_app(app)
