"""``fingertip run``: one process, or one member of a fleet.

- long polling (the default): on PostgreSQL a second process stands by
  *before* polling, since Telegram answers two pollers of one token with 409;
  on SQLite a second process refuses to start.
- ``--webhook``: Telegram posts updates here; each is stored in the inbox
  before Telegram is answered, and the owner reads the inbox.
- ``--role ingress``: the webhook only (stateless; any number behind a load
  balancer); ``--role worker``: no ingress, owner or standby of the singletons.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import time
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from telegram.ext import Application, ApplicationBuilder

from bot.config import Config, ConfigError
from bot.fleet._fleet import Fleet
from bot.fleet._inbox import InboxQueue, InboxReader
from bot.fleet._lock import SqliteGuard
from bot.fleet._ops import OpsServer
from bot.reachability import connect_in_new_loop
from storage.database import Database

if TYPE_CHECKING:
    from bot.context import FingertipApp, Services

__all__ = ["ROLES", "run_bot"]

_log = logging.getLogger(__name__)
ROLES = ("all", "ingress", "worker")
AnyApp = Application[Any, Any, Any, Any, Any, Any]


def run_bot(config: Config, *, webhook: bool, role: str) -> int:
    """Run until stopped; the exit code says why it stopped."""
    db = Database(config.database_url)
    postgres = db.engine.dialect.name == "postgresql"
    if role != "all" and not postgres:
        raise ConfigError(f"--role {role}: a fleet needs PostgreSQL ([database] url)")
    if (webhook or role == "ingress") and not (config.webhook.url and config.webhook.secret_token):
        raise ConfigError("webhook.url and webhook.secret_token: both are needed for --webhook")
    guard = None if postgres else SqliteGuard(config.database_url)
    if guard is not None:
        guard.acquire()
    try:
        db.upgrade()
        if role == "ingress":
            _run_webhook(_ingress_app(config, db), config)
            return 0
        return _run_worker(config, db, webhook=webhook, role=role)
    finally:
        if guard is not None:
            guard.release()


def _run_worker(config: Config, db: Database, *, webhook: bool, role: str) -> int:
    from bot.app import ALLOWED_UPDATES, build_application, build_services

    services = build_services(config, db)
    inbox = InboxQueue(db) if webhook and role == "all" else None

    def configure(builder: ApplicationBuilder[Any, Any, Any, Any, Any, Any]) -> None:
        if inbox is not None:
            builder.update_queue(inbox)

    app = build_application(services, configure=configure)
    fleet = services.fleet = Fleet(config, db, app)
    _wire(fleet, services, config, app)
    if inbox is not None:
        _run_webhook(app, config)
    elif role == "worker":
        asyncio.run(_serve(app))
    else:
        fleet.coordinator.acquire_blocking(time.sleep)
        lost: list[bool] = []

        async def stop_polling() -> None:  # another process polls now
            lost.append(True)
            app.stop_running()

        fleet.coordinator.on_loss(stop_polling)
        connect_in_new_loop(app.bot)  # a rejected token exits; an outage is waited out
        app.run_polling(allowed_updates=ALLOWED_UPDATES, timeout=config.telegram.poll_timeout)
        return 6 if lost else 0
    return 0


def _wire(fleet: Fleet, services: Services, config: Config, app: FingertipApp) -> None:
    """What the owner keeps alive, and what a new owner must rebuild and resume."""
    from bot.handlers.jobs import digest_tick

    coordinator = fleet.coordinator
    services.digests.claimer = coordinator.name
    services.digests.lease = timedelta(seconds=config.fleet.lease_seconds)
    coordinator.heartbeat(services.digests.renew_claims)

    async def take_over() -> None:
        # Ownership taken at start comes with the services' own reading of the
        # database; one taken later follows what another owner did since.
        if coordinator.starting:
            return
        await services.ingest.refresh()
        # Resume delivery at once, and again once the old owner's leases ran out.
        assert app.job_queue is not None
        for delay in (0.0, config.fleet.lease_seconds + 0.5):
            app.job_queue.run_once(digest_tick, delay, name="digest-resume")

    coordinator.on_gain(take_over)


def _run_webhook(app: AnyApp, config: Config) -> None:
    from bot.app import ALLOWED_UPDATES

    hook = config.webhook
    app.run_webhook(
        listen=hook.listen,
        port=hook.port,
        url_path=hook.path,
        webhook_url=hook.url,
        secret_token=hook.secret_token,
        allowed_updates=ALLOWED_UPDATES,
        max_connections=hook.max_connections,
    )


def _ingress_app(config: Config, db: Database) -> AnyApp:
    """An Application that only stores updates: no handlers, no model, no jobs."""
    builder = (
        ApplicationBuilder()
        .token(config.telegram.token)
        .base_url(config.telegram.base_url)
        .base_file_url(config.telegram.base_file_url)
        .update_queue(InboxQueue(db))
    )
    app: AnyApp = builder.build()
    ops = OpsServer(
        db,
        listen=config.ops.listen,
        port=config.ops.port,
        role=lambda: "ingress",
        inbox=InboxReader(db, app, config.fleet.inbox_batch),
    )

    async def start(_app: AnyApp) -> None:
        await ops.start()

    async def stop(_app: AnyApp) -> None:
        await ops.stop()
        db.dispose()

    app.post_init = start
    app.post_shutdown = stop
    return app


async def _serve(app: AnyApp) -> None:
    """A worker without ingress: the Application runs, no updater, until a signal."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    await app.initialize()
    if app.post_init is not None:
        await app.post_init(app)
    await app.start()
    _log.info("worker running (no ingress); stop with SIGTERM")
    try:
        await stop.wait()
    finally:
        await app.stop()
        await app.shutdown()
        if app.post_shutdown is not None:
            await app.post_shutdown(app)
