"""A bare call time just before an event dated in full is when helpers gather, not the due.

"明天上午9点开会，8点40签到": the notice is the meeting at 9:00. The call time
only stays the due when it names its own day ("please arrive by 9am today"),
when nothing dated in full starts within the hour after it, or when the event
is itself a bare time.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from nlp.due import resolve_due

TZ = timezone(timedelta(hours=8))
SENT = datetime(2026, 11, 16, 9, 0, tzinfo=TZ)  # Monday


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=TZ)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("明天下午两点半镇里开禁毒工作会，两点十分在村部门口上车", _at(17, 14, 30)),
        ("周三上午十点卫生院做健康讲座，志愿者9点半前到场摆桌子", _at(18, 10)),
        ("Quiz night Thursday 7pm at the club. Helpers there by 6.15 please", _at(19, 19)),
        ("Tomorrow 10am ribbon cutting at the depot, crew set up from 9:15", _at(17, 10)),
        ("今晚8点线上培训，7点50进会议室签到", _at(16, 20)),
    ],
)
def test_the_event_dated_in_full_beats_its_call_time(text: str, due: datetime) -> None:
    assert resolve_due(text, SENT) == due


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # the call time names its day: the reader's own deadline
        ("Please arrive by 9:30am tomorrow for the inspection, which starts at 10", _at(17, 9, 30)),
        # the event is a bare time too: the earliest stays
        ("9点半集合，10点出发去县里", _at(16, 9, 30)),
        # more than an hour before the event: a separate errand
        ("明天下午3点开会，材料上午11点前交", _at(17, 11)),
    ],
)
def test_a_call_time_that_stands_on_its_own_stays(text: str, due: datetime) -> None:
    assert resolve_due(text, SENT) == due
