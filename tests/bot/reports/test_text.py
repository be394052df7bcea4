"""/stats and /overlap as Telegram messages, and as plain text for the CLI."""

from __future__ import annotations

import dataclasses
from datetime import date

from bot.packing import TELEGRAM_LIMIT, telegram_length
from bot.reports import Period, Scope, build_overlaps, plain_text, render_overlaps, render_report
from bot.reports import ReportRequest as Request
from bot.reports import resolve_slice as resolve
from storage.database import Database
from storage.repository import GroupVolume
from tests.bot.reports.fixtures.corpus import ZONE, Installed
from tests.bot.reports.fixtures.reports import PERIOD, report_for

Corpus = tuple[Database, Installed]


def test_chinese_report_states_the_hand_computed_figures(corpus_db: Corpus) -> None:
    db, _ = corpus_db
    with db.session() as s:
        (message,) = render_report(report_for(s), "zh")
    expected = [
        "<b>📊 通知统计 · 2026-11-13 – 2026-11-16（4 天）</b>",
        "共 26 条消息：通知 22 条，闲聊 4 条",
        "报送 5 · 会议 2 · 任务 4 · 打卡 7 · 通知 4 · 闲聊 4",
        "党政办 13 / 16\n应急办 8 / 9\n未填部门 1 / 1",
        "• 镇应急管理群（应急办）：共 9 条，通知 8，重复 3",
        "• 驻村工作队群：共 1 条，通知 1，重复 0",
        "11-13 周五 10 · 11-14 周六 4 · 11-15 周日 2 · 11-16 周一 6",
        "工作时间外发送 63.6%（14/22），其中休息日 27.3%（6/22）",
        "工作时间：周一至周五 08:30–17:30",
        "重复率 1.57（22 份 / 14 项），多发 8 份",
        "重复要求 4 项，其中 3 项来自多个部门",
        "• 打卡｜请今天9点前在学习强国打卡并截图 — 3 份 · 3 个群 · 2 个部门",
        "打卡类要求 7 条（3 项）",
        "3 名干部，每人每天（中位数）本需看 4.0 条消息 → 实际收到 0.75 项摘要",
        "合计 50 条 → 14 项，减少 72.0%",
    ]
    for line in expected:
        assert line in message


def test_english_scoped_report(corpus_db: Corpus) -> None:
    db, _ = corpus_db
    with db.session() as s:
        text = plain_text(render_report(report_for(s, Scope(frozenset({"应急办"}))), "en"))
    assert "Covering: 应急办" in text
    assert "Sent outside working hours: 62.5% (5/8); on rest days: 25.0% (2/8)" in text
    assert "Duplicate rate 1.00 (8 copies / 8 notices), 0 extra copies" in text
    assert "2 cadres; per cadre per day (median): 2.25 messages to read → 0.88" in text
    assert "<b>" not in text and "Working hours: Mon–Fri 08:30–17:30" in text


def test_group_titles_are_escaped_and_long_reports_split(corpus_db: Corpus) -> None:
    db, _ = corpus_db
    with db.session() as s:
        report = report_for(s)
    many = [GroupVolume(i, f"<第{i}网格>&群" + "很长的名字" * 8, None, 5, 4, 1) for i in range(60)]
    messages = render_report(dataclasses.replace(report, groups=many), "zh")
    joined = "\n".join(messages)
    assert "&lt;第0网格&gt;&amp;群" in joined and "<第0网格>" not in joined
    assert "…另有 40 个群" in joined
    assert all(telegram_length(message) <= TELEGRAM_LIMIT for message in messages)


def test_empty_period_and_overlaps(corpus_db: Corpus) -> None:
    db, _ = corpus_db
    quiet = type(PERIOD)(
        PERIOD.first_day.replace(year=2027), PERIOD.last_day.replace(year=2027), PERIOD.zone
    )
    with db.session() as s:
        (empty,) = render_report(report_for(s, period=quiet), "zh")
        part, _ = resolve(s, Scope(), Request(PERIOD))
        (overlap,) = render_overlaps(build_overlaps(s, part), PERIOD, "zh")
        alone, _ = resolve(s, Scope(frozenset({"应急办"})), Request(PERIOD))
        (none,) = render_overlaps(build_overlaps(s, alone), PERIOD, "en")
    assert "这段时间没有消息。" in empty and "按类别" not in empty
    assert "• 镇党政办工作群 ⇄ 青石村两委群：共同 3 项，重合度 33.3%（占较小群的 60.0%）" in overlap
    assert overlap.index("镇党政办工作群 ⇄ 青石村两委群") < overlap.index(
        "镇应急管理群 ⇄ 青石村两委群"
    )
    assert "No two groups received the same notice in this period." in none


def test_a_thirty_day_report_lists_weeks_not_days(corpus_db: Corpus) -> None:
    db, _ = corpus_db
    month = Period(date(2026, 10, 28), date(2026, 11, 26), ZONE)
    with db.session() as s:
        (message,) = render_report(report_for(s, period=month), "zh")
    assert "📅 按周（通知）" in message and "按日" not in message
    # Weeks run Monday to Sunday, cut to the period; they add up to the 24 notices.
    weeks = ["10-28–11-01 0", "11-02–11-08 0", "11-09–11-15 17", "11-16–11-22 7", "11-23–11-26 0"]
    assert "通知 24 条" in message
    assert "\n".join(weeks) in message
    with db.session() as s:
        (week,) = render_report(report_for(s), "en")
    assert "By day (notices)" in week and "By week" not in week


def test_a_one_day_report_says_one_day(corpus_db: Corpus) -> None:
    db, _ = corpus_db
    day = Period(date(2026, 11, 16), date(2026, 11, 16), ZONE)
    with db.session() as s:
        (english,) = render_report(report_for(s, period=day), "en")
    assert "2026-11-16 (1 day)" in english and "1 days" not in english
