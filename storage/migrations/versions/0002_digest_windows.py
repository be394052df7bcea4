"""digests cover back-to-back windows; per-notice claims and per-cluster deliveries go

A round of digests for ten thousand cadres claimed every notice of every
window, one row per (cadre, notice), and one row per (cadre, cluster) shown:
tens of millions of rows a day. Windows that start where the previous one
ended, with a unique start per cadre, guard against covering a stretch twice;
whether a cadre already read a cluster is read off the copies in their
earlier windows.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 23:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage._types

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("digest", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("window_start", storage._types.UTCDateTime(timezone=True), nullable=True)
        )
        batch_op.create_index("uq_digest_user_window", ["user_id", "window_start"], unique=True)
    with op.batch_alter_table("digestitem", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_digestitem_user_id"))
    op.drop_table("digestitem")
    op.drop_table("clusterdelivery")


def downgrade() -> None:
    op.create_table(
        "clusterdelivery",
        sa.Column("user_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("cluster_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("due_at", storage._types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("delivered_at", storage._types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("user_id", "cluster_id"),
    )
    op.create_table(
        "digestitem",
        sa.Column("digest_id", sa.Integer(), nullable=False),
        sa.Column("notice_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["digest_id"], ["digest.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["notice_id"], ["notice.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("digest_id", "notice_id"),
        sa.UniqueConstraint("user_id", "notice_id", name="uq_digest_item_user_notice"),
    )
    with op.batch_alter_table("digestitem", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_digestitem_user_id"), ["user_id"], unique=False)
    with op.batch_alter_table("digest", schema=None) as batch_op:
        batch_op.drop_index("uq_digest_user_window")
        batch_op.drop_column("window_start")
