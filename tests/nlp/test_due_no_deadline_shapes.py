"""Dates and times that are no deadline stay null; the deadlines beside them stay.

Each group pairs the shape of language that names no due (a numbered place, a
reply promising the speaker's own part, ...) with the order it resembles.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from nlp.due import resolve_due

TZ = timezone(timedelta(hours=8))
SENT = datetime(2026, 11, 16, 9, 0, tzinfo=TZ)  # Monday


def _at(day: int, hour: int = 23, minute: int = 59) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=TZ)


@pytest.mark.parametrize(
    "text",
    [
        "冷库7号通道地上全是水，小心滑倒",
        "二车间28号工位的气管漏气，老王快来看",
        "渔港四号泊位那条船在漏油",
        "3号5号机都停了，等电工",
    ],
)
def test_a_numbered_place_is_no_day_of_the_month(text: str) -> None:
    assert resolve_due(text, SENT) is None


def test_a_day_of_the_month_beside_a_place_still_counts() -> None:
    assert resolve_due("20号前把7号通道的货清走", SENT) == _at(20)


@pytest.mark.parametrize(
    "text",
    [
        "礼拜三仓库钥匙谁拿着？我要搬两箱水",
        "统计表用上个月那版还是明天新发的？",
        "周四那个会在三楼还是五楼？",
        "is the canteen open on the 27th?",
        "Is the handover in room 2 or the office tomorrow?",
    ],
)
def test_a_question_about_a_fact_names_no_due(text: str) -> None:
    assert resolve_due(text, SENT) is None


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("谁明天上午有空来帮忙搬桌子？", _at(17, 12, 0)),
        ("anyone free to help at the hall tomorrow 9am?", _at(17, 9, 0)),
        ("who's covering the desk at 3pm today?", _at(16, 15, 0)),
    ],
)
def test_a_call_for_hands_keeps_its_time(text: str, due: datetime) -> None:
    assert resolve_due(text, SENT) == due


@pytest.mark.parametrize(
    "text",
    [
        "在哪？我明天跟你去",
        "我周六可以接送，没车的说一声",
        "我明早要陪督查组下村",
        "还剩几张没录，我明天弄",
        # 申请 is the speaker's errand, not a request to the group
        "我周日跟你一起去 帮她申请补贴",
    ],
)
def test_the_speakers_own_doing_names_no_due(text: str) -> None:
    assert resolve_due(text, SENT) is None


def test_the_speaker_asking_for_something_keeps_its_time() -> None:
    assert resolve_due("我明天要看到各组的表，请下午5点前发我", SENT) == _at(17, 17, 0)


@pytest.mark.parametrize(
    "text",
    [
        "再说一遍 进库房要戴安全帽 今天又看到有人没戴",
        "今早又发现有人把电动车推进楼道充电",
    ],
)
def test_a_lapse_seen_again_is_no_due(text: str) -> None:
    assert resolve_due(text, SENT) is None


@pytest.mark.parametrize(
    "text",
    [
        "Boiler's leaking again, I'll phone the landlord tomorrow",
        "Printer jammed, I call the engineer today",
    ],
)
def test_the_speakers_own_errand_is_no_due(text: str) -> None:
    assert resolve_due(text, SENT) is None


def test_the_speaker_needing_something_keeps_its_day() -> None:
    assert resolve_due("I'll need the signed forms Wednesday", SENT) == _at(18)
