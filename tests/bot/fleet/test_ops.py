"""Health, readiness and metrics over HTTP; JSON log lines on request."""

from __future__ import annotations

import io
import json
import logging
from pathlib import Path

import httpx

from bot import metrics
from bot.cli import log_handler
from bot.config import load_config
from bot.fleet import OpsServer
from storage.database import Database, downgrade_schema, head_revision
from tests.helpers.fleet import free_port


async def test_healthz_readyz_and_metrics(database: Database) -> None:
    port = free_port()
    ops = OpsServer(database, listen="127.0.0.1", port=port, role=lambda: "standby", inbox=None)
    await ops.start()
    metrics.MESSAGES_SENT.inc()
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as http:
            alive = (await http.get("/healthz")).json()
            ready = await http.get("/readyz")
            scraped = (await http.get("/metrics")).text
            assert alive == {"status": "alive", "role": "standby"}
            assert ready.status_code == 200
            report = ready.json()
            head = head_revision()
            assert (report["schema"], report["ready"], report["database"]) == (head, True, "ok")
            for name in (
                "fingertip_messages_sent_total",
                "fingertip_owner_changes_total",
                "fingertip_inbox_lag_updates",
                "fingertip_telegram_429_total",
                "fingertip_outbox_backlog",
                "fingertip_digests_sent_total",
            ):
                assert name in scraped
            downgrade_schema(database.engine, "0002")
            behind = await http.get("/readyz")
            assert behind.status_code == 503 and behind.json()["schema"] == "0002"
    finally:
        await ops.stop()


def test_json_log_lines(tmp_path: Path) -> None:
    config = load_config(None, environ={"FINGERTIP_LOGGING__FORMAT": "json"})
    handler = log_handler(config)
    out = io.StringIO()
    handler.setStream(out)  # type: ignore[attr-defined]
    logger = logging.getLogger("fingertip.test.json")
    logger.addHandler(handler)
    try:
        logger.warning("digest %s taken over", 7)
    finally:
        logger.removeHandler(handler)
    line = json.loads(out.getvalue())
    assert line["level"] == "WARNING" and line["message"] == "digest 7 taken over"
    assert line["name"] == "fingertip.test.json" and "asctime" in line
