"""Colleagues' talk in shapes a notice also takes (work done, an answer, a question
without its mark) is chatter when the classifier leans to chatter, and kept when it
does not or when something in it still asks; an urgent word in a joke or named in
talk keeps nothing (issue 12)."""

from __future__ import annotations

import pytest

from nlp.chatter import settle_kind
from nlp.normalize import normalize_text
from nlp.types import Kind

# leaning to chatter, below the verdict's `sure`
LEANING = {
    "report": 0.04,
    "meeting": 0.02,
    "task": 0.06,
    "checkin": 0.02,
    "notice": 0.06,
    "chatter": 0.8,
}
# chatter the best kind, but far from sure of it
UNSURE = {
    "report": 0.1,
    "meeting": 0.05,
    "task": 0.2,
    "checkin": 0.05,
    "notice": 0.2,
    "chatter": 0.4,
}
CERTAIN = {
    "report": 0.0,
    "meeting": 0.0,
    "task": 0.005,
    "checkin": 0.0,
    "notice": 0.005,
    "chatter": 0.99,
}


def verdict(text: str, scores: dict[str, float]) -> Kind:
    return settle_kind(
        scores, normalize_text(text), text, has_due=False, sure=0.9, certain=0.97
    ).kind


TOLD = [
    # work done, told by those who did it
    "三组的台账传了，一共十二页",
    "南街路灯全部装完，明早再看一遍",
    "已核对过，名单没有重复的",
    "二组的照片都拍好了 一共九张",
    "posters up, 18 of 20, two frames broken",
    "keys returned, office locked",
    "All 12 leaflets boxes delivered. Corner shop took extra",
    "on site. Meter reads fine",
    # an answer opened by its yes or no
    "不用，系统会自动算",
    "不是这个月的，是上季度的",
    "能，线上也可以交",
    "it is. Second floor, left of the lift",
    "only if the weather holds",
    "checked with payroll, so yes the old rate",
    # the speaker's side, an answer that is a time, small talk
    "let me ring the depot first",
    "we've got the east side covered",
    "will be there 10ish, dropping the kids first",
    "4:30. the side door's open",
    "三点半，还在老地方",
    "今天集市的橘子好便宜",
    "手冻得字都写不好",
    "that new bakery is so good",
    # a question asked without its mark
    "下周六谁在站里",
    "签到表要复印几份",
    "do we log the late ones as well",
    "is that the same form as the spring one",
]


@pytest.mark.parametrize("text", TOLD)
def test_colleagues_talk_is_chatter_when_the_classifier_leans_to_it(text: str) -> None:
    assert verdict(text, LEANING) is Kind.CHATTER


@pytest.mark.parametrize("text", TOLD)
def test_the_same_talk_is_kept_when_the_classifier_is_unsure(text: str) -> None:
    # weak evidence: a notice takes these shapes too, so it never outweighs doubt
    assert verdict(text, UNSURE) is not Kind.CHATTER


@pytest.mark.parametrize(
    "text",
    [
        # the same shapes, still asking the group for something
        "表格都发了，各村今天下班前报回来",
        "不用带身份证，请大家八点到村部集合",
        "已通知到户，明天上午九点前各组把签字表交上来",
        "posters up in the lobby, everyone please check your floor by Friday",
        "is the hall booked for 3, all staff please attend",
        "谁家有漏雨的，马上报村委",
        # a chase of who covers, asked without a mark
        "who's covering Sunday, still two short",
        # the same question put to someone called out chases them
        "@三组-老周 你们报了几户",
        "@Priya @Tom which rooms did you two finish",
        # "anyone" in a ban, a call for hands
        "今晚谁都不准上堤",
        "谁离得近去看一下",
        "药落在家里了 哪个能去拿",
        # what is wanted is no work done
        "volunteers needed, Sat 9am at the hall",
        "extra chairs wanted for the Friday session",
    ],
)
def test_a_shape_of_talk_that_still_asks_is_kept(text: str) -> None:
    assert verdict(text, LEANING) is not Kind.CHATTER


@pytest.mark.parametrize(
    "text",
    [
        # an urgent word in a joke
        "紧急求助！！谁有胶水借我一下😂",
        "特急：我的茶杯又被谁拿走了😂",
        "URGENT: who took my charger 😂 I'm on 3%",
        # an urgent word named in talk: a notice pointed at, a service, a word quoted
        "你这个紧急通知吓我一跳，还以为出事了",
        "上回那个紧急演练的照片我这有几张",
        "I went to the urgent care place on the corner, my wrist is fine",
        "did the 'URGENT' email about the car park go to all of you too? I panicked",
    ],
)
def test_an_urgent_word_in_jest_or_named_keeps_no_talk(text: str) -> None:
    assert verdict(text, CERTAIN) is Kind.CHATTER


@pytest.mark.parametrize(
    "text",
    [
        "紧急！三组河堤渗水，请马上派人",
        "紧急通知：今晚十点起停水，各户提前储水",
        "URGENT: water main burst on King St, stay clear",
        "Urgent - I need two people at the gate right now",
    ],
)
def test_an_urgent_notice_is_still_kept(text: str) -> None:
    assert verdict(text, CERTAIN) is not Kind.CHATTER


@pytest.mark.parametrize("text", ["复印好了 马上送过去", "表在科长那 马上传", "签完字马上交"])
def test_the_speakers_own_haste_is_no_urgent_cue(text: str) -> None:
    assert verdict(text, CERTAIN) is Kind.CHATTER


@pytest.mark.parametrize("text", ["各组马上交", "请马上送过去", "你们马上传到群里"])
def test_haste_asked_of_others_is_still_urgent(text: str) -> None:
    assert verdict(text, CERTAIN) is not Kind.CHATTER
