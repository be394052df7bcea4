"""What a reader sees of a notice: wrappers gone, cut where it reads well."""

from __future__ import annotations

import pytest

from nlp.dedup import status_line
from nlp.preview import cut_preview, display_text


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("【转发】请各网格员今天完成走访。", "请各网格员今天完成走访。"),
        ("转：明天上午9点到镇政府集合，陪同检查。@所有人", "明天上午9点到镇政府集合，陪同检查。"),
        ("请各村落实！紧急通知：立即排查危房", "紧急通知：立即排查危房"),
        ("FW: please send the list by Friday", "please send the list by Friday"),
        ("@所有人 请大家关注公众号", "请大家关注公众号"),
        ("请各村落实！", "请各村落实！"),  # nothing but wrapping: kept
    ],
)
def test_relay_wrappers_are_removed_for_display(stored: str, shown: str) -> None:
    assert display_text(stored) == shown


def test_a_short_text_is_not_cut() -> None:
    assert cut_preview("报送台账", 10) == "报送台账"


def test_the_cut_prefers_a_sentence_then_a_clause() -> None:
    text = "请各村本周五前报送统计表。表格见附件，联系人张三，电话13812345678。"
    assert cut_preview(text, 20) == "请各村本周五前报送统计表…"
    clauses = "紧急通知：气象台发布寒潮橙色预警，今晚至明天最低气温降至零下8度，请各村立即排查"
    cut = cut_preview(clauses, 36)
    assert cut == "紧急通知：气象台发布寒潮橙色预警，今晚至明天最低气温降至零下8度…"


def test_the_cut_never_splits_a_figure_or_an_english_word() -> None:
    text = "提醒：12月1日起镇政府冬季作息时间调整为上午8:30-12:00，下午13:30-17:00。"
    assert cut_preview(text, 32) == "提醒：12月1日起镇政府冬季作息时间调整为上午8:30-12:00…"
    english = "Officials who will accompany the delegation should send their names today"
    cut = cut_preview(english, 20)
    assert cut.endswith("…") and english.startswith(cut[:-1]) and english[len(cut) - 1] == " "


def test_status_lines_are_read_from_reminders_only() -> None:
    assert status_line("再提醒：取暖统计表还有3个村没报，请抓紧！") == "取暖统计表还有3个村没报"
    assert status_line("Reminder: still missing Wards 2 and 6.") is not None
    assert status_line("请各村于周五前报送取暖统计表") is None


def test_a_figure_keeps_its_unit_and_a_date_its_day() -> None:
    text = "紧急通知：气象台发布寒潮橙色预警，今晚至明天最低气温降至零下8度，请各村立即组织排查"
    cut = cut_preview(text, 31)
    assert not cut[:-1].endswith("8") and cut.endswith("…")
    date_text = "各乡镇：救助需求摸底表报送截止时间由11月20日调整为11月19日下午5点"
    assert not cut_preview(date_text, 30)[:-1].endswith(("11月", "11"))
