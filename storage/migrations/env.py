"""Alembic environment: migrations run on a connection handed in by the caller."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection
from sqlmodel import SQLModel

import storage.models  # noqa: F401  (registers the tables on SQLModel.metadata)
from storage.repository.search import is_search_table

target_metadata = SQLModel.metadata


def _include_name(name: str | None, kind: str, _parents: object) -> bool:
    """The search index (migration 0006) is no model: autogenerate leaves it alone."""
    return not (kind == "table" and is_search_table(name))


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_name=_include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through storage.database.upgrade_schema")
_run(connection)
