"""Short chases the classifier is sure are talk: a unit asked after by its code, a
thing owed asked after, the units still behind, a countdown to the last one. They
stay notices; the colleagues' questions, promises and statuses that look like them
stay chatter."""

from __future__ import annotations

import pytest

from nlp.chatter import settle_kind
from nlp.due import simplified
from nlp.normalize import normalize_text
from nlp.types import Kind

# the classifier sure it is chatter (not certain), a report a distant second
SURE = {
    "report": 0.05,
    "meeting": 0.02,
    "task": 0.04,
    "checkin": 0.01,
    "notice": 0.02,
    "chatter": 0.86,
}


def verdict(text: str) -> Kind:
    normalized = simplified(normalize_text(text))
    return settle_kind(SURE, normalized, text, has_due=False, sure=0.75, certain=0.95).kind


@pytest.mark.parametrize(
    "text",
    [
        # a unit asked after by its code or its number
        "Ward 9?",
        "Bay 2??",
        "7C?",
        "Riverside SD4?",
        "第三网格？",
        "七团队？",
        "四(1)班？六(3)班？",
        "财务科？",
        # a thing owed asked after, alone or with the units that owe it
        "mileage claims?",
        "Unit 5 log?",
        "Northside, rosters?",
        "rosters? Alder and Birch",
        "Elm, Oak: photos?",
        "消防台账 传了没",
        # the units still behind, the last one counted down
        "just Westfield to go",
        "Waiting on Hillcrest for the bin returns 🙏",
        "last call, 3 min",
        "还剩石桥，五分钟",
        "二组还没见人，十分钟了",
        "@东坪村-刘书记 就剩你们村了",
        "一社 三社咋还没动",
        "东区 西区收到了 北区的呢",
        # places named bare, with the thing they owe
        "整改台账 岭脚 坳背 塘尾",
        "岭脚 坳背 塘尾，安全承诺书",
    ],
)
def test_short_chases_are_kept(text: str) -> None:
    assert verdict(text) is not Kind.CHATTER


@pytest.mark.parametrize(
    "text",
    [
        "do we need photos?",
        "link?",
        "which room?",
        "Room for one more?",
        "哪个科？",
        "On my way, 10 mins",
        "在核对最后一页，五分钟",
        "only HIPAA left, doing it at lunch",
        "waiting on a part for the boiler",
        "快递咋还没到",
        "周末 愉快",
    ],
)
def test_talk_like_them_stays_chatter(text: str) -> None:
    assert verdict(text) is Kind.CHATTER
