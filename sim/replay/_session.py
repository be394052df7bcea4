"""A running bot wired to a fake Telegram and a manual clock."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from bot.app import build_application, build_services
from bot.config import Config
from bot.context import FingertipApp, Services
from nlp.corpus import CorpusRecord
from sim.clock import ManualClock
from sim.fakegram import FakeTelegram, FakeTelegramControl
from sim.replay._stage import Stage
from sim.runtime import start_app, stop_app
from storage.database import Database
from storage.models import utcnow

__all__ = ["ReplaySession"]

_WAIT_SECONDS = 20.0


def _config(fake: FakeTelegram, data_dir: Path, settings: dict[str, Any]) -> Config:
    raw = {"data_dir": str(data_dir), **settings}
    raw["telegram"] = {
        **raw.get("telegram", {}),
        "token": fake.token,
        "base_url": fake.base_url,
        "base_file_url": fake.base_file_url,
    }
    raw.setdefault("digest", {}).setdefault("tick_seconds", 3600)
    raw["digest"].setdefault("max_items", 0)  # a replay lists every item, to be checked
    return Config.model_validate(raw)


async def wait_until(check: Callable[[], Awaitable[bool]], what: str) -> None:
    """Poll until ``check`` holds; the bot works asynchronously behind HTTP."""
    deadline = asyncio.get_running_loop().time() + _WAIT_SECONDS
    while not await check():
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


class ReplaySession:
    """Stage people and chats, feed messages, trigger digests, read replies."""

    def __init__(
        self,
        fake: FakeTelegram,
        control: FakeTelegramControl,
        app: FingertipApp,
        clock: ManualClock,
    ) -> None:
        self.fake, self.control, self.app, self.clock = fake, control, app, clock
        self.users: dict[str, int] = {}
        self.admin_id = 0
        self.chat_ids: list[int] = []

    @property
    def services(self) -> Services:
        return self.app.bot_data.services

    @classmethod
    @asynccontextmanager
    async def open(
        cls,
        *,
        data_dir: Path,
        start: datetime | None = None,
        settings: dict[str, Any] | None = None,
    ) -> AsyncIterator[ReplaySession]:
        fake = FakeTelegram()
        await fake.start()
        control = FakeTelegramControl(fake.control_url)
        try:
            config = _config(fake, data_dir, settings or {})
            clock = ManualClock(start or utcnow(), running=True)
            session = cls(fake, control, await cls._launch(config, clock), clock)
            try:
                yield session
            finally:
                await stop_app(session.app)
        finally:
            await control.aclose()
            await fake.stop()

    @staticmethod
    async def _launch(config: Config, clock: ManualClock) -> FingertipApp:
        db = Database(config.database_url)
        db.upgrade()
        app = build_application(build_services(config, db, clock))
        # Short polls on loopback: shutting down never waits out a long poll.
        await start_app(app, poll_timeout=0, poll_interval=0.02)
        # The replay moves the clock itself and runs slots on purpose; the
        # real-time tick would race it.
        assert app.job_queue is not None
        for name in ("digest-tick", "reminder-tick"):
            for job in app.job_queue.get_jobs_by_name(name):
                job.schedule_removal()
        return app

    async def restart(self) -> None:
        """Stop the bot and start a new one on the same database and Telegram."""
        config = self.services.config
        await stop_app(self.app)
        self.app = await self._launch(config, self.clock)

    async def _user(self, name: str, language_code: str, user_id: int | None = None) -> int:
        if name not in self.users:
            user = await self.control.create_user(
                name, language_code=language_code, user_id=user_id
            )
            self.users[name] = int(user["id"])
        return self.users[name]

    async def stage(self, stage: Stage) -> None:
        """Create chats with the bot as admin, then every sender and cadre in them."""
        self.admin_id = await self._user(stage.admin_name, "zh-hans")
        self.chat_ids = list(stage.chats)
        for chat_id, title in stage.chats.items():
            kind = "supergroup" if str(chat_id).startswith("-100") else "group"
            await self.control.create_chat(title, type=kind, chat_id=chat_id)
            await self.control.add_member(chat_id, self.admin_id, status="creator")
            await self.control.add_bot(chat_id, by_user_id=self.admin_id, admin=True)
        await self.settle()  # the bot greets each group it joins
        for member in [*stage.senders.values(), *stage.cadres.values()]:
            user_id = await self._user(
                member.name, member.language_code, stage.fixed_ids.get(member.name)
            )
            for chat_id in member.chats:
                await self.control.add_member(chat_id, user_id)

    async def _reply_after(self, chat_id: int, action: Callable[[], Awaitable[object]]) -> str:
        before = len(await self.control.sent(chat_id))
        await action()

        async def replied() -> bool:
            return len(await self.control.sent(chat_id)) > before

        await wait_until(replied, f"a reply in chat {chat_id}")
        return str((await self.control.sent(chat_id))[-1]["text"])

    async def register(self, chat_id: int, department: str | None) -> str:
        command = f"/register {department}" if department else "/register"
        return await self._reply_after(
            chat_id, lambda: self.control.post(chat_id, self.admin_id, command)
        )

    async def start_private(self, name: str) -> str:
        user_id = self.users[name]
        return await self._reply_after(user_id, lambda: self.control.private(user_id, "/start"))

    async def command(self, name: str, text: str) -> str:
        user_id = self.users[name]
        return await self._reply_after(user_id, lambda: self.control.private(user_id, text))

    async def post(self, record: CorpusRecord) -> dict[str, Any]:
        """Post a corpus message as its sender, at its own time."""
        self.clock.set(record.sent_at)
        message = await self.control.post(
            record.chat_id, self.users[record.sender], record.text, date=record.sent_at.isoformat()
        )
        return message

    async def settle(self) -> None:
        """Wait until every update sent so far has been fully handled.

        The fake counts an update as confirmed once the bot polls past it, by
        which time python-telegram-bot has queued it; the update queue's
        ``join`` then returns when every handler (ingest, pushes) has finished.
        """

        async def confirmed() -> bool:
            return await self.control.pending_updates() == 0

        await wait_until(confirmed, "the bot to fetch every update")
        await self.app.update_queue.join()

    async def run_slot(self, moment: datetime) -> int:
        """Move the clock to a digest slot and let the scheduler do its work."""
        self.clock.set(moment)
        return await self.services.digests.run_schedule(self.app.bot, moment)

    async def run_reminders(self, moment: datetime) -> int:
        """Move the clock and send the reminders due by then, as the tick would."""
        self.clock.set(moment)
        return await self.services.reminders.run(self.app.bot, moment)

    async def sent_for(self, name: str, command: str) -> list[str]:
        """Send a private command and return the texts the bot answered with,
        exactly as it sent them (HTML source, one entry per message)."""
        user_id = self.users[name]
        before = len(await self.control.sent(user_id))
        await self._reply_after(user_id, lambda: self.control.private(user_id, command))
        await self.settle()
        return [str(m["raw_text"]) for m in (await self.control.sent(user_id))[before:]]

    async def received(self, name: str) -> list[dict[str, Any]]:
        return await self.control.sent(self.users[name])
