"""A time the speaker promises to deliver by is no due: nobody else is asked to act.

Replies to a chase ("还差两户，明天补", "will have it by 12") name times that are
the speaker's own; the chaser's orders, worded with the same verbs, keep theirs.
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
        "五组还差四户没签，明天补齐",
        "台账还剩两张 下午搞定",
        "在等财政所盖章，三点前送到",
        "低保那个表我下午四点前把汇总交到镇里",
        "我明天上午在县里培训，有事找小罗",
        "still chasing two wards, will have it to you by 11",
        "Sending by half 3, the scanner's jammed",
        "on my way, there by 10",
        "Minutes to follow by Wednesday",
        # counting the work still in hand, then the speaker's own delivery
        "还差五百，明天交",
        "四组还有两户没找到人，下午报",
        "就剩三家 今天下午排完",
        "新村今天下午送，还差一个人盖章",
        "还有4户，3点前交",
    ],
)
def test_the_speakers_own_delivery_time_is_no_due(text: str) -> None:
    assert resolve_due(text, SENT) is None


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # the chaser names whose is missing, and a receiver follows the verb
        ("走访表还差东湾、西湾，下午四点前报给我", _at(16, 16, 0)),
        ("还差两户的签字，请明天交到村委", _at(17)),
        # the speaker wants something then
        ("我明天要看到各组的名单", _at(17)),
        ("截图发我 周三前", _at(18)),
        # an ask in English
        ("Please be there by 10am to set out the chairs", _at(16, 10, 0)),
        ("You will send the rota by Wednesday", _at(18)),
        # one more item announced, then its deadline
        ("还有一个：消防台账，周三中午12点前报", _at(18, 12, 0)),
        # the chaser names whose is missing and asks
        ("东坪村还有3户没报，请下午4点前报", _at(16, 16, 0)),
    ],
)
def test_an_order_worded_alike_keeps_its_time(text: str, due: datetime) -> None:
    assert resolve_due(text, SENT) == due
