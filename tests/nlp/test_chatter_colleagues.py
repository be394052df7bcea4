"""Plain talk between colleagues that the first evidence missed stays chatter; the
short asks, chases and roll calls that look like it stay kept (issue 12)."""

from __future__ import annotations

import pytest

from nlp.chatter import settle_kind
from nlp.normalize import normalize_text
from nlp.types import Kind
from tests.nlp.test_chatter import FOOLED, UNSURE

# where the evidence decides: the classifier leans to chatter but is not sure of it


def verdict(text: str, scores: dict[str, float] = UNSURE) -> Kind:
    return settle_kind(scores, normalize_text(text), text, has_due=False, sure=0.6).kind


@pytest.mark.parametrize(
    "text",
    [
        # a question first, then the asker's own reason or remark
        "Is the van back yet? The keys aren't on the hook",
        "Does the Saturday fair count as a shift? It ran till 4",
        "Could our team take the later slot instead? Half of us are on leave",
        "is it Room 2 or Room 5? my invite says both",
        "the form's the blue one, right? mine looks grey",
        "礼拜五报的是上个月的吗？我们这边账还没结",
        "按旧表还是新表？会计刚问起",
        "校车这周还开得唔得？屋企细路问紧",
        # yes-or-no asked with a bare 不, a name after 吗, 啊 on a surprise
        "礼拜六还值班不",
        "老周今天在办公室不",
        "那个培训还要签到吗刘姐",
        "礼拜天还上班啊",
        # a time echoed back in doubt
        "八点？这么早",
        "两点半？上午不是讲三点",
    ],
)
def test_a_question_between_colleagues_stays_chatter(text: str) -> None:
    assert verdict(text) is Kind.CHATTER


@pytest.mark.parametrize(
    "text",
    [
        "表呢？",
        "三组？",
        "二网格？五网格？",
        "Are all wards done? Counts to me by 4pm",
        "还开会吗？各村支书八点到村部",
        "按旧表还是新表？都要在周五前交",
        "还要签到吗？请大家今天之内签完",
        "是不是都收到了？收到请回复",
    ],
)
def test_a_chase_or_an_ask_shaped_as_a_question_is_still_kept(text: str) -> None:
    assert verdict(text) is not Kind.CHATTER
    assert verdict(text, FOOLED) is not Kind.CHATTER


def verdict_due(text: str) -> Kind:
    """The verdict on a message in which the pipeline found a due time."""
    return settle_kind(UNSURE, normalize_text(text), text, has_due=True, sure=0.6).kind


@pytest.mark.parametrize(
    "text",
    [
        # the speaker in other words: 俺, an untyped "ill", what is theirs, a hand raised
        "礼拜天俺把水渠通一下",
        "ill be knackered after this week",
        "my lot: 3 free Sunday, 1 Monday",
        "Mine's in. Maths marking still on the pile",
        "me, Saturday morning, can do till 1",
        # thanks in other words, comfort and resignation, laughter and faces
        "路通了 辛苦老马",
        "all swept, ramp salted. thx Priya",
        "cheers all, good shift",
        "上面定的 没办法",
        "不用太自责 谁也想不到会这样",
        "都早点歇着吧 不差这一晚",
        "ugh, mondays",
        "aiya traffic again",
        "Quiz night on the 20th ha! Bring a hat",
        "printer jammed again 🙃",
        "same tabs as last week 🤦",
    ],
)
def test_the_speaker_thanks_laughter_and_comfort_stay_chatter(text: str) -> None:
    assert verdict(text) is Kind.CHATTER


@pytest.mark.parametrize(
    "text",
    [
        "Gate fixed, thanks Bo. Ana can you ring the caller back",
        "Ward 3 still on 40% 😬",
        "who's on at the hall tonight? can't be me",
        "@老王 @小李 俺那边的路灯一直不亮",
    ],
)
def test_look_alikes_of_thanks_faces_and_the_speaker_are_still_kept(text: str) -> None:
    assert verdict(text) is not Kind.CHATTER


@pytest.mark.parametrize(
    "text",
    [
        "Found safe at the depot, back tomorrow 9am for the review with the family. Thanks "
        "everyone for looking",
        "又要截图 周三前每户都要拍一张 烦死😩",
    ],
)
def test_news_with_a_time_that_thanks_or_sighs_is_still_kept(text: str) -> None:
    assert verdict_due(text) is not Kind.CHATTER


@pytest.mark.parametrize(
    "text",
    [
        "三组的走完了 四组明天",
        "后坪的5户下午搞定",
        "Rooms 7-12 clear",
        "B crew 22 of 22 at muster",
        "Block 3 done 9/12, list uploaded 14:05",
        "Salted the car park and the steps already",
    ],
)
def test_a_round_of_work_reported_done_stays_chatter(text: str) -> None:
    assert verdict(text) is Kind.CHATTER


@pytest.mark.parametrize(
    "text",
    [
        "名单两点前搞定",
        "老谢你那边看完没有",
        "Crane 2 cleared, lifting can resume, log it in the book",
        "did the Ward 2 counts get done? chasing",
    ],
)
def test_work_asked_after_or_ordered_done_is_still_kept(text: str) -> None:
    assert verdict(text) is not Kind.CHATTER
