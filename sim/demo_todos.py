"""The to-do scene of ``fingertip demo``: one cadre's day with open to-dos.

After the sample day, the grid group's sender posts a report due the next
afternoon and a meeting next week; the cadre gets both in a digest with its
keyboard, the report's due moment is corrected after delivery (pushed at
once as 更正), the meeting's venue is corrected (shown 已更正 in the next
digest, where the report is carried as an open to-do), a reminder comes two
hours before the due time, the cadre presses 收到 and 已完成; the old version
of the report posted again is no new item and leaves the corrected due, a
separate "更正：…" message moves the meeting (已更正 in the next digest, not an
item of its own), and the sender asks /receipts instead of collecting 收到
replies in the group.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sim.replay import ReplaySession

__all__ = ["todo_scene"]

_TAGS = re.compile(r"<[^>]+>")


def _date(moment: datetime) -> str:
    return f"{moment.month}月{moment.day}日"


def _button(message: dict[str, Any], prefix: str) -> str:
    for row in message.get("reply_markup", {}).get("inline_keyboard", []):
        for button in row:
            if str(button["text"]).startswith(prefix):
                return str(button["callback_data"])
    raise LookupError(f"no button {prefix!r}")


class _Scene:
    def __init__(self, session: ReplaySession, cadre: str, sender: str, chat_id: int) -> None:
        self.session, self.cadre, self.sender, self.chat_id = session, cadre, sender, chat_id
        self.seen = 0

    async def post(self, text: str, by: str | None = None) -> int:
        now = self.session.clock.now().isoformat()
        user = self.session.users[by or self.sender]
        sent = await self.session.control.post(self.chat_id, user, text, date=now)
        await self.session.settle()
        return int(sent["message_id"])

    async def edit(self, message_id: int, text: str) -> None:
        now = self.session.clock.now().isoformat()
        await self.session.control.edit(self.chat_id, message_id, text=text, date=now)
        await self.session.settle()

    async def show(self, step: str) -> list[dict[str, Any]]:
        """Print what reached the cadre since the last step."""
        received = await self.session.received(self.cadre)
        new, self.seen = received[self.seen :], len(received)
        print(f"\n▶ {step}")
        for message in new:
            print(_TAGS.sub("", str(message["text"])))
            rows = message.get("reply_markup", {}).get("inline_keyboard", [])
            if rows:
                print("  " + "  ".join(f"[{b['text']}]" for row in rows for b in row))
        return new

    async def press(self, message: dict[str, Any], prefix: str) -> None:
        user = self.session.users[self.cadre]
        data = _button(message, prefix)
        await self.session.control.press_button(user, int(message["message_id"]), data)
        await self.session.settle()
        answer = (await self.session.control.callback_answers())[-1]["text"]
        print(f"  ☞ {self.cadre} 按下 [{prefix}] → {answer}")


async def todo_scene(session: ReplaySession, cadre: str, sender: str, chat_id: int) -> None:
    zone = ZoneInfo(session.services.config.digest.timezone)
    day = session.clock.now().astimezone(zone).replace(hour=9, minute=0, second=0, microsecond=0)
    scene = _Scene(session, cadre, sender, chat_id)
    scene.seen = len(await session.received(cadre))
    print(f"\n━━━━━━━━ 待办 / to-dos: {cadre} ━━━━━━━━")
    await session.start_private(sender)
    session.clock.set(day)
    tomorrow, next_week = day + timedelta(days=1), day + timedelta(days=6)
    report = await scene.post(
        f"请各网格员于{_date(tomorrow)}17:00前报送辖区独居老人名单，收到请回复"
    )
    meeting = await scene.post(f"{_date(next_week)}上午9点在镇政府二楼会议室召开网格化工作推进会")
    await session.run_slot(day.replace(hour=17, minute=30))
    [digest] = await scene.show("17:30 摘要：两项新待办，带「全部收到」和「完成 N」")
    session.clock.set(day.replace(hour=18))
    await scene.edit(
        report, f"请各网格员于{_date(tomorrow)}12:00前报送辖区独居老人名单，收到请回复"
    )
    await scene.show("18:00 发送人把截止时间改早了：24 小时内，立即推送更正")
    await scene.edit(meeting, f"{_date(next_week)}上午9点在镇政府三楼会议室召开网格化工作推进会")
    await scene.show("18:05 会议改了会议室：下周的事，不打扰，留到下一期摘要")
    await session.run_slot(tomorrow.replace(hour=8))
    [morning] = await scene.show("次日 08:00 摘要：已更正在最上，仍待办带过来")
    await session.run_reminders(tomorrow.replace(hour=8, minute=30))
    await session.run_reminders(tomorrow.replace(hour=10))
    reminders = await scene.show("08:30 当天早上提醒、10:00 截止前 2 小时提醒")
    await scene.press(reminders[-1], "收到")
    await scene.press(morning, "完成 1")
    await scene.press(morning, "完成 1")
    session.clock.set(tomorrow.replace(hour=11))
    old = f"请各网格员于{_date(tomorrow)}17:00前报送辖区独居老人名单，收到请回复"
    await scene.post(old, by="王书记")  # the old version, posted again from elsewhere
    await scene.post(f"更正：网格化工作推进会改到{_date(next_week)}下午2点，地点不变")
    await scene.show("11:00 有人又发了旧版名单通知（17:00）、发送人另发一条「更正」：都不推送")
    await session.run_slot(tomorrow.replace(hour=17, minute=30))
    await scene.show("次日 17:30 摘要：更正连到推进会（已更正 9:00 → 14:00），旧版不算新通知")
    print(f"\n▶ 发送人 {sender} 私聊 /receipts：")
    print(_TAGS.sub("", await session.command(sender, "/receipts")))
    del digest
