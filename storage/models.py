"""Table models: groups, cadres, memberships, notices and the digest outbox.

Telegram ids exceed 32 bits, so every Telegram id is a BigInteger; every
instant is a timezone-aware UTC datetime (see ``UTCDateTime``).
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import JSON, BigInteger, Column, ForeignKey, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from storage._types import UTCDateTime

__all__ = [
    "Cadre",
    "CadreBase",
    "CadreSettingsBase",
    "Cluster",
    "Correction",
    "Digest",
    "Group",
    "GroupBase",
    "InboxUpdate",
    "Membership",
    "Notice",
    "NoticeBase",
    "ReminderSent",
    "Supervisor",
    "TodoMark",
    "UrgentPush",
    "utcnow",
]


def utcnow() -> datetime:
    """The current instant, aware, in UTC."""
    return datetime.now(UTC)


class GroupBase(SQLModel):
    chat_id: int = Field(sa_type=BigInteger, unique=True, index=True)
    title: str = Field(max_length=255)
    chat_type: str = Field(max_length=20)
    username: str | None = Field(default=None, max_length=64)
    department: str | None = Field(default=None, max_length=100)


class Group(GroupBase, table=True):
    """A work group; ``registered`` false keeps its history but stops ingest."""

    id: int | None = Field(default=None, primary_key=True)
    registered: bool = Field(default=True)
    registered_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    registered_by: int = Field(sa_type=BigInteger)
    previous_chat_id: int | None = Field(default=None, sa_type=BigInteger)
    bot_is_admin: bool = Field(default=False)


class CadreBase(SQLModel):
    user_id: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    first_name: str = Field(max_length=255)
    username: str | None = Field(default=None, max_length=64)
    language_code: str | None = Field(default=None, max_length=16)


class CadreSettingsBase(SQLModel):
    """What a cadre chose in /settings; None and empty mean "use the defaults"."""

    digest_times: list[str] | None = Field(default=None, sa_type=JSON)
    timezone: str | None = Field(default=None, max_length=64)
    quiet_start: str | None = Field(default=None, max_length=5)
    quiet_end: str | None = Field(default=None, max_length=5)
    muted_groups: list[int] = Field(default_factory=list, sa_type=JSON)
    muted_kinds: list[str] = Field(default_factory=list, sa_type=JSON)
    language: str | None = Field(default=None, max_length=8)
    # Open to-dos: carried into every digest unless turned off; reminded so many
    # minutes before the due moment ("off" for none) and on the due day's
    # morning ("HH:MM" or "off").
    carry_todos: bool | None = Field(default=None)
    remind_before: str | None = Field(default=None, max_length=8)
    remind_morning: str | None = Field(default=None, max_length=8)


class Cadre(CadreBase, CadreSettingsBase, table=True):
    """A user who has started the bot in private chat and receives digests."""

    active: bool = Field(default=True)
    subscribed_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    deactivated_reason: str | None = Field(default=None, max_length=255)


class Membership(SQLModel, table=True):
    """Who is in which registered group, as last seen; kept for any user."""

    group_id: int = Field(foreign_key="group.id", primary_key=True, ondelete="CASCADE")
    user_id: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    status: str = Field(max_length=20)
    is_member: bool = Field(default=True)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class NoticeBase(SQLModel):
    chat_id: int = Field(sa_type=BigInteger)
    message_id: int = Field(sa_type=BigInteger)
    sender_id: int | None = Field(default=None, sa_type=BigInteger)
    sender_name: str = Field(max_length=255)
    sent_at: datetime = Field(sa_type=UTCDateTime)
    text: str = Field(sa_type=Text)
    attachment: str | None = Field(default=None, max_length=255)
    forwarded_from: str | None = Field(default=None, max_length=255)
    kind: str = Field(max_length=16)
    urgent: bool = Field(default=False)
    due_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class Notice(NoticeBase, table=True):
    """Every message stored from a registered group, chatter included."""

    __table_args__ = (
        UniqueConstraint("chat_id", "message_id", name="uq_notice_chat_message"),
        Index("ix_notice_group_received", "group_id", "received_at"),
        Index("ix_notice_due", "due_at"),  # open to-dos and reminders: what falls due
        # /search ranks up to a thousand matches on these alone: an index that
        # covers them is read instead of the wide rows (text and all).
        Index("ix_notice_search", "id", "group_id", "received_at", "sent_at", "cluster_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    group_id: int = Field(foreign_key="group.id", index=True, ondelete="CASCADE")
    received_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    edited_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    cluster_id: int | None = Field(default=None, index=True)
    # A copy that chases its cluster's notice ("还差二组、五组", "still missing
    # Ward 2"): a digest says "提醒 N 次" with the latest status line and due.
    reminder: bool = Field(default=False)
    status_line: str | None = Field(default=None, max_length=255)


class Digest(SQLModel, table=True):
    """The outbox: one digest per cadre and slot, its content fixed when built.

    Fixing the rendered parts at build time is what makes a retry send exactly
    the same digest; ``sent_parts`` records progress through them.
    ``attempting_part`` is written before each send and cleared after it: a
    process killed in between leaves it set, and that part is sent again
    (counted in ``uncertain_resends``) because Telegram offers no way to ask
    whether a message arrived, and a lost digest is worse than a repeated one.
    """

    __table_args__ = (
        UniqueConstraint("user_id", "slot", name="uq_digest_user_slot"),
        Index("uq_digest_user_window", "user_id", "window_start", unique=True),
    )

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(sa_type=BigInteger, foreign_key="cadre.user_id", index=True)
    slot: str = Field(max_length=64)
    built_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    # A cadre's digests cover back-to-back windows (window_start, window_end]:
    # each starts where the previous one ended, and the unique start is what
    # stops two racing builders from covering one stretch of time twice.
    window_start: datetime | None = Field(default=None, sa_type=UTCDateTime)
    window_end: datetime = Field(sa_type=UTCDateTime)
    parts: list[str] = Field(default_factory=list, sa_type=JSON)
    items: list[list[int]] = Field(default_factory=list, sa_type=JSON)
    # The to-dos its keyboard numbers (item ids, 完成 1 first); the last part carries it.
    todo_items: list[int] = Field(default_factory=list, sa_type=JSON)
    keyboard: list[list[list[str]]] = Field(default_factory=list, sa_type=JSON)
    item_count: int = Field(default=0)
    sent_parts: int = Field(default=0)
    attempting_part: int | None = Field(default=None)
    uncertain_resends: int = Field(default=0)
    status: str = Field(default="pending", max_length=16, index=True)
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    error: str | None = Field(default=None, max_length=500)
    # A courier claims a digest before sending (see repository.claim_digests):
    # another process may take it only once the lease has run out.
    claimed_by: str | None = Field(default=None, max_length=64)
    lease_until: datetime | None = Field(default=None, sa_type=UTCDateTime)


class UrgentPush(SQLModel, table=True):
    """An urgent notice pushed to a cadre at once; the digest marks it as pushed."""

    user_id: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    notice_id: int = Field(foreign_key="notice.id", primary_key=True, ondelete="CASCADE")
    pushed_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class InboxUpdate(SQLModel, table=True):
    """A raw update as a webhook ingress received it, until the owner has read it.

    Written before Telegram is answered, keyed by ``update_id`` so a retried
    delivery is stored once; ``processed_at`` is set after the update went
    through the handlers, so a crash in between reads it again (ingest and
    pushes are idempotent).
    """

    __table_args__ = (Index("ix_inboxupdate_pending", "processed_at", "update_id"),)

    update_id: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    payload: str = Field(sa_type=Text)
    received_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    processed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class Cluster(SQLModel, table=True):
    """One notice however many copies arrived; id is its first copy's notice id.

    The counts are kept up to date at ingest so supervisors can ask how often
    the same request was pushed, by how many senders and departments.
    """

    id: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    first_seen: datetime = Field(sa_type=UTCDateTime)
    last_seen: datetime = Field(sa_type=UTCDateTime, index=True)
    copies: int = Field(default=1)
    group_count: int = Field(default=1)
    requester_count: int = Field(default=1)


class Supervisor(SQLModel, table=True):
    """A supervisor granted in Telegram (config lists the founding ones).

    ``departments`` empty means every department; otherwise every report this
    supervisor sees covers only groups registered under those departments.
    """

    user_id: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    departments: list[str] = Field(default_factory=list, sa_type=JSON)
    granted_by: int | None = Field(default=None, sa_type=BigInteger)
    granted_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class TodoMark(SQLModel, table=True):
    """What a cadre did with one to-do: 收到 (acknowledged) and 已完成 (done).

    One row per cadre and *item*, the item being the notice's cluster (whose
    id is its first copy's notice id), so every copy, the sender's reminder
    and a correction of one notice share it. Only presses write rows: whether
    a to-do reached a cadre is read off their digest windows (as whether they
    read a notice is), never written per cadre and item. The marks are
    timestamps that 撤销 clears, so a second press changes nothing and the
    sender's receipts can say when.
    """

    user_id: int = Field(
        sa_column=Column(
            BigInteger,
            ForeignKey("cadre.user_id", ondelete="CASCADE"),
            primary_key=True,
            autoincrement=False,
        )
    )
    item_id: int = Field(
        sa_column=Column(BigInteger, primary_key=True, autoincrement=False, index=True)
    )
    acked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    done_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class ReminderSent(SQLModel, table=True):
    """A reminder of one item at one moment, recorded before it is sent: never twice."""

    user_id: int = Field(
        sa_column=Column(
            BigInteger,
            ForeignKey("cadre.user_id", ondelete="CASCADE"),
            primary_key=True,
            autoincrement=False,
        )
    )
    item_id: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    remind_at: datetime = Field(sa_type=UTCDateTime, primary_key=True)
    due_at: datetime = Field(sa_type=UTCDateTime)
    sent_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Correction(SQLModel, table=True):
    """A material edit of a notice a cadre had already read, owed to that cadre.

    Pushed at once (``pushed_at``) when it is pressing, otherwise shown once
    at the top of their next digest (``shown_at``): never both, never twice.
    """

    __table_args__ = (Index("ix_correction_user_pending", "user_id", "shown_at"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(
        sa_column=Column(
            BigInteger, ForeignKey("cadre.user_id", ondelete="CASCADE"), nullable=False
        )
    )
    notice_id: int = Field(foreign_key="notice.id", ondelete="CASCADE")
    old_text: str = Field(sa_type=Text)
    old_due_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_at: datetime = Field(sa_type=UTCDateTime)
    pushed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    shown_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
