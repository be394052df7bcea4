"""Repository behaviour on SQLite and PostgreSQL alike."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import select as select_columns
from sqlalchemy.exc import StatementError

from storage import repository as repo
from storage.database import Database
from storage.models import Notice, NoticeBase, utcnow
from tests.helpers.factories import make_group, make_notice


def test_reregistering_keeps_the_group_and_its_history(database: Database) -> None:
    with database.session() as s:
        group = make_group(s, chat_id=-1001000000777)
        make_notice(s, group)
        assert repo.unregister_group(session=s, chat_id=-1001000000777)
        assert not repo.unregister_group(session=s, chat_id=-1001000000777)
        assert repo.list_registered_groups(session=s) == []
    with database.session() as s:
        again = repo.register_group(
            session=s,
            chat_id=-1001000000777,
            title="新名字",
            chat_type="supergroup",
            registered_by=2,
            department="应急",
        )
        assert again.id == group.id
        assert repo.count_notices(session=s, group_id=again.id) == 1
        assert again.title == "新名字" and again.department == "应急"


def test_migration_moves_the_group_and_is_idempotent(database: Database) -> None:
    with database.session() as s:
        group = make_group(s, chat_id=-400000001)
        make_notice(s, group, message_id=7)
    with database.session() as s:
        moved = repo.migrate_group(session=s, old_chat_id=-400000001, new_chat_id=-1001400000001)
        again = repo.migrate_group(session=s, old_chat_id=-400000001, new_chat_id=-1001400000001)
        assert moved is not None and again is not None and moved.id == again.id == group.id
        assert moved.previous_chat_id == -400000001 and moved.chat_type == "supergroup"
        assert repo.get_group(session=s, chat_id=-400000001) is None
        assert repo.count_notices(session=s, group_id=moved.id) == 1


def test_add_notice_is_idempotent_and_edit_updates_in_place(database: Database) -> None:
    with database.session() as s:
        group = make_group(s)
        first = make_notice(s, group, message_id=42, text="原文")
        second = make_notice(s, group, message_id=42, text="重复投递")
        assert first.id == second.id and second.text == "原文"
        edited_at = utcnow()
        data = NoticeBase.model_validate(first, update={"text": "修改后", "kind": "notice"})
        edited = repo.edit_notice(
            session=s, chat_id=group.chat_id, message_id=42, data=data, edited_at=edited_at
        )
        assert edited is not None and edited.text == "修改后" and edited.kind == "notice"
        missing = repo.edit_notice(
            session=s, chat_id=group.chat_id, message_id=43, data=data, edited_at=edited_at
        )
        assert missing is None


def test_datetimes_come_back_aware_in_utc(database: Database) -> None:
    shanghai = timezone(timedelta(hours=8))
    sent = datetime(2026, 11, 16, 9, 12, tzinfo=shanghai)
    with database.session() as s:
        notice = make_notice(s, make_group(s), sent_at=sent)
        notice_id = notice.id
    with database.session() as s:
        stored = s.get(Notice, notice_id)
        assert stored is not None
        assert stored.sent_at == sent and stored.sent_at.tzinfo == UTC


def test_naive_datetimes_are_refused(database: Database) -> None:
    with pytest.raises(StatementError, match="naive datetime"), database.session() as s:
        make_notice(s, make_group(s), sent_at=datetime(2026, 11, 16, 9, 0))


def _member(s: object, group_id: int, user_id: int, status: str = "member") -> None:
    repo.set_membership(session=s, group_id=group_id, user_id=user_id, status=status)  # type: ignore[arg-type]


def test_window_reads_follow_membership(database: Database) -> None:
    start = utcnow() - timedelta(hours=1)
    with database.session() as s:
        a, b = make_group(s, title="A群"), make_group(s, title="B群")
        assert a.id and b.id
        repo.upsert_cadre(session=s, user_id=9, first_name="王")
        _member(s, a.id, 9)
        in_a = make_notice(s, a)
        make_notice(s, b)
        groups = repo.member_groups(session=s, user_ids=[9])
        assert [g for g, _ in groups[9]] == [a.id]
        rows = repo.window_rows(session=s, group_ids=[a.id], since=start, until=utcnow())
        assert [(r.id, r.copies) for r in rows] == [(in_a.id, 1)]
        _member(s, a.id, 9, "left")
        _member(s, b.id, 9, "administrator")
        assert [g for g, _ in repo.member_groups(session=s, user_ids=[9])[9]] == [b.id]
        assert repo.window_rows(session=s, group_ids=[a.id], since=utcnow(), until=utcnow()) == []


def test_notice_texts_preview_long_texts(database: Database) -> None:
    with database.session() as s:
        notice = make_notice(s, make_group(s), text="通" * 5000)
        assert notice.id
        texts = repo.notice_texts(session=s, notice_ids=[notice.id])
        assert len(texts[notice.id].text) == repo.PREVIEW_CHARS
        assert texts[notice.id].length == 5000


def test_a_slot_builds_one_digest_and_windows_do_not_overlap(database: Database) -> None:
    start = utcnow() - timedelta(hours=1)
    with database.session() as s:
        group = make_group(s)
        repo.upsert_cadre(session=s, user_id=9, first_name="王")
        make_notice(s, group)
        first = repo.create_digest(
            session=s,
            user_id=9,
            slot="2026-11-16T00:00Z",
            window_end=utcnow(),
            parts=["a"],
            window_start=start,
        )
        same_slot = repo.create_digest(
            session=s,
            user_id=9,
            slot="2026-11-16T00:00Z",
            window_end=utcnow(),
            parts=["b"],
            window_start=utcnow(),
        )
        same_notice = repo.create_digest(
            session=s,
            user_id=9,
            slot="manual",
            window_end=utcnow(),
            parts=["c"],
            window_start=start,
        )
        assert first is not None and same_slot is None and same_notice is None
        assert repo.users_with_slot(session=s, slot="2026-11-16T00:00Z") == {9}
        assert repo.pending_digest_ids(session=s) == [first.id]
        assert first.id
        repo.mark_digest_progress(session=s, digest_id=first.id, sent_parts=1)
        assert repo.pending_digest_ids(session=s) == []


def test_pushes_are_recorded_once_per_cadre(database: Database) -> None:
    with database.session() as s:
        group = make_group(s)
        assert group.id
        for user_id in (1, 2):
            repo.upsert_cadre(session=s, user_id=user_id, first_name=str(user_id))
            _member(s, group.id, user_id)
        repo.deactivate_cadre(session=s, user_id=2, reason="blocked")
        notice = make_notice(s, group, kind="task")
        assert notice.id
        assert [
            c.user_id
            for c in repo.push_recipients(session=s, group_id=group.id, notice_id=notice.id)
        ] == [1]
        repo.record_push(session=s, user_id=1, notice_id=notice.id)
        assert repo.push_recipients(session=s, group_id=group.id, notice_id=notice.id) == []
        since = notice.received_at - timedelta(days=1)
        assert repo.pushed_pairs(session=s, user_ids=[1, 2], since=since) == {(1, notice.id)}


def test_cadre_reactivates_on_start(database: Database) -> None:
    with database.session() as s:
        repo.upsert_cadre(session=s, user_id=5, first_name="李", language_code="en")
        assert repo.deactivate_cadre(session=s, user_id=5, reason="blocked the bot")
        assert [c.user_id for c in repo.list_active_cadres(session=s)] == []
        cadre = repo.upsert_cadre(session=s, user_id=5, first_name="李", language_code=None)
        assert cadre.active and cadre.language_code == "en"


def test_settings_are_saved_and_nothing_else(database: Database) -> None:
    with database.session() as s:
        cadre = repo.upsert_cadre(session=s, user_id=5, first_name="李")
        repo.save_cadre_settings(
            session=s, cadre=cadre, values={"muted_kinds": ["checkin"], "quiet_start": "22:00"}
        )
        with pytest.raises(KeyError, match="active"):
            repo.save_cadre_settings(session=s, cadre=cadre, values={"active": False})
    with database.session() as s:
        cadre = repo.get_cadre(session=s, user_id=5)
        assert cadre is not None and cadre.active
        assert cadre.muted_kinds == ["checkin"] and cadre.quiet_start == "22:00"


def test_stored_times_read_back_aware_whatever_their_text(sqlite_database: Database) -> None:
    with sqlite_database.session() as s:
        group = make_group(s)
        notice = make_notice(s, group)
        for stored in ("2026-11-16 08:00:00", "2026-11-16 08:00:00.250000", "2026-11-16T08:00"):
            s.connection().exec_driver_sql(
                "UPDATE notice SET due_at = ? WHERE id = ?", (stored, notice.id)
            )
            (due,) = s.connection().execute(select_columns(Notice.due_at)).one()
            assert due.tzinfo is UTC and due.replace(microsecond=0) == datetime(
                2026, 11, 16, 8, tzinfo=UTC
            )


def test_membership_time_moves_only_when_membership_does(database: Database) -> None:
    joined = datetime(2026, 11, 16, 8, 0, tzinfo=UTC)
    with database.session() as s:
        group = make_group(s)
        assert group.id
        assert repo.set_membership(
            session=s, group_id=group.id, user_id=9, status="member", now=joined
        )
        later = joined + timedelta(hours=3)
        assert not repo.set_membership(
            session=s, group_id=group.id, user_id=9, status="administrator", now=later
        )
        repo.note_members(session=s, pairs={(group.id, 9)}, now=later)
        assert repo.member_groups(session=s, user_ids=[9])[9] == [(group.id, joined)]
        repo.set_membership(session=s, group_id=group.id, user_id=9, status="left", now=later)
        back = later + timedelta(days=1)
        repo.note_members(session=s, pairs={(group.id, 9)}, now=back)
        assert repo.member_groups(session=s, user_ids=[9])[9] == [(group.id, back)]
