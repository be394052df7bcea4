"""notices remember whether they are a reminder of their cluster's notice, and its status

A copy that chases a notice ("低保复核表还差二组、五组", "still missing Ward
2") joins the notice's cluster like any copy; the digest shows the notice
once with "提醒 N 次", the latest status line and the latest due, so the
flag and the status line are stored with the copy at ingest.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06 13:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("notice", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("reminder", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(sa.Column("status_line", sa.String(length=255), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("notice", schema=None) as batch_op:
        batch_op.drop_column("status_line")
        batch_op.drop_column("reminder")
