"""Due shapes as people type them: dialect day words, countdowns in hours said aloud,
"within the hour", a weekday's own 24-hour clock after a comma, a weekday naming its
numeric date, and holidays that name a meeting's topic rather than a deadline.

Each row is a message and its due moment (None: no due). Unless a row says
otherwise the message is sent on Monday 16 November 2026 at 09:00 (+08:00).
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


CHANGED = [
    # dialect day and period words
    ("天光日朝晨九点 祠堂门口集合 莫迟到", _at("2026-11-17T09:00")),
    ("明朝下半天三点居委会碰个头", _at("2026-11-17T15:00")),
    ("低保表礼拜三后晌四点前交到村部", _at("2026-11-18T16:00")),
    ("明儿后晌两点前把名单报上来", _at("2026-11-17T14:00")),
    ("今天后晌把横幅挂上", _at("2026-11-16T17:30")),
    ("Hose test Sat arvo 1pm at the shed", _at("2026-11-21T13:00")),
    ("rosters to me by Wed arvo thanks", _at("2026-11-18T17:30")),
    ("sausage sizzle setup is 2 this arvo, need hands", _at("2026-11-16T14:00")),
    # countdowns in hours as said aloud, and "within the hour"
    ("还有一个钟，三组的照片还没发", _at("2026-11-16T10:00")),
    ("还有一个半钟头，没填的抓紧", _at("2026-11-16T10:30")),
    ("最后两个钟头了！还没投的快投", _at("2026-11-16T11:00")),
    ("表格还有不到一钟头就要交", _at("2026-11-16T10:00")),
    ("Please confirm your bay numbers within the hour", _at("2026-11-16T10:00")),
    # a weekday or date in English with its 24-hour clock after a comma
    ("First aid refresher – Wednesday 18th, 0730 in the crib room", _at("2026-11-18T07:30")),
    ("Budget returns to me by Thu Nov 19, 1500. Late ones go to Finance", _at("2026-11-19T15:00")),
    # a weekday names which way round a numeric date reads
    ("Please return the trip slips by Friday 11/27 so we can book", _at("2026-11-27")),
    ("Leave requests due Tuesday 1/12, after that it's first come", _at("2027-01-12")),
    # a holiday that names a meeting's topic; the meeting has its own date
    ("定于11月20日（周五）上午9点召开春节前安全生产部署会，各村书记参加", _at("2026-11-20T09:00")),
    ("明天上午8点半开周例会，主要部署元旦前安全稳定工作", _at("2026-11-17T08:30")),
    # "within N hours of" something else is a standing rule, not a deadline
    ("Visitors from abroad must be registered within 24 hours of arrival", None),
    ("Incident forms go on the system within 3 working days of each callout", None),
]

UNCHANGED = [
    ("还有30分钟截止", _at("2026-11-16T09:30")),
    ("春节前把慰问走访全部完成", _at("2027-02-05")),
    ("reply within 2 hours of getting this please", _at("2026-11-16T11:00")),
    ("Visits: today, 1200 forms to go", _at("2026-11-16")),
    ("明朝的历史讲座，大家自愿参加", None),
    ("安置点每两个钟头巡一遍", None),
    ("Submit by Friday please", _at("2026-11-20")),
    # someone else arriving within the hour sets the reader no deadline
    ("The plumber is coming within the hour, someone let him in", None),
]


@pytest.mark.parametrize(("text", "expected"), CHANGED + UNCHANGED)
def test_due(text: str, expected: datetime | None) -> None:
    sent = datetime.fromisoformat(MONDAY).replace(tzinfo=TZ)
    assert resolve_due(text, sent) == expected
