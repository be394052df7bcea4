"""Reminders stored with their copies, and what a digest reads of them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from storage import repository as repo
from storage.database import Database
from tests.helpers.factories import make_group, make_notice

T0 = datetime(2026, 11, 16, 1, 0, tzinfo=UTC)


def test_reminders_count_the_chasing_copies_and_keep_the_latest_status(
    database: Database,
) -> None:
    with database.session() as s:
        group = make_group(s)
        notice = make_notice(s, group, text="周五下午5点前报秸秆台账", sent_at=T0)
        later = T0 + timedelta(hours=1)
        retold = make_notice(s, group, text="镇里要秸秆台账，周五给我", sent_at=later)
        first = make_notice(s, group, text="台账还差二组、五组", sent_at=T0 + timedelta(days=1))
        last = make_notice(s, group, text="台账还差五组", sent_at=T0 + timedelta(days=2))
        other = make_notice(s, group, text="另一个表", sent_at=T0)
        ids = [n.id for n in (notice, retold, first, last, other)]
        assert None not in ids
        copies = [n for n in (notice, retold, first, last) if n.id is not None]
        repo.start_clusters(session=s, notice_ids=[ids[0], ids[4]])
        repo.set_clusters(session=s, clusters={n.id: ids[0] for n in copies[1:] if n.id})
        first.due_at = T0 + timedelta(days=4, hours=8)
        s.add(first)
        s.flush()
        repo.set_reminders(
            session=s,
            reminders={ids[2]: (True, "台账还差二组、五组"), ids[3]: (True, "台账还差五组")},
        )
        s.commit()
    with database.session() as s:
        found = repo.reminders_of(session=s, cluster_ids=[ids[0], ids[4], 999_999])
    shown = found[ids[0]]
    assert shown.count == 2
    assert shown.latest_status == "台账还差五组"
    assert shown.latest_due == T0 + timedelta(days=4, hours=8)
    assert shown.latest_at == T0 + timedelta(days=2)
    assert found[ids[4]] == repo.Reminders(0, None, None, None)
    assert found[999_999] == repo.Reminders(0, None, None, None)


def test_a_status_line_longer_than_the_column_is_cut(database: Database) -> None:
    with database.session() as s:
        group = make_group(s)
        notice = make_notice(s, group, sent_at=T0)
        assert notice.id is not None
        repo.set_reminders(session=s, reminders={notice.id: (True, "还差" * 200)})
        s.commit()
        s.refresh(notice)
        assert notice.reminder and notice.status_line is not None
        assert len(notice.status_line) == 255
