"""A chase that states no due of its own joins its notice at ingest and is urgent
by that notice's due when it is within two hours; the same chase the day before
is not, and neither is a question about the request (nlp/urgent_copies.py)."""

from __future__ import annotations

from storage.database import Database
from tests.helpers.ingest import TOWN, VILLAGE, outcomes

# Monday 16 November, 09:00 in Shanghai
ROSTER = "各村：防汛值班花名册今天上午11点前报镇应急办，写清姓名和电话。"
SHEETS = "Ward managers: bed-state sheets to the bed bureau by 11am today please."
DAY = 24 * 60


def test_a_chase_of_a_notice_due_within_two_hours_is_urgent(database: Database) -> None:
    chase = "防汛值班花名册呢？"
    roster, chased = outcomes(
        database, [(TOWN, 0, ROSTER), (TOWN, 60, chase)], kept=frozenset({chase})
    )
    assert chased.cluster_id == roster.cluster_id is not None
    assert not roster.urgent and chased.urgent


def test_an_english_chase_by_name_is_urgent_too(database: Database) -> None:
    chase = "Bed-state sheets: have Wards 1 and 3. Ward 6?"
    sheets, chased = outcomes(
        database, [(VILLAGE, 0, SHEETS), (VILLAGE, 75, chase)], kept=frozenset({chase})
    )
    assert chased.cluster_id == sheets.cluster_id is not None
    assert chased.urgent


def test_a_chase_of_a_notice_due_tomorrow_is_not(database: Database) -> None:
    notice = "各村：防汛值班花名册明天上午11点前报镇应急办，写清姓名和电话。"
    chase = "防汛值班花名册呢？"
    roster, chased = outcomes(
        database, [(TOWN, 0, notice), (TOWN, 60, chase)], kept=frozenset({chase})
    )
    assert chased.cluster_id == roster.cluster_id is not None
    assert not chased.urgent


def test_a_question_about_the_request_is_not(database: Database) -> None:
    question = "防汛值班花名册要纸质的还是电子版？"
    roster, asked = outcomes(
        database, [(TOWN, 0, ROSTER), (TOWN, 60, question)], kept=frozenset({question})
    )
    assert asked.cluster_id == roster.cluster_id is not None
    assert not asked.urgent


def test_a_chase_after_the_due_is_not(database: Database) -> None:
    chase = "防汛值班花名册呢？"
    _, late = outcomes(database, [(TOWN, 0, ROSTER), (TOWN, 150, chase)], kept=frozenset({chase}))
    assert not late.urgent
