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


LAST_MINUTES = [
    # the last minutes of a window are the time left in it
    ("最后五分钟，六组的照片呢", _sent(19, 55), _sent(20, 0)),
    ("最后半小时，北片南片", _sent(16, 30), _sent(17, 0)),
    ("Final 10 min on the fuel returns. Depot B?", _sent(11, 50), _sent(12, 0)),
    ("last 20 minutes for the rota sheet, Ward 4?", _sent(13, 10), _sent(13, 30)),
    # "within the hour" is the hour from now, as "within an hour"
    (
        "please read the new procedure and sign the sheet within the hour",
        _sent(9, 30),
        _sent(10, 30),
    ),
    ("call me back within the hour with your bed count", _sent(14, 5), _sent(15, 5)),
]


@pytest.mark.parametrize(("text", "sent_at", "due"), LAST_MINUTES)
def test_the_last_minutes_and_the_hour_from_now(
    text: str, sent_at: datetime, due: datetime
) -> None:
    assert resolve_due(text, sent_at) == due


NO_WINDOW = [
    # time gone, and someone else's arrival, set the reader no deadline
    "the alarm has gone off twice in the last 20 minutes, no idea why",
    "Plumber rang, he's coming within the hour",
    "The inspector is over within the hour apparently",
]


@pytest.mark.parametrize("text", NO_WINDOW)
def test_time_gone_and_an_arrival_are_no_window(text: str) -> None:
    assert resolve_due(text, _sent(10, 0)) is None


def test_the_last_time_is_no_countdown() -> None:
    # "最后一次" counts occasions, not minutes: the meeting's own start stands
    assert resolve_due("最后一次提醒，下午3点开会", _sent(9, 0)) == _sent(15, 0)
