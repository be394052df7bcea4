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
