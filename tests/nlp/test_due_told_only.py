"""Times a notice only tells of are no due (nlp/due/_told_only.py).

The day inspectors come, said without a clock; an event told for information in a
message that asks nothing; two or more clock ranges of opening hours. Near misses
keep their due: a deadline beside an inspection, a clock to be there by, a day's
programme, an event people are asked to attend. Sent on Tuesday 10 November 2026
at 10:00 (+08:00).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from nlp.due import resolve_due

TZ = timezone(timedelta(hours=8))
SENT = datetime(2026, 11, 10, 10, 0, tzinfo=TZ)


def _at(month: int, day: int, hour: int = 23, minute: int = 59) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=TZ)


NO_DUE = [
    # inspectors coming, on a day said without a clock
    "听说后天省里要来暗访，值班室一定要有人，桌上的东西收一收",
    "明天区里可能下来暗访 大家工牌戴好",
    "督查组今天在隔壁乡，办公室保持整洁",
    "Heads up, the unannounced inspection team is in the building today, keep the corridors clear.",
    "Rumour has it the CEO is doing a walkabout of the yard on Thursday. Nothing confirmed.",
    # an event told for information, in a message that asks nothing
    "12月3日县医院在文化广场办健康讲座，面向群众，自愿参加。",
    "区人社局下周六在体育馆办招聘会，供有需要的群众参考。",
    "School photos are Friday 13 Nov in the hall, I fetch the kids, no need to send anyone.",
    "Carol service Wed 18 Nov, 7pm in the chapel. All families welcome!",
    "Book fair on Thursday in the library, run by the publisher, no volunteers needed.",
    # opening hours: two clock ranges on no named day
    "社保窗口办理时间：上午9:00-12:00，下午1:30-5:00，带好身份证。",
    "Vaccination clinic at the community hall 9.30am-12pm and 2pm-4.30pm, bring the red book.",
]


@pytest.mark.parametrize("text", NO_DUE)
def test_told_only_has_no_due(text: str) -> None:
    assert resolve_due(text, SENT) is None


KEPT = [
    # a deadline beside an inspection
    ("明天县里暗访，各村今晚8点前把路边垃圾清掉", _at(11, 10, 20, 0)),
    # a clock to be there by, the day of the inspection still anchors it
    ("明天上午检查组来，村干部8点半到村委会集合", _at(11, 11, 8, 30)),
    # the inspectors' clause is not the villages' ("上午" is when to stay in)
    ("督查组可能下村 各村上午村部留人", _at(11, 10, 12, 0)),
    # an event people are asked to attend
    ("12月3日上午9点县医院健康讲座，请各村医参加", _at(12, 3, 9, 0)),
    ("Training Thursday 12 Nov 2pm, all welcome but please sign up by Wednesday", _at(11, 11)),
    # a day's programme, one clock range only
    ("明天上午9:00-11:30理论课，下午2:00-4:00实操", _at(11, 11, 9, 0)),
    ("Fogging on Jalan 3 this Thursday 6pm-8pm, pls tell residents", _at(11, 12, 18, 0)),
]


@pytest.mark.parametrize(("text", "due"), KEPT)
def test_near_misses_keep_their_due(text: str, due: datetime) -> None:
    assert resolve_due(text, SENT) == due
