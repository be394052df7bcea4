"""Copies across groups that share no word: a retelling by the notice's very clock
minute naming one of its particular figures (a block, a room) joins it, in any two
groups and languages (nlp.dedup._judge, nlp.dedup._figures); a text that denies a
figure another states ("not GB 121") is not its copy (nlp.dedup._guards)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

from nlp.dedup import ClusterIndex, DedupItem, changes
from nlp.dedup._figures import denied, particular
from tests.helpers.dedup import understood_item

SGT = timezone(timedelta(hours=8))
MONDAY = datetime(2026, 11, 30, 10, 30, tzinfo=SGT)

ROUND = "Round 2 dengue house visits: Sat 5 Dec 9am, Blk 620 void deck (620-624 this time)."
ROUND_ZH = "第二轮上门：12月5日（星期六）早上9点，620座楼下集合，这次走620到624座。"
OTHER_BLOCK = "第二轮上门：12月5日（星期六）早上9点，634座楼下集合，这次走634到638座。"
NEXT_WEEK = "第二轮上门：12月12日（星期六）早上9点，620座楼下集合，这次走620到624座。"
BY_THE_DAY = "第二轮上门：12月5日（星期六），620座楼下集合，这次走620到624座。"


def _item(key: int, text: str, minutes: int, group: int) -> DedupItem:
    return understood_item(key, text, MONDAY + timedelta(minutes=minutes), group)


def _placed(*items: DedupItem) -> list[int | None]:
    index = ClusterIndex()  # the two groups share no poster: nothing relates them
    return [index.place_batch([item])[0] for item in items]


def test_a_retelling_in_another_language_by_the_minute_and_block_joins() -> None:
    notice, retold = _placed(_item(1, ROUND, 0, 1), _item(2, ROUND_ZH, 15, 2))
    assert retold == notice


@pytest.mark.parametrize("text", [OTHER_BLOCK, NEXT_WEEK, BY_THE_DAY])
def test_another_block_week_or_a_day_alone_stays_apart(text: str) -> None:
    notice, other = _placed(_item(1, ROUND, 0, 1), _item(2, text, 15, 2))
    assert other != notice


STRUCTURES = (
    "New TAs working in the Structures Lab: mandatory lab safety orientation Mon 7 Dec, "
    "9:30am, GB 121. Bring your student card."
)
HYDRAULICS = (
    "Hydraulics Lab safety orientation is also Mon 7 Dec at 9:30am, but in MB 208 "
    "(flume room), not GB 121. New users of the flume must attend."
)


def test_a_text_that_denies_the_room_is_not_its_copy() -> None:
    notice, other = _placed(_item(1, STRUCTURES, 0, 1), _item(2, HYDRAULICS, 25, 1))
    assert other != notice


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("in MB 208 (flume room), not GB 121. New users", {"121"}),
        ("改到三楼，不是204", {"204"}),
        ("due today, not   need 10 patients", set()),  # a count, not denied
        ("不是一楼", set()),
    ],
)
def test_denied_figures(text: str, figures: set[str]) -> None:
    assert denied(text) == figures


@pytest.mark.parametrize(
    ("number", "expected"), [("620", True), ("13860268740", True), ("2026", False), ("12", False)]
)
def test_particular_figures(number: str, expected: bool) -> None:
    assert bool(particular(number)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("原定明天上午的年终工作推进会推迟至12月10日（周四）上午9:00召开", True),
        ("会议延期至下周一", True),
        ("火灭了 没得人受伤 阿亮今晚守着", True),
        ("明火已经熄灭，留人看守余火", True),
        ("Archie found safe in the library. Stand down everyone", True),
        ("Elm St back in service at 11:25, no boil advisory needed", True),
        ("走之前把灯火灭了", False),
        ("至12月10日前报镇里", False),
    ],
)
def test_a_change_or_an_all_clear_is_told(text: str, expected: bool) -> None:
    """Each side of a call and its all-clear, or of a notice and its move, must read
    alike: "火灭了" beside "火情已扑灭", "stand down" beside "stood down"."""
    assert changes(text) is expected


WATER = "Water supply interruption at Blk 518 on Thu 10 Dec, 9am-3pm (PUB pipe works)."
WATER_ZH = "12月10号（星期四）早上9点到下午3点，518座停水，换水管。请大家提醒邻居先储水"
WATER_531 = "12月10号（星期四）早上9点到下午3点，531座停水，换水管。请大家提醒邻居先储水"
WATER_LATER = "12月17号（星期四）早上9点到下午3点，518座停水，换水管。请大家提醒邻居先储水"


def _outage(key: int, text: str, minutes: int, group: int) -> DedupItem:
    """An outage asks nothing by a moment: the understanding serves it no due."""
    return replace(_item(key, text, minutes, group), due_at=None)


def test_an_outage_retold_in_another_language_joins_by_its_block_and_hours() -> None:
    notice, retold = _placed(_outage(1, WATER, 0, 1), _outage(2, WATER_ZH, 20, 2))
    assert retold == notice


@pytest.mark.parametrize("text", [WATER_531, WATER_LATER])
def test_the_outage_of_another_block_or_day_stays_apart(text: str) -> None:
    notice, other = _placed(_outage(1, WATER, 0, 1), _outage(2, text, 20, 2))
    assert other != notice


RECALLED = "Blk 620 folks: Saturday 9am, void deck. 三楼以上的请先上去敲门"
RECALLED_ZH = "620座的：礼拜六早上9点楼下集合，别迟到"


@pytest.mark.parametrize("text", [RECALLED, RECALLED_ZH])
def test_in_its_own_group_a_retelling_by_the_minute_and_block_joins(text: str) -> None:
    """The notice's own group is no weaker evidence than another: the same clock
    minute and the same block there is the same round."""
    notice, retold = _placed(_item(1, ROUND, 0, 1), _item(2, text, 3 * 24 * 60, 1))
    assert retold == notice


@pytest.mark.parametrize(
    "text", ["634座的：礼拜六早上9点楼下集合，别迟到", "620座的：礼拜六下午2点楼下集合，别迟到"]
)
def test_in_its_own_group_another_block_or_minute_stays_apart(text: str) -> None:
    notice, other = _placed(_item(1, ROUND, 0, 1), _item(2, text, 3 * 24 * 60, 1))
    assert other != notice
