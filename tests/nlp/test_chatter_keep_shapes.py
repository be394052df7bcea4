"""What keeps a message the classifier calls chatter: asks, warnings and changes told in
shapes the older cues missed (a reply that goes on to a fresh ask of the group, an order
in radio shorthand, a chase by who has sent so far), and their look-alikes in talk."""

from __future__ import annotations

import pytest

from nlp.chatter import settle_kind
from nlp.normalize import normalize_text
from nlp.types import Kind
from tests.nlp.test_chatter import CONFIDENT, FOOLED, UNSURE


def verdict(text: str, scores: dict[str, float] = FOOLED) -> Kind:
    return settle_kind(scores, normalize_text(text), text, has_due=False, sure=0.6).kind


@pytest.mark.parametrize(
    "text",
    [
        # a reply that goes on to a fresh ask of the group
        "Cheers Priya. Could any warden near the east gate put the cones out?",
        "yes it's Tuesday 9am at the library, just turn up",
        "sure, 3pm in the yard, bring your team",
        "好 这几天你们天天去桥头看一眼",
        "行，小周你现在给食堂送两箱水过去",
        # an order in radio shorthand
        "ok. Bay 2 is finished for today, everyone to Bay 5",
        "Engine 4 respond, stage at the school car park",
        # a warning to others
        "Keep visitors away from the stairwell, the handrail's loose",
        "在二号楼三层的小会议室，别走错了",
        "急！三楼有个老人摔了 我在找担架",
        "各位同事帮忙看一下有没有人捡到一串钥匙",
        "Hot water out across Block C, all floors",
        "Anyone on level 4 who is able to help in recovery now?",
        "鱼塘那边有人掉冰窟窿了 来几个人",
        # a change, or a service running as usual
        "周五的培训挪到三楼大会议室了 时间不变",
        "复查是阴性 明天幼儿园正常开放",
        "The council has issued the new bin timetable, copy on the noticeboard",
        # a chase by who has sent so far
        "leave forms? only Harbour Road has sent",
        "only 5 of 12 have booked a slot",
        "消防台账目前就收到河西一个村",
        "Block A and Block D, your drain lists tomorrow latest",
        "Winter prep: West done, East still to confirm grit count",
        "Appraisals - 4 of you still not done",
    ],
)
def test_a_fresh_ask_warning_or_change_is_kept(text: str) -> None:
    assert verdict(text) is not Kind.CHATTER


@pytest.mark.parametrize(
    "text",
    [
        # a favour asked for oneself, not hands for the group's work
        "Can anyone swap my Friday late shift? wedding",
        "Anyone up for coffee now?",
        # thanks for the help given, a request to a superior
        "谢谢各位帮忙 辛苦了",
        "罗股长，能不能来两个人帮我们录入",
        # a habit asked after, not an order
        "你每天去健身房吗",
        # the season's state of things, not an outage
        "Heating is off for the summer till October",
        "Is everyone to bring lunch?",
        # one's own share reported, no chase
        "sent mine, only the photos left",
    ],
)
def test_look_alikes_in_talk_stay_chatter(text: str) -> None:
    assert verdict(text) is Kind.CHATTER


def test_a_notice_kept_for_what_it_tells_has_nothing_due() -> None:
    text = "复查是阴性 明天幼儿园照常开放"
    scores = {**UNSURE, "notice": 0.3, "task": 0.1}
    kept = settle_kind(scores, normalize_text(text), text, has_due=True, sure=0.6)
    assert kept.kind is Kind.NOTICE and not kept.due_kept


def test_a_certain_classifier_still_outweighs_a_fresh_ask() -> None:
    text = "Keep visitors away from the stairwell"
    kept = settle_kind(CONFIDENT, normalize_text(text), text, has_due=False, sure=0.6, certain=0.9)
    assert kept.kind is Kind.CHATTER
