"""Scheduled digests: one per slot, and a missed slot is sent once on return."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.digests import latest_slot
from sim.replay import ReplaySession
from tests.helpers.world import build_world

A = -1001000000401


def _next_slot(session: ReplaySession, after: datetime) -> datetime:
    digest = session.services.config.digest
    probe = after
    while (slot := latest_slot(probe, digest.zone, digest.clock_times)) <= after:
        probe += timedelta(minutes=15)
    return slot


async def _world(session: ReplaySession) -> int:
    await build_world(
        session,
        {"党政办群": A},
        {"王书记": ("zh-hans", ["党政办群"]), "李主任": ("zh-hans", ["党政办群"])},
    )
    await session.start_private("王书记")
    return session.users["李主任"]


async def test_one_digest_per_slot(session: ReplaySession) -> None:
    sender = await _world(session)
    await session.control.post(A, sender, "请于本周五前报送冬季安全检查台账")
    await session.settle()
    slot = _next_slot(session, session.clock.now())
    before = len(await session.received("王书记"))
    assert await session.run_slot(slot) == 1
    assert await session.run_slot(slot) == 0
    new = (await session.received("王书记"))[before:]
    assert len(new) == 1 and "冬季安全检查台账" in new[0]["text"]


async def test_missed_slots_send_one_digest_on_return(session: ReplaySession) -> None:
    sender = await _world(session)
    await session.control.post(A, sender, "关于12月1日起调整办公时间的通知")
    await session.settle()
    first = _next_slot(session, session.clock.now())
    second = _next_slot(session, first)
    before = len(await session.received("王书记"))
    # The bot was down over `first`; it comes back a little after `second`.
    assert await session.run_slot(second + timedelta(minutes=7)) == 1
    new = (await session.received("王书记"))[before:]
    assert len(new) == 1 and "调整办公时间" in new[0]["text"]
    assert await session.run_slot(second + timedelta(minutes=8)) == 0


async def test_nothing_new_sends_nothing(session: ReplaySession) -> None:
    await _world(session)
    before = len(await session.received("王书记"))
    await session.run_slot(_next_slot(session, session.clock.now()))
    assert len(await session.received("王书记")) == before


async def test_schedule_survives_a_restart(session: ReplaySession) -> None:
    sender = await _world(session)
    await session.control.post(A, sender, "请于本周四前报送冬季用电安全排查表")
    await session.settle()
    slot = _next_slot(session, session.clock.now())
    await session.restart()  # the bot is down over the slot and comes back after it
    before = len(await session.received("王书记"))
    assert await session.run_slot(slot + timedelta(minutes=3)) == 1
    new = (await session.received("王书记"))[before:]
    assert len(new) == 1 and "用电安全排查表" in new[0]["text"]
