"""Colleagues' accounts of how things stand are chatter; the chases and notices that
share their words stay kept (nlp/chatter/_account.py, the speaker's own "chasing",
a hazard told over)."""

from __future__ import annotations

import pytest

from nlp.chatter import settle_kind
from nlp.normalize import normalize_text
from nlp.types import Kind
from tests.nlp.test_chatter import FOOLED, UNSURE


def verdict(text: str, scores: dict[str, float] = UNSURE) -> Kind:
    return settle_kind(scores, normalize_text(text), text, has_due=False, sure=0.75).kind


@pytest.mark.parametrize(
    "text",
    [
        # a tally of people or households where they are, moved or done
        "河湾片撤出来42户113人",
        "Block C: 23 families in the school hall",
        "五组应到56 实到54",
        "高一今天87%",
        # work under way, said by those doing it
        "Checking the car park and the bus shelter",
        "还在排查 线路有点长",
        "van's playing up again, working on it",
        "9 in so far, waiting on one more",
        # a hedged answer, the times one is free
        "Probably the 12th, will confirm",
        "should be sorted by 4",
        "礼拜三、礼拜四下午都行",
        "Tue morning + Wed any time",
        # what a camera shows
        "camera has him leaving by the side door at 6:40",
    ],
)
def test_an_account_of_how_things_stand_is_chatter(text: str) -> None:
    assert verdict(text) is Kind.CHATTER


@pytest.mark.parametrize(
    "text",
    [
        # the speaker's own round of chasing
        "3B at 20/24, chasing the last four",
        "all back except the caterer one, chasing",
        # a hazard told over
        "灶台着火了 已经扑灭了，人没事",
        "Wheelie bin caught fire behind the shop, out now, nobody hurt",
    ],
)
def test_own_chasing_or_a_hazard_over_is_chatter_when_the_classifier_is_sure(text: str) -> None:
    assert verdict(text, FOOLED) is Kind.CHATTER


@pytest.mark.parametrize(
    "text",
    [
        # a tally that chases who is behind, or guesses who is coming
        "Forms: 11 of 15 in, still 4 short",
        "签字的 还差6户",
        "they're coming for the 2pm, about 40 people",
    ],
)
def test_a_tally_of_who_is_behind_or_coming_is_kept_when_unsure(text: str) -> None:
    assert verdict(text) is not Kind.CHATTER


@pytest.mark.parametrize(
    "text",
    [
        # someone chasing the group
        "Timesheets by noon please lads, payroll are chasing",
        "Mira did the bed counts go in? Finance chasing",
        "Chasing: Ward 2 and Ward 6 rotas",
        # a tally or account that asks something
        "转移了18户 各组今晚必须有人值守",
        "Checking the car park now, can everyone stay inside please",
        # a hazard still on, or one told over with an order left
        "后山冒烟了 谁离得近去看看",
        "火灭了 大家今晚轮流守着 防止复燃",
        # a call-out with a tally
        "@西坪-老罗 你们组转移了几户",
    ],
)
def test_a_chase_or_ask_among_the_figures_is_kept(text: str) -> None:
    assert verdict(text) is not Kind.CHATTER
    assert verdict(text, FOOLED) is not Kind.CHATTER
