"""An edit after delivery reaches each reader once; a cosmetic one reaches nobody."""

from __future__ import annotations

from datetime import timedelta

from sim.replay import ReplaySession
from tests.bot.e2e.test_todos_flow import CLOCK_START as CLOCK_START  # the fixture reads it
from tests.bot.e2e.test_todos_flow import DAY1, A, B, _counts, _new, _world


async def _post(session: ReplaySession, chat_id: int, text: str) -> int:
    now = session.clock.now()
    sent = await session.control.post(chat_id, session.users["李主任"], text, date=now.isoformat())
    await session.settle()
    return int(sent["message_id"])


async def _edit(session: ReplaySession, chat_id: int, message_id: int, text: str) -> None:
    now = session.clock.now()
    await session.control.edit(chat_id, message_id, text=text, date=now.isoformat())
    await session.settle()


async def test_pressing_edit_is_pushed_once_to_each_reader(session: ReplaySession) -> None:
    await _world(session)
    meeting = await _post(session, A, "今天下午3点在二楼会议室召开安全生产例会")
    await session.run_slot(DAY1.replace(hour=8))
    session.clock.set(DAY1.replace(hour=9))
    before = await _counts(session)
    await _edit(session, A, meeting, "今天下午3点在二楼会议室召开安全生产例会。")  # cosmetic
    assert await _counts(session) == before
    await _edit(session, A, meeting, "今天下午4点在三楼会议室召开安全生产例会")
    for name in ("王书记", "Alice"):  # the readers in the group, each once
        [pushed] = await _new(session, name, before[name])
        assert "三楼会议室" in pushed["text"] and (
            "更正" in pushed["text"] or "Correction" in pushed["text"]
        )
    assert await _new(session, "小刘", before["小刘"]) == []  # not in the group
    # The corrected meeting is not new in the next digest, and not shown as corrected again.
    before = await _counts(session)
    await session.run_slot(DAY1.replace(hour=17, minute=30))
    for name in ("王书记", "Alice"):
        for message in await _new(session, name, before[name]):
            assert "已更正" not in message["text"] and "Corrected" not in message["text"]


async def test_later_edit_waits_for_the_next_digest(session: ReplaySession) -> None:
    await _world(session)
    report = await _post(session, B, "请各网格员于12月12日17:00前报送独居老人名单")
    await session.run_slot(DAY1.replace(hour=8))
    session.clock.set(DAY1.replace(hour=10))
    before = await _counts(session)
    await _edit(session, B, report, "请各网格员于12月11日17:00前报送独居老人名单")
    assert await _counts(session) == before  # due in days: no push
    await session.run_slot(DAY1.replace(hour=17, minute=30))
    for name in ("王书记", "小刘"):
        [digest] = await _new(session, name, before[name])
        text = digest["text"]
        assert text.index("✏️ 已更正") < text.index("仍待办")
        assert "12月12日 17:00 → 12月11日 17:00" in text
    assert await _new(session, "Alice", before["Alice"]) == []
    before = await _counts(session)
    await session.run_slot(DAY1.replace(hour=8) + timedelta(days=1))
    [again] = await _new(session, "小刘", before["小刘"])
    assert "已更正" not in again["text"] and "独居老人名单" in again["text"]
