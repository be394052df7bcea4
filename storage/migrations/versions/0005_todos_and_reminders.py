"""收到 / 已完成 marks, reminders sent, corrections owed, to-do settings, notices by due

A mark is a row per cadre and item (the notice's cluster) written only when
the cadre presses 收到 or 已完成; which to-dos reached a cadre is read off
their digest windows, so a round of ten thousand digests writes no row per
to-do. Deleting a cadre deletes their marks and reminders.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06 13:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage._types

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_MOMENT = storage._types.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "todomark",
        sa.Column("user_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("item_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("acked_at", _MOMENT, nullable=True),
        sa.Column("done_at", _MOMENT, nullable=True),
        sa.Column("updated_at", _MOMENT, nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["cadre.user_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("user_id", "item_id"),
    )
    with op.batch_alter_table("todomark", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_todomark_item_id"), ["item_id"], unique=False)
    with op.batch_alter_table("notice", schema=None) as batch_op:
        batch_op.create_index("ix_notice_due", ["due_at"], unique=False)
    op.create_table(
        "remindersent",
        sa.Column("user_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("item_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("remind_at", _MOMENT, nullable=False),
        sa.Column("due_at", _MOMENT, nullable=False),
        sa.Column("sent_at", _MOMENT, nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["cadre.user_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("user_id", "item_id", "remind_at"),
    )
    op.create_table(
        "correction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("notice_id", sa.Integer(), nullable=False),
        sa.Column("old_text", sa.Text(), nullable=False),
        sa.Column("old_due_at", _MOMENT, nullable=True),
        sa.Column("created_at", _MOMENT, nullable=False),
        sa.Column("pushed_at", _MOMENT, nullable=True),
        sa.Column("shown_at", _MOMENT, nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["cadre.user_id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["notice_id"], ["notice.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("correction", schema=None) as batch_op:
        batch_op.create_index("ix_correction_user_pending", ["user_id", "shown_at"], unique=False)
    with op.batch_alter_table("cadre", schema=None) as batch_op:
        batch_op.add_column(sa.Column("carry_todos", sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column("remind_before", sa.String(length=8), nullable=True))
        batch_op.add_column(sa.Column("remind_morning", sa.String(length=8), nullable=True))
    with op.batch_alter_table("digest", schema=None) as batch_op:
        batch_op.add_column(sa.Column("todo_items", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("keyboard", sa.JSON(), nullable=True))
    op.execute("UPDATE digest SET todo_items = '[]', keyboard = '[]'")
    with op.batch_alter_table("digest", schema=None) as batch_op:
        batch_op.alter_column("todo_items", existing_type=sa.JSON(), nullable=False)
        batch_op.alter_column("keyboard", existing_type=sa.JSON(), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("digest", schema=None) as batch_op:
        batch_op.drop_column("keyboard")
        batch_op.drop_column("todo_items")
    with op.batch_alter_table("cadre", schema=None) as batch_op:
        batch_op.drop_column("remind_morning")
        batch_op.drop_column("remind_before")
        batch_op.drop_column("carry_todos")
    with op.batch_alter_table("correction", schema=None) as batch_op:
        batch_op.drop_index("ix_correction_user_pending")
    op.drop_table("correction")
    op.drop_table("remindersent")
    with op.batch_alter_table("notice", schema=None) as batch_op:
        batch_op.drop_index("ix_notice_due")
    with op.batch_alter_table("todomark", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_todomark_item_id"))
    op.drop_table("todomark")
