"""Copies of one notice merge; the same template about something else does not."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from itertools import count

import pytest

from nlp.dedup import ClusterIndex, DedupItem
from nlp.dedup._pair import PairScorer
from nlp.due import resolve_due

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


def _understood(text: str, sent_at: datetime, key: int) -> DedupItem:
    """An item as ingest builds it: the due moment comes from the due resolver."""
    return DedupItem(key, text, sent_at, resolve_due(text, sent_at))


@pytest.mark.parametrize(
    ("first", "second", "hours"),
    [
        ("请各村立即对低保对象开展入户核查，明日18:00前反馈情况！",
         "请各村立即对低保对象开展入户核查，礼拜二晚上6:00前反馈情况！", 2),
        ("请各市场监管所八天内完成以下工作：组织安全员对废弃矿洞设置警示标志。",
         "请各网格7天内完成以下工作:组织安全员对废弃矿洞设置警示标志", 24),
        ("Please register for the briefing no later than 9:00 this Thursday; 8 seats.",
         "Please register for the briefing no later than 9am on Thursday 12 November; 8 seats.", 3),
    ],
    ids=["weekday-for-tomorrow", "within-days-a-day-later", "english-date-for-weekday"],
)  # fmt: skip
def test_the_same_moment_worded_differently_merges(first: str, second: str, hours: int) -> None:
    index = ClusterIndex()
    monday = datetime(2026, 11, 9, 8, 0, tzinfo=TZ)
    a = index.assign(_understood(first, monday, 1))
    assert index.assign(_understood(second, monday + timedelta(hours=hours), 2)) == a


def test_a_reworded_copy_merges_on_its_due_minute_within_days() -> None:
    first = (
        "各乡镇：市森林防火检查组将于下周二（11月24日）上午10点到白水镇检查冬季森林防火工作，"
        "请相关同志做好迎检准备并陪同。"
    )
    reworded = (
        "市森林防火检查组11月24日10时来白水镇检查冬季森林防火工作，请各乡镇提前做好准备并陪同。"
    )
    sent = datetime(2026, 11, 19, 9, 0, tzinfo=TZ)
    index = ClusterIndex()
    a = index.assign(_understood(first, sent, 1))
    assert index.assign(_understood(reworded, sent + timedelta(hours=5), 2)) == a
    # the plain tests alone (a scorer that never merges) stop at the window
    never = PairScorer.never()
    later = ClusterIndex(reworded_window=timedelta(hours=3), scorer=never)
    b = later.assign(_understood(first, sent, 1))
    assert later.assign(_understood(reworded, sent + timedelta(hours=5), 2)) != b


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("各位，后天上午9点的班主任工作培训在县教育局三楼会议室，别走错了。",
         "各位，后天上午9点的班主任工作培训在县教师发展中心，别走错了。"),
        ("Please join the safeguarding training at 14:30 tomorrow at the sports hall.",
         "Please join the safeguarding training at 14:30 tomorrow at the library."),
        ("特此通知：1月9日上午9点至下午4点西岭五组片区停水，恢复时间视施工进度而定。",
         "特此通知：1月9日上午9点至下午4点西岭三组片区停水，恢复时间视施工进度而定。"),
        ("特此通知：11月24日8:00至18:00镇政府大楼停电，届时电脑、空调无法使用。",
         "特此通知：11月25日8:00至18:00镇政府大楼停电，届时电脑、空调无法使用。"),
    ],
    ids=["other-venue", "other-english-venue", "other-group-number", "other-outage-day"],
)  # fmt: skip
def test_same_time_other_place_or_outage_day_stays_apart(first: str, second: str) -> None:
    index = ClusterIndex()
    sent = datetime(2026, 11, 9, 8, 0, tzinfo=TZ)
    a = index.assign(_understood(first, sent, 1))
    assert index.assign(_understood(second, sent + timedelta(minutes=30), 2)) != a


def test_an_undated_text_reposted_weeks_later_is_a_new_notice() -> None:
    warning = "县气象局发布寒潮黄色预警，请各乡镇提前组织排查大棚、危房和独居老人取暖安全。"
    index = ClusterIndex(undated_window=timedelta(days=7))
    first = index.assign(_item(warning))
    assert index.assign(_item("【转】" + warning, minutes=60 * 24 * 2)) == first
    assert index.assign(_item(warning, minutes=60 * 24 * 20)) != first


def test_a_dated_notice_reposted_days_later_still_merges() -> None:
    """Its range ends on the stated day, and the signature date is no moment of its own."""
    outage = (
        "特此通知：因线路检修，11月24日8:00至18:00镇政府大楼停电，届时电脑、空调无法使用。"
        " 县委办公室 11月4日 联系人：江芳刚 18713591812"
    )
    index = ClusterIndex()
    sent = datetime(2026, 11, 4, 21, 54, tzinfo=TZ)
    first = index.assign(_understood(outage, sent, 1))
    assert index.assign(_understood(outage, sent + timedelta(days=2), 2)) == first
