"""/healthz, /readyz and /metrics on a small HTTP port of their own.

``/healthz`` says the process is alive (its event loop answers). ``/readyz``
says whether it can do its work: the database answers, its schema is at this
code's head, and what this process is (owner, standby, ingress), with the
inbox lag; 503 when not ready, so a load balancer sends webhooks elsewhere.
``/metrics`` is prometheus-client's text format.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy.exc import SQLAlchemyError

from bot import metrics
from bot.fleet._inbox import InboxReader
from storage import repository as repo
from storage.database import Database, DatabaseUnavailable, head_revision, schema_revision

__all__ = ["OpsServer"]

_log = logging.getLogger(__name__)


class OpsServer:
    """Serves the three routes while the bot runs; port 0 serves nothing."""

    def __init__(
        self,
        db: Database,
        *,
        listen: str,
        port: int,
        role: Callable[[], str],
        inbox: InboxReader | None,
    ) -> None:
        self._db, self._listen, self._port = db, listen, port
        self._role, self._inbox = role, inbox
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        if not self._port:
            return
        app = web.Application()
        app.router.add_get("/healthz", self._healthz)
        app.router.add_get("/readyz", self._readyz)
        app.router.add_get("/metrics", self._metrics)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, self._listen, self._port).start()
        _log.info("health and metrics on http://%s:%s", self._listen, self._port)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _healthz(self, _request: web.Request) -> web.Response:
        return web.json_response({"status": "alive", "role": self._role()})

    async def _readyz(self, _request: web.Request) -> web.Response:
        report = await self.readiness()
        return web.json_response(report, status=200 if report["ready"] else 503)

    async def _metrics(self, _request: web.Request) -> web.Response:
        if self._inbox is not None:
            await self._inbox.lag()  # refresh the gauges
        await asyncio.to_thread(self._count_backlog)
        return web.Response(body=generate_latest(), headers={"Content-Type": CONTENT_TYPE_LATEST})

    def _count_backlog(self) -> None:
        with self._db.session() as session:
            metrics.OUTBOX_BACKLOG.set(repo.outbox_backlog(session=session))

    async def readiness(self) -> dict[str, Any]:
        report: dict[str, Any] = {"role": self._role(), "head": head_revision()}
        try:
            await asyncio.to_thread(self._db.check)
            report["schema"] = await asyncio.to_thread(schema_revision, self._db.engine)
            if self._inbox is not None:
                lag = await self._inbox.lag()
                report["inbox_pending"] = lag.pending
                report["inbox_oldest"] = lag.oldest.isoformat() if lag.oldest else None
        except (DatabaseUnavailable, SQLAlchemyError) as exc:
            report.update(ready=False, database=str(exc).splitlines()[0])
            return report
        report["database"] = "ok"
        report["ready"] = report["schema"] == report["head"]
        return report
