"""The fleet's failover, smaller: two ``run --webhook`` processes (each an
ingress and a worker) behind one balancer, on PostgreSQL, 20 cadres asking
/digest, the owner killed with SIGKILL while their digests are in flight."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from sim.fakegram import FakeTelegram, FakeTelegramControl
from tests.helpers.fleet import (
    GROUP_A,
    GROUP_B,
    NOTICES,
    Balancer,
    FleetHarness,
    digest_counts,
    fleet_world,
    notices_stored,
    private_texts,
    stage_started,
    until,
)

CADRES = 20
SHOWN = NOTICES[:3]


@pytest.fixture
def fake() -> Iterator[FakeTelegram]:
    telegram = FakeTelegram(can_read_all_group_messages=True)
    with telegram.run_in_thread():
        yield telegram


@pytest.mark.slow  # about a minute on a loaded 2-core machine: two processes load the model
@pytest.mark.postgres
async def test_the_standby_finishes_what_the_killed_owner_began(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    async with fleet_world(tmp_path, fake) as world:
        await _scenario(world.harness, world.balancer, world.control, world.url)


async def _scenario(
    harness: FleetHarness, balancer: Balancer, control: FakeTelegramControl, url: str
) -> None:
    members = [
        harness.start(
            f"both{i}",
            "--webhook",
            webhook_url=balancer.url,
            env={
                "FINGERTIP_WEBHOOK__PORT": str(port),
                "FINGERTIP_FLEET__POLL_SECONDS": "1",
                "FINGERTIP_FLEET__LEASE_SECONDS": "4",
            },
        )
        for i, port in enumerate(balancer.ports, 1)
    ]
    await harness.wait_ready(members, seconds=90)
    admin, users = await stage_started(control, CADRES, seconds=60)
    for _, words in SHOWN:
        await control.post(GROUP_A, admin, words)
        await control.post(GROUP_B, admin, words, forward_origin={"type": "user", "user_id": admin})

    async def stored() -> bool:
        return await asyncio.to_thread(notices_stored, url) >= 2 * len(SHOWN)

    await until(stored, "the notices stored", 60)
    await control.stall("sendMessage", after=5)
    for user in users:
        await control.private(user, "/digest")

    async def held() -> bool:
        return await control.stalled() > 0

    await until(held, "digests held in flight", 60)
    await asyncio.sleep(0.5)
    [owner] = await harness.owners(members)
    [standby] = [m for m in members if m is not owner]
    killed = time.monotonic()
    owner.kill()
    await control.release_stall()

    async def took_over() -> bool:
        return (await harness.readiness(standby)).get("role") == "owner"

    await until(took_over, "the standby to take over", 20)
    assert time.monotonic() - killed < 10

    def shown(texts: list[str]) -> list[int]:
        counts = digest_counts(texts)
        return [counts[key] for key, _ in SHOWN]

    async def delivered() -> bool:
        texts = await private_texts(control)
        return all(min(shown(texts.get(u, []))) >= 1 for u in users)

    await until(delivered, "every cadre's digest", 60)
    await asyncio.sleep(2.0)
    texts = await private_texts(control)
    assert all(shown(texts[u]) == [1, 1, 1] for u in users), harness.logs()
    assert await control.violations() == []
