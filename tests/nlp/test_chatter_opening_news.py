"""News told by the one who opens the talk (someone hurt, help called, a service out of
use, a car asked for) keeps a message the classifier calls chatter; the same words
right after another member's message answer it and stay chatter. Also: others hurried up
or down, and a last call after the thing called for."""

from __future__ import annotations

import pytest

from nlp.chatter import settle_kind
from nlp.chatter._opening import opening_news
from nlp.due import simplified
from nlp.normalize import normalize_text
from nlp.place import OPENS, opens_talk
from nlp.types import Kind
from tests.nlp.test_chatter import CONFIDENT, FOOLED


def verdict(
    text: str, place: str | None, scores: dict[str, float] = FOOLED, *, certain: float = 1.0
) -> Kind:
    normalized = simplified(normalize_text(text))
    return settle_kind(
        scores, normalized, text, has_due=False, sure=0.6, certain=certain, place=place
    ).kind


NEWS = [
    # someone hurt or taken ill, told as the speaker's own account
    "菜场门口一个老人摔倒了 我刚打了120",
    "二组有个娃娃掉塘里了 捞上来了 救护车叫了",
    "王伯在田里晕倒了 我在他旁边",
    "Kid fell off the climbing frame in the yard, arm looks broken",
    "Man collapsed outside the library, I've called an ambulance",
    # a service out of use
    "3号楼电梯停用 等检修",
    "Lift 2 out of service till Monday",
    "Side gate suspended pending the locksmith",
    # a way shut for the day
    "二号桥今天封了",
    "新街那段今天挖管子 车过不去",
    "Gym closed till Thursday, roof leak",
    "Library shut today",
    # someone or a car asked to be sent
    "村口有户老人发烧走不动 卫生院能不能派车",
    "Woman in labour at 14 Hill St, can control send an ambulance",
]


@pytest.mark.parametrize("text", NEWS)
@pytest.mark.parametrize("place", [OPENS, "self:20"])
def test_news_that_opens_the_talk_is_kept(text: str, place: str) -> None:
    assert verdict(text, place) is not Kind.CHATTER


@pytest.mark.parametrize("text", NEWS)
@pytest.mark.parametrize("place", ["other:5", None])
def test_the_same_words_after_someone_else_are_an_answer(text: str, place: str | None) -> None:
    # after another member's message (or where it falls is unknown) the words alone decide:
    # these have none of the other cues, so the classifier's chatter stands
    normalized = simplified(normalize_text(text)).lower()
    assert opening_news(normalized, place) is None


@pytest.mark.parametrize(
    "text",
    [
        # the all-clear of a hurt, a smoke alarm, a past fall: no news
        "片子出来了 没骨折 观察一下",
        "冇出血 冇事",
        "报警器没电了 换了电池",
        "电梯维修的费用谁出",
        "thanks all, good session",
        # a service back ends the outage it answers (see nlp.chatter._opening)
        "东片来电了",
        "Water back on",
    ],
)
def test_no_news_in_talk_that_opens(text: str) -> None:
    assert opening_news(simplified(normalize_text(text)).lower(), OPENS) is None


def test_a_classifier_certain_of_chatter_still_outweighs_news() -> None:
    assert verdict("3号楼电梯停用", OPENS, CONFIDENT, certain=0.9) is Kind.CHATTER


@pytest.mark.parametrize(
    ("place", "opens"), [(OPENS, True), ("self:5", True), ("self:60", True), ("other:5", False),
                         ("other:60", False), (None, False)]
)  # fmt: skip
def test_opens_talk(place: str | None, opens: bool) -> None:
    assert opens_talk(place) is opens


@pytest.mark.parametrize(
    "text",
    [
        # others hurried up or down, after a reply or the speaker's own doings
        "对，九点半四楼，抓紧上来",
        "我给消防打电话 你们快点下去",
        "好的 材料齐了的赶紧上来签字",
        # a last call after the thing called for
        "Leave requests, last call, I'm sending the list at 4",
        "Timesheets; final call",
    ],
)
def test_a_hurry_or_a_last_call_is_kept_after_anyone(text: str) -> None:
    assert verdict(text, "other:5") is not Kind.CHATTER


@pytest.mark.parametrize(
    "text",
    ["我赶紧下去看看", "俺快点回来了", "we had our last call with them on Monday"],
)
def test_the_speaker_hurrying_is_no_order(text: str) -> None:
    assert verdict(text, "other:5") is Kind.CHATTER
