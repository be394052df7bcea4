"""Clock times said before their day, in figures or British words, and lunar dates.

Each row is a message, the moment it was sent and the due moment (None: no due).
Unless a row says otherwise the message is sent on Monday 16 November 2026 at
09:00 (+08:00).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from nlp.due import resolve_due

TZ = timezone(timedelta(hours=8))
MONDAY = "2026-11-16T09:00"


def _at(iso: str) -> datetime:
    """A due moment: "2026-11-20" is that day's 23:59, "2026-11-20T15:00" that minute."""
    return datetime.fromisoformat(iso if "T" in iso else iso + "T23:59").replace(tzinfo=TZ)


# A dotted or 24-hour clock straight before "today"/"tomorrow" is a time, not a figure.
CLOCK_BEFORE_DAY = [
    ("2.45 today in the small hall, bring the attendance sheets", _at("2026-11-16T14:45")),
    ("Toolbox talk 9.15 tomorrow by the gatehouse", _at("2026-11-17T09:15")),
    ("Planning meeting at 1400 today, level 2 boardroom", _at("2026-11-16T14:00")),
    ("Fire warden refresher 0815 tomorrow, canteen", _at("2026-11-17T08:15")),
    ("Rosters to Priya before 4.30 today please", _at("2026-11-16T16:30")),
    ("Please log the readings before 2.15 tomorrow", _at("2026-11-17T14:15")),
    # minutes in figures before "to"/"past", after a limit or "at"
    ("Names to the office by 10 to 4 please", _at("2026-11-16T15:50")),
    ("Huddle at 20 past 2 in the staff room", _at("2026-11-16T14:20")),
    # a negative temperature before "tonight" is no clock
    ("It drops to -5 tonight, so grit the ramp before 4.30 today", _at("2026-11-16T16:30")),
    # a sentence about the weather ends at its full stop; the next one asks
    (
        "Yellow ice warning from midnight. All drivers at the depot for quarter to 6 "
        "tomorrow morning",
        _at("2026-11-17T05:45"),
    ),
]
NO_CLOCK = [
    # figures, not times
    ("Sales were 1200 today and 1350 yesterday", _at("2026-11-16")),
    ("Open from 10 to 5 tomorrow as usual", None),
]


@pytest.mark.parametrize(("text", "due"), CLOCK_BEFORE_DAY + NO_CLOCK)
def test_clock_said_before_its_day(text: str, due: datetime | None) -> None:
    assert resolve_due(text, datetime.fromisoformat(MONDAY).replace(tzinfo=TZ)) == due


# Lunar dates written out, resolved with lunardate: the next such day on or after
# the sent date (腊月二十三 of the 2026 lunar year is 30 January 2027).
LUNAR = [
    ("低保复核表腊月二十三前交民政办", "2027-01-05T10:00", _at("2027-01-30")),
    ("腊月廿五前各组把烟花爆竹禁放告示贴好", "2027-01-05T10:00", _at("2027-02-01")),
    ("正月初八上午九点全体干部到三楼开收心会", "2027-01-20T10:00", _at("2027-02-13T09:00")),
    ("正月十五前各村把灯会安保方案报上来", "2027-01-20T10:00", _at("2027-02-20")),
    ("年二十八前把慰问金发到户", "2027-01-20T10:00", _at("2027-02-04")),
    ("年三十前检查一遍消防栓", "2027-01-20T10:00", _at("2027-02-05")),
    ("农历8月15前把月饼票发下去", "2027-08-01T10:00", _at("2027-09-15")),
    # a count after 年 is no lunar day; a solar 十二月 stays solar
    ("今年二十八个村都报了", "2027-01-20T10:00", None),
    ("十二月二十三日前报送", MONDAY, _at("2026-12-23")),
]


@pytest.mark.parametrize(("text", "sent", "due"), LUNAR)
def test_lunar_dates(text: str, sent: str, due: datetime | None) -> None:
    assert resolve_due(text, datetime.fromisoformat(sent).replace(tzinfo=TZ)) == due


# A time of today already gone when the message is sent tells what happened: no
# labelled due ever precedes its message. Sent at 16:00.
PASSED = [
    ("Missing resident: Mrs Hale, last seen 14:20 by the day room, please check your floors", None),
    ("走失老人：今天下午1点左右从家里出门后没回来，穿灰色棉袄，看到的打电话", None),
    ("Week 46 return sent 15:41, check your inbox", None),
    ("下午3点开会", None),
    # "since" dates what happened, on any day
    ("Has anyone seen Tom? He has not been home since Friday night", None),
    ("请各网格员今天下班前完成走访，还没有报的抓紧！", _at("2026-11-16T17:30")),
    # a gone time still names the day for the times after it
    ("今天早上7点多他摔了一跤，下午能不能上门看一下", _at("2026-11-16T17:30")),
]


@pytest.mark.parametrize(("text", "due"), PASSED)
def test_a_time_already_gone_is_no_due(text: str, due: datetime | None) -> None:
    assert resolve_due(text, datetime.fromisoformat("2026-11-16T16:00").replace(tzinfo=TZ)) == due


# 昨晚 is last night; "找了一晚上" a length of time, not tonight. Sent at 07:30.
LAST_NIGHT = [
    ("宿舍一名学生昨晚没回来，同学最后见他是昨晚10点在食堂，请辅导员马上联系家长", None),
    ("老人走了一晚上了，家里人找了一晚上都没找到，大家帮忙留意", None),
    ("周一上午9点开会", _at("2026-11-16T09:00")),
]


@pytest.mark.parametrize(("text", "due"), LAST_NIGHT)
def test_last_night_and_a_whole_night(text: str, due: datetime | None) -> None:
    assert resolve_due(text, datetime.fromisoformat("2026-11-16T07:30").replace(tzinfo=TZ)) == due


# A question about what a deadline means sets none; the one asking waits for the answer.
DEADLINE_QUERIES = [
    "李科长，本周四下班前是按五点还是五点半算？",
    "国庆前是指30号前吧",
    "月底前是31号当天还是30号哦",
    "Is the 20th a hard cutoff? A couple of parents always pay late",
    "quick one, the timesheets are due Thursday 4pm, right?",
    "can you confirm the 3pm handover is firm?",
]


@pytest.mark.parametrize("text", DEADLINE_QUERIES)
def test_a_question_about_a_deadline_sets_none(text: str) -> None:
    assert resolve_due(text, datetime.fromisoformat(MONDAY).replace(tzinfo=TZ)) is None
