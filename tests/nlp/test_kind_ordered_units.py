"""A notice the classifier sees (a warning passed on, a response started, an incident) that
orders the units to work on the ground, asks its readers to put something right by a
deadline or summons help at once is a task; one that asks them to study a document or
carry it out in spirit, tells of help already on its way, or a drill, stays a notice."""

from __future__ import annotations

import pytest

from nlp.chatter._ask import settle_ask
from nlp.normalize import normalize_text
from nlp.types import Kind


def ask(kind: Kind, text: str) -> Kind:
    return settle_ask(kind, normalize_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "市气象台发布暴雪橙色预警，请各乡镇提前对山区道路撒盐除冰，设置警示标志。",
        "县防指已启动防汛四级应急响应，请各村今晚8点前落实到位：河边低洼住户全部转移。",
        "今冬第一场寒潮来袭，要求各社区对辖区独居老人逐户走访，重点看取暖安全。",
        "森林防火进入紧要期，请各林场加强巡查，进山路口设置卡点，务必值守到位。",
        "受强降雨影响，请全体网格员对辖区危房开展排查，发现险情立即疏散。",
        # put right by a deadline
        "市场监管局通报：我镇有5家店铺招牌不合规，请店主本周五前把招牌整改到位。",
        "供电所通报：三组线路下私拉乱接的电线较多，请相关农户明天中午前把电线拆除清理。",
        # help summoned at once
        "小王快来二楼会议室！投影仪那边电线冒火花了",
        "【险情报告】河堤东段出现管涌，村里正在抢堵，请镇里派抢险队支援！",
        "West wing ceiling leaking onto the wards - send two crews now please",
        "Kitchen fire alarm going off and smoke in the corridor, come quick",
    ],
)
def test_a_notice_that_orders_units_to_work_on_the_ground_is_a_task(text: str) -> None:
    assert ask(Kind.NOTICE, text) is Kind.TASK


@pytest.mark.parametrize(
    "text",
    [
        # a document to study or carry out in spirit
        "转发市纪委《关于加强作风建设的意见》，请各单位组织学习，认真贯彻落实。",
        "关于印发《冬季安全生产工作方案》的通知已发OA，请各部门认真贯彻落实。",
        # a drill
        "【演练】台风红色预警已发布，请各村立即组织危房户转移（演练信息）",
        # told to the public, no unit ordered
        "县气象台发布大风蓝色预警，请广大群众注意防范，出行注意安全。",
        "明天上午9点到下午5点新街片区停水，请居民提前储水。",
        # help already on its way, nobody summoned
        "仓库门口一棵树倒了 已经打电话给园林所 他们马上到",
        "Tree down on the school lane, council crew already on site, road closed till 3",
    ],
)
def test_a_notice_without_an_order_to_work_stays_a_notice(text: str) -> None:
    assert ask(Kind.NOTICE, text) is Kind.NOTICE


@pytest.mark.parametrize(
    "text",
    [
        "市考核组下周二来验收人居环境，请各村周一前完成村道两侧垃圾清理",
        "省里暗访组月底要来，要求各社区本周五前把楼道杂物清理到位",
        "县督查组周四到镇里，请各站所周三下班前把消防通道整改到位",
    ],
)
def test_a_visit_announced_for_work_to_be_done_before_it_is_a_task(text: str) -> None:
    assert ask(Kind.MEETING, text) is Kind.TASK


@pytest.mark.parametrize(
    "text",
    [
        "明天上午9点在镇三楼会议室召开防汛工作会，请各村落实参会人员，准时参加",
        "周五下午3点全县安全生产视频会，请各乡镇落实好分会场，主要负责同志出席",
        "Safety briefing Monday 9am in the hall, all wardens please attend",
        "【演练】明天上午10点消防疏散演练，请各楼层落实疏散引导员",
    ],
)
def test_a_meeting_that_asks_people_to_attend_stays_a_meeting(text: str) -> None:
    assert ask(Kind.MEETING, text) is Kind.MEETING
