"""Deliver a round of digests through the fake Telegram under flood limits and failures.

The fake enforces 30 messages/s overall and 1/s per chat, and fails 5 % of
sendMessage calls with 429 (retry after 1 s) and 1 % with 502. The outbox is
drained by the bot's own DigestService and rate limiter, the way the tick
does it, until nothing is pending; losses and duplicates are counted on the
fake's side. Prints one JSON object.

    .venv/bin/python bench/bench_delivery.py [--cadres 1200]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from telegram.ext import ExtBot

from bot.config import DigestConfig
from bot.digests import DigestBuilder, DigestService
from bot.ratelimit import SendRateLimiter
from bot.settings import Defaults
from sim.clock import ManualClock
from sim.fakegram import FakeTelegram, FakeTelegramControl
from storage import repository as repo
from storage.database import Database

NOW = datetime(2026, 11, 16, 0, 0, tzinfo=UTC)
MAX_ITEMS = DigestConfig().max_items  # as deployed by default


def _parts(user: int) -> list[str]:
    """One to three parts, as long digests are split (each must reach the cadre once)."""
    return [f"<b>工作群摘要</b>\n第 {user} 份 · {n + 1}" for n in range(1 + user % 3)]


async def _stage(control: FakeTelegramControl, db: Database, cadres: int) -> list[int]:
    users = []
    for i in range(cadres):
        user = int((await control.create_user(f"干部{i}"))["id"])
        await control.private(user, "/start")
        users.append(user)
    with db.session() as session:
        for user in users:
            repo.upsert_cadre(session=session, user_id=user, first_name="干部", now=NOW)
            repo.create_digest(
                session=session,
                user_id=user,
                slot="2026-11-16T00:00Z",
                window_end=NOW,
                parts=_parts(user),
            )
    return users


async def run(cadres: int) -> dict[str, object]:
    fake = FakeTelegram()
    await fake.start()
    control = FakeTelegramControl(fake.control_url)
    with tempfile.TemporaryDirectory() as folder:
        db = Database(f"sqlite:///{folder}/bench.sqlite")
        db.upgrade()
        users = await _stage(control, db, cadres)
        await control.set_flood_limits(global_per_second=30, per_chat_per_second=1)
        await control.set_chaos("sendMessage", p429=0.05, p5xx=0.01, seed=3)
        await control.reset_log()
        defaults = Defaults(("08:00",), "Asia/Shanghai")
        builder = DigestBuilder(defaults, timedelta(hours=24), MAX_ITEMS)
        service = DigestService(db, builder, grace=timedelta(hours=12), clock=ManualClock(NOW))
        bot = ExtBot(
            fake.token, base_url=fake.base_url, rate_limiter=SendRateLimiter(max_retries=2)
        )
        rounds = 0
        async with bot:
            began = time.perf_counter()
            while rounds < 20:
                rounds += 1
                await service.deliver_pending(bot)
                with db.session() as session:
                    if not repo.pending_digest_ids(session=session):
                        break
            elapsed = time.perf_counter() - began
        requests = await control.requests("sendMessage")
    await control.aclose()
    wanted = {(user, part) for user in users for part in _parts(user)}
    sent = Counter((m["chat_id"], m["raw_text"]) for m in await _sent(fake))
    await fake.stop()
    delivered = sum(count for key, count in sent.items() if key in wanted)
    return {
        "benchmark": "deliver_a_round",
        "cadres": cadres,
        "rounds": rounds,
        "delivered": delivered,
        "parts": len(wanted),
        "lost": sum(1 for key in wanted if sent[key] == 0),
        "duplicated": sum(1 for key in wanted if sent[key] > 1),
        "send_requests": len(requests),
        "refused_429": sum(r.get("status") == 429 for r in requests),
        "refused_5xx": sum(r.get("status", 0) >= 500 for r in requests),
        "seconds": round(elapsed, 1),
        "sustained_msgs_per_s": round(delivered / elapsed, 1),
        "targets": {"sustained_msgs_per_s": 27, "lost": 0, "duplicated": 0},
    }


async def _sent(fake: FakeTelegram) -> list[dict[str, object]]:
    control = FakeTelegramControl(fake.control_url)
    try:
        return await control.sent()
    finally:
        await control.aclose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cadres", type=int, default=1200)
    args = parser.parse_args()
    print(json.dumps(asyncio.run(run(args.cadres)), indent=2))


if __name__ == "__main__":
    main()
