"""Chatter kept as a notice by a keep cue it only talks about: a hazard named in a
reply or a grumble, a unit's own part still behind, a "please" in a favour or a
question, a notice told as passed on, a year remembered. Invented examples."""

from __future__ import annotations

import pytest

from nlp.chatter import settle_kind
from nlp.normalize import normalize_text
from nlp.types import Kind

# The classifier leans to chatter, short of the certainty that outweighs every cue.
LEANS = {
    "report": 0.03,
    "meeting": 0.02,
    "task": 0.05,
    "checkin": 0.01,
    "notice": 0.04,
    "chatter": 0.85,
}


def verdict(text: str) -> Kind:
    return settle_kind(
        LEANS, normalize_text(text), text, has_due=False, sure=0.75, certain=0.95
    ).kind


@pytest.mark.parametrize(
    "text",
    [
        # a hazard word in a question, the speaker's own doings or a joke
        "我们村不在停电范围吧？",
        "我家楼下还停电 冰箱的肉要坏了",
        "Is the flood one the same form as last week's?",
        # an outage grumbled at as one more
        "又断电 前天才断过",
        "唉又停水",
        # a unit's own part still behind, with why or when
        "五组还差两户 都在外地打工",
        "马上，还差一个班的表",
        "三班还差四份 今晚一定补齐",
        # a "please" in a favour, a question or a reply
        "I'm stuck in clinic, save me a samosa please",
        "Please is the canteen open on Sunday?",
        "Yes please, the short version is fine",
        # a notice told as passed on; a year remembered
        "四组的家长都通知到了",
        "Remember the 2019 snow? We slept in the office",
    ],
)
def test_talk_about_a_keep_cue_is_chatter(text: str) -> None:
    assert verdict(text) is Kind.CHATTER


@pytest.mark.parametrize(
    "text",
    [
        # an outage told with what to do about it
        "又停电了，大家把冰箱里的疫苗转到备用柜",
        # a chase of the units behind, hurried or bare
        "五组还差两户，快点",
        "还差石门 柳沟",
        # told to pass it on
        "各组务必通知到每一户",
        # a reminder, and an order by a limit the one addressed sets
        "Remember to bring your ID tomorrow",
        "Thanks all. Sam please file the incident form before you leave",
        # a unit asked how far it has got
        "第二网格几户了？",
        # a hazard the speaker calls for help with
        "有车的帮着找找，我奶奶早上出门还没回来",
        # a hazard happening now, said by the speaker
        "我这边后山着火了，烟很大",
    ],
)
def test_near_misses_stay_kept(text: str) -> None:
    assert verdict(text) is not Kind.CHATTER
