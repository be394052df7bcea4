"""Urgency of a water main broken or sewage coming up as it happens (nlp.urgent_hazards)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from nlp.urgency import is_urgent

TZ = timezone(timedelta(hours=8))
SENT = datetime(2026, 11, 16, 9, 0, tzinfo=TZ)


@pytest.mark.parametrize(
    "text",
    [
        "Main break on Fir Ave by the school, water pouring across the road, anyone near?",
        "8 inch water main break at Oak & 3rd, east crew rolling now",
        "sewage overflowing from the drain outside the clinic right now, kids walking in it",
        "小区东门化粪池满了 污水溢出到路上了 物业的快来",
        "菜市场后面污水外溢 现在整条巷子都是",
    ],
)
def test_a_main_broken_or_sewage_up_now_is_urgent(text: str) -> None:
    assert is_urgent(text, SENT, None)


@pytest.mark.parametrize(
    "text",
    [
        "Water main break repairs on Fir Ave scheduled for next Tuesday, expect low pressure",
        "Last month's main break report is on the shared drive",
        "污水外溢问题的整改方案下周讨论",
        "Training on sewage overflow response: Thursday 2pm, room 4",
    ],
)
def test_a_main_break_as_a_topic_is_not(text: str) -> None:
    assert not is_urgent(text, SENT, None)
