"""nlp.replies: where a message kept for want of certainty falls in its group's talk."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from nlp.replies import Posted, answers_notice
from nlp.types import Kind, Prepared, Understanding

AT = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)
KEPT = Understanding(
    Kind.REPORT, False, None, Prepared("", "", frozenset(), None), tentative=True
)


def _before(*posts: tuple[int, int, bool]) -> list[Posted]:
    """(minutes before AT, sender, notice) each, oldest first."""
    return [Posted(AT - timedelta(minutes=m), sender, notice) for m, sender, notice in posts]


def test_an_answer_to_another_member_s_notice() -> None:
    assert answers_notice(KEPT, 2, AT, _before((10, 1, True), (5, 3, False)))


@pytest.mark.parametrize(
    "meaning",
    [
        replace(KEPT, tentative=False),  # the classifier, or a rule, was sure
        replace(KEPT, urgent=True),  # "派出所说马上到" beside a hazard: never dropped
        replace(KEPT, kind=Kind.CHATTER),
    ],
)
def test_only_a_tentative_notice_that_is_not_urgent(meaning: Understanding) -> None:
    assert not answers_notice(meaning, 2, AT, _before((10, 1, True)))


def test_the_poster_s_own_follow_up_is_no_answer() -> None:
    assert not answers_notice(KEPT, 1, AT, _before((10, 1, True)))
    # nor after a notice of one's own beside another's
    assert not answers_notice(KEPT, 1, AT, _before((20, 3, True), (10, 1, True)))


def test_an_unknown_sender_is_no_answer() -> None:
    assert not answers_notice(KEPT, 0, AT, _before((10, 1, True)))


def test_talk_alone_or_long_ago_is_nothing_to_answer() -> None:
    assert not answers_notice(KEPT, 2, AT, _before((10, 1, False), (5, 3, False)))
    assert not answers_notice(KEPT, 2, AT, _before((61, 1, True)))
    assert not answers_notice(KEPT, 2, AT, [])


def test_a_notice_four_messages_back_is_out_of_sight() -> None:
    before = _before((9, 1, True), (8, 3, False), (7, 4, False), (6, 5, False))
    assert not answers_notice(KEPT, 2, AT, before)
