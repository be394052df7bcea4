"""Search latency over stored notices: /search's query, on SQLite and PostgreSQL.

Prints one JSON object. Each size is a fresh database (a temporary SQLite
file, or a PostgreSQL schema of its own), migrated, then filled in bulk:
notices of ``--groups`` groups over 90 days, their words cut by the very
function ingest uses and written to the search index the migration made.
What is timed is ``repo.search_notices`` as the search service calls it: a
cadre in 30 groups, the last 30 days, the first page of 10 and the count.
Queries are one or two words drawn from the workload's own vocabulary, from
the rare (a person's name) to words in most notices (通知, 报送).

    .venv/bin/python bench/bench_search.py [--sizes 100000,1000000] [--backends sqlite,postgres]
        [--keep DIR]

``--keep DIR`` keeps each filled SQLite file in DIR (search-<size>-<groups>.sqlite)
and measures an existing one again instead of filling it anew (the 1M fill
takes minutes); the run then says ``"reused": true``. Delete the file after a
change to the schema.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._workload import DEPTS, TOPICS, VILLAGES, notices
from nlp.search_terms import SearchTerms, query_words
from storage import repository as repo
from storage.database import Database
from storage.repository.search import tsvector_literal
from tests.helpers.databases import fresh_database

NOW = datetime(2026, 12, 6, 6, 0, tzinfo=UTC)
SPAN = timedelta(days=90)
QUERIES = [
    *TOPICS,
    *VILLAGES,
    *DEPTS,
    "张三",
    "通知",
    "报送",
    "台账 报送",
    "低保 复核",
    "会议室 书记",
    "学习强国 截图",
    "森林防火 东山村",
    "整改 通报",
]


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def _rows(size: int, groups: int) -> Iterator[tuple[int, int, datetime, str]]:
    """(id, group, received at, text), oldest first, as ingest would have stored them."""
    step = SPAN / size
    rng = random.Random(5)
    for number, body in enumerate(notices(size, seed=3), 1):
        yield number, rng.randint(1, groups), NOW - SPAN + step * number, body


def _fill_sqlite(db: Database, size: int, groups: int) -> None:
    """Bulk rows, then the FTS5 index built in one go ('rebuild' reads notice_terms):
    the same index the insert trigger would have built row by row, in a fraction
    of the time; the trigger is put back before anything is measured."""
    raw = db.engine.raw_connection()
    cursor = raw.cursor()
    cursor.execute("PRAGMA synchronous=OFF")
    cursor.execute("DROP TRIGGER notice_terms_ai")
    cursor.executemany(
        'INSERT INTO "group" (id, chat_id, title, chat_type, registered, registered_at,'
        " registered_by, bot_is_admin) VALUES (?, ?, ?, 'supergroup', 1, ?, 1, 1)",
        [(g, -1001000000000 - g, f"工作群{g}", _stamp(NOW - SPAN)) for g in range(1, groups + 1)],
    )
    batch_notices: list[tuple[object, ...]] = []
    batch_terms: list[tuple[object, ...]] = []
    terms = SearchTerms()  # the cut of recent blocks, as ingest's pipeline keeps it
    for nid, group, received, body in _rows(size, groups):
        stamp = _stamp(received)
        batch_notices.append(
            (nid, -1001000000000 - group, nid, "小王", stamp, body, "notice", 0, group, stamp)
        )
        batch_terms.append((nid, " ".join(terms.index_words(body)), f"g{group}"))
        if len(batch_notices) == 20000:
            _flush_sqlite(cursor, batch_notices, batch_terms)
            raw.commit()
    _flush_sqlite(cursor, batch_notices, batch_terms)
    cursor.execute("INSERT INTO notice_fts (notice_fts) VALUES ('rebuild')")
    cursor.execute(
        "CREATE TRIGGER notice_terms_ai AFTER INSERT ON notice_terms BEGIN"
        " INSERT INTO notice_fts (rowid, body, scope) VALUES (new.id, new.body, new.scope); END"
    )
    cursor.execute("ANALYZE")
    raw.commit()
    cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()


def _flush_sqlite(
    cursor: object, notice_rows: list[tuple[object, ...]], terms: list[tuple[object, ...]]
) -> None:
    cursor.executemany(  # type: ignore[attr-defined]
        "INSERT INTO notice (id, chat_id, message_id, sender_name, sent_at, text, kind, urgent,"
        " group_id, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        notice_rows,
    )
    cursor.executemany(  # type: ignore[attr-defined]
        "INSERT INTO notice_terms (id, body, scope) VALUES (?, ?, ?)", terms
    )
    notice_rows.clear()
    terms.clear()


def _fill_postgres(db: Database, size: int, groups: int) -> None:
    raw = db.engine.raw_connection()
    cursor = raw.cursor()
    cursor.executemany(
        'INSERT INTO "group" (id, chat_id, title, chat_type, registered, registered_at,'
        " registered_by, bot_is_admin) VALUES (%s, %s, %s, 'supergroup', true, %s, 1, true)",
        [(g, -1001000000000 - g, f"工作群{g}", NOW - SPAN) for g in range(1, groups + 1)],
    )
    notice_copy = io.StringIO()
    terms_copy = io.StringIO()
    terms = SearchTerms()  # the cut of recent blocks, as ingest's pipeline keeps it
    for nid, group, received, body in _rows(size, groups):
        flat = body.replace("\\", "\\\\").replace("\t", " ").replace("\n", " ")
        stamp = received.isoformat()
        chat = -1001000000000 - group
        fields = (nid, chat, nid, "小王", stamp, flat, "notice", "f", group, stamp)
        notice_copy.write("\t".join(map(str, fields)) + "\n")
        document = tsvector_literal(terms.index_words(body)).replace("\\", "\\\\")
        terms_copy.write(f"{nid}\t{group}\t{stamp}\t{document}\n")
    with cursor.copy(  # type: ignore[attr-defined]
        "COPY notice (id, chat_id, message_id, sender_name, sent_at, text, kind, urgent,"
        " group_id, received_at) FROM STDIN"
    ) as copy:
        copy.write(notice_copy.getvalue())
    with cursor.copy(  # type: ignore[attr-defined]
        "COPY notice_terms (notice_id, group_id, received_at, document) FROM STDIN"
    ) as copy:
        copy.write(terms_copy.getvalue())
    raw.commit()
    cursor.execute("ANALYZE")
    raw.commit()
    raw.close()


@contextmanager
def _database(backend: str) -> Iterator[Database]:
    """A fresh, migrated database: a temporary SQLite file or a PostgreSQL schema
    of its own, made and dropped as the tests make theirs."""
    with tempfile.TemporaryDirectory() as folder, fresh_database(backend, Path(folder)) as db:
        yield db


def _measure(db: Database, groups: int, searches: int) -> dict[str, object]:
    rng = random.Random(9)
    samples, found = [], []
    with db.session() as session:
        for number in range(searches + 20):
            mine = rng.sample(range(1, groups + 1), 30)
            words = query_words(rng.choice(QUERIES))
            began = time.perf_counter()
            page = repo.search_notices(
                session=session,
                words=words,
                group_ids=mine,
                since=NOW - timedelta(days=30),
                until=NOW,
                now=NOW,
                limit=10,
            )
            elapsed = time.perf_counter() - began
            if number >= 20:  # the first few warm the caches
                samples.append(elapsed)
                found.append(page.total)
    ordered = sorted(samples)
    return {
        "searches": len(samples),
        "p50_ms": round(statistics.median(ordered) * 1000, 2),
        "p95_ms": round(ordered[int(len(ordered) * 0.95) - 1] * 1000, 2),
        "p99_ms": round(ordered[int(len(ordered) * 0.99) - 1] * 1000, 2),
        "max_ms": round(ordered[-1] * 1000, 2),
        "median_results": statistics.median(found),
        "max_results": max(found),
    }


def _kept(path: Path, size: int, groups: int) -> tuple[Database, bool]:
    """A SQLite file kept between runs, and whether it was already filled."""
    reused = path.exists()
    db = Database(f"sqlite:///{path}")
    if not reused:
        db.upgrade()
        try:
            _fill_sqlite(db, size, groups)
        except BaseException:
            db.dispose()
            path.unlink(missing_ok=True)
            raise
    return db, reused


def run(
    backend: str, size: int, groups: int, searches: int, keep: Path | None = None
) -> dict[str, object]:
    began = time.perf_counter()
    if keep is not None and backend == "sqlite":
        db, reused = _kept(keep / f"search-{size}-{groups}.sqlite", size, groups)
        filled = time.perf_counter() - began
        try:
            result = _measure(db, groups, searches)
        finally:
            db.dispose()
    else:
        reused = False
        with _database(backend) as db:
            (_fill_postgres if backend == "postgres" else _fill_sqlite)(db, size, groups)
            filled = time.perf_counter() - began
            result = _measure(db, groups, searches)
    return {
        "backend": backend,
        "notices": size,
        "groups": groups,
        "fill_s": None if reused else round(filled, 1),
        "reused": reused,
        **result,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000")
    parser.add_argument("--backends", default="sqlite")
    parser.add_argument("--groups", type=int, default=2000)
    parser.add_argument("--searches", type=int, default=500)
    parser.add_argument("--keep", type=Path, help="keep (and reuse) filled SQLite files here")
    args = parser.parse_args()
    runs = [
        run(backend, int(size), args.groups, args.searches, args.keep)
        for backend in args.backends.split(",")
        for size in args.sizes.split(",")
    ]
    print(
        json.dumps(
            {"bench": "search", "scope": "30 groups, last 30 days, page of 10", "runs": runs},
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
