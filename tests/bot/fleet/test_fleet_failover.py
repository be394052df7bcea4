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
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text

from bot.fakegram import FakeTelegram, FakeTelegramControl
from storage.database import Database
from tests.helpers.databases import postgres_schema
from tests.helpers.fleet import Balancer, FleetHarness, Member, free_port

GROUP_A, GROUP_B = -1001000001601, -1001000001602
ZONE = ZoneInfo("Asia/Shanghai")
NOTICES = [
    ("述职报告", "请各村于本周五前报送2026年度述职报告，逾期不候。"),
    ("防汛工作部署会", "明天上午九点在镇政府三楼会议室召开防汛工作部署会，请各村书记准时参加。"),
    ("独居老人走访", "请各网格员今天下班前完成独居老人走访登记表并上传系统。"),
    ("秸秆禁烧", "关于开展秸秆禁烧专项巡查的通知：各村每日巡查两次，发现火点立即上报。"),
    ("安全生产检查台账", "请各单位于12月20日前提交本年度安全生产检查台账。"),
    ("医保缴费", "下周一起开展城乡居民医保缴费集中宣传，请各村在村务公开栏张贴通知。"),
    ("取暖用电", "请各村本周三前上报冬季取暖用电隐患排查情况。"),
    ("消防演练", "镇里定于周四下午组织消防演练，请各村安排两名人员参加。"),
    ("退役军人信息采集", "请于本月25日前完成退役军人信息采集核对工作。"),
    ("危房改造进度表", "各村务必在周五中午前报送农村危房改造进度表。"),
    ("人口普查入户复核", "通知：人口普查入户复核工作本周启动，请各村做好配合。"),
    ("党员学习记录", "请各支部本周内组织党员集中学习并报送党员学习记录。"),
]


async def until(check: Callable[[], Awaitable[bool]], what: str, seconds: float = 60) -> None:
    deadline = asyncio.get_running_loop().time() + seconds
    while not await check():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.1)


@pytest.fixture
def fake() -> AsyncIterator[FakeTelegram]:
    telegram = FakeTelegram(can_read_all_group_messages=True)
    with telegram.run_in_thread():
        yield telegram  # type: ignore[misc]


def next_slot(lead: float) -> str:
    """The first whole minute at least ``lead`` seconds from now, on the groups' clock."""
    at = datetime.now(ZONE) + timedelta(seconds=lead)
    return (at + timedelta(minutes=1)).strftime("%H:%M")


async def stage(control: FakeTelegramControl, cadres: int) -> tuple[int, list[int]]:
    admin = int((await control.create_user("镇党政办"))["id"])
    for chat_id, title in ((GROUP_A, "镇村工作群"), (GROUP_B, "网格员群")):
        await control.create_chat(title, chat_id=chat_id)
        await control.add_member(chat_id, admin, status="creator")
        await control.add_bot(chat_id, by_user_id=admin)
    users = [int((await control.create_user(f"干部{i}"))["id"]) for i in range(cadres)]
    for user in users:
        await control.add_member(GROUP_A, user)
        await control.add_member(GROUP_B, user)
    return admin, users


async def private_texts(control: FakeTelegramControl) -> dict[int, list[str]]:
    texts: dict[int, list[str]] = {}
    for message in await control.sent():
        texts.setdefault(int(message["chat_id"]), []).append(str(message["text"]))
    return texts


def digest_counts(texts: list[str]) -> dict[str, int]:
    """How often each notice appears in this cadre's digests (pushes left out)."""
    digests = [t for t in texts if not t.startswith("🔴")]
    return {key: sum(key in t for t in digests) for key, _ in NOTICES}


def notices_stored(url: str) -> int:
    db = Database(url)
    try:
        with db.engine.connect() as connection:
            return int(connection.execute(text("SELECT count(*) FROM notice")).scalar() or 0)
    finally:
        db.dispose()


async def run_fleet_failover(folder: Path, fake: FakeTelegram, cadres: int) -> dict[str, float]:
    """The whole scenario; returns what it measured (the bench prints it)."""
    control = FakeTelegramControl(fake.control_url)
    with postgres_schema() as schema:
        url = schema.url
        harness = FleetHarness(folder, fake, url, settings="[digest]\ntick_seconds = 0.5\n")
        balancer = Balancer([free_port(), free_port()])
        await balancer.start()
        try:
            return await _scenario(harness, balancer, control, url, cadres)
        finally:
            harness.stop_all()
            await balancer.stop()
            await control.aclose()


async def _scenario(
    harness: FleetHarness,
    balancer: Balancer,
    control: FakeTelegramControl,
    url: str,
    cadres: int,
) -> dict[str, float]:
    ingress = [
        harness.start(
            f"ingress{i}",
            "--webhook",
            "--role",
            "ingress",
            webhook_url=balancer.url,
            env={"FINGERTIP_WEBHOOK__PORT": str(port)},
        )
        for i, port in enumerate(balancer.ports, 1)
    ]
    workers = [harness.start(f"worker{i}", "--role", "worker") for i in (1, 2)]
    await harness.wait_ready(ingress + workers, seconds=90)
    admin, users = await stage(control, cadres)
    for chat_id in (GROUP_A, GROUP_B):
        await control.post(chat_id, admin, "/register 党政办")
    for user in users:
        await control.private(user, "/start")

    async def all_started() -> bool:
        texts = await private_texts(control)
        return all(texts.get(user) for user in users)

    await until(all_started, "every /start answered", 120)
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
    assert measured["takeover_seconds"] < 10, measured
