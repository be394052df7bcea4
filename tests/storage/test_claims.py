"""Outbox claims: two senders never hold one digest, an expired lease moves on."""

from __future__ import annotations

from datetime import timedelta

from storage import repository as repo
from storage.database import Database
from storage.models import Cadre, utcnow
from tests.helpers.factories import make_group, make_notice

LEASE = timedelta(seconds=10)


def _outbox(db: Database, digests: int) -> list[int]:
    with db.session() as s:
        for user_id in range(1, digests + 1):
            s.add(Cadre(user_id=user_id, first_name=f"干部{user_id}"))
    ids = []
    with db.session() as s:
        for user_id in range(1, digests + 1):
            digest = repo.create_digest(
                session=s, user_id=user_id, slot="s", window_end=utcnow(), parts=["甲", "乙"]
            )
            assert digest is not None and digest.id is not None
            ids.append(digest.id)
    return ids


def _claim(db: Database, claimer: str, limit: int, later: timedelta = timedelta()) -> list[int]:
    now = utcnow() + later
    with db.session() as s:
        return repo.claim_digests(
            session=s, claimer=claimer, now=now, until=now + LEASE, limit=limit
        )


def test_two_claimers_split_the_outbox(database: Database) -> None:
    ids = _outbox(database, 5)
    first = _claim(database, "a", 3)
    second = _claim(database, "b", 10)
    assert first == ids[:3] and second == ids[3:]
    assert _claim(database, "a", 10) == []  # its own claims are not handed out again


def test_an_expired_lease_is_taken_over_and_the_old_holder_stops(database: Database) -> None:
    [digest_id] = _outbox(database, 1)
    assert _claim(database, "a", 1) == [digest_id]
    assert _claim(database, "b", 1) == []
    assert _claim(database, "b", 1, later=LEASE * 2) == [digest_id]
    with database.session() as s:
        until = utcnow() + LEASE
        lost = repo.claim_part(session=s, digest_id=digest_id, part=0, claimer="a", until=until)
        held = repo.claim_part(session=s, digest_id=digest_id, part=0, claimer="b", until=until)
    assert lost is None and held is False


def test_a_part_attempted_before_a_crash_is_uncertain(database: Database) -> None:
    [digest_id] = _outbox(database, 1)
    _claim(database, "a", 1)
    with database.session() as s:
        until = utcnow() + LEASE
        first = repo.claim_part(session=s, digest_id=digest_id, part=0, claimer="a", until=until)
    assert first is False
    # "a" died; "b" takes over after the lease and finds part 0 in doubt.
    _claim(database, "b", 1, later=LEASE * 2)
    with database.session() as s:
        until = utcnow() + LEASE
        assert repo.claim_part(session=s, digest_id=digest_id, part=0, claimer="b", until=until)
        digest = repo.get_digest(session=s, digest_id=digest_id)
        assert digest is not None and digest.uncertain_resends == 1


def test_released_and_renewed_claims(database: Database) -> None:
    [digest_id] = _outbox(database, 1)
    _claim(database, "a", 1)
    with database.session() as s:
        assert repo.renew_claims(session=s, claimer="a", until=utcnow() + LEASE * 10) == 1
    assert _claim(database, "b", 1, later=LEASE * 2) == []  # renewed: still a's
    with database.session() as s:
        repo.release_digest(session=s, digest_id=digest_id, claimer="a")
        assert repo.outbox_backlog(session=s) == 1
    assert _claim(database, "b", 1) == [digest_id]


def test_a_push_is_claimed_once(database: Database) -> None:
    with database.session() as s:
        notice = make_notice(s, make_group(s))
        s.add(Cadre(user_id=7, first_name="李"))
    assert notice.id is not None
    notice_id = notice.id
    with database.session() as s:
        assert repo.claim_push(session=s, user_id=7, notice_id=notice_id)
    with database.session() as s:
        assert not repo.claim_push(session=s, user_id=7, notice_id=notice_id)
        repo.release_push(session=s, user_id=7, notice_id=notice_id)
    with database.session() as s:
        assert repo.claim_push(session=s, user_id=7, notice_id=notice_id)
