"""Urgent recall: hazards told as a scene in plain words, and chases that end on the
time left; with the look-alikes that must stay quiet (over, past, a category, a UI)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from nlp.urgency import is_urgent

TZ = timezone(timedelta(hours=8))
SENT = datetime(2026, 11, 16, 10, 0, tzinfo=TZ)


@pytest.mark.parametrize(
    "text",
    [
        # a hazard with the response under way somewhere else in the message
        "西坡茶园那边起火 烟不算大 组里已经上去七八个人了 护林员也在现场",
        "东门口人行道塌陷 半米深 已围挡 城管在路上",
        "老李两口子煤烟中毒 叫不醒 村里的车正往卫生院送",
        "Smoke from the plant room on Level B2 of the Hollis Rd block."
        " Crews rolling from the depot",
        "Tree down across the footpath outside the library, we've taped it off",
        # ground or water given way, a school shut in, someone last seen or searched for
        "三组后面那个坡 半夜滑下来了 把机耕道埋了 坡下住着一户",
        "村小操场边的水渠满溢 教室门口已淹 学生先在二楼待着",
        "Police asked us to go to Hold & Secure now, keep every class inside",
        "Year 3 boy not at pickup, mum is here. Last seen by the bike racks at 3:10,"
        " anyone free please check the oval",
        "有车的都出来 南片的往水库那边找 北片的顺着河堤找",
        "派个人去找 快",
        # someone down and hands needed now
        "Fall in room 12, he's on the floor, breathing."
        " Need two more people and the lifting cushion now",
        # a chase that ends on the time left
        "Rosters: only Depot 3 to come, 40 mins",
        "mileage claims, 1h20 left",
        "Still need Jo's form, an hour and a bit to go",
        "Only Eastside now, 25 minutes to the cutoff",
        "@王会计 三组的报表呢 就十五分钟了",
        "各位最后一个多钟头了，没填的抓紧填一下",
    ],
)
def test_urgent(text: str) -> None:
    assert is_urgent(text, SENT, None), text


@pytest.mark.parametrize(
    "text",
    [
        # over, put out, written up
        "Update: bin fire behind Block C put out by the caretaker at 9:40."
        " Fire crew on site checking, nobody hurt",
        "上午起火的情况说明下午交，你在现场看得最清楚，先起个草稿",
        "total fire ban tomorrow, no welding anywhere on site, and if you see smoke ring it in",
        # a category, a screen, a drill
        "这周创城的照片按乱停车、垃圾桶满溢、牛皮癣分类发群里",
        "点开链接，往下拉找5号，点投票",
        "Lockdown drill next Thursday at 11, classes stay in their rooms",
        # a time measured, not a time left
        "Thanks, got them all. Took me 40 mins",
        "下周的防汛演练方案讨论稿发群里了",
    ],
)
def test_not_urgent(text: str) -> None:
    assert not is_urgent(text, SENT, None), text
