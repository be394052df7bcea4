"""open to-dos per cadre (收到 / 已完成 as timestamps), reminders sent, to-do settings

A to-do is a row per cadre and item (the notice's cluster), written when a
digest or an urgent push first delivers it: the open list, the reminders and
the sender's receipts all read it, and deleting a cadre deletes theirs.

Revision ID: 0014
Revises: 0002
Create Date: 2026-12-06 13:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage._types

revision: str = "0014"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_MOMENT = storage._types.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "todo",
        sa.Column("user_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("item_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("notice_id", sa.Integer(), nullable=False),
        sa.Column("due_at", _MOMENT, nullable=True),
        sa.Column("delivered_at", _MOMENT, nullable=False),
        sa.Column("acked_at", _MOMENT, nullable=True),
        sa.Column("done_at", _MOMENT, nullable=True),
        sa.Column("overdue_shown_at", _MOMENT, nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["cadre.user_id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["notice_id"], ["notice.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("user_id", "item_id"),
    )
    with op.batch_alter_table("todo", schema=None) as batch_op:
        batch_op.create_index("ix_todo_user_due", ["user_id", "due_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_todo_notice_id"), ["notice_id"], unique=False)
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
    op.drop_table("remindersent")
    with op.batch_alter_table("todo", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_todo_notice_id"))
        batch_op.drop_index("ix_todo_user_due")
    op.drop_table("todo")
