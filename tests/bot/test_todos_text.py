"""收到 / 已完成 buttons, press parsing and the words of reminders and corrections."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.services.todos import Press, parse_press
from bot.todos import Reminder, _text_change, item_buttons, render_reminder, swap_button

NOW = datetime(2026, 12, 8, 8, 30, tzinfo=UTC)


def test_press_data_is_parsed_strictly() -> None:
    assert parse_press("td:d:42") == Press(False, "d", 42)
    assert parse_press("td:uk:7") == Press(True, "k", 7)
    assert parse_press("td:a:1796688000") == Press(False, "a", 1796688000)
    for bad in ("td:x:1", "td:d:", "td:d:1:2", "td:d:-3", "st:time:08:00", "td:d:" + "9" * 20):
        assert parse_press(bad) is None


def test_pressed_button_turns_into_its_undo_and_back() -> None:
    markup = item_buttons(42, "zh")
    done = Press(False, "d", 42)
    swapped = swap_button(markup, done, "zh")
    assert swapped is not None
    labels = [(b.text, b.callback_data) for b in swapped.inline_keyboard[0]]
    assert labels == [("收到", "td:k:42"), ("↩️ 撤销 已完成", "td:ud:42")]
    back = swap_button(swapped, Press(True, "d", 42), "zh")
    assert back == markup


def test_reminders_of_one_minute_share_a_message() -> None:
    reminders = [
        Reminder(1, NOW + timedelta(hours=2), "独居老人名单", "报送", "网格员群"),
        Reminder(2, NOW + timedelta(hours=3, minutes=30), "调度会", "会议", "党政办群"),
    ]
    text = render_reminder(reminders, NOW, "zh")
    assert "1. 2 小时后（今天 10:30）截止" in text
    assert "2. 3 小时 30 分钟后（今天 12:00）截止" in text
    assert "in 2 h (today 10:30)" in render_reminder(reminders[:1], NOW, "en")


def test_a_text_correction_names_what_changed() -> None:
    old, new = "周三下午3点在二楼会议室开会", "周三下午3点在三楼会议室开会"
    assert _text_change(old, new) == "在二楼 → 在三楼"
    assert _text_change(old, old) is None
