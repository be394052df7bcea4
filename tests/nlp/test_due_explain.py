"""The resolver's working: spans, roles and reasons, for debugging a wrong due."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from nlp.due import Role, explain_due, prepare

TZ = timezone(timedelta(hours=8))
MONDAY = datetime(2026, 11, 16, 9, 0, tzinfo=TZ)


def test_spans_index_the_prepared_text() -> None:
    explanation = explain_due("【转发】请于十一月二十日前报送，联系电话13812345678", MONDAY)
    assert explanation.text == prepare("【转发】请于十一月二十日前报送，联系电话13812345678")
    assert explanation.text.startswith("请于11月20日前报送")
    (candidate,) = explanation.candidates
    assert explanation.text[candidate.start : candidate.end] == candidate.surface == "11月20日"
    assert candidate.role is Role.DEADLINE
    assert explanation.chosen == candidate


def test_dropped_candidates_say_why() -> None:
    explanation = explain_due(
        "截止时间由11月20日调整为11月19日下午5点，12月1日起执行新标准", MONDAY
    )
    reasons = {c.surface: c.dropped for c in explanation.candidates}
    assert reasons == {
        "11月20日": "superseded",
        "11月19日下午5点": None,
        "12月1日": "effective-from",
    }
    assert explanation.due == datetime(2026, 11, 19, 17, 0, tzinfo=TZ)


def test_deadline_beats_an_earlier_mentioned_event() -> None:
    explanation = explain_due("11月25日上午9点召开培训会，请于11月20日前报名", MONDAY)
    roles = [(c.surface, c.role) for c in explanation.candidates]
    assert roles == [("11月25日上午9点", Role.START), ("11月20日", Role.DEADLINE)]
    assert explanation.due == datetime(2026, 11, 20, 23, 59, tzinfo=TZ)
    assert "deadline" in explanation.reason


def test_recurring_reason() -> None:
    explanation = explain_due("每天9点前打卡", MONDAY)
    assert explanation.due is None
    assert "recurring" in explanation.reason


def test_masked_figures_are_not_candidates() -> None:
    explanation = explain_due("完成率12.1%，资金1.5万元，12.1前报送", MONDAY)
    assert [c.surface for c in explanation.candidates] == ["12.1"]
    assert explanation.due == datetime(2026, 12, 1, 23, 59, tzinfo=TZ)


def test_nothing_to_find() -> None:
    explanation = explain_due("请各村做好秸秆禁烧工作👍", MONDAY)
    assert explanation.candidates == ()
    assert explanation.chosen is None
    assert explanation.reason == "no date or time"


def test_acknowledgements_set_no_due() -> None:
    explanation = explain_due("收到，今天报", MONDAY)
    assert explanation.due is None
    assert explanation.reason == "acknowledgement"
    assert explain_due("收到！请各村于今天下班前报送明细表，逾期系统关闭，请抓紧。", MONDAY).due
