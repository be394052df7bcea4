"""Copies of one notice whose due moments are read at different precision, and
due readings that kept copies apart: the two honest tellings of one moment merge,
another moment still does not."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from nlp.dedup import ClusterIndex, DedupItem
from nlp.due import resolve_due
from tests.helpers.dedup import understood_item

CST = timezone(timedelta(hours=8))
MONDAY = datetime(2026, 12, 7, 9, 0, tzinfo=CST)


def _item(key: int, text: str, minutes: int = 0, group: int = 1) -> DedupItem:
    return understood_item(key, text, MONDAY + timedelta(minutes=minutes), group)


def _conflict(first: str, second: str, minutes: int, groups: tuple[int, int] = (1, 1)) -> str:
    one, two = _item(1, first, 0, groups[0]), _item(2, second, minutes, groups[1])
    return ClusterIndex().explain(one, two).conflict or ""


NOTICE = "各村：冬季用火安全承诺书请于12月9日（周三）前交综治办，一户一份，户主签字。"
WEDNESDAY_MORNING = 2 * 24 * 60 - 30  # 8:30 on the day it is due


def test_an_evening_beside_the_last_day_is_when_the_chaser_collects() -> None:
    """ "今天最后一天，还没交的今晚交给我" restates the day's deadline; 今晚 is when
    the chaser collects, not another deadline."""
    chase = "用火安全承诺书今天最后一天，还没交的今晚交给我"
    assert _item(2, chase, WEDNESDAY_MORNING).due_at != _item(1, NOTICE).due_at
    conflict = _conflict(NOTICE, chase, WEDNESDAY_MORNING)
    assert not conflict.startswith(("due", "dates")), conflict


def test_a_close_of_business_beside_tomorrows_deadline_is_no_other_deadline() -> None:
    chase = "用火安全承诺书明天就截止了，二组三组下班前交给我"
    conflict = _conflict(NOTICE, chase, WEDNESDAY_MORNING - 24 * 60 + 60)
    assert not conflict.startswith(("due", "dates")), conflict


def test_a_clock_written_out_beside_the_last_day_is_the_relays_own_deadline() -> None:
    relay = "用火安全承诺书今天最后一天，各组下午3点前交给我，我4点去镇里"
    assert _conflict(NOTICE, relay, WEDNESDAY_MORNING) == "due times differ"


def test_an_evening_of_another_day_is_another_deadline() -> None:
    other = "用火安全承诺书明天晚上交给我"
    assert _conflict(NOTICE, other, WEDNESDAY_MORNING) == "due times differ"


def _due(text: str, sent: datetime = MONDAY) -> datetime | None:
    return resolve_due(text, sent)


def test_twelve_noon_after_a_weekday_is_noon_that_day() -> None:
    """ "by Thursday 12 noon": the 12 restates noon; the day's 23:59 is not the due."""
    thursday_noon = datetime(2026, 12, 10, 12, 0, tzinfo=CST)
    assert _due("Rota changes to Gemma by Thursday 12 noon please") == thursday_noon
    assert _due("Mileage claims due Thu 12 noon, no exceptions") == thursday_noon
    assert _due("Kit back by Thursday please") == datetime(2026, 12, 10, 23, 59, tzinfo=CST)


def test_a_numbered_part_of_a_programme_is_no_clock() -> None:
    """ "session 1 tomorrow 3pm": the 1 labels the session, it is not 13:00."""
    tomorrow_three = datetime(2026, 12, 8, 15, 0, tzinfo=CST)
    assert _due("Reminder: session 1 tomorrow 3pm in the boardroom") == tomorrow_three
    assert _due("Shift 1 tomorrow 3pm, bring your badges") == tomorrow_three
    assert _due("Drop it in at 1 tomorrow") == datetime(2026, 12, 8, 13, 0, tzinfo=CST)


def test_the_moment_a_chase_counts_at_is_no_deadline() -> None:
    """ "截至上午10点，还有3个村没报": when the count was taken; the deadline is said after."""
    chase = "截至上午10点，东片还有3个村没报冬修水利台账，下班前务必报来"
    assert _due(chase, MONDAY + timedelta(hours=2)) == datetime(2026, 12, 7, 17, 30, tzinfo=CST)
    received = "用水台账截至今早收到：东坪、北岭。其余的明天下午4点截止"
    assert _due(received) == datetime(2026, 12, 8, 16, 0, tzinfo=CST)
    english = "As of 11am, 4 still outstanding on the allergy forms, last call 3pm"
    assert _due(english) == datetime(2026, 12, 7, 15, 0, tzinfo=CST)


def test_a_deadline_said_with_jiezhi_still_binds() -> None:
    assert _due("截至今天下午5点，请各村报送名单") == datetime(2026, 12, 7, 17, 0, tzinfo=CST)
    assert _due("截止周三下午5点，逾期未报的通报") == datetime(2026, 12, 9, 17, 0, tzinfo=CST)


def test_a_chinese_numeral_after_a_clock_starts_a_new_number() -> None:
    """"明早9:30二号楼演练": 9:30, then building 2; not the figure "9:302"."""
    sent = datetime(2026, 12, 7, 17, 0, tzinfo=CST)
    half_nine = datetime(2026, 12, 8, 9, 30, tzinfo=CST)
    assert _due("明早9:30二号仓库盘点，别迟到", sent) == half_nine
    assert _due("明天上午8:00三季度总结会，各组长参加", sent) == half_nine - timedelta(minutes=90)
    assert _due("明早盘点，别迟到", sent) == datetime(2026, 12, 8, 12, 0, tzinfo=CST)


def test_a_range_starts_with_the_am_or_pm_said_at_its_end() -> None:
    """"3.30-5pm" starts at 15:30 (not 30 March, not 03:30); "9-1pm" starts in the morning."""
    sent = datetime(2026, 12, 7, 8, 0, tzinfo=CST)
    half_three = sent.replace(hour=15, minute=30)
    assert _due("Drop-in clinic today 3.30-5pm in the hall", sent) == half_three
    assert _due("Training today 2–4pm, Room 3", sent) == sent.replace(hour=14)
    assert _due("Stocktake today 9-1pm, all of you on the floor", sent) == sent.replace(hour=9)
    assert _due("Deep clean of the kitchen today 10-12pm", sent) == sent.replace(hour=10)
