"""Owner lock, standby takeover, migrations racing, SQLite's one process."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from bot.fleet import AnotherProcessRuns, Coordinator, OwnerLock, SqliteGuard
from storage.database import Database, head_revision, schema_revision
from tests.helpers.databases import postgres_schema


def _kill_backend_of(db: Database, lock: OwnerLock) -> None:
    """What kill -9 of the owner does to its connection: PostgreSQL ends the session."""
    connection = lock._connection  # the lock's own connection, on purpose
    assert connection is not None
    pid = connection.execute(text("SELECT pg_backend_pid()")).scalar()
    with db.engine.connect() as other:
        other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})


@pytest.mark.postgres
def test_one_owner_and_the_lock_goes_with_the_connection() -> None:
    with postgres_schema() as db:
        first, second = OwnerLock(db.engine), OwnerLock(db.engine)
        assert first.try_acquire()
        assert not second.try_acquire()
        assert first.still_held()
        _kill_backend_of(db, first)
        assert not first.still_held()
        assert second.try_acquire()
        assert not first.try_acquire()
        second.release()
        first.release()


@pytest.mark.postgres
def test_schemas_have_owners_of_their_own() -> None:
    with postgres_schema() as one, postgres_schema() as other:
        a, b = OwnerLock(one.engine), OwnerLock(other.engine)
        assert a.try_acquire() and b.try_acquire()
        a.release()
        b.release()


@pytest.mark.postgres
async def test_a_standby_takes_over_and_runs_the_owner_tasks() -> None:
    with postgres_schema() as db:
        owner = Coordinator(OwnerLock(db.engine), poll_seconds=0.05)
        standby = Coordinator(OwnerLock(db.engine), poll_seconds=0.05)
        gained: list[str] = []
        runs = asyncio.Event()

        async def task() -> None:
            runs.set()
            await asyncio.Event().wait()

        async def note() -> None:
            gained.append("standby")

        standby.on_gain(note)
        standby.owner_task(task)
        await owner.poll_once()
        await standby.poll_once()
        assert (owner.role, standby.role) == ("owner", "standby")
        await owner.stop()  # an orderly stop frees the lock at once
        await standby.poll_once()
        assert standby.role == "owner" and gained == ["standby"]
        await asyncio.wait_for(runs.wait(), 2)
        await standby.stop()
        assert standby.role == "owner"  # stop() ends its tasks; the role is what it last was


@pytest.mark.postgres
def test_processes_starting_together_migrate_once() -> None:
    with postgres_schema() as db:
        errors: list[BaseException] = []

        def start() -> None:
            other = Database(db.url)
            try:
                other.upgrade()
            except BaseException as exc:  # collected for the assertion below
                errors.append(exc)
            finally:
                other.dispose()

        threads = [threading.Thread(target=start) for _ in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert errors == []
        assert schema_revision(db.engine) == head_revision()


def test_sqlite_serves_one_process(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'fingertip.sqlite'}"
    first, second = SqliteGuard(url), SqliteGuard(url)
    first.acquire()
    with pytest.raises(AnotherProcessRuns, match="use PostgreSQL to run a fleet"):
        second.acquire()
    first.release()
    second.acquire()
    second.release()
