"""What the ask says decides between task, report and notice (issue 12's relays)."""

from __future__ import annotations

import pytest

from nlp.chatter import settle_kind
from nlp.chatter._ask import settle_ask
from nlp.normalize import normalize_text
from nlp.types import Kind


def ask(kind: Kind, text: str) -> Kind:
    return settle_ask(kind, normalize_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "今年秋收的粮食产量 镇里要各组的估计数 稻谷多少 红薯多少 明天上午给王丽",
        "各位组长 镇派出所要核户口 组里有去世没销户的 都记下来 礼拜五之前给我个名字",
        "县里十点前要各乡镇报一下昨晚降温有没有冻坏的水管",
        "镇里要统计在外面的党员 电话发给小周 12月8号前要报上去",
    ],
)
def test_a_relay_that_asks_for_names_or_a_count_is_a_report(text: str) -> None:
    assert ask(Kind.TASK, text) is Kind.REPORT


@pytest.mark.parametrize(
    "text",
    [
        # work on the ground first, the hand-over is its report-back
        "小孔，高山8户大病支出户今天下班前核完发我",
        "楼道里的纸箱这两天全部清掉，各网格清完拍前后照片，周三下班前发我",
        # a list mentioned, not asked for
        "还有23位老人养老金没认证，名单按楼发给你们了，25号前必须认证完",
        "各包村干部把秸秆禁烧网格责任人名单贴到村委会公示栏",
    ],
)
def test_a_task_with_work_on_the_ground_stays_a_task(text: str) -> None:
    assert ask(Kind.TASK, text) is Kind.TASK


@pytest.mark.parametrize(
    "text",
    [
        "县气象台发布大风蓝色预警，出行请注意安全。",
        "县气象台发布道路结冰黄色预警，今晚到明天上午山区道路有结冰，请大家出行注意安全，非必要不上山。",
    ],
)
def test_a_warning_passed_on_with_no_ask_is_a_notice(text: str) -> None:
    assert ask(Kind.TASK, text) is Kind.NOTICE


@pytest.mark.parametrize(
    "text",
    [
        "县气象台发布寒潮预警，各村马上排查危房，转移独居老人",
        "气象台发布暴雨橙色预警，值班人员务必在岗，险情立即报告",
    ],
)
def test_a_warning_with_an_order_stays_a_task(text: str) -> None:
    assert ask(Kind.TASK, text) is Kind.TASK


def test_other_kinds_are_left_alone() -> None:
    assert ask(Kind.MEETING, "明天上午九点开会 名单报给我") is Kind.MEETING
    assert ask(Kind.NOTICE, "县气象台发布大风蓝色预警") is Kind.NOTICE


def test_the_verdict_applies_it_and_a_notice_loses_its_due() -> None:
    scores = {"report": 0.1, "meeting": 0.02, "task": 0.7, "checkin": 0.02,
              "notice": 0.1, "chatter": 0.06}
    text = "县气象台发布大风蓝色预警，明天出行请注意安全。"
    verdict = settle_kind(scores, normalize_text(text), text, has_due=True, sure=0.6)
    assert verdict.kind is Kind.NOTICE
    assert not verdict.due_kept


@pytest.mark.parametrize(
    "text",
    [
        "社区周六办敬老茶话会，每人交10元，想去的周三前到服务站报名",
        "First aid refresher slots for January are live, book your slot on the LMS by the 15th",
        "Leave requests for Easter: put your name in the holiday sheet by Monday noon",
        "quiz night sign-ups so far: Team A and Team C, the rest by Thursday please",
    ],
)
def test_a_task_asking_people_to_sign_up_is_a_report(text: str) -> None:
    assert ask(Kind.TASK, text) is Kind.REPORT


@pytest.mark.parametrize(
    "text",
    [
        "village fete on Saturday, sign up on the board by the door",
        "下周二卫生院来村里免费测血糖，不用报名，直接去就行",
    ],
)
def test_no_sign_up_asked_is_not_a_report(text: str) -> None:
    assert ask(Kind.TASK, text) is Kind.TASK


@pytest.mark.parametrize(
    "text",
    [
        "桥头那棵大树刮倒了 横在路中间 谁手上有油锯 过来帮一下",
        "五组有个老人摔在田坎下面了 腿动不了 哪个离得近 哪个能开车送一下",
        "Water main burst by Block C, car park flooding. Need 3 people there now with sandbags",
        "Kitchen extractor on fire, brigade called. Anyone nearby with an extinguisher please come",
    ],
)
def test_an_incident_that_calls_for_help_is_a_task(text: str) -> None:
    assert ask(Kind.NOTICE, text) is Kind.TASK


def test_a_notice_that_calls_no_one_stays_a_notice() -> None:
    assert ask(Kind.NOTICE, "明天上午8点到下午5点停电，冰箱里的东西提前安排") is Kind.NOTICE


@pytest.mark.parametrize(
    "text",
    [
        "All clear at the depot, the fuel spill is cleaned up and the yard is open again",
        "河边那处塌方已全部处置，路已经通了",
        "Heating back on in the east wing, power back since 6. All quiet overnight",
    ],
)
def test_a_task_that_only_tells_an_outcome_is_a_notice(text: str) -> None:
    assert ask(Kind.TASK, text) is Kind.NOTICE


@pytest.mark.parametrize(
    "text",
    [
        "山火已经扑灭了，二组留下看守余火到天亮",
        "All clear on the alarm, but please check your rooms before you leave",
        "水管已修好，大家把楼道的积水扫一下",
    ],
)
def test_an_outcome_with_an_ask_left_stays_a_task(text: str) -> None:
    assert ask(Kind.TASK, text) is Kind.TASK


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        (Kind.REPORT, "From Monday every porter clocks in and out on the new card reader"),
        (Kind.NOTICE, "从下个月起 保洁员每天上下班都要在手机上打卡 没打的按缺勤算"),
        (Kind.TASK, "巡河员以后每天出门都要开轨迹，少于两小时不算"),
        (Kind.REPORT, "Please vote for our ward in the hospital's team of the year by Friday"),
        (Kind.TASK, "县里在评美丽庭院，大家帮我们村投票，每天能投一次"),
    ],
)
def test_clocking_in_or_voting_for_someone_is_a_checkin(kind: Kind, text: str) -> None:
    assert ask(kind, text) is Kind.CHECKIN


def test_a_ban_on_likes_passed_on_stays_a_notice() -> None:
    assert ask(Kind.NOTICE, "以后工作群只发通知，点赞投票类的消息请勿在本群发布") is Kind.NOTICE


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        (Kind.MEETING, "请王磊同志牵头，各社区配合，本周六上午在汽车站广场开展防诈骗宣传"),
        (Kind.REPORT, "请李娟同志牵头，全体网格员配合，月底前入户核对独居老人联系电话"),
        (Kind.NOTICE, "由农办牵头，各村配合，下周起对撂荒地再摸一遍"),
    ],
)
def test_work_handed_to_a_lead_with_others_in_support_is_a_task(kind: Kind, text: str) -> None:
    assert ask(kind, text) is Kind.TASK
