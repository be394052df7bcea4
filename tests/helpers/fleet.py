"""A fleet of real ``fingertip run`` processes against the fake Telegram.

Used by the fleet tests and by bench/bench_fleet.py: each member is a
subprocess with its own ports given through ``FINGERTIP_SECTION__KEY``; a
round-robin balancer stands in front of the webhook ingresses, as a reverse
proxy would.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import signal
import socket
import subprocess
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx
from aiohttp import ClientSession, web
from sqlalchemy import text

from sim.fakegram import FakeTelegramControl
from storage.database import Database
from tests.helpers.databases import postgres_schema

__all__ = [
    "GROUP_A",
    "GROUP_B",
    "NOTICES",
    "Balancer",
    "FleetHarness",
    "FleetWorld",
    "Member",
    "bot_config",
    "digest_counts",
    "fleet_world",
    "free_port",
    "next_slot",
    "notices_stored",
    "private_texts",
    "register",
    "stage",
    "stage_started",
    "start_split",
    "until",
]

ROOT = Path(__file__).resolve().parents[2]
SECRET = "fleet-secret_token"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Member:
    name: str
    process: subprocess.Popen[bytes]
    ops_port: int
    webhook_port: int | None = None
    log: Path = field(default_factory=Path)

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)


class Balancer:
    """Round-robin reverse proxy: Telegram's one webhook URL, several ingresses."""

    def __init__(self, ports: list[int]) -> None:
        self.ports = ports
        self.paused = False  # answer 503, as a proxy with no healthy upstream does
        self._targets = itertools.cycle(ports)
        self.port = free_port()
        self._runner: web.AppRunner | None = None
        self._http: ClientSession | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/telegram"

    async def _forward(self, request: web.Request) -> web.Response:
        assert self._http is not None
        if self.paused:
            return web.Response(status=503)
        body = await request.read()
        headers = {k: v for k, v in request.headers.items() if k.lower() != "host"}
        port = next(self._targets)
        try:
            async with self._http.post(
                f"http://127.0.0.1:{port}/telegram", data=body, headers=headers
            ) as answer:
                return web.Response(status=answer.status, body=await answer.read())
        except OSError:
            return web.Response(status=502)

    async def start(self) -> None:
        self._http = ClientSession()
        app = web.Application()
        app.router.add_post("/telegram", self._forward)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port).start()

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
        if self._http is not None:
            await self._http.close()


def bot_config(folder: Path, fake: Any, settings: str = "") -> Path:
    """``folder/config.toml`` for a ``fingertip run`` against the fake Telegram,
    its data in ``folder``, with ``settings`` (TOML) after the Telegram section."""
    config = folder / "config.toml"
    config.write_text(
        f'data_dir = "{folder}"\n[telegram]\ntoken = "{fake.token}"\n'
        f'base_url = "{fake.base_url}"\nbase_file_url = "{fake.base_file_url}"\n'
        f"poll_timeout = 1\n{settings}",
        encoding="utf-8",
    )
    return config


class FleetHarness:
    """Writes one config for the whole fleet and starts its members."""

    def __init__(self, folder: Path, fake: Any, database_url: str, *, settings: str = "") -> None:
        self.folder = folder
        self.database_url = database_url
        self.config = bot_config(
            folder,
            fake,
            f'[database]\nurl = "{database_url}"\n[webhook]\nsecret_token = "{SECRET}"\n{settings}',
        )
        self.members: list[Member] = []

    def start(
        self, name: str, *args: str, webhook_url: str = "", env: dict[str, str] | None = None
    ) -> Member:
        ops, hook = free_port(), free_port()
        environ = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "FINGERTIP_OPS__PORT": str(ops),
            "FINGERTIP_WEBHOOK__PORT": str(hook),
            "FINGERTIP_WEBHOOK__URL": webhook_url or "http://127.0.0.1:1/unused",
            **(env or {}),
        }
        log = self.folder / f"{name}.log"
        with log.open("ab") as out:
            process = subprocess.Popen(
                [sys.executable, "-m", "bot.cli", "run", "--config", str(self.config), *args],
                cwd=ROOT,
                env=environ,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        member = Member(name, process, ops, hook, log)
        self.members.append(member)
        return member

    async def readiness(self, member: Member) -> dict[str, Any]:
        try:
            async with httpx.AsyncClient(timeout=2) as http:
                answer = await http.get(f"http://127.0.0.1:{member.ops_port}/readyz")
                return dict(answer.json())
        except (httpx.HTTPError, ValueError):
            return {"ready": False, "role": "down"}

    async def wait_ready(self, members: list[Member], seconds: float = 60) -> None:
        deadline = asyncio.get_running_loop().time() + seconds
        for member in members:
            while not (await self.readiness(member)).get("ready"):
                if member.process.poll() is not None:
                    raise AssertionError(f"{member.name} exited:\n{member.log.read_text()}")
                if asyncio.get_running_loop().time() > deadline:
                    raise AssertionError(f"{member.name} not ready:\n{member.log.read_text()}")
                await asyncio.sleep(0.1)

    async def owners(self, members: list[Member]) -> list[Member]:
        return [m for m in members if (await self.readiness(m)).get("role") == "owner"]

    def logs(self) -> str:
        return "\n".join(f"== {m.name}\n{m.log.read_text()[-4000:]}" for m in self.members)

    def stop_all(self) -> None:
        for member in self.members:
            if member.process.poll() is None:
                member.process.send_signal(signal.SIGTERM)
        for member in self.members:
            try:
                member.process.wait(15)
            except subprocess.TimeoutExpired:
                member.process.kill()


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


async def register(control: FakeTelegramControl, admin: int, chats: list[int]) -> None:
    """/register in each group, and wait for the answers: updates handled
    together may overtake one another, as under long polling."""
    for chat_id in chats:
        await control.post(chat_id, admin, "/register 党政办")

    async def answered() -> bool:
        replies = [await control.sent(chat_id) for chat_id in chats]
        return all(any("党政办" in str(m["text"]) for m in sent) for sent in replies)

    await until(answered, "the groups registered", 60)


def start_split(harness: FleetHarness, balancer: Balancer) -> tuple[list[Member], list[Member]]:
    """Two webhook ingresses behind the balancer and two workers: the fleet's
    split shape, one ingress per balancer port."""
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
    return ingress, workers


async def stage_started(
    control: FakeTelegramControl, cadres: int, *, seconds: float
) -> tuple[int, list[int]]:
    """Both groups staged and registered, and every cadre's /start answered:
    a slot counts only cadres who have started the bot."""
    admin, users = await stage(control, cadres)
    await register(control, admin, [GROUP_A, GROUP_B])
    for user in users:
        await control.private(user, "/start")

    async def started() -> bool:
        texts = await private_texts(control)
        return all(texts.get(user) for user in users)

    await until(started, "every /start answered", seconds)
    return admin, users


@dataclass(frozen=True, slots=True)
class FleetWorld:
    """What a fleet scenario runs in: its config and members, the balancer in front
    of the webhook ingresses, the fake's control and the database URL."""

    harness: FleetHarness
    balancer: Balancer
    control: FakeTelegramControl
    url: str


@asynccontextmanager
async def fleet_world(folder: Path, fake: Any, *, settings: str = "") -> AsyncIterator[FleetWorld]:
    """A PostgreSQL schema of its own and a two-port balancer; every member
    stopped, the balancer and the control closed and the schema dropped after."""
    control = FakeTelegramControl(fake.control_url)
    with postgres_schema() as schema:
        harness = FleetHarness(folder, fake, schema.url, settings=settings)
        balancer = Balancer([free_port(), free_port()])
        await balancer.start()
        try:
            yield FleetWorld(harness, balancer, control, schema.url)
        finally:
            harness.stop_all()
            await balancer.stop()
            await control.aclose()
