"""Colleagues' remarks (an all-clear, a complaint, a memory, running late, surprise at a
time, an outing, a rumour) are chatter when the classifier is unsure; the notices that
share their words stay kept (nlp/chatter/_remark.py)."""

from __future__ import annotations

import pytest

from nlp.chatter import chatter_evidence, settle_kind
from nlp.normalize import normalize_text
from nlp.types import Kind
from tests.nlp.test_chatter import UNSURE


def verdict(text: str) -> Kind:
    return settle_kind(UNSURE, normalize_text(text), text, has_due=False, sure=0.75).kind


@pytest.mark.parametrize(
    "text",
    [
        # an all-clear: the incident is over, nobody hurt
        "Kitchen fire out, nobody hurt",
        "Bin store smoke was a bonfire next door, no injuries",
        "找到了 在他舅舅家 人没事",
        "厨房那边灭了，没人受伤",
        "三组平安",
        # a complaint
        "the scanner keeps freezing on page two",
        "Bay 4 is going to be the headache as usual",
        "东片空房多，礼拜六有点紧",
        # a memory
        "Last year the car park was under water for two days",
        "去年那场雪把村口的棚子都压塌了",
        # running late
        "stuck behind a tractor, running 15 late",
        "might be 5 mins late, school run",
        # surprise at a time or a repeat
        "noon?? it was 4 last time",
        "again?? we only did it in March",
        # an outing, a rumour
        "who's coming for curry after the shift",
        "heard the canteen is getting a new coffee machine",
    ],
)
def test_a_remark_is_chatter_when_the_classifier_is_unsure(text: str) -> None:
    assert verdict(text) is Kind.CHATTER


@pytest.mark.parametrize(
    "text",
    [
        # an all-clear that still takes a service out of use
        "Both out of the lift, no injuries. Lift 3 suspended till the engineer comes",
        "人没事 二号电梯暂停使用",
        # a check heard of is a heads-up
        "听说下礼拜县里要来抽查台账",
        "heard the audit team are in on Thursday",
        # a chase of a name is no surprise
        "Rob??",
    ],
)
def test_a_remark_that_still_warns_is_no_evidence(text: str) -> None:
    assert chatter_evidence(normalize_text(text), text) != "remark"


@pytest.mark.parametrize(
    "text",
    [
        # a remark beside an ask or a hazard happening is still a notice
        "Last year the lane flooded, everyone move cars off Mill Rd by 6",
        "去年这里着过火，今年各村务必提前打好隔离带",
        "nobody hurt but please keep away from the east stairs until it is checked",
    ],
)
def test_a_remark_beside_an_ask_is_kept(text: str) -> None:
    assert verdict(text) is not Kind.CHATTER


@pytest.mark.parametrize(
    "text",
    [
        # the speaker on the way, or able or not
        "coming, 10 min",
        "15 mins, just leaving the clinic",
        "Can't, on the phone with the insurer till 3",
        "Can do, my lot Tue/Wed",
        # thanks to all closing news of work done
        "Clean-up done, 40 bags off the river path. Thanks all",
        "Drill went well, everyone out in 4 minutes. Thank you everyone!",
        # the speaker's own next step, a joke
        "8 left, will knock again tomorrow",
        "名单核了一遍，等下报街道",
        "Any chance of a long weekend in March? Asking for a friend",
        # a question first, then the asker's reason
        "who has the van keys? need to fetch the chairs",
        "会议室的投影谁用过？遥控器不在抽屉里",
        "again? we only sent it in June",
    ],
)
def test_talk_of_ones_own_and_questions_with_a_reason_are_chatter(text: str) -> None:
    assert verdict(text) is Kind.CHATTER


@pytest.mark.parametrize(
    "text",
    [
        # an event told in minutes, a lateness that moves the start, a reopening
        "Fire warden briefing in the hall in 10 mins",
        "Chair is running 20 mins late so we will start at 3:20 instead",
        "East wing corridor open again, all fine",
        "heard the trust board are doing ward visits next week",
        # a chase typed as a question first
        "Sam where are you? it's getting dark",
        "二组的撤回来没有？说一声",
        "who's on Sunday? Al? Bo? still 2 short",
        "Ravi can you take the back stairs? the lift is off",
    ],
)
def test_look_alikes_that_tell_or_chase_are_no_remark(text: str) -> None:
    assert chatter_evidence(normalize_text(text), text) != "remark"


@pytest.mark.parametrize(
    "text",
    [
        # a bare time as an answer, a matter put off
        "礼拜四下午",
        "2月3号 礼拜二",
        "春节后再说",
        "路通了再弄 别急",
        # work under way, in Chinese
        "总闸关了 物业在抽水",
        "北片正在转 有两户老人在做工作",
    ],
)
def test_a_bare_answer_a_matter_put_off_and_work_under_way_are_chatter(text: str) -> None:
    assert verdict(text) is Kind.CHATTER
