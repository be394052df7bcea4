"""A short chase that names no moment and no object ("还差石门、李店", "Ward 4 and 6
still out") chases what its group is waiting for next: with two requests open,
the one falling due within the day, not the month's levy."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from nlp.dedup import DedupItem
from tests.helpers.dedup import placed_one_by_one as _placed
from tests.helpers.dedup import understood_item

CST = timezone(timedelta(hours=8))
MONDAY = datetime(2026, 12, 7, 9, 0, tzinfo=CST)

TODAY = "各村：今天下午5点前把冬季防火巡查照片发群里，带定位。"
LEVY = "各村：明年的城乡居民医保开始征缴，12月31日截止，每周一报进度。"
CHASE = "还差石门、李店，抓紧"


def _item(key: int, text: str, hours: float, group: int = 1) -> DedupItem:
    return understood_item(key, text, MONDAY + timedelta(hours=hours), group)


def test_a_bare_chase_joins_the_request_falling_due_next() -> None:
    levy, today, chase = _placed(_item(1, LEVY, 0), _item(2, TODAY, 0.5), _item(3, CHASE, 6))
    assert levy != today
    assert chase == today


def test_a_bare_chase_in_english_joins_the_request_falling_due_next() -> None:
    levy = "All wards: flu vaccination uptake returns are due by 18 December."
    today = "Ward managers: bed-state sheets by 3pm today please."
    chase = "still waiting on Ward 4 and Ward 6"
    first, second, third = _placed(_item(1, levy, 0), _item(2, today, 0.5), _item(3, chase, 4))
    assert third == second != first


def test_the_chase_stays_apart_from_the_requests_of_another_group() -> None:
    levy, today, chase = _placed(
        _item(1, LEVY, 0), _item(2, TODAY, 0.5), _item(3, CHASE, 6, group=2)
    )
    assert chase not in (levy, today)


def test_a_remark_that_chases_nothing_stays_apart() -> None:
    remark = "我下午去石门看看"
    levy, today, other = _placed(_item(1, LEVY, 0), _item(2, TODAY, 0.5), _item(3, remark, 6))
    assert other not in (levy, today)
