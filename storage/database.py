"""Engines, sessions and schema upgrades for SQLite and PostgreSQL alike."""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlalchemy.pool import StaticPool
from sqlmodel import Session

__all__ = [
    "SUPPORTED_URLS",
    "Database",
    "DatabaseUnavailable",
    "DatabaseUrlError",
    "MissingDatabase",
    "create_db_engine",
    "downgrade_schema",
    "head_revision",
    "migration_history",
    "schema_revision",
    "upgrade_schema",
]

_MIGRATIONS = Path(__file__).parent / "migrations"
# pg_advisory_xact_lock(namespace, hashtext(schema)): one migrator per schema at a time.
_MIGRATION_LOCK = 0x46540002


SUPPORTED_URLS = "sqlite:///path/to/fingertip.sqlite or postgresql+psycopg://user@host:5432/db"


class DatabaseUnavailable(RuntimeError):
    """The database URL is malformed or the server cannot be reached."""


class MissingDatabase(LookupError):
    """No Fingertip database where one should already be.

    ``path`` is set for a SQLite file that does not exist; otherwise ``url``
    (password masked) names a database that lacks Fingertip's tables.
    """

    def __init__(self, *, path: str | None = None, url: str | None = None) -> None:
        super().__init__(f"no database file at {path}" if path else f"no Fingertip tables in {url}")
        self.path, self.url = path, url


class DatabaseUrlError(DatabaseUnavailable):
    """The URL itself cannot work: unparsable, an unsupported backend, or a SQLite
    file in a folder that does not exist. A configuration mistake, said without
    the password."""


def _checked_url(url: str) -> URL:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        scheme = url.partition("://")[0] if "://" in url else "(none)"
        raise DatabaseUrlError(
            f"the database URL (scheme {scheme!r}) cannot be parsed; use {SUPPORTED_URLS}"
        ) from exc
    backend = parsed.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise DatabaseUrlError(
            f"database URL {parsed.render_as_string(hide_password=True)}: {backend} is not "
            f"supported; use {SUPPORTED_URLS}"
        )
    if backend == "sqlite" and parsed.database not in (None, "", ":memory:"):
        folder = Path(parsed.database).parent
        if not folder.is_dir():  # a typo would otherwise grow a tree of folders
            raise DatabaseUrlError(f"the folder of the SQLite database does not exist: {folder}")
    return parsed


def _enable_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets the digest builder read while ingest writes; foreign keys are
    # off by default in SQLite and the schema relies on them for cascades.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def create_db_engine(url: str, *, echo: bool = False) -> Engine:
    """Build an engine; in-memory SQLite shares one connection across threads."""
    parsed = _checked_url(url)
    if parsed.get_backend_name() != "sqlite":
        try:
            return create_engine(
                parsed, echo=echo, pool_pre_ping=True, json_serializer=_json_serializer
            )
        except (NoSuchModuleError, ImportError) as exc:
            safe = parsed.render_as_string(hide_password=True)
            raise DatabaseUrlError(
                f"database URL {safe}: driver {parsed.get_driver_name()!r} is not installed; "
                f"use {SUPPORTED_URLS}"
            ) from exc
    memory = parsed.database in (None, "", ":memory:")
    engine = create_engine(
        parsed,
        echo=echo,
        connect_args={"check_same_thread": False, "timeout": 30},
        poolclass=StaticPool if memory else None,
        json_serializer=_json_serializer,
    )
    event.listen(engine, "connect", _enable_sqlite_pragmas)
    return engine


def _json_serializer(value: object) -> str:
    """JSON with Chinese kept as it is: a digest's parts are mostly CJK text, which
    escaped as \\uXXXX takes twice the bytes and longer to write."""
    return json.dumps(value, ensure_ascii=False)


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    return config


def _migrate(engine: Engine, step: Callable[[Config], None]) -> None:
    """Run one Alembic command in one transaction, one process at a time.

    On PostgreSQL a transaction-level advisory lock comes first: a second
    process starting on a fresh database waits for the first to finish its
    migrations, then finds the schema at head, instead of racing it into a
    duplicate-key error. SQLite serialises writers by itself.
    """
    config = _alembic_config()
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(
                text("SELECT pg_advisory_xact_lock(:ns, hashtext(current_schema()))"),
                {"ns": _MIGRATION_LOCK},
            )
        config.attributes["connection"] = connection
        step(config)


def upgrade_schema(engine: Engine, revision: str = "head") -> None:
    """Run Alembic migrations on this engine (the only way tables are made)."""
    _migrate(engine, lambda config: command.upgrade(config, revision))


def downgrade_schema(engine: Engine, revision: str) -> None:
    """Step the schema down to ``revision`` (data in dropped columns is lost)."""
    _migrate(engine, lambda config: command.downgrade(config, revision))


def schema_revision(engine: Engine) -> str | None:
    """The revision the database is at; None before the first migration."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    """The newest revision this code ships."""
    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def migration_history() -> list[str]:
    """Every shipped revision, newest first: 'id (down) message'."""
    scripts = ScriptDirectory.from_config(_alembic_config())
    return [
        f"{script.revision} (after {script.down_revision or '-'}) {script.doc}"
        for script in scripts.walk_revisions()
    ]


class Database:
    """Owns the engine; callers get short-lived sessions and own them."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = url
        self.engine = create_db_engine(url, echo=echo)

    @classmethod
    def open_existing(cls, url: str, *, tables: Collection[str]) -> Database:
        """A database that already holds ``tables``, neither created nor migrated.

        For reading a copy or a read replica where the bot does not run: a
        mistyped SQLite path must not become an empty file.
        """
        try:
            parsed = make_url(url)
        except ArgumentError:
            parsed = _checked_url(url)  # says what is wrong without the URL itself
        file = parsed.database if parsed.get_backend_name() == "sqlite" else None
        if file not in (None, "", ":memory:") and not Path(str(file)).is_file():
            raise MissingDatabase(path=file)
        db = cls(url)
        db.check()
        if not set(tables) <= set(inspect(db.engine).get_table_names()):
            db.dispose()
            raise MissingDatabase(url=db.safe_url)
        return db

    @property
    def safe_url(self) -> str:
        """The URL with any password masked, for messages and logs."""
        return make_url(self.url).render_as_string(hide_password=True)

    def check(self) -> None:
        """Fail early and clearly when the database cannot be reached."""
        try:
            with self.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        except OperationalError as exc:
            reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
            raise DatabaseUnavailable(
                f"cannot reach the database at {self.safe_url}: {reason}"
            ) from exc

    def upgrade(self) -> None:
        self.check()
        upgrade_schema(self.engine)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits on success and rolls back on any error."""
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def dispose(self) -> None:
        self.engine.dispose()
