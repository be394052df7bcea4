"""Copies of one notice merge; the same template about something else does not."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from itertools import count

import pytest

from nlp.dedup import ClusterIndex, DedupItem

TZ = timezone(timedelta(hours=8))
T = datetime(2026, 11, 16, 9, 0, tzinfo=TZ)
NOTICE = (
    "请各村于11月20日前报送秸秆禁烧工作台账（含巡查人员、巡查时间、发现问题及整改情况），"
    "联系人：张三 13812345678"
)
MEETING = "定于11月18日下午3点在镇政府二楼会议室召开安全生产工作会议，请各村书记准时参加。"
_keys = count(1)


def _item(text: str, *, minutes: int = 0, due: datetime | None = None) -> DedupItem:
    return DedupItem(next(_keys), text, T + timedelta(minutes=minutes), due)


def _same(first: str, second: str, **extra: object) -> bool:
    index = ClusterIndex()
    a = index.assign(_item(first))
    return index.assign(_item(second, minutes=5, **extra)) == a  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "copy",
    [
        "【转发】" + NOTICE,
        "转：" + NOTICE + " 请各村落实！",
        "@所有人 " + NOTICE + " 👍",
        "FW: " + NOTICE,
        NOTICE.replace("，", ",").replace("（", "(").replace("）", ")"),
        NOTICE.split("联系人")[0],  # trimmed
        "县农业农村局通知：\n" + NOTICE + "\n另：下周一开始秋冬季森林防火专项检查，请提前准备。",
        "請各村於11月20日前報送秸稈禁燒工作台賬（含巡查人員、巡查時間、發現問題及整改情況），"
        "聯繫人：張三 13812345678",
    ],
    ids=[
        "bracket-prefix",
        "relay-wrapper",
        "mention-emoji",
        "fw",
        "half-width",
        "trimmed",
        "quoted-inside-longer",
        "traditional",
    ],
)
def test_copies_merge(copy: str) -> None:
    assert _same(NOTICE, copy)


def test_reordered_lines_merge() -> None:
    lines = [
        "关于开展冬季安全大检查的通知",
        "一、检查时间：11月20日至11月30日",
        "二、检查范围：全镇所有企业、学校、养老院",
        "三、请各单位于11月19日前报送自查表",
    ]
    assert _same("\n".join(lines), "\n".join([lines[0], lines[2], lines[1], lines[3]]))


@pytest.mark.parametrize(
    "other",
    [
        MEETING.replace("11月18日", "11月25日"),
        MEETING.replace("下午3点", "下午4点"),
        MEETING.replace("二楼会议室", "三楼会议室"),
        NOTICE.replace("请各村", "请西岭村"),
        NOTICE.replace("11月20日", "11月27日"),
    ],
    ids=["other-date", "other-time", "other-room", "other-village", "other-deadline"],
)
def test_hard_negatives_stay_apart(other: str) -> None:
    source = MEETING if "会议" in other else NOTICE
    if "西岭村" in other:
        source = NOTICE.replace("请各村", "请东山村")
    assert not _same(source, other)


def test_different_due_times_never_merge() -> None:
    index = ClusterIndex()
    first = index.assign(_item(NOTICE, due=T + timedelta(days=4)))
    second = index.assign(_item("【转发】" + NOTICE, minutes=3, due=T + timedelta(days=5)))
    assert first != second


def test_window_limits_matching_and_expiry_forgets() -> None:
    index = ClusterIndex(window=timedelta(days=30))
    first = index.assign(_item(NOTICE))
    late = index.assign(_item("【转发】" + NOTICE, minutes=60 * 24 * 31))
    assert late != first
    assert index.expire(T + timedelta(days=1)) == 1 and len(index) == 1


def test_restore_then_assign_joins_the_restored_cluster() -> None:
    index = ClusterIndex()
    index.restore(DedupItem(500, NOTICE, T, None), 400)
    assert index.assign(_item("【转发】" + NOTICE, minutes=2)) == 400


def test_edit_moves_a_notice_out_of_its_cluster() -> None:
    index = ClusterIndex()
    first = index.assign(DedupItem(1, NOTICE, T, None))
    second = index.assign(DedupItem(2, "【转发】" + NOTICE, T + timedelta(minutes=1), None))
    assert first == second == 1
    assert index.update(DedupItem(2, MEETING, T + timedelta(minutes=1), None)) == 2


def test_long_documents_merge_only_as_verbatim_excerpts() -> None:
    body = "".join(
        f"第{i}条 为深入贯彻落实党中央决策部署，推动数字政府建设，提升政务服务水平。"
        for i in range(1, 12)
    )
    index = ClusterIndex()
    full = index.assign(_item("【学习资料】" + body))
    excerpt = index.assign(_item("转：" + body[:300], minutes=10))
    changed = body.replace(
        "第5条 为深入贯彻落实党中央决策部署，推动", "第5条 为深入贯彻落实党中央决策部署，推进"
    )
    edited = index.assign(_item(changed, minutes=20))
    assert excerpt == full and edited != full
    assert "verbatim" in (index.explain(_item(body), _item(changed)).conflict or "")
