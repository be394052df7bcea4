"""Call-outs as a nurse, a caretaker or an IT manager types them in English: urgent;
the same words about a plan, a past event or a training: not."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from nlp.urgency import is_urgent

TZ = timezone(timedelta(hours=0))
SENT = datetime(2026, 11, 16, 9, 0, tzinfo=TZ)


@pytest.mark.parametrize(
    "text",
    [
        "CODE BLUE Bay 3 bed 15, pt unresponsive no pulse, CPR started. Need more hands",
        "Code Blue Ward 7B Bay 3 bed 15, code team activated, I'm going up",
        "Missing resident protocol started – Mr P, Bluebell rm 4, navy cardigan",
        "Heating down across Beckett House, all 40 flats. Boiler panel flashing E4",
        "SIS and board email are down for every school since 8:05",
        "Update 9am: 46 families at the school, river 3.4m and still rising",
        "ED is at gridlock. Each unit call me back within the hour with 2 discharges",
    ],
)
def test_a_call_out_is_urgent(text: str) -> None:
    assert is_urgent(text, SENT, None)


@pytest.mark.parametrize(
    "text",
    [
        "CPR refresher training for all HCAs, Tue 24 Nov in the education centre",
        "Reminder the boiler service is booked for next month, heating will be off that day",
        "The server migration is planned for the weekend of the 28th",
        "Phones are down 1 till 2 today for the system update, use the practice mobile",
        "Group 2 at 3.15, wear something you can kneel in, there's CPR on the dummies",
        "Thanks all, the missing resident drill went well, debrief notes attached",
        "Please send your rota requests when you can, no rush",
        "Cadent called, engineer within the hour",
    ],
)
def test_the_same_words_as_a_topic_are_not(text: str) -> None:
    assert not is_urgent(text, SENT, None)


@pytest.mark.parametrize(
    "text",
    [
        "夜班2路 伍家岗那个大坡上结冰了 我车刚才溜了一下 后头的车莫走这个坡！！",
        "胡师傅看到没 二楼全黑了 电话也不接",
        "包装线那边地上漏了油 还没擦干净 路过的注意脚底下",
        "6栋楼顶那块大广告牌被风吹得一边脱开了 晃得吓人 楼下是菜市场入口",
        "Ramp by the main entrance is solid ice, nearly went over. Use the side door",
        "Power's gone across the whole building. Emergency lights on",
        "Diesel spill at the bay 4 pump, nozzle split. Spill kit out, drains covered",
        "CODE BLACK nurses station 7B - visitor yelling and throwing stuff",
        "码头片地下车库进水了 物业在门口拦人 有两台车没开出来",
        "23路胜利四路站 刚才急刹 一个婆婆摔了 头磕到扶手出血了 我停车打了120",
        "Fire at the palengke, dried fish stall at the back, spreading. BFP on the way",
    ],
)
def test_ice_darkness_spills_and_loose_signs_as_they_happen_are_urgent(text: str) -> None:
    assert is_urgent(text, SENT, None)


@pytest.mark.parametrize(
    "text",
    [
        "明天24号不停电了，检修改到周四",
        "沿坑岭头那边晚上又要结冰了",
        "今天白天还有小雪，路面结冰，出行提示已推送到各小区群",
        "Ice and snow driving course for new drivers, Tue 24 Nov",
        "Icy roads are forecast for Thursday night, gritting rota attached",
        "这次泄洪淹了田的户，保险公司要理赔材料，下周五前交我",
        "Emergency Response refresher for all home managers, Tuesday 3 Nov on Teams",
        "Code Black stood down. Visitor escorted off the ward by security.",
        "FYI resident left via the garden gate this evening, found in our car park, unharmed",
        "照片都在手机里，马上整",
    ],
)
def test_ice_and_outages_foretold_or_called_off_are_not(text: str) -> None:
    assert not is_urgent(text, SENT, None)
