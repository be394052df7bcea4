"""A colleague's question about a notice, which the classifier gives the notice's kind
while unsure, is chatter (nlp/chatter/_asked_about.py); a chase, an ask, a deadline or
an urgent cue asked as a question keeps the kind."""

from __future__ import annotations

import pytest

from nlp.chatter import settle_kind
from nlp.normalize import normalize_text
from nlp.pipeline._verdict import make_verdict
from nlp.types import Kind

# The classifier's doubt: a report its best kind, chatter not far behind.
UNSURE_REPORT = {
    "report": 0.48,
    "meeting": 0.06,
    "task": 0.1,
    "checkin": 0.03,
    "notice": 0.05,
    "chatter": 0.28,
}
# ... and the same words scored with no doubt at all
SURE_REPORT = {
    "report": 0.9,
    "meeting": 0.02,
    "task": 0.03,
    "checkin": 0.01,
    "notice": 0.02,
    "chatter": 0.02,
}
ASKED_BACK = 0.1


def verdict(
    text: str, scores: dict[str, float], *, has_due: bool = False, asked_back: float = ASKED_BACK
) -> Kind:
    return settle_kind(
        scores, normalize_text(text), text, has_due=has_due, sure=0.75, certain=0.95,
        asked_back=asked_back,
    ).kind  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "周三的培训是在二楼还是三楼？",
        "用新模板还是旧的那个？",
        "台账是下周一吧？",
        "四点半还是五点呀？",
        "请问体检那天早上要空腹去吗？",
        "four thirty or five?",
        "Is the Monday session still on after the holiday?",
        "so the old form is still fine to use?",
        "Right. Do the casual staff count for the headcount too?",
    ],
)
def test_a_question_about_a_notice_is_chatter(text: str) -> None:
    assert verdict(text, UNSURE_REPORT) is Kind.CHATTER
    # ... whatever time it echoes, when no limit comes with it
    assert verdict(text, UNSURE_REPORT, has_due=True) is Kind.CHATTER


@pytest.mark.parametrize(
    "text",
    [
        # chases: who is behind, or whether it is in
        "二组的台账呢？",
        "三组那份交了吗？",
        "Ward 4 sheets in yet?",
        "Bay 2 rota, has it gone up?",
        # an ask to someone, or to all
        "Can you cover the front desk at 2 or 3?",
        "大家明天上午都能到吧？",
        # a deadline or an urgent cue, asked as a question
        "周五前交还是周一前交？",
        "紧急会议是三点还是四点？",
        # no question at all
        "台账下周一交",
    ],
)
def test_a_chase_an_ask_or_a_deadline_keeps_its_kind(text: str) -> None:
    assert verdict(text, UNSURE_REPORT) is Kind.REPORT


def test_a_sure_classifier_keeps_its_kind() -> None:
    assert verdict("用新模板还是旧的那个？", SURE_REPORT) is Kind.REPORT


def test_a_limit_keeps_a_question_with_a_due() -> None:
    assert verdict("Still by 5 or is it 6?", UNSURE_REPORT, has_due=True) is Kind.REPORT


def test_the_factory_default_is_the_configured_doubt() -> None:
    component = make_verdict(None, "v", sure=0.75, certain=0.95, asked_back=ASKED_BACK)  # type: ignore[arg-type]
    assert component.asked_back == ASKED_BACK
    with pytest.raises(ValueError):
        make_verdict(None, "v", sure=0.75, certain=0.95, asked_back=1.5)  # type: ignore[arg-type]
