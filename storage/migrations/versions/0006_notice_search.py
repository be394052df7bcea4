"""full-text search over notices: FTS5 on SQLite, tsvector on PostgreSQL, backfilled

``notice_terms`` holds each notice's words as ``nlp.search_terms`` cuts them
(jieba: neither database can segment Chinese). On SQLite the external-content
FTS5 table ``notice_fts`` indexes them, kept in step by triggers; on
PostgreSQL the words are a ``tsvector`` under a GIN index, beside the group
and time a search is scoped by. Either way a notice's row goes with it (a
foreign key, ON DELETE CASCADE; on SQLite the trigger takes it out of the
FTS index too). Every notice already stored is indexed here. ``ix_notice_search``
covers what ranking reads of a notice (group, times, cluster), so a search
ranking a thousand matches never reads their wide rows.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 13:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import storage._types
from nlp.search_terms import index_words
from storage.repository.search import tsvector_literal

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BATCH = 2000

_SQLITE = [
    "CREATE TABLE notice_terms ("
    " id INTEGER PRIMARY KEY REFERENCES notice (id) ON DELETE CASCADE,"
    " body TEXT NOT NULL, scope TEXT NOT NULL)",
    "CREATE VIRTUAL TABLE notice_fts USING fts5("
    "body, scope, content='notice_terms', content_rowid='id',"
    " tokenize='unicode61 remove_diacritics 0')",
    "CREATE TRIGGER notice_terms_ai AFTER INSERT ON notice_terms BEGIN"
    " INSERT INTO notice_fts (rowid, body, scope) VALUES (new.id, new.body, new.scope); END",
    "CREATE TRIGGER notice_terms_ad AFTER DELETE ON notice_terms BEGIN"
    " INSERT INTO notice_fts (notice_fts, rowid, body, scope)"
    " VALUES ('delete', old.id, old.body, old.scope); END",
    "CREATE TRIGGER notice_terms_au AFTER UPDATE ON notice_terms BEGIN"
    " INSERT INTO notice_fts (notice_fts, rowid, body, scope)"
    " VALUES ('delete', old.id, old.body, old.scope);"
    " INSERT INTO notice_fts (rowid, body, scope) VALUES (new.id, new.body, new.scope); END",
]


def _create_postgres() -> None:
    op.create_table(
        "notice_terms",
        sa.Column("notice_id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("received_at", storage._types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("document", postgresql.TSVECTOR(), nullable=False),
        sa.ForeignKeyConstraint(["notice_id"], ["notice.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("notice_id"),
    )
    op.create_index(
        "ix_notice_terms_document", "notice_terms", ["document"], postgresql_using="gin"
    )
    op.create_index("ix_notice_terms_group_received", "notice_terms", ["group_id", "received_at"])


def _backfill(postgres: bool) -> None:
    """Index what is stored, a batch at a time (a large table is not read at once)."""
    bind = op.get_bind()
    read = sa.text(
        "SELECT id, group_id, received_at, text, attachment FROM notice"
        " WHERE id > :after ORDER BY id LIMIT :n"
    ).columns(
        sa.column("id", sa.Integer),
        sa.column("group_id", sa.Integer),
        sa.column("received_at", storage._types.UTCDateTime()),
        sa.column("text", sa.Text),
        sa.column("attachment", sa.String),
    )
    if postgres:
        write = sa.text(
            "INSERT INTO notice_terms (notice_id, group_id, received_at, document) "
            "VALUES (:id, :group_id, :received_at, CAST(:document AS tsvector))"
        ).bindparams(sa.bindparam("received_at", type_=storage._types.UTCDateTime()))
    else:
        write = sa.text("INSERT INTO notice_terms (id, body, scope) VALUES (:id, :body, :scope)")
    after = 0
    while rows := bind.execute(read, {"after": after, "n": _BATCH}).all():
        params = []
        for notice_id, group_id, received_at, body, attachment in rows:
            words = index_words(f"{body}\n{attachment}" if attachment else body)
            row = {"id": notice_id, "group_id": group_id, "received_at": received_at}
            if postgres:
                row["document"] = tsvector_literal(words)
            else:
                row |= {"body": " ".join(words), "scope": f"g{group_id}"}
            params.append(row)
        bind.execute(write, params)
        after = rows[-1][0]


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    op.create_index(
        "ix_notice_search",
        "notice",
        ["id", "group_id", "received_at", "sent_at", "cluster_id"],
        unique=False,
    )
    if postgres:
        _create_postgres()
    else:
        for statement in _SQLITE:
            op.execute(statement)
    _backfill(postgres)


def downgrade() -> None:
    op.drop_index("ix_notice_search", table_name="notice")
    if op.get_bind().dialect.name == "postgresql":
        op.drop_table("notice_terms")
        return
    for trigger in ("notice_terms_ai", "notice_terms_ad", "notice_terms_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE notice_fts")
    op.execute("DROP TABLE notice_terms")
