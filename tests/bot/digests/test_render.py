"""Digest rendering: order, escaping, languages, and splitting at 4096."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.digests._model import DigestEntry, DigestView
from bot.digests._render import due_label, render_digest
from bot.packing import TELEGRAM_LIMIT, telegram_length

ZONE = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 16, 8, 0, tzinfo=ZONE)


def _entry(text: str, kind: str = "notice", **extra: object) -> DigestEntry:
    values: dict[str, object] = {
        "kind": kind,
        "text": text,
        "sender": "镇党政办-李主任",
        "group_title": "党政办群",
        "sent_at": NOW - timedelta(hours=2),
        "link": "https://t.me/c/1000000001/5",
    }
    values.update(extra)
    return DigestEntry(**values)  # type: ignore[arg-type]


def _view(entries: list[DigestEntry], lang: str = "zh") -> DigestView:
    return DigestView(lang, ZONE, NOW, entries, message_count=40, group_count=3, chatter_count=20)


def test_todo_first_sorted_by_due_then_urgent_then_kinds() -> None:
    entries = [
        _entry("停水通知"),
        _entry("报送名单", "report", due_at=NOW + timedelta(days=2)),
        _entry("立即排查", "task", urgent=True, pushed=True),
        _entry("工作例会", "meeting", due_at=NOW + timedelta(hours=7)),
    ]
    (text,) = render_digest(_view(entries))
    order = [
        text.index(word)
        for word in ("待办", "工作例会", "报送名单", "紧急", "立即排查", "通知（1）", "停水通知")
    ]
    assert order == sorted(order)
    assert "今天 15:00" in text and "周三 18日 08:00" in text and "已即时推送" in text
    assert "40 条消息 → 4 项" in text and "略去闲聊 20 条" in text


def test_text_is_escaped_and_links_point_to_the_original() -> None:
    (text,) = render_digest(_view([_entry('<b>注意</b> & "引号"')]))
    assert "&lt;b&gt;注意&lt;/b&gt; &amp;" in text
    assert '<a href="https://t.me/c/1000000001/5">原文</a>' in text


def test_english_reader_gets_english_labels() -> None:
    (text,) = render_digest(
        _view([_entry("Submit the form", "report", due_at=NOW + timedelta(days=1))], lang="en")
    )
    assert "Work-group digest" in text and "Tomorrow 08:00" in text and "original" in text


def test_long_digest_splits_between_items_within_the_limit() -> None:
    entries = [_entry(f"第{i}项 " + "很长的通知内容" * 40) for i in range(120)]
    parts = render_digest(_view(entries))
    assert len(parts) > 1
    assert all(telegram_length(part) <= TELEGRAM_LIMIT for part in parts)
    items = [line for part in parts for line in part.split("\n") if line.startswith("• ")]
    assert len(items) == 120  # every item whole, none lost, none cut across messages
    assert all(line.count("<a href") == 1 for line in items)
    assert all("（续）" in part.split("\n")[0] for part in parts[1:])
    numbers = [int(m) for part in parts for m in re.findall(r"第(\d+)项", part)]
    assert numbers == list(range(120))


def test_emoji_count_double_towards_the_limit() -> None:
    assert telegram_length("👍") == 2 and telegram_length("收到") == 2


def test_due_labels() -> None:
    assert due_label(NOW - timedelta(hours=1), NOW, "zh").startswith("已逾期")
    assert due_label(NOW + timedelta(hours=9, minutes=30), NOW, "zh") == "今天 17:30"
    assert due_label(NOW + timedelta(days=1), NOW, "en") == "Tomorrow 08:00"
    assert due_label(NOW + timedelta(days=10), NOW, "zh") == "11月26日 08:00"


def test_a_capped_digest_counts_every_item_and_says_how_many_more() -> None:
    entries = [_entry("报送名单", "report", due_at=NOW + timedelta(days=1)), _entry("停水通知")]
    view = DigestView(
        "zh", ZONE, NOW, entries, message_count=400, group_count=8, chatter_count=100,
        totals={"todo": 1, "notice": 250, "meeting": 30},
    )  # fmt: skip
    (text,) = render_digest(view)
    assert "→ 281 项" in text
    assert "通知（250）" in text and "…另有 249 项未列出" in text
    assert "会议（30）" in text and "…另有 30 项未列出" in text
    assert text.index("报送名单") < text.index("会议（30）") < text.index("停水通知")
    (english,) = render_digest(replace(view, lang="en"))
    assert "and 249 more not listed here" in english


def test_relay_wrappers_are_not_shown_and_the_text_is_cut_at_a_boundary() -> None:
    stored = (
        "【转发】@所有人 请各村本周五前报送冬季取暖情况统计表。"
        "表格见附件，联系人张三，电话13812345678。请各村落实！"
    )
    (text,) = render_digest(_view([_entry(stored, "report", due_at=NOW + timedelta(days=4))]))
    line = next(line for line in text.split("\n") if line.startswith("1. "))
    assert "转发" not in line and "@所有人" not in line and "请各村落实" not in line
    assert "请各村本周五前报送冬季取暖情况统计表…" in line  # a sentence end, never mid-word
    assert line.index("周五 20日 08:00") < line.index("请各村")  # the due leads the line


def test_a_long_unpunctuated_text_is_cut_between_words() -> None:
    stored = "请各村组织人员对辖区内所有独居老人和留守儿童家庭开展全面入户走访排查并登记造册"
    (text,) = render_digest(_view([_entry(stored)]))
    body = text.split("• ")[1].split(" — ")[0]
    assert body.endswith("…") and stored.startswith(body[:-1]) and len(body) < len(stored)
    assert body[:-1].endswith(("走访", "入户", "开展", "全面", "家庭", "儿童", "排查"))


def test_groups_are_named_up_to_three_then_counted() -> None:
    two = _entry("报送台账", other_groups=("网格员群",))
    five = _entry("开会", other_groups=("网格员群", "书记群", "安全群", "民政群"))
    (text,) = render_digest(_view([two, five]))
    assert "党政办群、网格员群 · 镇党政办-李主任" in text
    assert "党政办群、网格员群、书记群等 5 个群" in text and "安全群" not in text
    (english,) = render_digest(_view([two, five], lang="en"))
    assert "党政办群, 网格员群, 书记群 and 2 more groups" in english
    one_more = _entry("开会", other_groups=("网格员群", "书记群", "安全群"))
    (english,) = render_digest(_view([one_more], lang="en"))
    assert "and 1 more group ·" in english


def test_reminders_show_how_often_and_the_latest_status() -> None:
    chased = _entry("报送台账", "report", due_at=NOW + timedelta(hours=6), reminders=2,
                    status="还有3个村没报")  # fmt: skip
    (text,) = render_digest(_view([chased]))
    assert "提醒 2 次：还有3个村没报" in text
    (english,) = render_digest(_view([replace(chased, reminders=1, status=None)], lang="en"))
    assert "reminded once" in english


def test_english_counts_are_singular_or_plural_and_attachments_are_english() -> None:
    view = DigestView("en", ZONE, NOW, [_entry("Water cut", attachment="photo")],
                      message_count=1, group_count=1, chatter_count=1, merged_count=1)  # fmt: skip
    (text,) = render_digest(view)
    assert "1 message in 1 group → 1 item (1 duplicate merged, 1 chatter message skipped" in text
    assert "📎 photo" in text and "图片" not in text
    (chinese,) = render_digest(replace(view, lang="zh"))
    assert "📎 图片" in chinese and "1 条消息" in chinese
    (many,) = render_digest(replace(view, message_count=2, group_count=3, merged_count=0))
    assert "2 messages in 3 groups → 1 item (0 duplicates merged" in many


def test_the_footer_points_to_settings_mute_search_and_look_back() -> None:
    for lang in ("zh", "en"):
        (text,) = render_digest(_view([_entry("停水通知")], lang=lang))
        footer = text.rsplit("\n", 1)[-1]
        assert all(c in footer for c in ("/settings", "/mute", "/search", "/digest 24h"))


def test_an_item_line_has_no_sent_time_or_department_list() -> None:
    entry = _entry("请于周五前报送统计表", "report", due_at=NOW + timedelta(days=4),
                   other_groups=("网格员群",), requesters=("党政办", "综治办"))  # fmt: skip
    (text,) = render_digest(_view([entry]))
    line = next(line for line in text.split("\n") if line.startswith("1. "))
    assert "06:00" not in line and "党政办、综治办" not in line and "部门" not in line
    assert line.endswith('<a href="https://t.me/c/1000000001/5">原文</a>')
