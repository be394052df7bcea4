"""Who is chasing their own request: a name asked alone ("Moston?") by the sender
of a request still open in the same group."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlmodel import Session

from storage import repository as repo
from storage.database import Database
from storage.models import Group, Notice
from tests.helpers.factories import make_group, make_notice

T0 = datetime(2026, 11, 16, 1, 0, tzinfo=UTC)
NOON = T0 + timedelta(hours=3)
WITHIN = timedelta(days=3)


def _ask(session: Session, group: Group, sent_at: datetime, sender: int) -> Notice:
    return make_notice(
        session, group, text="Moston?", kind="chatter", sent_at=sent_at, sender_id=sender
    )


def test_the_sender_of_an_open_request_is_its_chaser(database: Database) -> None:
    with database.session() as s:
        ward, other = make_group(s), make_group(s)
        make_notice(s, ward, sent_at=T0, sender_id=700, due_at=NOON)
        own = _ask(s, ward, T0 + timedelta(hours=2), 700)
        someone = _ask(s, ward, T0 + timedelta(hours=2), 800)
        elsewhere = _ask(s, other, T0 + timedelta(hours=2), 700)
        late = _ask(s, ward, NOON + timedelta(hours=1), 700)
        s.commit()
        ids = {n.id for n in (own, someone, elsewhere, late) if n.id is not None}
    with database.session() as s:
        found = repo.asked_by_requester(session=s, notice_ids=ids, within=WITHIN)
    assert found == {own.id}


def test_chatter_or_an_old_request_makes_no_chaser(database: Database) -> None:
    with database.session() as s:
        ward = make_group(s)
        make_notice(s, ward, kind="chatter", sent_at=T0, sender_id=700, due_at=NOON)
        make_notice(s, ward, sent_at=T0 - timedelta(days=5), sender_id=701, due_at=NOON)
        asks = [_ask(s, ward, T0 + timedelta(hours=2), who) for who in (700, 701)]
        s.commit()
        ids = {n.id for n in asks if n.id is not None}
    with database.session() as s:
        assert repo.asked_by_requester(session=s, notice_ids=ids, within=WITHIN) == set()
    with database.session() as s:
        assert repo.asked_by_requester(session=s, notice_ids=set(), within=WITHIN) == set()
