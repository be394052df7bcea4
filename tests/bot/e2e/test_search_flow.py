"""/search and plain text in private, through the real Application and the fake Telegram."""

from __future__ import annotations

from typing import Any

from sim.replay import ReplaySession
from storage import repository as repo
from tests.helpers.world import build_world

A, B, C = -1001000000701, -1001000000702, -1001000000703


async def _world(session: ReplaySession) -> None:
    await build_world(
        session,
        {"党政办群": A, "网格员群": B, "别的镇群": C},
        {
            "王书记": ("zh-hans", ["党政办群", "网格员群"]),
            "小刘": ("zh-hans", ["别的镇群"]),
            "Alice": ("en", ["党政办群"]),
        },
    )
    for name in ("王书记", "小刘", "Alice"):
        await session.start_private(name)


def _buttons(message: dict[str, Any]) -> dict[str, str]:
    markup = message.get("reply_markup") or {"inline_keyboard": []}
    return {b["text"]: b["callback_data"] for row in markup["inline_keyboard"] for b in row}


async def test_search_finds_own_groups_only_newest_first(session: ReplaySession) -> None:
    await _world(session)
    liu, wang = session.users["小刘"], session.users["王书记"]
    await session.control.post(
        A, wang, "关于做好城乡居民医保参保缴费工作的通知，请各村12月10日前报送"
    )
    await session.control.post(C, liu, "别的镇：医保缴费统计表今天报送")
    await session.control.post(B, wang, "医保缴费进度：请网格员明天入户提醒")
    await session.control.post(A, wang, "明天上午9点开会")
    await session.settle()
    reply = await session.command("王书记", "/search 医保 缴费")
    lines = reply.split("\n")
    assert lines[0].startswith("🔎 “医保 缴费” · 2 条 · 第 1/1 页")
    assert "入户提醒" in lines[1] and "城乡居民医保" in lines[2]  # the newer first
    assert "别的镇" not in reply and "开会" not in reply
    assert "原文" in reply  # each result links to its message
    assert "医保缴费统计表" in await session.command("小刘", "/search 医保")
    english = await session.command("Alice", "/search 医保")
    assert english.startswith("🔎 “医保” · 1 found · page 1/1") and "入户提醒" not in english


async def test_plain_text_is_a_search_with_a_hint(session: ReplaySession) -> None:
    await _world(session)
    await session.control.post(A, session.users["王书记"], "秸秆禁烧巡查安排：各村每天两次")
    await session.settle()
    reply = await session.command("王书记", "禁烧")
    assert reply.startswith("（把你发的文字当作搜索；命令见 /help）")
    assert "秸秆禁烧巡查安排" in reply
    none = await session.command("王书记", "防汛物资")
    assert "近 30 天你的群里没有找到“防汛物资”" in none
    usage = await session.command("王书记", "/search")
    assert usage.startswith("用法：/search 关键词")


async def test_search_after_an_edit_finds_the_new_words(session: ReplaySession) -> None:
    await _world(session)
    posted = await session.control.post(A, session.users["王书记"], "请周五前报送低保名单")
    await session.settle()
    await session.control.edit(A, int(posted["message_id"]), text="请周五前报送医保名单")
    await session.settle()
    assert "医保名单" in await session.command("王书记", "/search 医保")
    assert "没有找到" in await session.command("王书记", "/search 低保")


async def test_pages_turn_and_foreign_or_stale_buttons_are_refused(
    session: ReplaySession,
) -> None:
    await _world(session)
    wang = session.users["王书记"]
    for number in range(1, 13):
        await session.control.post(A, wang, f"第{number}网格防火巡查记录请今天上传")
    await session.settle()
    await session.command("王书记", "/search 防火 巡查")
    first = (await session.received("王书记"))[-1]
    assert "· 12 条 · 第 1/2 页" in first["text"]
    assert first["text"].count("• ") == 10
    buttons = _buttons(first)
    assert list(buttons) == ["下一页 ▶"]
    await session.control.press_button(wang, int(first["message_id"]), buttons["下一页 ▶"])
    await session.settle()
    second = (await session.control.edits())[-1]
    assert "第 2/2 页" in second["text"] and second["text"].count("• ") == 2
    assert list(_buttons(second)) == ["◀ 上一页"]
    _, owner, search_id, _ = buttons["下一页 ▶"].split(":")
    for forged in (f"sr:{session.users['小刘']}:{search_id}:1", f"sr:{owner}:gone:1", "sr:x"):
        await session.control.press_button(wang, int(first["message_id"]), forged)
        await session.settle()
        answer = (await session.control.callback_answers())[-1]
        assert answer["text"] == "这次搜索已过期，请重新搜索。" and answer["show_alert"]


async def test_muted_groups_are_searched_too(session: ReplaySession) -> None:
    """Muting keeps a group out of digests; a search asks for everything readable."""
    await _world(session)
    await session.control.post(B, session.users["王书记"], "网格员群：防汛物资清点表今天交")
    await session.settle()
    with session.services.db.session() as s:
        cadre = repo.get_cadre(session=s, user_id=session.users["王书记"])
        assert cadre is not None
        repo.save_cadre_settings(session=s, cadre=cadre, values={"muted_groups": [B]})
    assert await session.command("王书记", "/digest") == "自上次摘要以来没有新的通知。"
    assert "防汛物资清点表" in await session.command("王书记", "/search 防汛物资")
