"""Talk that trips a keep cue stays chatter; the notices that look like it stay kept
(issue 12: chatter is a verdict that needs evidence, and where unsure, keep)."""

from __future__ import annotations

import pytest

from nlp.types import Kind
from tests.nlp.test_chatter_chases import verdict


@pytest.mark.parametrize(
    "text",
    [
        "在门口找车位 马上上来",
        "刚到家 马上发你",
        "在核东片最后两户了 马上",
        "马上马上，会计在算",
        "马上 先把门锁上",
        "钥匙落办公室了，马上回去拿",
        "刚开完会，马上填",
        "我忘点提交了，马上",
    ],
)
def test_the_speakers_own_haste_said_of_the_work_in_hand_stays_chatter(text: str) -> None:
    assert verdict(text) is Kind.CHATTER


@pytest.mark.parametrize(
    "text",
    ["你们马上过去", "大家马上到", "请马上报", "名单马上报上来", "三组 马上", "后山冒烟了 马上"],
)
def test_haste_asked_of_others_is_still_kept(text: str) -> None:
    assert verdict(text) is not Kind.CHATTER


@pytest.mark.parametrize(
    "text",
    [
        "上次消防演练 食堂阿姨以为真着火了 锅都没关就跑",
        "翻出一张老照片 2008年那次冰冻 电线杆都压弯了",
        "小时候发洪水 我们在屋顶上坐了一夜",
        "三楼那几个小孩跑得比着火还快",
        "Last winter the car park flooded up to the wheels",
        "that's the same bridge that flooded last year",
    ],
)
def test_a_hazard_remembered_or_imagined_is_talk(text: str) -> None:
    assert verdict(text) is Kind.CHATTER


@pytest.mark.parametrize(
    "text",
    [
        "上次演练挺顺 这回后山真冒烟了",
        "去年这段路塌方过 今天又塌了",
        "Bridge flooded again, last time it took two days to clear",
        "old mill's on fire, like back in the day",
    ],
)
def test_a_hazard_now_beside_a_memory_is_kept(text: str) -> None:
    assert verdict(text) is not Kind.CHATTER


@pytest.mark.parametrize(
    "text",
    [
        "3 to go, will be finished by 5",
        "Will drop past by 11am",
        "Jamie says he'll bring his by noon",
        "Wifi back by 3 hopefully",
        "Can I swing by 10?",
        "stuck at the depot, there by half 9",
        "Should be all clear by 4, no stress",
    ],
)
def test_the_speakers_own_time_said_with_by_stays_chatter(text: str) -> None:
    assert verdict(text) is Kind.CHATTER


@pytest.mark.parametrize(
    "text",
    [
        "Rosters by 8",
        "Minutes will be out by Monday",
        "You will need to sign by 5",
        "Everyone should be out of the hall by 4",
        "We need the names by noon",
        "they'll need the counts by 3",
    ],
)
def test_a_time_by_which_others_must_act_is_still_kept(text: str) -> None:
    assert verdict(text) is not Kind.CHATTER


@pytest.mark.parametrize(
    "text", ["对的，拍个缴费单发我就行", "可以，手写的拍照发我也行", "对，礼拜三报上来就行"]
)
def test_a_reply_that_allows_a_way_to_hand_over_stays_chatter(text: str) -> None:
    assert verdict(text) is Kind.CHATTER


@pytest.mark.parametrize(
    "text", ["收到，大家拍照发我就行", "好的 各组名单发我就行", "收到 名单发我"]
)
def test_a_reply_that_turns_to_the_group_is_still_kept(text: str) -> None:
    assert verdict(text) is not Kind.CHATTER
