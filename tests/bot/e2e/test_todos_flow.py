"""Open to-dos over two simulated days: carried, reminded, 收到 / 已完成, receipts."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.settings import SettingsChange
from sim.replay import ReplaySession
from tests.helpers.world import build_world

A, B = -1001000000701, -1001000000702
SH = ZoneInfo("Asia/Shanghai")
DAY1 = datetime(2026, 12, 8, 7, 0, tzinfo=SH)  # a Tuesday
# the bot's clock starts here (tests/bot/e2e/conftest.py), whatever the wall clock says
CLOCK_START = DAY1 - timedelta(hours=1)
REPORT = "请各网格员于12月9日17:00前报送独居老人名单"
MEETING = "今天下午3点在三楼会议室召开乡村振兴项目调度会，请准时参加"


async def _world(session: ReplaySession) -> None:
    session.clock.set(DAY1)
    await build_world(
        session,
        {"党政办群": A, "网格员群": B},
        {
            "王书记": ("zh-hans", ["党政办群", "网格员群"]),
            "小刘": ("zh-hans", ["网格员群"]),
            "Alice": ("en", ["党政办群"]),
            "李主任": ("zh-hans", ["党政办群", "网格员群"]),
        },
    )
    for name in ("王书记", "小刘", "Alice", "李主任"):
        await session.start_private(name)


async def _post(session: ReplaySession, chat_id: int, text: str) -> None:
    now = session.clock.now()
    await session.control.post(chat_id, session.users["李主任"], text, date=now.isoformat())
    await session.settle()


def _button(message: dict[str, Any], label: str) -> str:
    for row in message["reply_markup"]["inline_keyboard"]:
        for button in row:
            if button["text"] == label:
                return str(button["callback_data"])
    raise AssertionError(f"no button {label!r} in {message['reply_markup']}")


async def _press(session: ReplaySession, name: str, message: dict[str, Any], label: str) -> str:
    user_id = session.users[name]
    data = _button(message, label)
    await session.control.press_button(user_id, int(message["message_id"]), data)
    await session.settle()
    return str((await session.control.callback_answers())[-1]["text"])


async def _new(session: ReplaySession, name: str, before: int) -> list[dict[str, Any]]:
    return (await session.received(name))[before:]


async def _counts(session: ReplaySession) -> dict[str, int]:
    return {name: len(await session.received(name)) for name in ("王书记", "小刘", "Alice")}


async def test_two_days_of_todos(session: ReplaySession) -> None:
    await _world(session)
    await _post(session, B, REPORT)
    await _post(session, A, MEETING)
    before = await _counts(session)
    await session.run_slot(DAY1.replace(hour=8))
    [digest] = await _new(session, "王书记", before["王书记"])
    assert "独居老人名单" in digest["text"] and "调度会" in digest["text"]
    assert "仍待办" not in digest["text"]  # nothing was delivered before
    [liu] = await _new(session, "小刘", before["小刘"])
    [alice] = await _new(session, "Alice", before["Alice"])
    # Nobody sees an item from a group they are not in.
    assert "独居老人名单" in liu["text"] and "调度会" not in liu["text"]
    assert "调度会" in alice["text"] and "独居老人名单" not in alice["text"]
    assert _button(digest, "✅ 全部收到") and _button(alice, "✅ Got them all")

    # 13:00 is two hours before the meeting: its cadres are reminded, once.
    before = await _counts(session)
    assert await session.run_reminders(DAY1.replace(hour=13)) == 2
    assert await session.run_reminders(DAY1.replace(hour=13, minute=1)) == 0
    [reminder] = await _new(session, "王书记", before["王书记"])
    assert "调度会" in reminder["text"] and "2 小时后" in reminder["text"]
    assert len(await _new(session, "小刘", before["小刘"])) == 0

    # 已完成 on the report (完成 1: it is due later than the meeting? no: the meeting is first).
    numbered = digest["text"].split("\n")
    first = next(line for line in numbered if line.startswith("1. "))
    report_label = "完成 1" if "独居老人名单" in first else "完成 2"
    assert await _press(session, "王书记", digest, report_label) == "已完成 ✅ 不再提醒"
    assert await _press(session, "王书记", digest, report_label) == "已记下，无需再按"
    assert await _press(session, "小刘", liu, "✅ 全部收到") == "已收到 ✅"
    # Someone else's button data finds nothing of theirs: the keyboard is stale to them.
    stale = await _press(session, "Alice", digest, report_label)
    assert "过时" in stale or "out of date" in stale
    assert await _press(session, "Alice", reminder, "收到") == "Got it ✅"

    # The evening digest carries what is still open; the meeting is overdue, shown once.
    before = await _counts(session)
    await session.run_slot(DAY1.replace(hour=17, minute=30))
    [evening] = await _new(session, "王书记", before["王书记"])
    assert "仍待办（1）" in evening["text"] and "调度会" in evening["text"]
    assert "已逾期" in evening["text"] and "独居老人名单" not in evening["text"]
    [liu_evening] = await _new(session, "小刘", before["小刘"])
    assert "独居老人名单" in liu_evening["text"] and "已收到" in liu_evening["text"]

    # Day two: the report is reminded at 08:30 and two hours before, never to the one done.
    day2 = DAY1 + timedelta(days=1)
    before = await _counts(session)
    await session.run_slot(day2.replace(hour=8))
    assert len(await _new(session, "王书记", before["王书记"])) == 0  # nothing open, nothing new
    assert await session.run_reminders(day2.replace(hour=8, minute=30)) == 1
    assert await session.run_reminders(day2.replace(hour=15)) == 1
    assert len(await _new(session, "王书记", before["王书记"])) == 0
    liu_new = await _new(session, "小刘", before["小刘"])
    assert len(liu_new) == 3 and all("独居老人名单" in m["text"] for m in liu_new)

    receipts = await session.command("李主任", "/receipts")
    lines = receipts.split("\n")
    report_line = next(i for i, line in enumerate(lines) if "独居老人名单" in line)
    assert "送达 2 人 · 收到 2" in lines[report_line]
    meeting_line = next(i for i, line in enumerate(lines) if "调度会" in line)
    assert "送达 2 人 · 收到 1" in lines[meeting_line]
    assert "王书记" in lines[meeting_line + 1]


async def test_undo_brings_the_todo_back(session: ReplaySession) -> None:
    await _world(session)
    await _post(session, B, REPORT)
    before = await _counts(session)
    await session.run_slot(DAY1.replace(hour=8))
    [liu] = await _new(session, "小刘", before["小刘"])
    assert await _press(session, "小刘", liu, "完成 1") == "已完成 ✅ 不再提醒"
    edited = (await session.control.edits())[-1]
    assert await _press(session, "小刘", edited, "↩️ 撤销 完成 1") == "已撤销"
    before = await _counts(session)
    await session.run_slot(DAY1.replace(hour=17, minute=30))
    [evening] = await _new(session, "小刘", before["小刘"])
    assert "仍待办（1）" in evening["text"] and "独居老人名单" in evening["text"]


async def test_quiet_hours_hold_a_reminder(session: ReplaySession) -> None:
    await _world(session)
    user = session.users["小刘"]
    await session.services.settings.apply(user, SettingsChange("quiet", "22:00-07:00"))
    await session.services.settings.apply(user, SettingsChange("morning", "off"))
    session.clock.set(DAY1.replace(hour=17))
    await _post(session, B, "请各网格员于12月9日上午8点前上传入户走访照片")
    before = await _counts(session)
    await session.run_slot(DAY1.replace(hour=17, minute=30))
    assert len(await _new(session, "小刘", before["小刘"])) == 1
    day2 = DAY1 + timedelta(days=1)
    before = await _counts(session)
    assert await session.run_reminders(day2.replace(hour=6)) == 1  # T-2h: 王书记 has no quiet hours
    assert await _new(session, "小刘", before["小刘"]) == []  # inside his quiet hours: held
    assert await session.run_reminders(day2.replace(hour=7)) == 1  # held until they end
    [held] = await _new(session, "小刘", before["小刘"])
    assert "入户走访照片" in held["text"] and "1 小时后" in held["text"]
    assert await session.run_reminders(day2.replace(hour=7, minute=1)) == 0
