"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23 04:35:40.692850
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage._types

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "cadre",
        sa.Column("digest_times", sa.JSON(), nullable=True),
        sa.Column("timezone", sa.String(length=64), nullable=True),
        sa.Column("quiet_start", sa.String(length=5), nullable=True),
        sa.Column("quiet_end", sa.String(length=5), nullable=True),
        sa.Column("muted_groups", sa.JSON(), nullable=False),
        sa.Column("muted_kinds", sa.JSON(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column("user_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("first_name", sa.String(length=255), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=True),
        sa.Column("language_code", sa.String(length=16), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("subscribed_at", storage._types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("deactivated_reason", sa.String(length=255), nullable=True),
        sa.PrimaryKeyConstraint("user_id"),
    )
    op.create_table(
        "cluster",
        sa.Column("id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("first_seen", storage._types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("last_seen", storage._types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("copies", sa.Integer(), nullable=False),
        sa.Column("group_count", sa.Integer(), nullable=False),
        sa.Column("requester_count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("cluster", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cluster_last_seen"), ["last_seen"], unique=False)

    op.create_table(
        "clusterdelivery",
        sa.Column("user_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("cluster_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("due_at", storage._types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("delivered_at", storage._types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("user_id", "cluster_id"),
    )
    op.create_table(
        "group",
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("title", sa.String(length=255), nullable=False),
        sa.Column("chat_type", sa.String(length=20), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=True),
        sa.Column("department", sa.String(length=100), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("registered", sa.Boolean(), nullable=False),
        sa.Column("registered_at", storage._types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("registered_by", sa.BigInteger(), nullable=False),
        sa.Column("previous_chat_id", sa.BigInteger(), nullable=True),
        sa.Column("bot_is_admin", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("group", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_group_chat_id"), ["chat_id"], unique=True)

    op.create_table(
        "supervisor",
        sa.Column("user_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("departments", sa.JSON(), nullable=False),
        sa.Column("granted_by", sa.BigInteger(), nullable=True),
        sa.Column("granted_at", storage._types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("user_id"),
    )
    op.create_table(
        "digest",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("slot", sa.String(length=64), nullable=False),
        sa.Column("built_at", storage._types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("window_end", storage._types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("parts", sa.JSON(), nullable=False),
        sa.Column("items", sa.JSON(), nullable=False),
        sa.Column("item_count", sa.Integer(), nullable=False),
        sa.Column("sent_parts", sa.Integer(), nullable=False),
        sa.Column("attempting_part", sa.Integer(), nullable=True),
        sa.Column("uncertain_resends", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("sent_at", storage._types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("error", sa.String(length=500), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["cadre.user_id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("user_id", "slot", name="uq_digest_user_slot"),
    )
    with op.batch_alter_table("digest", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_digest_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_digest_user_id"), ["user_id"], unique=False)

    op.create_table(
        "membership",
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("is_member", sa.Boolean(), nullable=False),
        sa.Column("updated_at", storage._types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["group_id"], ["group.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("group_id", "user_id"),
    )
    op.create_table(
        "notice",
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("message_id", sa.BigInteger(), nullable=False),
        sa.Column("sender_id", sa.BigInteger(), nullable=True),
        sa.Column("sender_name", sa.String(length=255), nullable=False),
        sa.Column("sent_at", storage._types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("attachment", sa.String(length=255), nullable=True),
        sa.Column("forwarded_from", sa.String(length=255), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("urgent", sa.Boolean(), nullable=False),
        sa.Column("due_at", storage._types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("received_at", storage._types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("edited_at", storage._types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("cluster_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["group_id"], ["group.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("chat_id", "message_id", name="uq_notice_chat_message"),
    )
    with op.batch_alter_table("notice", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_notice_cluster_id"), ["cluster_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_notice_group_id"), ["group_id"], unique=False)
        batch_op.create_index("ix_notice_group_received", ["group_id", "received_at"], unique=False)

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

    op.create_table(
        "urgentpush",
        sa.Column("user_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("notice_id", sa.Integer(), nullable=False),
        sa.Column("pushed_at", storage._types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["notice_id"], ["notice.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("user_id", "notice_id"),
    )


def downgrade() -> None:

    op.drop_table("urgentpush")
    with op.batch_alter_table("digestitem", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_digestitem_user_id"))

    op.drop_table("digestitem")
    with op.batch_alter_table("notice", schema=None) as batch_op:
        batch_op.drop_index("ix_notice_group_received")
        batch_op.drop_index(batch_op.f("ix_notice_group_id"))
        batch_op.drop_index(batch_op.f("ix_notice_cluster_id"))

    op.drop_table("notice")
    op.drop_table("membership")
    with op.batch_alter_table("digest", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_digest_user_id"))
        batch_op.drop_index(batch_op.f("ix_digest_status"))

    op.drop_table("digest")
    op.drop_table("supervisor")
    with op.batch_alter_table("group", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_group_chat_id"))

    op.drop_table("group")
    op.drop_table("clusterdelivery")
    with op.batch_alter_table("cluster", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cluster_last_seen"))

    op.drop_table("cluster")
    op.drop_table("cadre")
