"""Countdowns end on the clock mark they count down to.

"还有10分钟" sent at 15:49 runs to 16:00, not 15:59: a countdown aims at a set
time, set times fall on five-minute marks, and the time left is said in round
numbers. Spans that are not countdowns ("10分钟内", "半小时后") stay exact.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from nlp.due import resolve_due

CST = timezone(timedelta(hours=8))


def _sent(hour: int, minute: int) -> datetime:
    return datetime(2026, 11, 18, hour, minute, tzinfo=CST)


COUNTDOWNS = [
    # the time left, in Chinese and in English
    ("还有10分钟 东片和西片的表还没交", _sent(13, 49), _sent(14, 0)),
    ("仓库盘点表还有二十分钟，抓紧", _sent(9, 41), _sent(10, 0)),
    ("还有半个小时，二组三组的名单还没报", _sent(16, 28), _sent(17, 0)),
    ("Still need the north yard sheet, 20 mins left", _sent(10, 12), _sent(10, 30)),
    ("an hour to go on the rota, two names short", _sent(14, 1), _sent(15, 0)),
    # a start counted down to
    ("Safety huddle starts in 10 mins, loading bay", _sent(8, 51), _sent(9, 0)),
    ("Stand-up in 15 minutes, same room as Monday", _sent(11, 46), _sent(12, 0)),
    # a chase that ends, or opens, on the minutes left
    ("Pump logs?? 10 mins", _sent(15, 22), _sent(15, 30)),
    ("25 mins, east gate. Bring the keys", _sent(6, 33), _sent(7, 0)),
]


@pytest.mark.parametrize(("text", "sent_at", "due"), COUNTDOWNS)
def test_a_countdown_ends_on_the_nearest_five_minute_mark(
    text: str, sent_at: datetime, due: datetime
) -> None:
    assert resolve_due(text, sent_at) == due


EXACT = [
    # already on a mark: nothing moves
    ("还有15分钟，三楼小会议室", _sent(13, 50), _sent(14, 5)),
    # under five minutes the span is said exactly
    ("还有3分钟 系统就关了", _sent(16, 51), _sent(16, 54)),
    # a window to act in, and a start after a span, are no countdowns
    ("各班10分钟内在群里回复人数", _sent(10, 13), _sent(10, 23)),
    ("十分钟后到校门口集合", _sent(21, 46), _sent(21, 56)),
]


@pytest.mark.parametrize(("text", "sent_at", "due"), EXACT)
def test_spans_that_are_no_countdowns_stay_exact(
    text: str, sent_at: datetime, due: datetime
) -> None:
    assert resolve_due(text, sent_at) == due
