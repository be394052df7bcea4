"""Urgency in people's own words: orders to act now, someone gone, treats shouted as alarms."""

from __future__ import annotations

from datetime import datetime

import pytest

from nlp.urgency import is_urgent

SENT = datetime.fromisoformat("2026-11-10T10:00:00+08:00")


@pytest.mark.parametrize(
    "text",
    [
        "小周你现在去库房搬两箱矿泉水到门口",
        "各位楼长现在挨个敲门通知一下",
        "Priya and Tom take the van to the Oak St depot now, bring the pumps",
        "Everyone to the north gate now please",
        "@物业小陈 赶紧过去看看三楼那个水龙头",
        "老人早上出门到现在还没回来 大家帮忙找找",
        "Ms Lee's son hasn't come home from school and he's not answering",
    ],
)
def test_own_words_call_out_is_urgent(text: str) -> None:
    assert is_urgent(text, SENT, None)


@pytest.mark.parametrize(
    "text",
    [
        "我现在去库房拿表",
        "You can go home now, thanks for staying late",
        "I'll take the van back now",
        "没交的赶紧补上，月底前交齐",
        "The county office hasn't come back to us about the grant yet",
        "紧急通知！今天中午食堂有红烧肉，去晚了没有",
        "URGENT: vending machine giving two snacks for one",
        "楼梯下面有灭火器 马上喊人下楼",
    ],
)
def test_near_misses(text: str) -> None:
    expected = text.startswith("楼梯")
    assert is_urgent(text, SENT, None) is expected
