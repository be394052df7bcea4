"""Kinds decided by what the message asks: people called out this minute make a task,
however long the text; an incident told as over makes a notice."""

from __future__ import annotations

import pytest

from nlp.chatter import settle_kind
from nlp.chatter._ask import calls_now, settle_ask
from nlp.normalize import normalize_text
from nlp.types import Kind


def ask(kind: Kind, text: str) -> Kind:
    return settle_ask(kind, normalize_text(text))


def long_task(text: str) -> Kind:
    """The kind of a long text the classifier reads as a task, with no due found."""
    scores = {"task": 0.8, "notice": 0.15, "chatter": 0.05}
    return settle_kind(scores, normalize_text(text), text, has_due=False, sure=0.6).kind


@pytest.mark.parametrize(
    "text",
    [
        "仓库后门有人摔下楼梯 腿好像断了 我已经打了120 值班的保安马上到后门来",
        "三号楼电梯卡住了 里面有个小孩 物业派个人来",
        "河边那条路塌了一截 有辆三轮翻在沟里 要人来搭把手",
        "Smoke coming out of the boiler room. Can somebody with a key get over there now?",
        "Water main burst on Elm Row, the basement is flooding. Need two porters down there NOW",
    ],
)
def test_an_incident_that_calls_people_out_now_is_a_task(text: str) -> None:
    assert ask(Kind.NOTICE, text) is Kind.TASK


@pytest.mark.parametrize(
    "text",
    [
        # help already coming: no one in the group is called out
        "二楼卫生间水管漏了 地上全是水 修水管的师傅马上到",
        # leave to go, not an order
        "Gas leak fixed by the engineers, residents can go back in now",
        # an exercise
        "【演练】仓库起火 各班组立即疏散到操场集合（本条为演练信息）",
    ],
)
def test_help_on_its_way_leave_to_go_or_a_drill_stay_a_notice(text: str) -> None:
    assert ask(Kind.NOTICE, text) is Kind.NOTICE


_LONG_CALL = (
    "URGENT: the river has come over the bank at the east end of the estate and water is "
    "getting into the ground floor flats on three streets. The fire service are on their "
    "way and the community hall is open as a rest centre. Anyone free and nearby please "
    "come to the hall now to help with blankets and hot drinks."
)
_LONG_DOC = (
    "Dear all, the county has published the winter service plan for the estate. Gritting "
    "routes, the rest centre arrangements and the contact list for the out-of-hours team "
    "are all in the attached document. Please read it through and keep a copy handy for "
    "when residents ask about it over the coming months. Thank you all."
)


def test_a_long_text_that_calls_people_out_now_is_no_document_passed_on() -> None:
    assert calls_now(normalize_text(_LONG_CALL))
    assert long_task(_LONG_CALL) is Kind.TASK


def test_a_long_text_that_only_informs_is_still_passed_on() -> None:
    assert not calls_now(normalize_text(_LONG_DOC))
    assert long_task(_LONG_DOC) is Kind.NOTICE


@pytest.mark.parametrize(
    "text",
    [
        "Fire alarm at the library stood down, it was burnt toast in the staff room",
        "Stand down all teams, the missing walker turned up at the cafe",
        "The measles outbreak at the nursery has been declared over by the health board",
        "Evacuation drill over, everyone out in four minutes",
        "Car park barrier back in service from 3pm, engineer fixed the arm",
        "后山的火都灭了 没有人受伤",
        "走丢的小孩已经找到了 在外婆家",
    ],
)
def test_an_incident_told_as_over_is_a_notice(text: str) -> None:
    assert ask(Kind.TASK, text) is Kind.NOTICE


@pytest.mark.parametrize(
    "text",
    [
        # over, but a duty is still handed out
        "火灭了 没人受伤 请三组留两个人看到天亮",
        "Alert stood down, but please check the back gates are locked before you go",
        # not over at all
        "Alarm going off in block C, nobody knows why, please go and check the panel",
    ],
)
def test_an_incident_over_that_still_asks_stays_a_task(text: str) -> None:
    assert ask(Kind.TASK, text) is Kind.TASK
