"""The chatter list's wording: periods, cut lines, the cap, and the digest's pointer to it."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.chatter import clip, parse_period, render_chatter
from bot.digests._model import DigestEntry, DigestView
from bot.digests._render import render_digest
from bot.packing import TELEGRAM_LIMIT, telegram_length
from bot.services.chatter import ChatterList
from storage.repository import ChatterRow

ZONE = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 16, 9, 0, tzinfo=ZONE)


def _row(n: int, text: str = "收到", chat_id: int = -1001000000001) -> ChatterRow:
    return ChatterRow(n, chat_id, n, "党政办群", None, "小王", NOW - timedelta(minutes=n), text)


def test_periods() -> None:
    assert parse_period([]) is None
    assert parse_period(["24h"]) == timedelta(hours=24)
    assert parse_period(["3d"]) == timedelta(days=3)
    assert parse_period(["7D"]) == timedelta(days=7)
    for wrong in (["8d"], ["0h"], ["yesterday"], ["-1d"]):
        with pytest.raises(ValueError):
            parse_period(wrong)


def test_clip_cuts_at_a_boundary_and_marks_it() -> None:
    assert clip("好的👍\n收到") == "好的👍 收到"
    sentence = "今天食堂的饭菜真不错，" * 10
    cut = clip(sentence, 80)
    assert len(cut) <= 80 and cut.endswith("不错…")
    words = clip("word " * 40, 80)
    assert len(words) <= 80 and words.endswith("word…")
    assert clip("哈" * 200, 80) == "哈" * 79 + "…"


def test_lines_newest_first_with_links_and_times() -> None:
    earlier = ChatterRow(
        9, -400000001, 9, "村委群", None, "老李", NOW - timedelta(days=1), "哈哈哈"
    )
    listing = ChatterList(NOW - timedelta(days=2), NOW, ZONE, [_row(1), earlier], 2)
    text = render_chatter(listing, "zh")
    lines = text.splitlines()
    assert lines[0] == "<b>💬 略去的闲聊 2 条（11月14日 09:00 起，最新在前）</b>"
    assert (
        lines[1] == '• 08:59 · 党政办群 · 小王：收到 <a href="https://t.me/c/1000000001/1">原文</a>'
    )
    assert lines[2] == "• 11月15日 09:00 · 村委群 · 老李：哈哈哈"  # a basic group has no link
    english = render_chatter(listing, "en")
    assert "2 chatter skipped since 14 Nov 09:00" in english and ">original</a>" in english


def test_the_list_fits_one_message_and_counts_the_rest() -> None:
    rows = [_row(n, "很长的闲聊" * 30) for n in range(30)]
    text = render_chatter(ChatterList(NOW - timedelta(days=1), NOW, ZONE, rows, 75), "zh")
    assert telegram_length(text) <= TELEGRAM_LIMIT
    shown = text.count("\n• ")
    assert text.endswith(f"…另有 {75 - shown} 条更早的未列出，可用 /chatter 24h 缩小范围")
    empty = render_chatter(ChatterList(NOW - timedelta(days=1), NOW, ZONE, [], 0), "en")
    assert empty == "No chatter skipped since 15 Nov 09:00."


def _digest(chatter: int, lang: str) -> str:
    entry = DigestEntry("notice", "停水通知", "李主任", "党政办群", NOW, None)
    view = DigestView(
        lang, ZONE, NOW, [entry], message_count=3, group_count=1, chatter_count=chatter
    )
    return render_digest(view)[0]


def test_the_digest_header_points_to_the_chatter_list_when_it_skipped_some() -> None:
    assert "略去闲聊 2 条，发送 /chatter 查看）" in _digest(2, "zh")
    assert "2 chatter messages skipped: /chatter lists them)" in _digest(2, "en")
    header = _digest(0, "zh").splitlines()[1]
    assert "略去闲聊 0 条）" in header and "/chatter" not in header
