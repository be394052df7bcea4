"""A fleet on PostgreSQL: two webhook ingresses, two workers, the owner killed mid-round.

Every member is a real ``fingertip run`` subprocess; the fake Telegram posts
updates to one webhook URL (a round-robin balancer in front of both
ingresses), as Telegram would. The fake holds every digest request after the
first few unprocessed, the owner is killed with SIGKILL, the held requests
are dropped as never arrived, and the standby must take over within 10 s and
finish the round: each cadre gets the digest exactly once, copies merged.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Iterator
from functools import partial
from pathlib import Path

import pytest

from sim.fakegram import FakeTelegram, FakeTelegramControl
from tests.helpers.fleet import (
    GROUP_A,
    GROUP_B,
    NOTICES,
    Balancer,
    FleetHarness,
    Member,
    digest_counts,
    fleet_world,
    next_slot,
    notices_stored,
    private_texts,
    stage_started,
    start_split,
    until,
)


@pytest.fixture
def fake() -> Iterator[FakeTelegram]:
    telegram = FakeTelegram(can_read_all_group_messages=True)
    with telegram.run_in_thread():
        yield telegram


async def run_fleet_failover(folder: Path, fake: FakeTelegram, cadres: int) -> dict[str, float]:
    """The whole scenario; returns what it measured (the bench prints it)."""
    async with fleet_world(folder, fake, settings="[digest]\ntick_seconds = 0.5\n") as world:
        return await _scenario(world.harness, world.balancer, world.control, world.url, cadres)


async def _scenario(
    harness: FleetHarness,
    balancer: Balancer,
    control: FakeTelegramControl,
    url: str,
    cadres: int,
) -> dict[str, float]:
    ingress, workers = start_split(harness, balancer)
    await harness.wait_ready(ingress + workers, seconds=90)
    admin, users = await stage_started(control, cadres, seconds=120)
    started = time.monotonic()
    for _, words in NOTICES:
        await control.post(GROUP_A, admin, words)
    for _, words in NOTICES:
        origin = {"type": "user", "user_id": admin}
        await control.post(GROUP_B, admin, words, forward_origin=origin)

    async def stored() -> bool:
        return await asyncio.to_thread(notices_stored, url) >= 2 * len(NOTICES)

    await until(stored, "24 notices stored", 60)
    inbox_seconds = time.monotonic() - started
    # The slot: restart the workers with a digest time just ahead (a slot
    # before a cadre's /start is not theirs, and staging takes a while).
    for worker in workers:
        worker.process.terminate()
    for worker in workers:
        worker.process.wait(30)
    times = {"FINGERTIP_DIGEST__TIMES": f'["{next_slot(lead=20)}"]'}
    workers = [harness.start(f"worker{i}b", "--role", "worker", env=times) for i in (1, 2)]
    await harness.wait_ready(workers, seconds=90)
    await until(partial(_one_owner, harness, workers), "one owner among the workers", 30)
    await control.stall("sendMessage", after=cadres // 3)
    await until(_stalled(control), "a third of the digests sent, the rest held", 120)
    await asyncio.sleep(0.5)  # every courier reaches its own held request
    [owner] = await harness.owners(workers)
    [standby] = [w for w in workers if w is not owner]
    killed = time.monotonic()
    owner.kill()
    await control.release_stall()

    async def took_over() -> bool:
        return (await harness.readiness(standby)).get("role") == "owner"

    await until(took_over, "the standby to take over", 30)
    takeover = time.monotonic() - killed

    async def all_delivered() -> bool:
        texts = await private_texts(control)
        return all(min(digest_counts(texts.get(u, [])).values()) >= 1 for u in users)

    await until(all_delivered, "every cadre's digest", 90)
    delivered = time.monotonic() - killed
    await asyncio.sleep(2.0)  # a few more ticks: nothing may be sent again
    texts = await private_texts(control)
    counts = {user: digest_counts(texts.get(user, [])) for user in users}
    twice = [u for u, c in counts.items() if max(c.values()) != 1]
    assert not twice, f"{len(twice)} cadres got a notice other than once\n{harness.logs()}"
    summaries = [t for u in users for t in texts[u] if "合并重复" in t]
    assert len(summaries) == cadres
    assert all("→ 12 项" in t and "合并重复 12 条" in t for t in summaries), summaries[0]
    assert await control.violations() == []
    return {
        "takeover_seconds": round(takeover, 2),
        "finish_after_kill_seconds": round(delivered, 2),
        "inbox_24_notices_seconds": round(inbox_seconds, 2),
    }


async def _one_owner(harness: FleetHarness, workers: list[Member]) -> bool:
    return len(await harness.owners(workers)) == 1


def _stalled(control: FakeTelegramControl) -> Callable[[], Awaitable[bool]]:
    async def check() -> bool:
        return await control.stalled() > 0

    return check


@pytest.mark.slow
@pytest.mark.postgres
async def test_owner_killed_mid_round_every_cadre_gets_one_digest(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    measured = await run_fleet_failover(tmp_path, fake, cadres=150)
    print(measured)  # shown with -s: the README quotes these
    assert measured["takeover_seconds"] < 10, measured
