"""The chatter a digest skips is a tap away: its header points to /chatter, which lists it."""

from __future__ import annotations

import re
from datetime import timedelta

from sim.replay import ReplaySession
from tests.helpers.world import build_world

A, B = -1001000000401, -1001000000402
LINK = re.compile(r'<a href="https://t\.me/c/1000000401/(\d+)">')


async def _world(session: ReplaySession) -> None:
    await build_world(
        session,
        {"党政办群": A, "网格员群": B},
        {
            "王书记": ("zh-hans", ["党政办群"]),
            "Alice": ("en", ["党政办群"]),
            "李主任": ("zh-hans", ["党政办群", "网格员群"]),
        },
    )
    for name in ("王书记", "Alice"):
        await session.start_private(name)


async def _say(session: ReplaySession, chat_id: int, text: str, minutes_ago: int) -> None:
    date = (session.clock.now() - timedelta(minutes=minutes_ago)).isoformat()
    await session.control.post(chat_id, session.users["李主任"], text, date=date)


async def _post_the_morning(session: ReplaySession) -> None:
    await _say(session, A, "请各单位于本周五前报送安全生产统计表", 40)
    await _say(session, A, "收到", 30)
    await _say(session, B, "谢谢领导", 25)
    await _say(session, A, "好的👍", 20)
    await _say(session, A, "哈哈哈", 10)
    await session.settle()


async def test_the_digest_points_to_the_chatter_of_the_cadres_own_groups(
    session: ReplaySession,
) -> None:
    await _world(session)
    empty = await session.command("王书记", "/chatter")
    assert re.fullmatch(r"\d+月\d+日 \d\d:\d\d 以来没有略去的闲聊。", empty)
    await _post_the_morning(session)
    digest = await session.command("王书记", "/digest")
    assert "略去闲聊 3 条，发送 /chatter 查看" in digest and "安全生产统计表" in digest
    (listing,) = await session.sent_for("王书记", "/chatter")
    lines = listing.splitlines()
    assert lines[0].startswith("<b>💬 略去的闲聊 3 条（") and "最新在前" in lines[0]
    assert [line.split("：", 1)[1].split(" <a")[0] for line in lines[1:]] == [
        "哈哈哈",
        "好的👍",
        "收到",
    ]
    assert all(" · 党政办群 · 李主任：" in line for line in lines[1:])
    ids = [int(found) for line in lines[1:] for found in LINK.findall(line)]
    assert len(ids) == 3 and ids == sorted(ids, reverse=True)
    assert "谢谢领导" not in listing and "统计表" not in listing


async def test_english_and_the_default_follows_the_last_digest(session: ReplaySession) -> None:
    await _world(session)
    await _post_the_morning(session)
    digest = await session.command("Alice", "/digest")
    assert "3 chatter messages skipped: /chatter lists them" in digest
    (listing,) = await session.sent_for("Alice", "/chatter")
    assert listing.startswith("<b>💬 3 chatter skipped since ") and "(newest first)" in listing
    assert listing.count(">original</a>") == 3 and "谢谢领导" not in listing
    session.clock.advance(timedelta(minutes=5))
    await _say(session, A, "明天上午9点在二楼会议室开会", 0)
    await _say(session, A, "Got it, thanks!", 0)
    await session.settle()
    second = await session.command("Alice", "/digest")
    assert "1 chatter message skipped" in second
    (since_last,) = await session.sent_for("Alice", "/chatter")
    assert "Got it, thanks!" in since_last and "哈哈哈" not in since_last
    (week,) = await session.sent_for("Alice", "/chatter 7d")
    assert week.index("Got it, thanks!") < week.index("哈哈哈") < week.index("收到")
    usage = await session.command("Alice", "/chatter 30d")
    assert usage.startswith("Usage: /chatter [24h|3d|7d]")
