"""How sure understanding is of a notice's kind: the kind classifier's share for it
among the five notice kinds, which ingest weighs against the notice a copy joins
(bot/ingest/_kinds.py); and a task that hands over a state of work done on the ground
or calls for help stays a task (nlp/chatter/_ask.py)."""

from __future__ import annotations

from nlp.chatter._ask import settle_ask
from nlp.pipeline._understander import _kind_sure
from nlp.types import Kind


def test_the_kind_classifier_share_of_the_kind_given() -> None:
    scores = {"report": 0.35, "task": 0.6, "meeting": 0.03, "checkin": 0.01, "notice": 0.01}
    assert _kind_sure(Kind.TASK, scores) == 0.6
    # a rule that settled another kind than the classifier's best is as sure as its share
    assert _kind_sure(Kind.REPORT, scores) == 0.35


def test_without_the_kind_classifier_nothing_weighed_the_kind() -> None:
    assert _kind_sure(Kind.NOTICE, None) == 1.0
    assert _kind_sure(Kind.NOTICE, {}) == 1.0


def test_a_road_blocked_before_its_state_is_reported_is_a_task() -> None:
    text = "边坡还在往下掉石头，马上叫人去两头拦住，人和车都不准过，半小时后把拦好的情况报我"
    assert settle_ask(Kind.TASK, text) is Kind.TASK


def test_a_call_for_help_that_asks_for_a_number_is_a_task() -> None:
    text = "四组老王家厨房一股子煤气味儿，怀疑漏气了！谁有燃气站电话快发我"
    assert settle_ask(Kind.TASK, text) is Kind.TASK


def test_a_sign_put_up_is_no_sign_up() -> None:
    text = 'Ger leave the barriers there and put a "path closed" sign up at both ends'
    assert settle_ask(Kind.TASK, text) is Kind.TASK


def test_figures_handed_over_are_still_a_report() -> None:
    assert settle_ask(Kind.TASK, "乡里要今年种油菜的户数跟亩数 礼拜一中午前报我") is Kind.REPORT
    assert settle_ask(Kind.TASK, "Sign up for the Saturday litter pick by Friday") is Kind.REPORT
