"""The session's connection, for statements that need none of the ORM."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session

__all__ = ["insert_new", "plain_connection"]


def plain_connection(session: Session) -> Connection:
    """The session's connection once its pending changes are flushed, as a query
    on the session would flush them: bulk reads and writes of plain rows skip
    the ORM's per-row loading and inspection, which is most of their cost."""
    session.flush()
    return session.connection()


def insert_new(session: Session, table: Any) -> Any:
    """An INSERT that skips rows a unique constraint already holds.

    Skipping, not failing, is how two writers racing for one row settle it
    without a savepoint: under pysqlite a savepoint opened before any write
    is the outermost transaction, and releasing it commits half a batch.
    """
    dialect = session.get_bind().dialect.name
    insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
    return insert(table).on_conflict_do_nothing()
