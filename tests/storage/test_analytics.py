"""Report aggregates against the hand-computed corpus, on SQLite and PostgreSQL.

The expected figures come from the table in tests/bot/reports/fixtures/corpus.py.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta

import pytest

from storage import repository as repo
from storage.database import Database
from tests.bot.reports.fixtures.corpus import ZONE, Installed, install, local

SINCE, UNTIL = local("11-13 00:00"), local("11-17 00:00")


@pytest.fixture
def corpus(database: Database) -> Installed:
    with database.session() as s:
        return install(s)


def _slice(
    departments: frozenset[str] | None = None, group_ids: frozenset[int] | None = None
) -> repo.ReportSlice:
    return repo.ReportSlice(SINCE, UNTIL, departments, group_ids)


def test_group_volumes_count_messages_notices_and_duplicates(
    database: Database, corpus: Installed
) -> None:
    with database.session() as s:
        volumes = repo.group_volumes(session=s, part=_slice())
    got = {v.title: (v.messages, v.notices, v.duplicate_copies) for v in volumes}
    assert got == {
        "镇党政办工作群": (9, 8, 1),
        "镇应急管理群": (9, 8, 3),
        "青石村两委群": (7, 5, 4),
        "驻村工作队群": (1, 1, 0),
    }
    assert [v.department for v in volumes] == ["党政办", "应急办", "党政办", None]


def test_scoped_volumes_recount_first_copies_inside_the_scope(
    database: Database, corpus: Installed
) -> None:
    with database.session() as s:
        party = repo.group_volumes(session=s, part=_slice(frozenset({"党政办"})))
        emergency = repo.group_volumes(session=s, part=_slice(frozenset({"应急办"})))
        one_group = repo.group_volumes(
            session=s, part=_slice(group_ids=frozenset({corpus.groups["G3"]}))
        )
    assert [(v.title, v.messages, v.notices, v.duplicate_copies) for v in party] == [
        ("镇党政办工作群", 9, 8, 1),
        ("青石村两委群", 7, 5, 3),
    ]
    assert [(v.messages, v.notices, v.duplicate_copies) for v in emergency] == [(9, 8, 0)]
    # alone, G3 holds one copy each of A, B, C and D: each is a first copy
    assert [(v.messages, v.notices, v.duplicate_copies) for v in one_group] == [(7, 5, 0)]


def test_kind_volumes_include_chatter_and_distinct_notices(
    database: Database, corpus: Installed
) -> None:
    with database.session() as s:
        kinds = {
            k.kind: (k.messages, k.distinct) for k in repo.kind_volumes(session=s, part=_slice())
        }
    assert kinds == {
        "checkin": (7, 3),
        "chatter": (4, 4),
        "meeting": (2, 2),
        "notice": (4, 3),
        "report": (5, 3),
        "task": (4, 3),
    }


def test_notice_stamps_respect_the_local_period_bounds(
    database: Database, corpus: Installed
) -> None:
    with database.session() as s:
        stamps = repo.notice_stamps(session=s, part=_slice())
    assert len(stamps) == 22
    days = Counter(sent_at.astimezone(ZONE).date().isoformat() for sent_at, _ in stamps)
    assert days == {"2026-11-13": 10, "2026-11-14": 4, "2026-11-15": 2, "2026-11-16": 6}
    # n01 at local midnight is in, n99 at the next local midnight is out
    assert stamps[0][0] == local("11-13 00:00") and stamps[-1][0] == local("11-16 23:59")
    assert all(sent_at.tzinfo is not None for sent_at, _ in stamps)


def test_repeated_requests_by_copies_then_first_copy(database: Database, corpus: Installed) -> None:
    kinds = ("report", "task", "checkin")
    with database.session() as s:
        full = repo.repeated_requests(session=s, part=_slice(), kinds=kinds)
        party = repo.repeated_requests(session=s, part=_slice(frozenset({"党政办"})), kinds=kinds)
        emergency = repo.repeated_requests(
            session=s, part=_slice(frozenset({"应急办"})), kinds=kinds
        )
    n = corpus.notices
    assert [(r.cluster_id, r.kind, r.copies, r.groups, r.requesters) for r in full] == [
        (n["n02"], "checkin", 3, 3, 2),
        (n["n00"], "report", 3, 2, 1),
        (n["n13"], "checkin", 3, 3, 2),
        (n["n09"], "task", 2, 2, 2),
    ]
    assert full[1].text == "【转发】请于11月20日前报送低保统计表"  # first copy in period
    assert [(r.cluster_id, r.copies, r.requesters) for r in party] == [
        (n["n00"], 3, 1),
        (n["n02"], 2, 1),
        (n["n13"], 2, 1),
    ]
    assert emergency == []


def test_group_pairs_and_cluster_counts(database: Database, corpus: Installed) -> None:
    with database.session() as s:
        pairs = repo.group_pairs(session=s, part=_slice())
        counts = repo.group_cluster_counts(session=s, part=_slice())
    g = corpus.groups
    assert counts == {g["G1"]: 7, g["G2"]: 8, g["G3"]: 5, g["G4"]: 1}
    assert {(p.first_group_id, p.second_group_id): p.shared for p in pairs} == {
        (g["G1"], g["G2"]): 3,
        (g["G1"], g["G3"]): 3,
        (g["G2"], g["G3"]): 3,
    }


def test_burden_counts_members_and_sent_digests(database: Database, corpus: Installed) -> None:
    with database.session() as s:
        reading = repo.cadre_reading(session=s, part=_slice())
        items = repo.cadre_items(session=s, part=_slice())
        scoped_reading = repo.cadre_reading(session=s, part=_slice(frozenset({"应急办"})))
        scoped_items = repo.cadre_items(session=s, part=_slice(frozenset({"应急办"})))
    assert reading == {601: 25, 602: 9, 603: 16}
    assert items == {601: 9, 602: 2, 603: 3}
    assert scoped_reading == {601: 9, 603: 9}
    assert scoped_items == {601: 5, 603: 2}


def test_burden_lists_silent_members_with_zero(database: Database, corpus: Installed) -> None:
    quiet = repo.ReportSlice(local("11-20 00:00"), local("11-21 00:00"))
    with database.session() as s:
        assert repo.cadre_reading(session=s, part=quiet) == {601: 0, 602: 0, 603: 0}
        assert repo.cadre_items(session=s, part=quiet) == {}


def test_export_rows_are_notices_in_sending_order(database: Database, corpus: Installed) -> None:
    with database.session() as s:
        rows = repo.export_rows(session=s, part=_slice())
    assert len(rows) == 22 and all(row.kind != "chatter" for row in rows)
    first = rows[0]
    assert first == repo.ExportRow(
        corpus.notices["n01"],
        "镇党政办-李主任",
        local("11-13 00:00"),
        "notice",
        False,
        None,
        corpus.notices["n01"],
        "关于冬季用电安全的通知",
        "镇党政办工作群",
        "党政办",
    )
    stamps = [row.sent_at for row in rows]
    assert stamps == sorted(stamps)


def test_a_slice_refuses_naive_or_empty_periods() -> None:
    naive = datetime(2026, 11, 13)
    with pytest.raises(ValueError, match="timezone-aware"):
        repo.ReportSlice(naive, naive + timedelta(days=1))
    with pytest.raises(ValueError, match="empty report period"):
        repo.ReportSlice(SINCE, SINCE)


def test_supervisor_grants_and_departments(database: Database, corpus: Installed) -> None:
    with database.session() as s:
        row = repo.grant_supervisor(
            session=s,
            user_id=42,
            departments=["应急办", "党政办", "应急办"],
            granted_by=7,
            now=SINCE,
        )
        assert row.departments == ["党政办", "应急办"]
        again = repo.grant_supervisor(
            session=s, user_id=42, departments=[], granted_by=8, now=UNTIL
        )
        assert again.departments == [] and again.granted_by == 8
    with database.session() as s:
        assert [r.user_id for r in repo.list_supervisors(session=s)] == [42]
        assert repo.known_departments(session=s) == ["党政办", "应急办"]
        scoped = repo.groups_in_scope(session=s, departments=frozenset({"党政办"}))
        assert [g.title for g in scoped] == ["镇党政办工作群", "青石村两委群"]
        assert len(repo.groups_in_scope(session=s, departments=None)) == 4
        assert repo.revoke_supervisor(session=s, user_id=42)
        assert not repo.revoke_supervisor(session=s, user_id=42)
        assert repo.get_supervisor(session=s, user_id=42) is None
