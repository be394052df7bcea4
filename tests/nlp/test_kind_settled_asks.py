"""Kind confusions between the notice kinds: work done before the hand-over stays a task,
an event open to whoever wishes or moved for good is a notice, and a long text that asks
someone to act now is no document passed on."""

from __future__ import annotations

import pytest

from nlp.chatter import settle_kind
from nlp.chatter._ask import settle_ask
from nlp.normalize import normalize_text
from nlp.types import Kind


def ask(kind: Kind, text: str) -> Kind:
    return settle_ask(kind, normalize_text(text))


def verdict(best: Kind, text: str) -> Kind:
    """The kind of a text the classifier is fairly sure is ``best``, with no due found."""
    scores = {k.value: 0.02 for k in Kind}
    scores[best.value] = 0.9
    return settle_kind(scores, normalize_text(text), text, has_due=False, sure=0.6).kind


@pytest.mark.parametrize(
    "text",
    [
        # people moved, a hill walked, households phoned or chased, a fire fought
        "水库要泄洪 河边那六户今晚十点前全部转走 安置到小学 转完的人数报给我",
        "这个礼拜六礼拜天各组上山巡一遍 看到有人烧纸的劝回去 劝不住的报我",
        "降温了 各组今晚把独居的老人电话问一遍 问完报个数给小陈",
        "新农合还有十几户没缴 各组长再催一下 礼拜四之前报我",
        "北山坡上冒烟了 护林队马上上去扑救 情况随时报我",
        "宣传海报在村部 各组长来拿 周四前贴好 贴完发我看看",
        # a list the speaker hands out, not one asked for
        "养老保险还有二十来人没交，名单我私发给你们了，月底截止",
        # others pushed to sign up
        "今年的技能培训报名还差不少，各村最后冲刺一下，离任务数还远",
    ],
)
def test_work_done_before_the_hand_over_stays_a_task(text: str) -> None:
    assert ask(Kind.TASK, text) is Kind.TASK


@pytest.mark.parametrize(
    "text",
    [
        # near misses: only names or a count handed over
        "镇里要各组在外务工的人数 礼拜三前报给我",
        "各组把明年种烤烟的户数报上来 周五截止",
        "新春联欢会的节目报名 周五前找小李报名",
    ],
)
def test_a_hand_over_alone_is_still_a_report(text: str) -> None:
    assert ask(Kind.TASK, text) is Kind.REPORT


@pytest.mark.parametrize(
    "text",
    [
        "下周六县医院眼科专家来乡卫生院免费筛查白内障，上午9点到12点，群众自愿参加",
        "区就业局12月3日在文化广场办春季招聘会，供有意向的群众参考",
        "The library's storytelling afternoon is Saturday 3pm, open to the public",
        "Dental checks Tuesday in the hall, I will fetch the kids, no need to send anyone",
        "从下周起，科室交班会由每周二上午调整为每周三上午8点，地点不变",
        "From next week the safety huddle will be every Thursday at 7:30 instead of Wednesday",
    ],
)
def test_an_event_open_to_whoever_wishes_or_moved_for_good_is_a_notice(text: str) -> None:
    assert ask(Kind.MEETING, text) is Kind.NOTICE


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the others are told who must go; a one-off move; staff welcome to join
        "明天上午九点县里来验收，请东岭村书记在村部等候，其他村不用去",
        "本周的例会改到周四下午三点，在二楼会议室",
        "Weekly ops meeting moved to Thursday 10am this week only, same room",
        "Volunteer lunch Friday noon in room 2, staff welcome to drop in, please bring a plate",
    ],
)
def test_a_meeting_to_attend_stays_a_meeting(text: str) -> None:
    assert ask(Kind.MEETING, text) is Kind.MEETING


_INCIDENTS = [
    "Boiler room alarm at the east wing, smoke coming from under the door and the corridor "
    "is filling up. Fire service called and on their way, residents on that side moved to "
    "the lounge. Tom shut the gas valve by the back door now and keep everyone away from the "
    "stairwell until the crew gets here, I'm coming in.",
    "Mrs Hale from Orchard Row (the lady with memory problems) has not come home since about "
    "five o'clock, her son has just rung the office. Police have been told. Could anyone who "
    "is free walk the riverside path from the bridge to the allotments and post here if you "
    "see her? Green coat, red handbag.",
]


@pytest.mark.parametrize("text", _INCIDENTS)
def test_a_long_text_asking_someone_to_act_now_is_no_document(text: str) -> None:
    assert verdict(Kind.TASK, text) is Kind.TASK


def test_a_long_text_that_asks_nothing_now_is_still_a_document() -> None:
    text = (
        "Winter service plan for the depot: gritting routes are unchanged from last year, the "
        "salt barn was restocked in October and the new ploughs arrive in the second week of "
        "December. Standby rotas follow the usual pattern and the full plan is on the shared "
        "drive for anyone who wants to read it. The warning system is now in force for the season."
    )
    assert verdict(Kind.TASK, text) is Kind.NOTICE
