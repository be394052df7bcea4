"""A name asked alone by the one whose request is open in the group chases that
request whatever the classifier took it for: kept as a report ("Rh Jimbun?",
"Moston?"), it joins the request and asks by its due; from anyone else it stays
apart."""

from __future__ import annotations

from storage.database import Database
from tests.helpers.ingest import VILLAGE, outcomes

RETURN = "Ward managers: bed-state sheets by 3pm today please, every ward."
LEVY = "All wards: flu vaccination uptake returns are due by 18 December."


def test_kept_as_a_report_the_requester_s_name_alone_joins_the_request(
    database: Database,
) -> None:
    posts = [(VILLAGE, 0, LEVY), (VILLAGE, 30, RETURN), (VILLAGE, 60 * 5, "Moston?")]
    levy, sheets, chase = outcomes(
        database, posts, kept=frozenset({"Moston?"}), senders=(7, 7, 7)
    )
    assert chase.cluster_id == sheets.cluster_id != levy.cluster_id
    assert chase.due_at == sheets.due_at


def test_kept_as_a_report_the_same_question_from_someone_else_stays_apart(
    database: Database,
) -> None:
    posts = [(VILLAGE, 0, RETURN), (VILLAGE, 60 * 5, "Moston?")]
    sheets, other = outcomes(database, posts, kept=frozenset({"Moston?"}), senders=(7, 8))
    assert other.cluster_id != sheets.cluster_id
