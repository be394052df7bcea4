"""Urgency of a ban laid down for now (nlp.urgent_bans).

"今晚谁都别去河边", "Nobody on the roof today".
"""

from __future__ import annotations

from datetime import datetime

import pytest

from nlp.urgency import is_urgent

SENT = datetime.fromisoformat("2026-12-09T07:30:00+08:00")


@pytest.mark.parametrize(
    "text",
    [
        "水库那边水涨上来了 今晚谁都不准去钓鱼",
        "桥面结了冰 今早大家都甭骑车过桥 绕老路走",
        "后山那条路滑下来一大片土 今天上山的车都别走",
        "东边操场积水半米深 今天别让学生进去",
        "Wind's picking up, nobody on the scaffold this afternoon",
        "Gas smell in block 4 plant room. Nobody opens the door till the engineer is here",
        "Branch hanging over the library path, nobody up the ladder to it, I've rung the council",
    ],
)
def test_a_ban_held_to_now_is_urgent(text: str) -> None:
    assert is_urgent(text, SENT, None)


@pytest.mark.parametrize(
    "text",
    [
        "上坟不准烧纸，发现了要罚款",  # a standing rule, no day
        "今天路滑 能不出门的尽量别出门",  # advice, as far as one can
        "例会改到今天下午三点 别上午来了",  # a meeting moved
        "明早9点培训 别忘了带笔记本",  # a reminder
        "今天停课 孩子都别去了",  # closure news, the ban in a clause of its own
        "No one parks in the disabled bays, that's the rule",  # standing rule
        "Last time nobody on level 7 heard the alarm",  # a statement
        "Camera shows nobody on the gate since 1:05",  # a statement
    ],
)
def test_a_rule_advice_or_statement_is_not(text: str) -> None:
    assert not is_urgent(text, SENT, None)


@pytest.mark.parametrize(
    "text",
    [
        "台风今夜登陆 各村两委今晚全部在村部守着 不准离岗",
        "寒潮来了 今晚各网格员手机别关机 有情况随时叫",
        "暴雨一直下 今天晚上电话保持畅通 水库那边我盯着",
    ],
)
def test_a_stand_by_for_tonight_is_urgent(text: str) -> None:
    assert is_urgent(text, SENT, None)


@pytest.mark.parametrize(
    "text",
    [
        "值班的手机都不准关机 镇上随时抽查",  # a duty roster's standing rule
        "节假日值班人员不得离岗，手机保持畅通",  # no night named: a standing rule
        "今晚食堂开着 加班的可以去吃",  # a canteen open tonight
    ],
)
def test_a_standing_duty_is_not(text: str) -> None:
    assert not is_urgent(text, SENT, None)


@pytest.mark.parametrize(
    "text",
    [
        "@二组组长 先把坡下那几户疏散开 等国土所的人来",
        "仓库冒黑烟 先让里面的人撤出来",
    ],
)
def test_people_moved_off_first_is_urgent(text: str) -> None:
    assert is_urgent(text, SENT, None)


@pytest.mark.parametrize(
    "text",
    ["应急预案里写明：发生火灾时先把学生疏散到操场", "如遇险情先把群众疏散到高处，再报镇里"],
)
def test_an_evacuation_plan_is_not(text: str) -> None:
    assert not is_urgent(text, SENT, None)


@pytest.mark.parametrize(
    "text",
    ["桥头那块石头滚下来了 骑车的莫走那条路", "坡上一棵大树歪了 要倒 娃娃们别过那段"],
)
def test_a_way_barred_is_urgent(text: str) -> None:
    assert is_urgent(text, SENT, None)


def test_a_way_avoided_if_one_can_is_not() -> None:
    assert not is_urgent("那段路这两天在修 尽量别走那条", SENT, None)
