"""Urgency, second pass: outages told as they fail, people called to come now,
orders to get off or get to a place now, and rules laid down for cases to come."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from nlp.urgency import is_urgent

TZ = timezone(timedelta(hours=8))
SENT = datetime(2026, 11, 16, 9, 0, tzinfo=TZ)


@pytest.mark.parametrize(
    "text",
    [
        # an outage typed as it happens
        "POS is down at both checkouts, card payments failing",
        "The scanners are down in bay 3, nothing is going out",
        "收银系统崩了 现在都结不了账",
        "内网打不开了 报表都提交不了",
        "二号线路有杂音 客户投诉听不清",
        # people called to come, with no time named
        "巡逻队的都到东门来 带上手电",
        "抢险队全部到村委门口集合 带铁锹",
        "阿明 抓紧上来搭把手",
        "护林队的去北坡 快点 带上水",
        # an order to get off or get to a place now
        "Crews get off the scaffold now, lightning is close",
        "Dev get to the loading dock now, the truck is waiting",
    ],
)
def test_called_out_in_own_words(text: str) -> None:
    assert is_urgent(text, SENT, None)


@pytest.mark.parametrize(
    "text",
    [
        "定个规矩：今后谁发现冒烟起火，马上喊人，不准往里冲",
        "今后凡是发现有老人走失，第一时间先报警再报社区",
        "Site rule from today: any gas smell, stop work and call me immediately",
        # near-misses that stay as they were
        "明天上午9点都到会议室来开会",
        "The numbers are down this quarter",
        "开饭了 大家快点下来",
        "系统升级，周六晚上内网打不开",
        "大家都到会议室来了，就等书记",
    ],
)
def test_not_urgent(text: str) -> None:
    assert not is_urgent(text, SENT, None)


def test_rule_time_is_no_deadline() -> None:
    text = "Ward rule: every fall gets a huddle within 1 hr"
    assert not is_urgent(text, SENT, SENT + timedelta(minutes=30))


def test_get_back_now_with_no_exceptions_is_an_order() -> None:
    text = "STORM WARNING. get back to the depot now, no exceptions"
    assert is_urgent(text, SENT, None)
