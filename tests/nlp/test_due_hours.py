"""Which hour a bare clock means, and the close of business said without 前 (issue 12).

Office hours make a bare "3点" 15:00; before dawn they do not: a call-out typed at
05:40 for "6.10" means the coming 06:10. A zero-padded "05:02" is a 24-hour clock.
"下班" and "EOD" are the close of business however the sentence runs on. A figure
like "8.30" gone by as a date ("assembly 8.30 at L47" sent in December names no
30 August) is a time of day; one still ahead ("11.20前") stays a date.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from nlp.due import resolve_due

TZ = timezone(timedelta(hours=8))


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=TZ)


@pytest.mark.parametrize(
    ("text", "sent", "due"),
    [
        ("Need everyone to get the dairy pallets into Chiller 1 by 6.10", _at(18, 5, 40),
         _at(18, 6, 10)),
        ("都起了没 六点半村部 麻溜的", _at(18, 5, 50), _at(18, 6, 30)),
        ("Everyone at your stations by 6, polls open at 6", _at(18, 5, 15), _at(18, 6)),
        ("今天6点半村部集合扫雪", _at(18, 5, 0), _at(18, 6, 30)),
        # beyond two hours, or typed once the day has begun: office hours again
        ("3点开会", _at(18, 0, 30), _at(18, 15)),
        ("3点开会", _at(18, 9, 0), _at(18, 15)),
        # a 24-hour clock stays as written, whenever it is typed
        ("请于17时以前整改完毕", _at(18, 5, 0), _at(18, 17)),
        ("明天05:30集合", _at(18, 9, 0), _at(19, 5, 30)),
    ],
)
def test_the_hour_a_clock_means(text: str, sent: datetime, due: datetime) -> None:
    assert resolve_due(text, sent) == due


@pytest.mark.parametrize(
    ("text", "sent", "due"),
    [
        # "by 10" told to the people who must: a limit, not ten lads
        ("Timesheets on my desk by 10 lads, signed. I check them before 12 o'clock",
         _at(18, 8, 50), _at(18, 10)),
        # an evening said of the speaker's own plans still lends its period to the clock
        ("理赔材料今天最后一天！二组还差5户，晚上我在村委等到9点", _at(18, 9, 0), _at(18, 21)),
    ],
)
def test_a_limit_and_an_evening_said_in_passing(text: str, sent: datetime, due: datetime) -> None:
    assert resolve_due(text, sent) == due


def test_a_small_hours_log_time_is_past() -> None:
    text = "7B bed 15 transferred to MICU 05:02, stable. Family informed"
    assert resolve_due(text, _at(18, 5, 4)) is None


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("信息采集今天下班截止，弄怀村还没报", _at(18, 17, 30)),
        ("表格今天下班交", _at(18, 17, 30)),
        ("提醒：评审slide今天EOD截止，目前收到3份", _at(18, 17, 30)),
        ("Fire drill today 10.30. Don't start any new procedures after 10.15 please",
         _at(18, 10, 30)),
    ],
)
def test_close_of_business_and_dotted_clocks(text: str, due: datetime) -> None:
    assert resolve_due(text, _at(18, 9, 0)) == due


def test_a_shift_handover_is_no_close_of_business() -> None:
    assert resolve_due("下班交接一下钥匙", _at(18, 9, 0)) is None


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Morning all, assembly 8.30 at L47, lift queue already long", _at(18, 8, 30)),
        ("Tomorrow then folks - 8.30 at the surgery, same drill as last time", _at(19, 8, 30)),
        ("请各村11.20前把名单报镇里", _at(20, 23, 59)),
    ],
)
def test_a_dotted_figure_gone_by_as_a_date_is_a_time(text: str, due: datetime) -> None:
    assert resolve_due(text, _at(18, 7, 25)) == due
