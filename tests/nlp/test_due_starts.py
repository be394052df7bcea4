"""The day a state begins is no deadline; a start time to be there is."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from nlp.due import resolve_due

CST = timezone(timedelta(hours=8))
SENT = datetime(2026, 11, 16, 7, 30, tzinfo=CST)  # a Monday


@pytest.mark.parametrize(
    "text",
    [
        "今天开始紧要期 各卡点24小时值守 护林员马上到岗",
        "提醒一下 下周一（16号）起进入森林防火紧要期 进山车辆都要在卡点登记",
        "Biometric starts today, don't forget to clock in and out",
        "Our Holiday Food Drive launches today! Please like and share the post",
        "From Monday please use the new sign-in sheet",
    ],
)
def test_the_day_a_state_begins_has_no_due(text: str) -> None:
    assert resolve_due(text, SENT) is None


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("明天上午9点开始培训，二楼会议室", datetime(2026, 11, 17, 9, 0, tzinfo=CST)),
        ("例会11点开始，四楼会议室，别走到三楼去了", datetime(2026, 11, 16, 11, 0, tzinfo=CST)),
        ("提醒：推进会21日上午8点半开始，请准时到大桥", datetime(2026, 11, 21, 8, 30, tzinfo=CST)),
        ("Training starts 9am tomorrow in Room 3", datetime(2026, 11, 17, 9, 0, tzinfo=CST)),
        ("Auditors in Wed 18th from 10, be here pls", datetime(2026, 11, 18, 10, 0, tzinfo=CST)),
        ("明天开始报名，周五截止", datetime(2026, 11, 20, 23, 59, tzinfo=CST)),
    ],
)
def test_a_start_time_to_be_there_stays(text: str, due: datetime) -> None:
    assert resolve_due(text, SENT) == due
