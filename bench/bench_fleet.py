"""A fleet on PostgreSQL against the fake Telegram: ingress, delivery, takeover.

Two webhook ingresses behind a round-robin balancer and two workers, all real
``fingertip run`` processes. It measures

- inbox throughput: group messages posted to the webhook until each is a
  stored, understood notice (updates/s, end to end through the inbox);
- the fleet's send rate for one digest slot under Telegram's limits, which the
  fake enforces (30 messages/s overall, 1/s per chat), with digests lost and
  duplicated counted on the fake's side;
- takeover: the owner killed with SIGKILL, until the standby reports itself
  owner on /readyz.

Prints one JSON object. Needs PostgreSQL at 127.0.0.1:5432 (database test).

    .venv/bin/python bench/bench_fleet.py [--cadres 300] [--messages 400]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sim.fakegram import FakeTelegram, FakeTelegramControl
from tests.helpers.fleet import (
    GROUP_A,
    GROUP_B,
    NOTICES,
    Balancer,
    FleetHarness,
    Member,
    fleet_world,
    next_slot,
    notices_stored,
    stage_started,
    start_split,
    until,
)

GROUP_C = -1001000001603  # the throughput group: no cadres, so no digests from it


async def _inbox_throughput(
    control: FakeTelegramControl, balancer: Balancer, admin: int, url: str, messages: int
) -> tuple[float, float]:
    """Updates/s from the webhook to stored notices: the messages are queued at
    Telegram while the proxy answers 503, then let through at once."""
    await control.create_chat("吞吐测试群", chat_id=GROUP_C)
    await control.add_member(GROUP_C, admin, status="creator")
    await control.add_bot(GROUP_C, by_user_id=admin)
    await control.post(GROUP_C, admin, "/register 测试")

    async def registered() -> bool:  # updates handled together may overtake each other
        return len(await control.sent(GROUP_C)) >= 1

    await until(registered, "the throughput group registered", 60)
    before = await asyncio.to_thread(notices_stored, url)
    balancer.paused = True
    started = time.monotonic()
    for chunk in range(0, messages, 20):
        await asyncio.gather(
            *(
                control.post(GROUP_C, admin, f"第{i}号：请各村于本周五前报送第{i}类统计表。")
                for i in range(chunk, min(chunk + 20, messages))
            )
        )

    async def stored() -> bool:
        return await asyncio.to_thread(notices_stored, url) >= before + messages

    posted = time.monotonic() - started
    await asyncio.sleep(1.0)  # the fake's courier is in its retry pause; all are queued
    balancer.paused = False
    released = time.monotonic()
    await until(stored, "the throughput messages stored", 300)
    return messages / (time.monotonic() - released), posted


async def _delivery(fake: FakeTelegram, users: list[int]) -> dict[str, float]:
    """Watch the fake's sent list until every cadre has a digest, then a while more.

    Started before the slot, so each digest is stamped as it arrives.
    """
    want, stamps, seen = set(users), [], len(fake.world.sent)
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        sent = fake.world.sent
        for entry in sent[seen:]:
            if int(entry["chat_id"]) in want and "工作群摘要" in str(entry.get("text", "")):
                stamps.append((time.monotonic(), int(entry["chat_id"])))
        seen = len(sent)
        if len({user for _, user in stamps}) == len(want):
            break
        await asyncio.sleep(0.02)
    await asyncio.sleep(3)  # anything sent twice would come now
    for entry in fake.world.sent[seen:]:
        if int(entry["chat_id"]) in want and "工作群摘要" in str(entry.get("text", "")):
            stamps.append((time.monotonic(), int(entry["chat_id"])))
    got = [user for _, user in stamps]
    span = stamps[-1][0] - stamps[0][0] if len(stamps) > 1 else 0.0
    return {
        "digests": len(want),
        "send_rate_per_s": round((len(stamps) - 1) / span, 1) if span else 0.0,
        "lost": len(want - set(got)),
        "duplicated": len(got) - len(set(got)),
    }


async def _run(folder: Path, fake: FakeTelegram, cadres: int, messages: int) -> dict[str, object]:
    async with fleet_world(folder, fake, settings="[digest]\ntick_seconds = 0.5\n") as world:
        harness, balancer, control, url = world.harness, world.balancer, world.control, world.url
        ingress, workers = start_split(harness, balancer)
        await harness.wait_ready(ingress + workers, seconds=120)
        admin, users = await stage_started(control, cadres, seconds=300)
        rate_in, posting = await _inbox_throughput(control, balancer, admin, url, messages)
        for _, words in NOTICES:
            await control.post(GROUP_A, admin, words)
            origin = {"type": "user", "user_id": admin}
            await control.post(GROUP_B, admin, words, forward_origin=origin)
        for worker in workers:
            worker.process.terminate()
        for worker in workers:
            worker.process.wait(30)
        await control.set_flood_limits(global_per_second=30, per_chat_per_second=1)
        watch = asyncio.create_task(_delivery(fake, users))
        times = {"FINGERTIP_DIGEST__TIMES": f'["{next_slot(lead=45)}"]'}
        workers = [harness.start(f"worker{i}b", "--role", "worker", env=times) for i in (1, 2)]
        await harness.wait_ready(workers, seconds=120)
        delivery = await watch
        refused = sum(1 for r in fake.world.requests if r.get("status") == 429)
        takeover = await _takeover(harness, workers)
    return {
        "cadres": cadres,
        "ingress_processes": 2,
        "workers": 2,
        "inbox_updates_per_s": round(rate_in, 1),
        "inbox_messages": messages,
        "inbox_posting_seconds": round(posting, 2),
        **delivery,
        "limit_per_s": 30,
        "telegram_429s": refused,
        "takeover_seconds": takeover,
    }


async def _takeover(harness: FleetHarness, workers: list[Member]) -> float:
    [owner] = await harness.owners(workers)
    [standby] = [w for w in workers if w is not owner]
    killed = time.monotonic()
    owner.kill()

    async def took_over() -> bool:
        return (await harness.readiness(standby)).get("role") == "owner"

    await until(took_over, "the standby to take over", 60)
    return round(time.monotonic() - killed, 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cadres", type=int, default=300)
    parser.add_argument("--messages", type=int, default=400)
    args = parser.parse_args()
    fake = FakeTelegram(can_read_all_group_messages=True)
    with fake.run_in_thread(), tempfile.TemporaryDirectory(prefix="bench-fleet-") as folder:
        result = asyncio.run(_run(Path(folder), fake, args.cadres, args.messages))
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
