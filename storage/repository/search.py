"""Full-text search over stored notices, by the database's own index.

Each notice has one row of words in ``notice_terms`` (cut by
``nlp.search_terms``, written here at ingest and on every edit, removed with
the notice by its foreign key). On SQLite an external-content FTS5 table,
``notice_fts``, indexes those words (triggers on ``notice_terms`` keep it in
step); on PostgreSQL the row holds a ``tsvector`` under a GIN index. The
tables are made by migration 0015 and are not SQLModel models (FTS5 tables
cannot be); ``SEARCH_TABLES`` names them for schema comparisons.

A search is scoped to groups and a stretch of time inside the query. On
SQLite each row also carries its group as a word (``g<id>`` in a column of
its own, weighted zero in ranking), so FTS5 intersects the query's words with
the cadre's groups in its own posting lists instead of handing back every
match in every group for SQL to filter; the time is a rowid range (ids grow
as notices arrive). Copies of one notice come back once, the best-ranked.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import BigInteger, BindParameter, Boolean, Integer, String, bindparam, column, text
from sqlmodel import Session

from storage._types import UTCDateTime
from storage.repository._plain import plain_connection
from storage.repository.windows import WindowRow

__all__ = [
    "SEARCH_TABLES",
    "SearchDocument",
    "SearchPage",
    "index_notices",
    "is_search_table",
    "search_notices",
]

SEARCH_TABLES = frozenset({"notice_terms", "notice_fts"})
_MAX_POSITIONS = 255  # per word in a tsvector (PostgreSQL keeps at most 256)
_MAX_POSITION = 16383
_COUNT_CAP = 1000  # beyond this many results a page says "1000+"
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
    """One page of results, best first, and how many there are (capped at ``_COUNT_CAP``)."""

    rows: list[WindowRow]
    total: int

    @property
    def capped(self) -> bool:
        return self.total > _COUNT_CAP


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

_OUTER = (
    "id, group_id, chat_id, message_id, sender_name, sent_at, received_at, "
    "kind, urgent, due_at, cluster_id, edited_at, copies"
)

# Copies of one notice come back once: the best-ranked copy of each cluster.
_BEST_COPY = """
SELECT *, row_number() OVER (
  PARTITION BY coalesce(cluster_id, -id) ORDER BY score, id DESC
) AS copy_rank FROM ({scored}) AS scored
"""

_SQLITE_SCORED = f"""
SELECT {_COLUMNS}, -({{relevance}})
  / (1.0 + (julianday(:now) - julianday(n.sent_at)) / {_HALF_LIFE_DAYS}) AS score
FROM (
  SELECT rowid AS id FROM notice_fts WHERE notice_fts MATCH :match AND rowid >= :first_id
) AS hit
JOIN notice_terms AS t ON t.id = hit.id
JOIN notice AS n ON n.id = hit.id
LEFT JOIN cluster AS c ON c.id = n.cluster_id
WHERE n.group_id IN :group_ids AND n.received_at > :since AND n.received_at <= :until
"""

_POSTGRES_SCORED = f"""
SELECT {_COLUMNS}, -ts_rank(t.document, CAST(:query AS tsquery))
  / (1.0 + extract(epoch FROM (:now - n.sent_at)) / {_HALF_LIFE_DAYS * 86400}) AS score
FROM notice_terms AS t
JOIN notice AS n ON n.id = t.notice_id
LEFT JOIN cluster AS c ON c.id = n.cluster_id
WHERE t.document @@ CAST(:query AS tsquery)
  AND t.group_id IN :group_ids AND t.received_at > :since AND t.received_at <= :until
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


def _first_id(session: Session, group_ids: Collection[int], since: datetime) -> int:
    """The oldest notice of these groups received after ``since``: FTS5 starts there."""
    statement = text(
        "SELECT min(id) FROM notice INDEXED BY ix_notice_group_received"
        " WHERE group_id IN :group_ids AND received_at > :since"
    ).bindparams(bindparam("group_ids", expanding=True), bindparam("since", type_=UTCDateTime()))
    found = plain_connection(session).execute(
        statement, {"group_ids": sorted(group_ids), "since": since}
    )
    first = found.scalar_one_or_none()
    return int(first) if first is not None else -1


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
    ``words`` (any one, with ``any_word``), best first: the database's relevance
    (bm25, ts_rank) divided by one plus the age in weeks, so a fresh notice that
    matches well comes first and an old one has to match much better to beat it.
    One row per notice, whatever number of copies matched."""
    if not words or not group_ids:
        return SearchPage([], 0)
    params: dict[str, Any] = {
        "group_ids": sorted(group_ids),
        "since": since,
        "until": until,
        "now": now,
    }
    if _postgres(session):
        scored, params["query"] = _POSTGRES_SCORED, _tsquery(words, any_word)
    else:
        first = _first_id(session, group_ids, since)
        if first < 0:
            return SearchPage([], 0)
        scored = _SQLITE_SCORED.format(relevance=_relevance(len(words)))
        params |= {f"w{n}": word for n, word in enumerate(words)}
        params["match"] = _fts_match(words, group_ids, any_word)
        params["first_id"] = first
    hits = _BEST_COPY.format(scored=scored)
    binds: list[BindParameter[Any]] = [bindparam("group_ids", expanding=True)] + [
        bindparam(name, type_=UTCDateTime()) for name in ("since", "until", "now")
    ]
    page = _typed(
        text(
            f"SELECT {_OUTER} FROM ({hits}) AS best WHERE copy_rank = 1 "
            "ORDER BY score, id DESC LIMIT :limit OFFSET :offset"
        ).bindparams(*binds)
    )
    counted = text(
        f"SELECT count(*) FROM (SELECT 1 FROM ({hits}) AS best WHERE copy_rank = 1 "
        "LIMIT :cap) AS capped"
    ).bindparams(*binds)
    connection = plain_connection(session)
    result = connection.execute(page, {**params, "limit": limit, "offset": offset})
    rows = list(map(WindowRow._make, result))
    if offset == 0 and len(rows) < limit:
        return SearchPage(rows, len(rows))
    total = connection.execute(counted, {**params, "cap": _COUNT_CAP + 1}).scalar_one()
    return SearchPage(rows, int(total))


def _typed(clause: Any) -> Any:
    """The outer SELECT's columns, typed so that instants come back aware."""
    instant = UTCDateTime()
    return clause.columns(
        column("id", Integer),
        column("group_id", Integer),
        column("chat_id", BigInteger),
        column("message_id", BigInteger),
        column("sender_name", String),
        column("sent_at", instant),
        column("received_at", instant),
        column("kind", String),
        column("urgent", Boolean),
        column("due_at", instant),
        column("cluster_id", Integer),
        column("edited_at", instant),
        column("copies", Integer),
    )
