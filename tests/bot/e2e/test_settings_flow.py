"""/settings through real inline keyboards: answered, confirmed, idempotent, applied."""

from __future__ import annotations

from typing import Any

from sim.replay import ReplaySession
from tests.helpers.world import build_world

A, B = -1001000000601, -1001000000602


def _button(message: dict[str, Any], label_part: str) -> str:
    for row in message["reply_markup"]["inline_keyboard"]:
        for button in row:
            if label_part in button["text"]:
                return str(button["callback_data"])
    raise AssertionError(f"no button with {label_part!r}")


async def _press(
    session: ReplaySession, name: str, message: dict[str, Any], label: str
) -> dict[str, Any]:
    user_id = session.users[name]
    await session.control.press_button(user_id, int(message["message_id"]), _button(message, label))
    await session.settle()
    edits = [e for e in await session.control.edits() if e["chat_id"] == user_id]
    return {**edits[-1], "reply_markup": edits[-1]["reply_markup"]} if edits else message


async def _settings_message(session: ReplaySession, name: str) -> dict[str, Any]:
    await session.command(name, "/settings")
    return (await session.received(name))[-1]


async def test_settings_round_trip(session: ReplaySession) -> None:
    await build_world(
        session, {"党政办群": A, "打卡群": B}, {"王书记": ("zh-hans", ["党政办群", "打卡群"])}
    )
    await session.start_private("王书记")
    menu = await _settings_message(session, "王书记")
    assert "⏰ 摘要时间：08:00、17:30" in menu["text"]
    before = await _press(session, "王书记", menu, "摘要时间")
    times = await _press(session, "王书记", before, "12:00")
    assert "⏰ 摘要时间：08:00、12:00、17:30" in times["text"]
    answers = await session.control.callback_answers()
    assert answers[-1]["text"] == "已保存：⏰ 摘要时间"
    # The same (now stale) "add 12:00" button pressed again changes nothing.
    stale = _button(before, "12:00")
    await session.control.press_button(session.users["王书记"], int(menu["message_id"]), stale)
    await session.settle()
    assert "⏰ 摘要时间：08:00、12:00、17:30" in (await session.control.edits())[-1]["text"]
    back = await _press(session, "王书记", times, "返回")
    groups = await _press(session, "王书记", back, "屏蔽群")
    groups = await _press(session, "王书记", groups, "打卡群")
    assert "🔕 已屏蔽的群：打卡群" in groups["text"]
    lang = await _press(session, "王书记", await _press(session, "王书记", groups, "返回"), "语言")
    english = await _press(session, "王书记", lang, "English")
    assert "⏰ Digest times: 08:00、12:00、17:30" in english["text"]
    answered = await session.control.callback_answers()
    assert len(answered) == len({a["callback_query_id"] for a in answered}) >= 7


async def test_muted_group_leaves_the_digest(session: ReplaySession) -> None:
    await build_world(
        session,
        {"党政办群": A, "打卡群": B},
        {
            "王书记": ("zh-hans", ["党政办群", "打卡群"]),
            "郑干事": ("zh-hans", ["党政办群", "打卡群"]),
        },
    )
    await session.start_private("王书记")
    menu = await _settings_message(session, "王书记")
    groups = await _press(session, "王书记", menu, "屏蔽群")
    await _press(session, "王书记", groups, "打卡群")
    sender = session.users["郑干事"]
    await session.control.post(B, sender, "请大家今天在学习强国答题并截图")
    await session.control.post(A, sender, "请于周五前报送党员学习台账")
    await session.settle()
    digest = await session.command("王书记", "/digest")
    assert "党员学习台账" in digest and "学习强国" not in digest


async def test_stale_or_forged_buttons_are_still_answered(session: ReplaySession) -> None:
    await build_world(session, {"党政办群": A}, {"王书记": ("zh-hans", ["党政办群"])})
    await session.start_private("王书记")
    menu = await _settings_message(session, "王书记")
    user_id = session.users["王书记"]
    for data in ("st:time:99:99:1", "nonsense", "st:kind:checkin"):
        await session.control.press_button(user_id, int(menu["message_id"]), data)
    await session.settle()
    answers = await session.control.callback_answers()
    texts = [a.get("text") or "" for a in answers]  # handled concurrently: any order
    assert len(texts) == 3 and sum("已失效" in t for t in texts) == 2
    assert sum(t.startswith("已保存") for t in texts) == 1  # st:kind:checkin means "mute"
