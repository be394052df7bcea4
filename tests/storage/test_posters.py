"""Who posted where: what relates two groups for duplicate matching, read back at start."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from storage import repository as repo
from storage.database import Database
from tests.helpers.factories import make_group, make_notice

T0 = datetime(2026, 11, 16, 1, 0, tzinfo=UTC)


def test_posters_since_are_each_chat_and_sender_once(database: Database) -> None:
    with database.session() as s:
        township, village = make_group(s), make_group(s)
        make_notice(s, township, sent_at=T0, sender_id=700)
        make_notice(s, township, sent_at=T0 + timedelta(hours=1), sender_id=700, kind="chatter")
        make_notice(s, village, sent_at=T0 + timedelta(hours=2), sender_id=700)
        make_notice(s, village, sent_at=T0 - timedelta(days=40), sender_id=900)  # too old
        s.commit()
        chats = (township.chat_id, village.chat_id)
    with database.session() as s:
        found = repo.posters_since(session=s, since=T0 - timedelta(days=1))
    assert sorted(found) == sorted((chat, 700) for chat in chats)


def test_last_posts_are_each_group_s_latest_stored_message(database: Database) -> None:
    with database.session() as s:
        township, village, quiet = make_group(s), make_group(s), make_group(s)
        make_notice(s, township, sent_at=T0, sender_id=700)
        make_notice(s, township, sent_at=T0 + timedelta(minutes=3), sender_id=701, kind="chatter")
        make_notice(s, village, sent_at=T0 + timedelta(minutes=1), sender_id=702)
        s.commit()
        ids = {g.id or 0 for g in (township, village, quiet)}
        other = make_group(s)
        make_notice(s, other, sent_at=T0, sender_id=703)  # not asked for
        s.commit()
        wanted = (township.id or 0, village.id or 0)
    with database.session() as s:
        found = repo.last_posts(session=s, group_ids=ids)
        assert repo.last_posts(session=s, group_ids=set()) == {}
    assert {group: (sent.astimezone(UTC), sender) for group, (sent, sender) in found.items()} == {
        wanted[0]: (T0 + timedelta(minutes=3), 701),
        wanted[1]: (T0 + timedelta(minutes=1), 702),
    }
