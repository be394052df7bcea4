"""The hand-computed corpus in one SQLite database per test module."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from storage.database import Database
from tests.bot.reports.fixtures.corpus import Installed, install
from tests.helpers.databases import fresh_database


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, Installed]]:
    """Shared by a module's tests, which only read it."""
    with fresh_database("sqlite", tmp_path_factory.mktemp("reports")) as db:
        with db.session() as session:
            installed = install(session)
        yield db, installed
