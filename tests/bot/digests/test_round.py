"""Planning one cadre's digest from a round's read: items per cluster, seen, capped."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from bot.digests._round import CadreWindow, Plan, RoundData, plan_batch
from bot.settings import CadreSettings
from storage.models import Group
from storage.repository import NoticeText, WindowRow

T = datetime(2026, 11, 16, 1, 0, tzinfo=UTC)
SINCE = T - timedelta(hours=12)
TEXTS: dict[int, NoticeText] = {}  # what the round reads of each notice's words
GROUPS = {
    1: Group(id=1, chat_id=-1001, title="党政办群", chat_type="supergroup", registered_by=1,
             department="党政办"),
    2: Group(id=2, chat_id=-1002, title="网格员群", chat_type="supergroup", registered_by=1,
             department="综治办"),
}  # fmt: skip


def _row(
    notice_id: int,
    group: int,
    text: str,
    cluster: int | None = None,
    *,
    due: datetime | None = None,
    kind: str = "report",
    at: datetime = T,
    copies: int = 1,
    urgent: bool = False,
    chases: str | None = None,
) -> WindowRow:
    """A stored row; ``chases`` is the status line of a copy ingest stored as a reminder."""
    TEXTS[notice_id] = NoticeText(text, len(text), None)
    return WindowRow(
        notice_id, group, GROUPS[group].chat_id, notice_id, "李主任", at, at,
        kind, urgent, due, cluster if cluster is not None else notice_id, None, copies,
        chases is not None, chases or None,
    )  # fmt: skip


def _data(rows: list[WindowRow], pushed: set[tuple[int, int]] | None = None) -> RoundData:
    by_group: dict[int, list[WindowRow]] = defaultdict(list)
    copies: dict[int, list[WindowRow]] = defaultdict(list)
    for row in sorted(rows, key=lambda r: r.received_at):
        by_group[row.group_id].append(row)
        if row.copies > 1 and row.cluster_id is not None:
            copies[row.cluster_id].append(row)
    return RoundData(GROUPS, by_group, copies, pushed or set(), dict(TEXTS))


def _cadre(since: datetime = SINCE, muted_kinds: frozenset[str] = frozenset()) -> CadreWindow:
    settings = CadreSettings(
        ("08:00",), "Asia/Shanghai", None, frozenset(), muted_kinds, "zh", False
    )
    joined = T - timedelta(days=30)
    return CadreWindow(9, since, T - timedelta(days=20), {1: joined, 2: joined}, settings)


def _plan(data: RoundData, cadre: CadreWindow | None = None, max_items: int = 100) -> Plan:
    (plan,) = plan_batch(data, [cadre or _cadre()], max_items, lambda ids: {})
    return plan


def test_copies_become_one_item_naming_groups_and_requesters() -> None:
    rows = [
        _row(1, 1, "报送台账", 1, copies=2),
        _row(2, 2, "【转发】报送台账，请各村落实", 1, copies=2),
        _row(3, 1, "停水通知", kind="notice"),
        _row(4, 1, "收到", kind="chatter"),
    ]
    plan = _plan(_data(rows))
    merged, alone = plan.entries
    assert alone.text == "停水通知" and not alone.other_groups
    assert merged.text == "【转发】报送台账，请各村落实"  # the most complete copy
    assert merged.other_groups == ("党政办群",)
    assert merged.requesters == ("党政办", "综治办")
    assert sorted(plan.items[0]) == [1, 2] and plan.items[1] == [3]
    assert (plan.messages, plan.groups, plan.chatter, plan.merged) == (4, 2, 1, 1)


def test_a_cluster_read_before_returns_only_when_its_due_changed() -> None:
    due = T + timedelta(days=3)
    earlier = _row(5, 1, "报送台账", 1, due=due, at=SINCE - timedelta(hours=1), copies=2)
    again = _row(6, 2, "转：报送台账", 1, due=due, copies=2)
    plan = _plan(_data([earlier, again]))
    assert plan.entries == [] and plan.merged == 1
    moved = again._replace(due_at=due + timedelta(days=1))
    (updated,) = _plan(_data([earlier, moved])).entries
    assert updated.updated and updated.due_at == due + timedelta(days=1)


def test_a_copy_from_before_the_cadre_joined_was_never_read() -> None:
    cadre = _cadre()
    before = _row(5, 1, "报送台账", 1, at=T - timedelta(days=40), copies=2)
    again = _row(6, 2, "转：报送台账", 1, copies=2)
    (item,) = _plan(_data([before, again]), cadre).entries
    assert not item.updated


def test_a_pushed_copy_marks_the_item() -> None:
    rows = [_row(7, 1, "紧急排查", 7, copies=2, urgent=True),
            _row(8, 2, "转：紧急排查", 7, copies=2, urgent=True)]  # fmt: skip
    (item,) = _plan(_data(rows, pushed={(9, 7)})).entries
    assert item.pushed and item.urgent
    (alone,) = _plan(_data([rows[0]._replace(copies=1)], pushed={(9, 7)})).entries
    assert alone.pushed


def test_to_dos_come_first_by_due_then_urgent_then_kinds() -> None:
    rows = [
        _row(1, 1, "会议", kind="meeting"),
        _row(2, 2, "周五前报送", due=T + timedelta(days=4)),
        _row(3, 1, "今天报送", due=T + timedelta(hours=3), at=T + timedelta(minutes=5)),
        _row(4, 2, "紧急通知", kind="notice", urgent=True),
    ]
    plan = _plan(_data(rows))
    assert [e.text for e in plan.entries] == ["今天报送", "周五前报送", "紧急通知", "会议"]
    assert plan.totals == {"todo": 2, "urgent": 1, "meeting": 1}


def test_a_long_digest_lists_the_first_items_and_counts_the_rest() -> None:
    rows = [_row(i, 1 + i % 2, f"通知{i}", kind="notice", at=T + timedelta(minutes=i))
            for i in range(1, 31)]  # fmt: skip
    rows.append(_row(99, 1, "报送", due=T + timedelta(days=1)))
    plan = _plan(_data(rows), max_items=10)
    assert len(plan.entries) == 10 and plan.item_total == 31
    assert plan.entries[0].text == "报送"
    assert [e.text for e in plan.entries[1:3]] == ["通知1", "通知2"]  # both groups, in order
    assert plan.totals == {"todo": 1, "notice": 30}


def test_muted_kinds_are_left_out_everywhere() -> None:
    rows = [_row(1, 1, "打卡", kind="checkin", due=T + timedelta(hours=5)),
            _row(2, 1, "会议", kind="meeting")]  # fmt: skip
    plan = _plan(_data(rows), _cadre(muted_kinds=frozenset({"checkin"})))
    assert [e.text for e in plan.entries] == ["会议"]


def test_only_what_arrived_after_the_window_start_is_read() -> None:
    rows = [_row(1, 1, "旧通知", kind="notice", at=SINCE - timedelta(minutes=1)),
            _row(2, 1, "新通知", kind="notice")]  # fmt: skip
    plan = _plan(_data(rows))
    assert [e.text for e in plan.entries] == ["新通知"] and plan.messages == 1


BASIC = Group(id=3, chat_id=-4003, title="书记群", chat_type="group", registered_by=1,
              department="组织办")  # fmt: skip


def test_a_linked_copy_is_shown_rather_than_a_basic_groups_longer_one() -> None:
    groups = {**GROUPS, 3: BASIC}
    rows = [_row(1, 1, "报送台账", 1, copies=2)]
    TEXTS[2] = NoticeText("@所有人 【转发】报送台账，请各村落实！", 20, None)
    rows.append(WindowRow(2, 3, -4003, 2, "王书记", T, T, "report", False, None, 1, None, 2))
    data = RoundData(groups, {1: [rows[0]], 3: [rows[1]]}, {1: rows}, set(), dict(TEXTS))
    joined = T - timedelta(days=30)
    cadre = _cadre()
    cadre = CadreWindow(9, SINCE, cadre.first_start, {1: joined, 3: joined}, cadre.settings)
    (item,) = _plan(data, cadre).entries
    assert item.link == "https://t.me/c/1/1" and item.group_title == "党政办群"
    assert item.other_groups == ("书记群",)


def test_the_copies_stored_as_reminders_count_as_reminders() -> None:
    due = T + timedelta(days=1)
    rows = [
        _row(1, 1, "请各村周五前报送取暖统计表", 1, due=due, at=T, copies=5),
        _row(2, 2, "请各村周五前报送取暖统计表", 1, due=due, at=T + timedelta(minutes=1), copies=5),
        _row(3, 1, "再提醒：取暖统计表还有5个村没报", 1, due=due, at=T + timedelta(hours=2),
             copies=5, chases="取暖统计表还有5个村没报"),
        _row(4, 2, "取暖统计表还有3个村没报，请抓紧", 1, due=due, at=T + timedelta(hours=3),
             copies=5, kind="chatter", chases="取暖统计表还有3个村没报"),
        # worded as a chase, but ingest did not store it as one: the digest has no rule of its own
        _row(5, 2, "再提醒：取暖统计表", 1, due=due, at=T + timedelta(hours=4), copies=5),
    ]  # fmt: skip
    plan = _plan(_data(rows))
    (item,) = plan.entries
    assert item.reminders == 2 and item.status == "取暖统计表还有3个村没报"
    assert plan.chatter == 1 and plan.merged == 3


def test_a_reminder_of_a_notice_already_read_is_not_a_new_item() -> None:
    due = T + timedelta(days=1)
    read = _row(1, 1, "请各村周五前报送取暖统计表", 1, due=due, at=SINCE - timedelta(hours=1),
                copies=2)  # fmt: skip
    chase = _row(2, 1, "再提醒：取暖统计表还有5个村没报", 1, due=due, copies=2, chases="还有5个")
    plan = _plan(_data([read, chase]))
    assert plan.entries == [] and plan.totals == {}


def test_header_counts_leave_out_muted_kinds_and_groups() -> None:
    rows = [_row(1, 1, "打卡", kind="checkin", due=T + timedelta(hours=5)),
            _row(2, 1, "会议", kind="meeting"), _row(3, 1, "收到", kind="chatter"),
            _row(4, 2, "网格员会议", kind="meeting")]  # fmt: skip
    cadre = _cadre(muted_kinds=frozenset({"checkin"}))
    muted_group = replace(cadre.settings, muted_groups=frozenset({-1002}))
    plan = _plan(_data(rows), replace(cadre, settings=muted_group))
    assert [e.text for e in plan.entries] == ["会议"]
    assert (plan.messages, plan.groups, plan.chatter, plan.item_total) == (2, 1, 1, 1)
