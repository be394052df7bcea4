"""One item per cluster; a cluster already read returns only when its due changed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.services.digest_items import plan_items
from storage.models import Group, Notice
from storage.repository import NoticeInGroup

T = datetime(2026, 11, 16, 1, 0, tzinfo=UTC)
GROUPS = {
    1: Group(
        id=1,
        chat_id=-1001,
        title="党政办群",
        chat_type="supergroup",
        registered_by=1,
        department="党政办",
    ),
    2: Group(
        id=2,
        chat_id=-1002,
        title="网格员群",
        chat_type="supergroup",
        registered_by=1,
        department="综治办",
    ),
}


def _row(
    notice_id: int, group: int, text: str, cluster: int | None, due: datetime | None = None
) -> NoticeInGroup:
    notice = Notice(
        id=notice_id,
        group_id=group,
        chat_id=GROUPS[group].chat_id,
        message_id=notice_id,
        sender_name="李主任",
        sent_at=T,
        text=text,
        kind="report",
        due_at=due,
        cluster_id=cluster,
    )
    return NoticeInGroup(notice, GROUPS[group])


def test_copies_become_one_item_naming_groups_and_requesters() -> None:
    rows = [
        _row(1, 1, "报送台账", 1),
        _row(2, 2, "【转发】报送台账，请各村落实", 1),
        _row(3, 1, "停水通知", None),
    ]
    (merged, alone) = plan_items(rows, rows[:2], {}, set())
    assert merged.entry.text == "【转发】报送台账，请各村落实"  # the most complete copy
    assert merged.entry.other_groups == ("党政办群",)
    assert merged.entry.requesters == ("党政办", "综治办")
    assert sorted(merged.notice_ids) == [1, 2] and alone.notice_ids == (3,)


def test_seen_cluster_is_skipped_unless_its_due_changed() -> None:
    due = T + timedelta(days=3)
    rows = [_row(5, 2, "报送台账", 1, due)]
    assert plan_items(rows, rows, {1: due}, set()) == []
    (updated,) = plan_items(rows, rows, {1: due - timedelta(days=1)}, set())
    assert updated.entry.updated and updated.due_at == due


def test_pushed_copy_marks_the_item() -> None:
    rows = [_row(7, 1, "紧急排查", 7), _row(8, 2, "转：紧急排查", 7)]
    (item,) = plan_items(rows[1:], rows, {}, {7})
    assert item.entry.pushed
