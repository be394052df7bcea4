"""Call-outs whose urgency is in their shape, not in an urgent word: a weather warning in
force today, an order to keep clear or get out, no spark where gas may be. And the same
shapes told of another day, lifted, or drilled: not urgent."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from nlp.due import prepare
from nlp.urgency import is_urgent
from nlp.urgent_hazards import hazard_now

TZ = timezone(timedelta(hours=8))
SENT = datetime(2026, 12, 2, 9, 0, tzinfo=TZ)


@pytest.mark.parametrize(
    "text",
    [
        # a warning in force today, below the red of the scale or with no colour at all
        "Amber snow warning till 6 tonight. Depot gritters out on the hill roads first",
        "Met Office amber warning for rain from 1pm today, sandbags to the low cottages",
        "Ice warning today, all community visits by car only",
        "Freezing rain warning from 4am, yard crews in early and salt the ramps",
        "Status Orange wind-rain warning from midnight, boats to stay in harbour",
        # an order to keep clear or get out, given to the people there
        "锅炉房那边冒白汽 所有人先往大门口撤 不要往锅炉房那边走",
        "仓库三号货架歪得厉害 先不要进库里 等叉车师傅来",
        "主井口听调度的 所有人原地待命",
        "Nobody into the science block until the fire officer says so",
        "Chlorine smell at the pool plant room, keep everyone out of the changing rooms",
        "Everybody out of the workshop, leave the benches as they are",
        "Stay off Mill Lane, a lorry has shed its load across both lanes",
        # no spark where gas may have gathered
        "五楼楼道有股怪味 大家别开灯别打火 开窗",
    ],
)
def test_a_call_out_told_by_its_shape_is_urgent(text: str) -> None:
    assert is_urgent(text, SENT, None), text


@pytest.mark.parametrize(
    "text",
    [
        # a warning for a later day, a yellow one, one that has ended
        "Amber wind warning tomorrow 8am to 8pm, nothing for us to do yet",
        "Amber warning for snow on Saturday, the Christmas market moves indoors",
        "Yellow ice warning from 6am today, mind the car park",
        "The amber rain warning ended at noon, crews stood down",
        # the orders as a drill's script, or a standing rule with no hazard to it
        "【演练】明天上午10点 听到警报后全体人员撤到东门停车场 不要往车间里走",
        "Fire drill Thursday 2pm: everybody out of the building by the east stairs",
        "新来的同事注意 配电房的柜子不要随便打开",
    ],
)
def test_the_same_shape_ahead_lifted_or_drilled_is_not_urgent(text: str) -> None:
    assert not is_urgent(text, SENT, None), text


@pytest.mark.parametrize(
    "text",
    [
        "主巷道皮带着火 井下人员原地待命",
        "Smoke from the bin store, keep everyone out of the back yard",
    ],
)
def test_a_hazard_with_an_order_to_keep_clear_is_happening(text: str) -> None:
    assert hazard_now(prepare(text)) is not None, text


def test_a_hazard_in_standing_rules_is_not_happening() -> None:
    assert hazard_now(prepare("火灾逃生知识培训：发生火情时不要乘电梯，撤到空旷处")) is None


@pytest.mark.parametrize(
    "text",
    [
        # a call for help, or the emergency services rung, from the scene
        "食堂后门有个师傅从梯子上掉下来了 动不了 谁来一下",
        "仓库那边一股焦糊味 119我打了 大家拿灭火器过来",
        "Man collapsed by the photocopier, somebody call an ambulance",
        "Kitchen hob caught, fire brigade on the way, all staff to the car park",
        "Trolley jammed the lift doors with a patient in it, need help on level 3",
        # water loose, told as it runs
        "地下室配电房在漏电 水还在往里灌",
        "三楼茶水间跑水了 水顺着楼梯往下流",
        "The archive room is flooded, boxes on the bottom shelf soaked",
        "Stream by the footpath rising fast, the lower field is going under",
    ],
)
def test_a_call_for_help_or_water_running_is_urgent(text: str) -> None:
    assert is_urgent(text, SENT, None), text


@pytest.mark.parametrize(
    "text",
    [
        "卫生室周末不开门 急的打120",
        "If you need help with the new rota form, ask Priya",
        "供暖前各户检查阀门 防止跑水",
        "After the rain please walk the underpasses and tell me if any are flooded",
        "各组把塘看一眼 漏不漏水 下周一前报",
    ],
)
def test_advice_and_checks_about_help_or_water_are_not_urgent(text: str) -> None:
    assert not is_urgent(text, SENT, None), text
