"""False dues (issue 12): times that name no deadline of the reader.

A schedule said in more ways (nlp/due/_patterns.py RECURRING), a part of today or a
past year told as when something happened (nlp/due/_happened.py), a place's own hours
and an event told for information (nlp/due/_told_only.py), a ban or a state for the
day and another party's expected time (nlp/chatter/_state_time.py), and a follow-up
that answers for the speaker's own part (nlp/dedup/_own_part.py).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from nlp.chatter._state_time import tells_state_time
from nlp.dedup import answers_for_own_part
from nlp.due import resolve_due, simplified
from nlp.normalize import normalize_text
from nlp.types import Kind


def _due(text: str, sent: str) -> datetime | None:
    return resolve_due(text, datetime.fromisoformat(sent))


@pytest.mark.parametrize(
    "text",
    [
        "另外提醒：护理部“护理微课”小程序每天要刷满20分钟，护理部每周一截数据，这个是长期的",
        "提醒一下 入户宣传照片每天都得发 晓峰今天的还没见着",
        "From this week all POs clock in on the TC app by 9am daily, geofenced to the zone.",
        "please do the vaccine fridge temperature check twice a day (8am and 2pm)",
        "Evacuee count every 3 hours starting 6pm, use the google form",
        "县教育局公众号今晚推送了网络投票，请各校组织全体教职工每人每天投票一次",
    ],
)
def test_a_demand_on_a_schedule_has_no_single_due(text: str) -> None:
    assert _due(text, "2026-12-01T08:00:00+08:00") is None


def test_a_closing_day_named_by_its_weekday_or_tomorrow_still_ends_a_schedule() -> None:
    vote = "请各村发动党员群众每天投票，投票截图周四前发我汇总"
    assert _due(vote, "2026-12-01T08:00:00+08:00") == datetime.fromisoformat(
        "2026-12-03T23:59:00+08:00"
    )
    roster = "县里要春节期间村级值班表，明天上午10点前报组织办，每天要有一名村干部带班"
    assert _due(roster, "2026-12-01T20:00:00+08:00") == datetime.fromisoformat(
        "2026-12-02T10:00:00+08:00"
    )
    # a day on a schedule of its own closes nothing
    weekly = "各村：地灾隐患点改成每周一巡查一次，巡查表每周一下班前发我"
    assert _due(weekly, "2026-12-01T08:00:00+08:00") is None


@pytest.mark.parametrize(
    ("text", "sent"),
    [
        ("那段路（K12弯道）早上塌了一大块，石头堵了半边路。各村跟村民讲绕拉仁那边走。", "07:42"),
        ("兴工社区82岁孙姓老人今早走失 黑羽绒服 拄拐 看见了请联系兴工社区", "09:26"),
        ("庙坪三社后头那个坡 夜里溜下来了 土把路埋了半截 班车过不去", "07:48"),
        ("A Lassa fever case was confirmed at Ikorodu General Hospital this morning.", "09:40"),
        ("Mother brought them to the PHC this evening. I'm suspecting measles", "18:20"),
        ("去年清明前那场山火就是从我们村后山烧过去的 今年要早点打隔离带", "10:05"),
    ],
)
def test_a_part_of_today_or_a_past_year_told_as_what_happened_is_no_due(
    text: str, sent: str
) -> None:
    assert _due(text, f"2026-12-14T{sent}:00+08:00") is None


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("积分截图还差5个党员没发，今天最后一天了", "2026-12-14T23:59"),
        ("@卫生院-电工老胡 今天上午把发电机电瓶换了 以后每周试机一次", "2026-12-14T12:00"),
    ],
)
def test_a_part_of_today_that_is_the_limit_stays(text: str, due: str) -> None:
    assert _due(text, "2026-12-14T07:30:00+08:00") == datetime.fromisoformat(f"{due}:00+08:00")


def test_a_place_s_own_hours_are_no_due_but_a_list_that_closes_is() -> None:
    sent = "2026-11-04T17:00:00+00:00"
    assert _due("Leith office closes at 3pm tomorrow (Thu) for the boiler repair", sent) is None
    assert _due("Reminder we close at 5 tomorrow, Christmas Eve hours.", sent) is None
    ride = "Ride list for the warming centre closes at 6 tonight. Walt, anything from you?"
    assert _due(ride, "2026-11-04T15:00:00+00:00") is not None
    chase = "Emergency cards still missing from Room B-12. Office closes for break at 2."
    assert _due(chase, "2026-11-04T09:00:00+00:00") is not None


def test_someone_else_s_event_told_for_information_is_no_due() -> None:
    text = "Also FYI there's a carnival at Jurong Central Park on 12 Dec. Not a library event."
    assert _due(text, "2026-11-30T10:22:00+08:00") is None


def _state(text: str, kind: Kind = Kind.TASK) -> bool:
    return tells_state_time(kind, simplified(normalize_text(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Noro on 6A Do NOT take any transfers from 6A today, even if bed mgmt ring.",
        "滑坡体下面的几户立即转移 学生今天先不上学 跟学校说一声",
        "外湾漂走的渔排在东冲口搁浅了 风还没停透 今天上午还不能下海 等通知",
        "scaffolding going up on Block B today, keep the kids away from the side path",
        "Vaccine fridge 2 reading 11 degrees this morning. Nobody use stock from it",
        "giant hail + destructive winds, ETA 4:30ish. all DM staff to the ops room now",
    ],
)
def test_a_ban_a_state_or_another_party_s_time_is_no_due(text: str) -> None:
    assert _state(text)


@pytest.mark.parametrize(
    "text",
    [
        "百岁老人长寿补贴的表也是今天，有百岁老人的社区别漏了",
        "Tomorrow 7:30am medical check-up bus, Admin Building. Don't eat breakfast!",
        "医保没交的原因还没报回来，明天就到期了，今晚能不能发我",
        "林长的本子 莫叔韦姐的还没交 今天月底了",
        "ZAMMSA delivery truck comes Tuesday 22 December from 08:00. You must be present",
    ],
)
def test_a_reminder_or_an_ask_for_the_day_keeps_its_due(text: str) -> None:
    assert not _state(text)


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("小河还差三组，马上", True),
        ("二社还差三户 五点前搞完", True),
        ("林老师，我的消防员表格也还没交，等下一起拿去GO", True),
        ("扫着呢", True),
        ("还差柳溪、石门", False),
        ("@小河三组-组长拴牢 叔，三组多少亩？镇上催了", False),
        ("公众号截图屿头社区还有4家企业没报 马上下班了", False),
    ],
)
def test_a_follow_up_that_answers_for_its_own_part_chases_nobody(text: str, own: bool) -> None:
    assert answers_for_own_part(text) is own
