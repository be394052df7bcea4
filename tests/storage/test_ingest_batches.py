"""The batch writes ingest makes, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import Session

from storage import repository as repo
from storage.database import Database
from storage.models import Cluster, Group, Membership, NoticeBase
from tests.helpers.factories import make_group, make_notice

SENT = datetime(2026, 11, 16, 1, 0, tzinfo=UTC)


def _data(group: Group, message_id: int, text: str = "请于周五前报送统计表") -> NoticeBase:
    return NoticeBase(
        chat_id=group.chat_id,
        message_id=message_id,
        sender_id=501,
        sender_name="镇党政办-李主任",
        sent_at=SENT,
        text=text,
        kind="report",
        due_at=SENT + timedelta(days=4),
    )


def _cluster_counts(session: Session, cluster_id: int) -> tuple[int, int]:
    copies = repo.copies_of(session=session, cluster_ids=[cluster_id])
    return len(copies), len({c.group_id for c in copies})


def test_add_notices_stores_new_rows_once_and_returns_stored_ones(database: Database) -> None:
    with database.session() as s:
        a, b = make_group(s), make_group(s)
        old = make_notice(s, a, message_id=7, text="早先的")
        assert a.id is not None and b.id is not None
        rows = [(a.id, _data(a, 7, "重复投递")), (b.id, _data(b, 7)), (a.id, _data(a, 8))]
        rows.append((a.id, _data(a, 8)))  # twice in one batch
        stored = repo.add_notices(session=s, rows=rows, received_at=SENT)
        assert [n.created for n in stored] == [False, True, True, False]
        assert stored[0].id == old.id and stored[0].text == "早先的"
        assert stored[2].id == stored[3].id and len({n.id for n in stored}) == 3
        assert stored[1].due_at == SENT + timedelta(days=4)
    with database.session() as s:
        assert repo.count_notices(session=s, group_id=a.id) == 2
        assert repo.count_notices(session=s, group_id=b.id) == 1


def test_a_batch_that_fails_after_its_insert_leaves_nothing_behind(database: Database) -> None:
    with database.session() as s:
        group = make_group(s)
    assert group.id is not None
    with pytest.raises(RuntimeError), database.session() as s:
        repo.add_notices(session=s, rows=[(group.id, _data(group, 1))], received_at=SENT)
        raise RuntimeError("the rest of the batch failed")
    with database.session() as s:
        assert repo.count_notices(session=s, group_id=group.id) == 0


def test_add_notice_stores_once_and_returns_the_stored_row(database: Database) -> None:
    with database.session() as s:
        group = make_group(s)
        assert group.id is not None
        first, created = repo.add_notice(session=s, group_id=group.id, data=_data(group, 4))
        again, again_created = repo.add_notice(
            session=s, group_id=group.id, data=_data(group, 4, "重复投递")
        )
    assert created and not again_created and again.id == first.id
    assert again.text == "请于周五前报送统计表" and again.received_at is not None


def test_clusters_are_set_started_and_recounted(database: Database) -> None:
    with database.session() as s:
        a, b = make_group(s, department="民政办"), make_group(s, department="党政办")
        assert a.id is not None and b.id is not None
        first, copy, alone = repo.add_notices(
            session=s, rows=[(a.id, _data(a, 1)), (b.id, _data(b, 1)), (a.id, _data(a, 2))]
        )
        repo.set_clusters(session=s, clusters={first.id: first.id, copy.id: first.id})
        repo.start_clusters(session=s, notice_ids=[alone.id])
        repo.refresh_clusters(session=s, cluster_ids={first.id})
    with database.session() as s:
        assert _cluster_counts(s, first.id) == (2, 2)
        assert _cluster_counts(s, alone.id) == (1, 1)
        started = s.get(Cluster, alone.id)
        assert started is not None and (started.copies, started.first_seen) == (1, SENT)
        counted = repo.refresh_cluster(session=s, cluster_id=first.id)
        assert (counted.copies, counted.group_count, counted.requester_count) == (2, 2, 2)


def test_a_cluster_whose_only_copy_moved_is_counted_empty(database: Database) -> None:
    with database.session() as s:
        a, b = make_group(s), make_group(s)
        assert a.id is not None and b.id is not None
        first, moved = repo.add_notices(session=s, rows=[(a.id, _data(a, 1)), (b.id, _data(b, 2))])
        repo.start_clusters(session=s, notice_ids=[first.id, moved.id])
    with database.session() as s:
        repo.set_clusters(session=s, clusters={moved.id: first.id})  # an edit made it a copy
        left = repo.refresh_cluster(session=s, cluster_id=moved.id)
        gained = repo.refresh_cluster(session=s, cluster_id=first.id)
        assert (left.copies, left.group_count, left.requester_count) == (0, 0, 0)
        assert (gained.copies, gained.group_count, gained.first_seen) == (2, 2, SENT)


def test_note_members_adds_new_and_restores_departed(database: Database) -> None:
    with database.session() as s:
        a, b = make_group(s), make_group(s)
        assert a.id is not None and b.id is not None
        repo.set_membership(session=s, group_id=a.id, user_id=11, status="left")
        repo.set_membership(session=s, group_id=a.id, user_id=12, status="administrator")
        repo.note_members(session=s, pairs={(a.id, 11), (a.id, 12), (b.id, 11), (b.id, 13)})
    with database.session() as s:
        assert s.get(Membership, (a.id, 11)).is_member  # type: ignore[union-attr]
        assert s.get(Membership, (a.id, 12)).status == "administrator"  # type: ignore[union-attr]
        assert sorted(repo.member_ids(session=s, group_id=b.id)) == [11, 13]
        assert s.get(Membership, (a.id, 13)) is None  # only the pairs asked for


def test_registered_groups_by_chat_in_one_query(database: Database) -> None:
    with database.session() as s:
        a, b = make_group(s), make_group(s)
        repo.unregister_group(session=s, chat_id=b.chat_id)
        found = repo.registered_groups(session=s, chat_ids={a.chat_id, b.chat_id, -1})
        assert (
            list(found) == [a.chat_id] and repo.registered_groups(session=s, chat_ids=set()) == {}
        )
