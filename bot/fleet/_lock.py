"""Who owns the singletons: a PostgreSQL advisory lock, or a file beside SQLite.

The lock lives on a connection of its own, outside the pool: PostgreSQL
releases a session-level advisory lock when that connection ends, so an
owner killed with SIGKILL frees it at once (its socket closes), and a
standby polling ``pg_try_advisory_lock`` takes over on its next poll.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
from pathlib import Path
from typing import IO

from sqlalchemy import Connection, Engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

__all__ = ["AnotherProcessRuns", "OwnerLock", "SqliteGuard"]

_log = logging.getLogger(__name__)
# pg_try_advisory_lock(namespace, hashtext(schema)): one owner per schema.
_OWNER_LOCK = 0x46540001


class AnotherProcessRuns(RuntimeError):
    """A second process was started on a SQLite database that one already serves."""


class OwnerLock:
    """The session-level advisory lock on PostgreSQL, held on a dedicated connection."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._connection: Connection | None = None
        self.held = False

    def try_acquire(self) -> bool:
        """Take the lock if free; True while it is ours. Never blocks."""
        try:
            if self._connection is None:
                self._connection = self._engine.connect().execution_options(
                    isolation_level="AUTOCOMMIT"
                )
            statement = text("SELECT pg_try_advisory_lock(:ns, hashtext(current_schema()))")
            self.held = bool(self._connection.execute(statement, {"ns": _OWNER_LOCK}).scalar())
        except DBAPIError as exc:
            _log.warning("cannot reach PostgreSQL for the owner lock: %s", exc.orig or exc)
            self._drop()
        return self.held

    def still_held(self) -> bool:
        """Whether the connection holding the lock is alive (else the lock is gone)."""
        if not self.held or self._connection is None:
            return False
        try:
            self._connection.execute(text("SELECT 1"))
        except DBAPIError as exc:
            _log.error("lost the connection that holds the owner lock: %s", exc.orig or exc)
            self._drop()
        return self.held

    def release(self) -> None:
        if self._connection is not None and self.held:
            # If this fails the connection is going anyway, and the lock with it.
            with contextlib.suppress(DBAPIError):
                self._connection.execute(
                    text("SELECT pg_advisory_unlock(:ns, hashtext(current_schema()))"),
                    {"ns": _OWNER_LOCK},
                )
        self._drop()

    def _drop(self) -> None:
        self.held = False
        if self._connection is not None:
            with contextlib.suppress(DBAPIError):
                self._connection.invalidate()
                self._connection.close()
            self._connection = None


class SqliteGuard:
    """An exclusive lock on ``<database>.lock``: SQLite serves one process.

    The operating system drops the lock when the process ends, however it ends.
    """

    def __init__(self, url: str) -> None:
        database = make_url(url).database
        self.path = Path(f"{database}.lock") if database not in (None, "", ":memory:") else None
        self._file: IO[str] | None = None

    def acquire(self) -> None:
        if self.path is None:
            return
        handle = self.path.open("a+", encoding="utf-8")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            handle.close()
            raise AnotherProcessRuns(
                f"{holder} already serves the SQLite database {self.path.with_suffix('')}; "
                "SQLite runs one bot process (use PostgreSQL to run a fleet)"
            ) from exc
        handle.seek(0)
        handle.truncate()
        handle.write(f"fingertip process {os.getpid()}")
        handle.flush()
        self._file = handle

    def release(self) -> None:
        if self._file is not None:
            fcntl.flock(self._file, fcntl.LOCK_UN)
            self._file.close()
            self._file = None
