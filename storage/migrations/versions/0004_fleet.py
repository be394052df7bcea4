"""the fleet: digest claims with a lease, and the webhook inbox

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 12:50:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage._types

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("digest", schema=None) as batch_op:
        batch_op.add_column(sa.Column("claimed_by", sa.String(length=64), nullable=True))
        batch_op.add_column(
            sa.Column("lease_until", storage._types.UTCDateTime(timezone=True), nullable=True)
        )
    op.create_table(
        "inboxupdate",
        sa.Column("update_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("received_at", storage._types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("processed_at", storage._types.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("update_id"),
    )
    op.create_index(
        "ix_inboxupdate_pending", "inboxupdate", ["processed_at", "update_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_inboxupdate_pending", table_name="inboxupdate")
    op.drop_table("inboxupdate")
    with op.batch_alter_table("digest", schema=None) as batch_op:
        batch_op.drop_column("lease_until")
        batch_op.drop_column("claimed_by")
