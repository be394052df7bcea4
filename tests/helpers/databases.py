"""Fresh databases for tests: a SQLite file, or a PostgreSQL schema of its own."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from storage.database import Database

__all__ = ["POSTGRES_URL", "fresh_database", "postgres_available", "postgres_schema"]

POSTGRES_URL = os.environ.get(
    "FINGERTIP_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


def postgres_available() -> bool:
    engine = create_engine(POSTGRES_URL, connect_args={"connect_timeout": 3})
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        return True
    except OperationalError:
        return False
    finally:
        engine.dispose()


def _require_postgres() -> None:
    if postgres_available():
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"PostgreSQL at {POSTGRES_URL} is unreachable under CI")
    pytest.skip(f"PostgreSQL at {POSTGRES_URL} is unreachable")


@contextmanager
def _postgres_schema() -> Iterator[Database]:
    _require_postgres()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    db = Database(f"{POSTGRES_URL}?options=-csearch_path%3D{schema}")
    try:
        yield db
    finally:
        db.dispose()
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@contextmanager
def fresh_database(backend: str, tmp_path: Path) -> Iterator[Database]:
    """An upgraded, empty database of the given backend, removed afterwards."""
    if backend == "postgres":
        with _postgres_schema() as db:
            db.upgrade()
            yield db
        return
    db = Database(f"sqlite:///{tmp_path / 'fingertip.sqlite'}")
    db.upgrade()
    try:
        yield db
    finally:
        db.dispose()


# A schema of its own, not migrated: for tests of what happens at start.
postgres_schema = _postgres_schema
