"""A name asked alone ("Moston?") chases the request its sender has open in the
group, even taken for chatter; from anyone else it stays talk."""

from __future__ import annotations

from storage.database import Database
from tests.helpers.ingest import VILLAGE, outcomes

RETURN = "Ward managers: bed-state sheets by 3pm today please, Moston and Harpurhey too."
LEVY = "All wards: flu vaccination uptake returns are due by 18 December."


def test_the_requester_s_name_alone_joins_the_request_due_next(database: Database) -> None:
    posts = [(VILLAGE, 0, LEVY), (VILLAGE, 30, RETURN), (VILLAGE, 60 * 5, "Moston?")]
    levy, sheets, chase = outcomes(
        database, posts, chatter=frozenset({"Moston?"}), senders=(7, 7, 7)
    )
    assert chase.cluster_id == sheets.cluster_id != levy.cluster_id
    assert chase.kind == sheets.kind and chase.due_at == sheets.due_at


def test_the_same_question_from_someone_else_stays_talk(database: Database) -> None:
    posts = [(VILLAGE, 0, RETURN), (VILLAGE, 60 * 5, "Moston?")]
    sheets, other = outcomes(database, posts, chatter=frozenset({"Moston?"}), senders=(7, 8))
    assert other.cluster_id is None or other.cluster_id != sheets.cluster_id
