"""A message that corrects an earlier notice, and a stale copy of the old version.

"更正：调度会改到下午4点" restates only what changed: it joins the notice it
corrects, the notice's readers get it as a correction (pushed when the due is
close, otherwise at the top of the next digest), the notice's due moves, and
the message is not an item of its own. A copy of the old version forwarded
later is neither new nor a step back to the old due.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest

from sim.replay import ReplaySession
from storage import repository as repo
from tests.bot.e2e.test_todos_flow import CLOCK_START as CLOCK_START  # the fixture reads it
from tests.bot.e2e.test_todos_flow import DAY1, SH, A, B, _counts, _new, _world

MEETING = "今天下午3点在三楼会议室召开乡村振兴项目调度会，请准时参加"
SAFETY = "12月10日上午9点在二楼会议室召开安全生产例会，请各站所负责人参加"
FLOOD = "12月10日下午2点在三楼会议室召开防汛工作部署会，请各村书记参加"
REPORT = "请各网格员于12月10日17:00前报送独居老人名单"
EDITED = "请各网格员于12月11日17:00前报送独居老人名单"


async def _post(
    session: ReplaySession, chat_id: int, text: str, who: str = "李主任", **extra: Any
) -> int:
    now = session.clock.now()
    user = session.users[who]
    sent = await session.control.post(chat_id, user, text, date=now.isoformat(), **extra)
    await session.settle()
    return int(sent["message_id"])


async def _at(session: ReplaySession, hour: int, minute: int = 0) -> None:
    session.clock.set(DAY1.replace(hour=hour, minute=minute))


def _dues(session: ReplaySession, words: str) -> set[datetime]:
    """The due moments stored on the notices whose text contains ``words``, local."""
    with session.services.db.session() as s:
        groups = repo.registered_groups(session=s, chat_ids={A, B})
        rows = repo.window_rows(
            session=s,
            group_ids={g.id for g in groups.values() if g.id is not None},
            since=DAY1 - timedelta(days=1),
            until=DAY1 + timedelta(days=3),
        )
        texts = repo.notice_texts(session=s, notice_ids={row.id for row in rows})
    return {
        row.due_at.astimezone(SH)
        for row in rows
        if row.due_at is not None and words in texts[row.id].text and row.kind != "chatter"
    }


async def test_correction_message_is_pushed_and_moves_the_due(session: ReplaySession) -> None:
    await _world(session)
    await _post(session, A, MEETING)
    await session.run_slot(DAY1.replace(hour=8))
    await _at(session, 9)
    before = await _counts(session)
    await _post(session, A, "更正：调度会改到下午4点，地点不变")
    for name in ("王书记", "Alice"):  # the meeting is today: pushed at once, to its readers
        [pushed] = await _new(session, name, before[name])
        assert "15:00 → 16:00" in pushed["text"]
        assert "更正" in pushed["text"] or "Correction" in pushed["text"]
    assert await _new(session, "小刘", before["小刘"]) == []  # not in the group
    assert _dues(session, "调度会") == {DAY1.replace(hour=16)}
    # Reminders name the new time, and come two hours before it.
    before = await _counts(session)
    await session.run_reminders(DAY1.replace(hour=13))
    assert await session.run_reminders(DAY1.replace(hour=14)) == 2
    reminders = await _new(session, "王书记", before["王书记"])
    assert reminders and all("16:00" in m["text"] for m in reminders)
    # The correction is no item of its own, and the meeting is not new again.
    before = await _counts(session)
    await session.run_slot(DAY1.replace(hour=17, minute=30))
    [evening] = await _new(session, "王书记", before["王书记"])
    [line] = [line for line in evening["text"].split("\n") if "调度会" in line]
    assert "16:00" in line and "已更正" not in evening["text"]  # pushed: not announced twice
    # The open to-do's first wording says 3点: its line says the time was corrected.
    assert "下午3点" in line and "✏️ 更正：调度会改到下午4点" in line


async def test_english_correction_waits_for_the_next_digest(session: ReplaySession) -> None:
    await _world(session)
    await _post(session, A, "Flood briefing for all ward heads on Friday at 10:00 in Room 2")
    await session.run_slot(DAY1.replace(hour=8))
    await _at(session, 10)
    before = await _counts(session)
    await _post(session, A, "Correction: the briefing is now in Room 4")
    assert await _counts(session) == before  # due in days: no push
    await session.run_slot(DAY1.replace(hour=17, minute=30))
    for name in ("王书记", "Alice"):
        [digest] = await _new(session, name, before[name])
        text = digest["text"]
        assert "Room 4" in text and ("已更正" in text or "corrected" in text)
        assert text.count("Room 4") == 1  # shown once, as the correction, not as a new item
    assert await _new(session, "小刘", before["小刘"]) == []


async def test_correction_of_the_other_meeting_leaves_this_one(session: ReplaySession) -> None:
    await _world(session)
    await _post(session, A, SAFETY)
    await _post(session, A, FLOOD)
    await session.run_slot(DAY1.replace(hour=8))
    await _at(session, 10)
    before = await _counts(session)
    await _post(session, A, "更正：防汛工作部署会改到12月11日下午2点")
    assert _dues(session, "安全生产例会") == {DAY1.replace(day=10, hour=9)}
    assert _dues(session, "防汛工作部署会") == {DAY1.replace(day=11, hour=14)}
    await session.run_slot(DAY1.replace(hour=17, minute=30))
    [digest] = await _new(session, "王书记", before["王书记"])
    corrected = [line for line in digest["text"].split("\n") if "已更正：" in line]
    assert len(corrected) == 1 and "12月10日 14:00 → 12月11日 14:00" in corrected[0]


async def test_unclear_or_foreign_corrections_link_nothing(session: ReplaySession) -> None:
    await _world(session)
    await _post(session, A, SAFETY)
    await _post(session, A, FLOOD)
    await _post(session, B, REPORT)
    await session.run_slot(DAY1.replace(hour=8))
    await _at(session, 10)
    before = await _counts(session)
    await _post(session, A, "更正：会议改到12月11日")  # which of the two?
    await _post(session, B, "更正：消防培训改到12月11日下午3点")  # no such thing in the group
    assert _dues(session, "安全生产例会") == {DAY1.replace(day=10, hour=9)}
    assert _dues(session, "防汛工作部署会") == {DAY1.replace(day=10, hour=14)}
    assert _dues(session, "独居老人名单") == {DAY1.replace(day=10, hour=17)}
    await session.run_slot(DAY1.replace(hour=17, minute=30))
    [digest] = await _new(session, "王书记", before["王书记"])
    assert "已更正" not in digest["text"] and "消防培训" in digest["text"]


@pytest.mark.parametrize("restart", [False, True])
async def test_old_version_forwarded_after_an_edit_is_not_new(
    session: ReplaySession, restart: bool
) -> None:
    await _world(session)
    report = await _post(session, B, REPORT)
    await session.run_slot(DAY1.replace(hour=8))
    await _at(session, 10)
    await session.control.edit(B, report, text=EDITED, date=session.clock.now().isoformat())
    await session.settle()
    await _at(session, 11)
    if restart:  # the duplicate index is rebuilt from the database
        await session.restart()
    origin = {"type": "user", "user_id": session.users["李主任"]}
    await _post(session, B, REPORT, who="王书记")  # the old wording, posted again
    await _post(session, A, REPORT, who="王书记", forward_origin=origin)
    assert _dues(session, "独居老人名单") == {DAY1.replace(day=11, hour=17)}
    before = await _counts(session)
    await session.run_slot(DAY1.replace(hour=17, minute=30))
    [liu] = await _new(session, "小刘", before["小刘"])
    assert "12月10日 17:00 → 12月11日 17:00" in liu["text"]
    assert "12月10日17:00前" not in liu["text"]  # the old version is not listed as new
    assert liu["text"].count("独居老人名单") == 2  # the correction line and the open to-do


@pytest.mark.parametrize("restart", [False, True])
async def test_old_version_forwarded_after_a_correction_is_not_new(
    session: ReplaySession, restart: bool
) -> None:
    await _world(session)
    await _post(session, B, REPORT)
    await session.run_slot(DAY1.replace(hour=8))
    await _at(session, 10)
    await _post(session, B, "刚才通知有误，独居老人名单改为12月11日17:00前报送")
    await _at(session, 11)
    if restart:
        await session.restart()
    await _post(session, B, REPORT, who="王书记")
    assert _dues(session, "独居老人名单") == {DAY1.replace(day=11, hour=17)}
    before = await _counts(session)
    await session.run_slot(DAY1.replace(hour=17, minute=30))
    [liu] = await _new(session, "小刘", before["小刘"])
    assert "12月10日 17:00 → 12月11日 17:00" in liu["text"]
    assert "12月10日 17:00前" not in liu["text"]  # the old version is not listed as new


async def test_notice_and_its_correction_in_one_digest_are_one_item(
    session: ReplaySession,
) -> None:
    await _world(session)
    await _post(session, A, FLOOD)
    await _at(session, 7, 30)
    await _post(session, A, "更正：防汛工作部署会改到12月11日下午2点")
    before = await _counts(session)
    await session.run_slot(DAY1.replace(hour=8))
    [digest] = await _new(session, "王书记", before["王书记"])
    [line] = [line for line in digest["text"].split("\n") if "防汛工作部署会" in line]
    assert "周五 11日 14:00" in line and "✏️ 更正：防汛工作部署会改到12月11日下午2点" in line
    assert "提醒" not in line  # a correction is not a reminder
