"""A restatement of a request in its own group, days later and in new words, says
too much to be a bare follow-up and shares too few words for the bands: when
notices of other groups due at the same minute crowd the due band, the request's
very minute, still open in the restatement's own group, is what finds it."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from nlp.dedup import ClusterIndex, DedupItem, _compaction
from tests.helpers.dedup import placed_one_by_one as _placed
from tests.helpers.dedup import understood_item

CST = timezone(timedelta(hours=8))
MONDAY = datetime(2026, 12, 7, 9, 0, tzinfo=CST)

MODULE = (
    "Hi team, the annual manual handling e-learning is open on the staff portal. "
    "Everyone needs it completed and the certificate uploaded by Friday 11 Dec, 5pm. "
    "It takes about half an hour."
)
RESTATED = (
    "Manual handling module shuts at 5 tomorrow afternoon. Jo and Sam have already "
    "done theirs, thanks both, the rest of you can do it on a quiet shift."
)
TOPICS = (
    "parking permits", "uniform orders", "locker keys", "first aid rosters",
    "allergy forms", "bus passes", "lab inventories", "library returns",
    "exam seating plans", "canteen menus", "ID badge photos", "tablet loans",
)  # fmt: skip

SHEET = (
    "各村：县里要冬季用电安全入户排查表，每户一行，户主签字，"
    "本周五下午5点前交到镇应急办，逾期要通报。"
)
SHEET_AGAIN = (
    "用电安全那个表明天下午5点就要交了，石门村的已经收到，"
    "其余几个村的也快一点，我周五要拿去县里。"
)
FORMS = (
    "秸秆", "医保", "危房", "低保", "林长", "防汛",
    "养老", "退役军人", "残疾人", "网格", "食品", "粮食",
)  # fmt: skip


def _item(key: int, text: str, hours: float, group: int = 1) -> DedupItem:
    return understood_item(key, text, MONDAY + timedelta(hours=hours), group)


def _crowd(english: bool) -> list[DedupItem]:
    """Notices of other groups due at the same minute, posted in between."""
    if english:
        texts = [f"Office note: {t} for your unit are due by Friday 11 Dec, 5pm." for t in TOPICS]
    else:
        texts = [f"各单位：请把{form}工作小结本周五下午5点前发我邮箱。" for form in FORMS]
    return [_item(10 + i, text, 1 + i, group=10 + i) for i, text in enumerate(texts)]


def test_a_reworded_restatement_joins_its_groups_request_due_then() -> None:
    placed = _placed(_item(1, MODULE, 0), *_crowd(True), _item(2, RESTATED, 75))
    assert placed[-1] == placed[0]


def test_a_reworded_chinese_restatement_joins_its_groups_request_due_then() -> None:
    placed = _placed(_item(1, SHEET, 0), *_crowd(False), _item(2, SHEET_AGAIN, 75))
    assert placed[-1] == placed[0]


def test_a_restatement_in_another_group_is_not_found_by_the_minute() -> None:
    placed = _placed(_item(1, MODULE, 0), *_crowd(True), _item(2, RESTATED, 75, group=2))
    assert placed[-1] != placed[0]


def test_a_message_naming_another_minute_stays_apart() -> None:
    other = (
        "Fire warden walkround is at 3 tomorrow afternoon. Jo and Sam are covering the "
        "ground floor, the rest of you please take the stairwells on a quiet shift."
    )
    placed = _placed(_item(1, MODULE, 0), *_crowd(True), _item(2, other, 75))
    assert placed[-1] != placed[0]


def test_a_long_message_naming_no_due_stays_apart() -> None:
    other = (
        "The car park by the staff entrance is closed all week for resurfacing. Jo and "
        "Sam found spaces on the street behind the library, the rest of you can try there."
    )
    placed = _placed(_item(1, MODULE, 0), *_crowd(True), _item(2, other, 75))
    assert placed[-1] != placed[0]


# A levy asked weeks ago is still chased in its own group while it is open.
LEVY = "各村：明年的城乡居民医保开始征缴，每人400元，12月31日截止，请各组长逐户动员，每周一报进度。"
LEVY_CHASE = "医保还差三组、五组几户没交，抓紧"
DAILY = (
    "防火巡查照片", "秸秆禁烧台账", "危房排查表", "低保复核表", "网格日志",
    "食品抽检记录", "粮食补贴清单", "残疾人补贴名单", "退役军人走访表",
)  # fmt: skip


def _at(key: int, text: str, sent: datetime, group: int = 1) -> DedupItem:
    return understood_item(key, text, sent, group)


def test_a_request_still_open_outlives_the_window_and_is_chased() -> None:
    index = ClusterIndex()
    levy = index.assign(_at(1, LEVY, MONDAY - timedelta(days=35)))
    index.expire(MONDAY - index.window)
    assert index.place_batch([_at(2, "医保，三组还差几个？", MONDAY)], {2}, set(), {2}) == [levy]


def test_a_request_past_due_is_forgotten_before_a_levy_still_open() -> None:
    index = ClusterIndex()
    start = MONDAY - timedelta(days=6)
    levy = index.assign(_at(1, LEVY, start))
    for day, form in enumerate(DAILY, 1):
        daily = f"各村：今天下午5点前把{form}发群里。"
        index.assign(_at(10 + day, daily, start + timedelta(days=day)))
    chase = _at(2, LEVY_CHASE, start + timedelta(days=12))
    assert index.place_batch([chase], {2}, set(), set()) == [levy]


def test_a_compacted_index_still_knows_its_groups_latest_notices(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_compaction, "_COMPACT_AFTER", 1)
    index = ClusterIndex()
    for n in range(3):  # old news of another group, expired below: compaction follows
        text = f"第{n}期：村务公开栏已更新，请大家有空看看。"
        index.assign(_at(100 + n, text, MONDAY - timedelta(days=40, hours=n), group=5))
    photos = index.assign(_at(1, "各村：今天下午5点前把冬季防火巡查照片发群里，带定位。", MONDAY))
    assert index.expire(MONDAY + timedelta(minutes=5) - index.window) == 3
    chase = _at(2, "还差石门、李店，抓紧", MONDAY + timedelta(hours=3))
    assert index.place_batch([chase], {2}, set(), set()) == [photos]
