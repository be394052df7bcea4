"""Full-text search over stored notices, by the database's own index.

Each notice has one row of words in ``notice_terms`` (cut by
``nlp.search_terms``, written here at ingest and on every edit, removed with
the notice by its foreign key). On SQLite an external-content FTS5 table,
``notice_fts``, indexes those words (triggers on ``notice_terms`` keep it in
step); on PostgreSQL the row holds a ``tsvector`` under a GIN index. The
tables are made by migration 0006 and are not SQLModel models (FTS5 tables
cannot be); ``SEARCH_TABLES`` names them for schema comparisons.

A search is scoped to groups and a stretch of time inside the query. On
SQLite each row also carries its group as a word (``g<id>`` in a column of
its own, weighted zero in ranking), so FTS5 intersects the query's words with
the cadre's groups in its own posting lists instead of handing back every
match in every group for SQL to filter; the time is a rowid range (ids grow
as notices arrive). Copies of one notice come back once, the best-ranked.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import Connection, bindparam, column, delete, table, text
from sqlmodel import Session, col, select

from storage._types import UTCDateTime
from storage.models import Notice
from storage.repository._plain import plain_connection
from storage.repository.windows import WindowRow

__all__ = [
    "CANDIDATES",
    "SEARCH_TABLES",
    "SearchDocument",
    "SearchPage",
    "index_notices",
    "is_search_table",
    "search_notices",
    "unindex_sent_before",
]

SEARCH_TABLES = frozenset({"notice_terms", "notice_fts"})
_MAX_POSITIONS = 255  # per word in a tsvector (PostgreSQL keeps at most 256)
_MAX_POSITION = 16383
# The newest this many matches are ranked: a word in most notices (通知) would
# otherwise cost a row read for every one; such a search says "1000+" and an
# added word narrows it.
CANDIDATES = 1000
_HALF_LIFE_DAYS = 7.0  # a week-old match ranks as a fresh one half as good


def is_search_table(name: str | None) -> bool:
    """Whether a table is part of the search index (FTS5's shadow tables included)."""
    return name is not None and (name in SEARCH_TABLES or name.startswith("notice_fts_"))


class SearchDocument(NamedTuple):
    """What one notice is found by."""

    notice_id: int
    group_id: int
    received_at: datetime
    words: Sequence[str]


class SearchPage(NamedTuple):
    """One page of results, best first, and how many there are (``capped``: at
    least that many, the newest :data:`CANDIDATES` matches having been ranked)."""

    rows: list[WindowRow]
    total: int
    capped: bool = False


def _postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def tsvector_literal(words: Sequence[str]) -> str:
    """Words as a ``tsvector`` literal with their positions: given verbatim, so
    PostgreSQL's parser (whose idea of a word depends on the server's locale)
    never sees the text."""
    positions: dict[str, list[str]] = {}
    for place, word in enumerate(words[:_MAX_POSITION], 1):
        found = positions.setdefault(word, [])
        if len(found) < _MAX_POSITIONS:
            found.append(str(place))
    return " ".join(f"'{_quoted(word)}':{','.join(at)}" for word, at in positions.items())


def _quoted(word: str) -> str:
    return word.replace("\\", "\\\\").replace("'", "''")


def index_notices(*, session: Session, documents: Sequence[SearchDocument]) -> None:
    """Write (or rewrite, after an edit) the words of these notices."""
    if not documents:
        return
    connection = plain_connection(session)
    if _postgres(session):
        connection.execute(
            text(
                "INSERT INTO notice_terms (notice_id, group_id, received_at, document) "
                "VALUES (:id, :group_id, :received_at, CAST(:document AS tsvector)) "
                "ON CONFLICT (notice_id) DO UPDATE SET document = EXCLUDED.document"
            ).bindparams(bindparam("received_at", type_=UTCDateTime())),
            [
                {
                    "id": d.notice_id,
                    "group_id": d.group_id,
                    "received_at": d.received_at,
                    "document": tsvector_literal(d.words),
                }
                for d in documents
            ],
        )
        return
    ids = [d.notice_id for d in documents]
    connection.execute(
        text("DELETE FROM notice_terms WHERE id IN :ids").bindparams(
            bindparam("ids", expanding=True)
        ),
        {"ids": ids},
    )
    connection.execute(
        text("INSERT INTO notice_terms (id, body, scope) VALUES (:id, :body, :scope)"),
        [
            {"id": d.notice_id, "body": " ".join(d.words), "scope": f"g{d.group_id}"}
            for d in documents
        ],
    )


def unindex_sent_before(*, session: Session, before: datetime) -> None:
    """Drop the words of notices sent before ``before``: retention blanks their
    texts, and a search must not still find what is no longer kept."""
    terms = table("notice_terms", column("id"), column("notice_id"))
    key = terms.c.notice_id if _postgres(session) else terms.c.id
    old = select(col(Notice.id)).where(col(Notice.sent_at) < before)
    session.execute(delete(terms).where(key.in_(old)))


def _fts_match(words: Sequence[str], group_ids: Collection[int], any_word: bool) -> str:
    joiner = " OR " if any_word else " AND "
    terms = joiner.join(f'"{word}"' for word in words)
    scope = " OR ".join(f'"g{group}"' for group in sorted(group_ids))
    return f"body : ({terms}) AND scope : ({scope})"


def _tsquery(words: Sequence[str], any_word: bool) -> str:
    return (" | " if any_word else " & ").join(f"'{_quoted(word)}'" for word in words)


_COLUMNS = (
    "n.id, n.group_id, n.chat_id, n.message_id, n.sender_name, n.sent_at, n.received_at, "
    "n.kind, n.urgent, n.due_at, n.cluster_id, n.edited_at, coalesce(c.copies, 1) AS copies"
)

# Copies of one notice come back once: the best-ranked copy of each cluster.
# Candidates are ranked on the few columns ranking needs (on SQLite read from
# ix_notice_search, which covers them, never from the wide notice rows); only
# the page's rows are then read whole. The unary + keeps the group and time
# tests out of the index seek: as seek terms, an IN of 30 groups cost 30
# probes a candidate instead of one.
_BEST_COPY = """
SELECT *, row_number() OVER (
  PARTITION BY coalesce(cluster_id, -id) ORDER BY score, id DESC
) AS copy_rank FROM ({scored}) AS scored
"""

_PAGE = """
SELECT {columns}, best.total, best.candidates FROM (
  SELECT id, score, count(*) OVER () AS total, candidates FROM ({best}) AS ranked
  WHERE copy_rank = 1 ORDER BY score, id DESC LIMIT :limit OFFSET :offset
) AS best
JOIN notice AS n ON n.id = best.id
LEFT JOIN cluster AS c ON c.id = n.cluster_id
ORDER BY best.score, best.id DESC
"""

_SQLITE_SCORED = f"""
SELECT n.id, n.cluster_id, -({{relevance}})
  / (1.0 + (julianday(:now) - julianday(n.sent_at)) / {_HALF_LIFE_DAYS}) AS score,
  count(*) OVER () AS candidates
FROM (
  SELECT rowid AS id FROM notice_fts WHERE notice_fts MATCH :match AND rowid >= :first_id
  ORDER BY rowid DESC LIMIT {CANDIDATES}
) AS hit
JOIN notice_terms AS t ON t.id = hit.id
JOIN notice AS n INDEXED BY ix_notice_search ON n.id = hit.id
WHERE +n.group_id IN ({{groups}}) AND +n.received_at > :since AND +n.received_at <= :until
"""

_POSTGRES_SCORED = f"""
SELECT n.id, n.cluster_id, -ts_rank(t.document, CAST(:query AS tsquery))
  / (1.0 + extract(epoch FROM (:now - n.sent_at)) / {_HALF_LIFE_DAYS * 86400}) AS score,
  count(*) OVER () AS candidates
FROM (
  SELECT notice_id, document FROM notice_terms
  WHERE document @@ CAST(:query AS tsquery)
    AND group_id = ANY(:group_ids) AND received_at > :since AND received_at <= :until
  ORDER BY received_at DESC LIMIT {CANDIDATES}
) AS t
JOIN notice AS n ON n.id = t.notice_id
"""

# BM25's term-frequency part, in plain SQL over the candidates' words. FTS5's own
# bm25() costs about 30 us a row once a query carries the cadre's groups (every
# group is a phrase it weighs), ten times what the match itself costs; with
# every word required, its inverse document frequencies would only reorder
# words that every result holds anyway.
_TERM = "((length(t.body) - length(replace(t.body, :w{n}, ''))) * 1.0 / length(:w{n}))"
_WORDS_IN = "(length(t.body) - length(replace(t.body, ' ', '')) + 1.0)"
_AVERAGE_WORDS = 40.0


def _relevance(count: int) -> str:
    norm = f"1.2 * (0.25 + 0.75 * {_WORDS_IN} / {_AVERAGE_WORDS})"
    terms = [_TERM.format(n=n) for n in range(count)]
    return " + ".join(f"{term} / ({term} + {norm})" for term in terms)


def _first_id(connection: Connection, groups: str, since: object) -> int:
    """The oldest notice of these groups received after ``since``: FTS5 starts there."""
    found = connection.exec_driver_sql(
        "SELECT min(id) FROM notice INDEXED BY ix_notice_group_received"
        f" WHERE group_id IN ({groups}) AND received_at > :since",
        {"since": since},
    ).scalar_one_or_none()
    return int(found) if found is not None else -1


_PYFORMAT = re.compile(r"(?<![:\w]):(\w+)")


def search_notices(
    *,
    session: Session,
    words: Sequence[str],
    group_ids: Collection[int],
    since: datetime,
    until: datetime,
    now: datetime,
    limit: int,
    offset: int = 0,
    any_word: bool = False,
) -> SearchPage:
    """Notices of ``group_ids`` received in (since, until] holding every one of
    ``words`` (any one, with ``any_word``), best first: relevance (BM25's
    term-frequency part on SQLite, ``ts_rank`` on PostgreSQL) divided by one
    plus the age in weeks, so a fresh notice that matches well comes first and
    an old one has to match much better to beat it. One row per notice,
    whatever number of copies matched; the count comes with the page (one
    statement, one pass)."""
    if not words or not group_ids:
        return SearchPage([], 0)
    connection = plain_connection(session)
    dialect = connection.dialect
    instant = _INSTANT.bind_processor(dialect) or (lambda value: value)
    params: dict[str, Any] = {
        "since": instant(since),
        "until": instant(until),
        "now": instant(now),
        "limit": limit,
        "offset": offset,
    }
    if dialect.name == "postgresql":
        scored, params["query"] = _POSTGRES_SCORED, _tsquery(words, any_word)
        params["group_ids"] = sorted(group_ids)
    else:
        groups = ",".join(str(int(group)) for group in sorted(group_ids))
        first = _first_id(connection, groups, params["since"])
        if first < 0:
            return SearchPage([], 0)
        scored = _SQLITE_SCORED.format(relevance=_relevance(len(words)), groups=groups)
        params |= {f"w{n}": word for n, word in enumerate(words)}
        params["match"] = _fts_match(words, group_ids, any_word)
        params["first_id"] = first
    statement = _PAGE.format(columns=_COLUMNS, best=_BEST_COPY.format(scored=scored))
    if dialect.name == "postgresql":
        statement = _PYFORMAT.sub(r"%(\1)s", statement)
    # Plain driver SQL: compiling and caching a statement of thirty-odd
    # parameters cost several times what SQLite takes to answer it.
    found = connection.exec_driver_sql(statement, params).all()
    if not found:
        return SearchPage([], 0)
    moment = _INSTANT.result_processor(dialect, None) or (lambda value: value)
    rows = [_window_row(row, moment) for row in found]
    return SearchPage(rows, int(found[0][13]), int(found[0][14]) >= CANDIDATES)


_INSTANT = UTCDateTime()


def _window_row(row: Any, moment: Callable[[Any], Any]) -> WindowRow:
    (
        nid,
        group,
        chat,
        message,
        sender,
        sent,
        received,
        kind,
        urgent,
        due,
        cluster,
        edited,
        copies,
    ) = row[:13]
    return WindowRow(
        int(nid),
        int(group),
        int(chat),
        int(message),
        sender,
        moment(sent),
        moment(received),
        kind,
        bool(urgent),
        moment(due),
        cluster,
        moment(edited),
        int(copies),
    )
