"""The migrations and the models describe the same schema."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

from storage.database import Database
from storage.repository.search import is_search_table


def test_migrations_match_the_models(database: Database) -> None:
    with database.engine.connect() as connection:
        # The search index (migration 0006) is no model: FTS5 tables cannot be.
        include = {
            "include_name": lambda name, kind, _: not (kind == "table" and is_search_table(name))
        }
        context = MigrationContext.configure(connection, opts={"compare_type": True, **include})
        differences = compare_metadata(context, SQLModel.metadata)
    assert differences == []


def test_upgrade_twice_is_harmless(database: Database) -> None:
    database.upgrade()
    database.upgrade()
