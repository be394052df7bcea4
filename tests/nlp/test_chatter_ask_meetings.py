"""Meetings told apart from tasks, reports and notices by what the message asks."""

from __future__ import annotations

import pytest

from nlp.chatter._ask import settle_ask
from nlp.normalize import normalize_text
from nlp.types import Kind


def ask(kind: Kind, text: str) -> Kind:
    return settle_ask(kind, normalize_text(text))


@pytest.mark.parametrize("kind", [Kind.REPORT, Kind.TASK])
@pytest.mark.parametrize(
    "text",
    [
        "市司法局举办基层调解员业务培训班，名额15人，请各村于下周三前报名，报名表发小林。",
        "区文旅局举办非遗传承人座谈会，名额12人，请各社区在本月20日前报名。",
        "县农技站举办果树冬季修剪讲座，请有意向的种植户于周五前报名。",
        "各乡镇：县总工会召开职工代表工作会，请各单位确定参会人选后报名，名单周四前报工会办。",
    ],
)
def test_a_sign_up_for_a_training_or_meeting_a_unit_holds_is_a_meeting(
    kind: Kind, text: str
) -> None:
    assert ask(kind, text) is Kind.MEETING


@pytest.mark.parametrize(
    "text",
    [
        # a contest: the entrants' names are the report
        "全市护理技能竞赛定于下月举行，请各医院于15日前将参赛人员报名表报护理部。",
        # a sign-up with no training or meeting held behind it
        "今年的免费体检开始登记了，想参加的报名，名单周五前交村委会。",
        # the training's budget, not the training: the noun does not end the phrase
        "举办培训的经费已经拨下来了，报名的人员名单下周一前报财务科。",
    ],
)
def test_other_sign_ups_stay_reports(text: str) -> None:
    assert ask(Kind.REPORT, text) is Kind.REPORT


def test_a_held_training_without_a_sign_up_is_left_to_the_classifier() -> None:
    text = "县应急局举办防汛业务培训，请各村把去年的台账整理好。"
    assert ask(Kind.TASK, text) is Kind.TASK


@pytest.mark.parametrize(
    "text",
    [
        "根据11月3日专题会议要求，请各站所于周五下班前报送冬季用电隐患台账至应急办。",
        "各学校：按照全区教育工作推进会精神，请于下周二前上报寒假安全责任书签订情况。",
        "As agreed in the minutes from last Monday's meeting, please submit budgets by Friday.",
    ],
)
def test_a_past_meeting_as_the_source_of_a_hand_over_is_a_report(text: str) -> None:
    assert ask(Kind.MEETING, text) is Kind.REPORT


@pytest.mark.parametrize(
    "text",
    [
        "Short recap of last Wednesday's residents' meeting: the lift repair is booked for March.",
        "Feedback from yesterday's depot meeting: the new rota starts in January.",
    ],
)
def test_a_recap_of_a_past_meeting_that_asks_nothing_is_a_notice(text: str) -> None:
    assert ask(Kind.MEETING, text) is Kind.NOTICE


@pytest.mark.parametrize(
    "text",
    [
        # the meeting to come, in the room named after meetings
        "明天上午9点在三楼会议室开安全工作会，请各村书记准时参加。",
        "Residents' meeting next Tuesday 7pm in the hall, please come.",
        # a recap that still asks people to come
        "Recap of last week's meeting is on the board; please be at the next one on Monday at 6.",
    ],
)
def test_a_meeting_to_attend_stays_a_meeting(text: str) -> None:
    assert ask(Kind.MEETING, text) is Kind.MEETING
