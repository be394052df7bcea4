"""The session's connection, for statements that need none of the ORM."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session

__all__ = ["dialect_insert", "insert_new", "plain_connection"]


def plain_connection(session: Session) -> Connection:
    """The session's connection once its pending changes are flushed, as a query
    on the session would flush them: bulk reads and writes of plain rows skip
    the ORM's per-row loading and inspection, which is most of their cost."""
    session.flush()
    return session.connection()


def dialect_insert(session: Session, table: Any) -> Any:
    """The INSERT of the session's dialect, which knows ON CONFLICT."""
    dialect = session.get_bind().dialect.name
    return (postgresql_insert if dialect == "postgresql" else sqlite_insert)(table)


def insert_new(session: Session, table: Any) -> Any:
    """An INSERT that skips rows a unique constraint already holds.

    Skipping, not failing, is how two writers racing for one row settle it
    without a savepoint: under pysqlite a savepoint opened before any write
    is the outermost transaction, and releasing it commits half a batch.
    """
    return dialect_insert(session, table).on_conflict_do_nothing()
