"""A short chase that names nothing but who is behind chases what its group is
waiting for by that moment, when that is one notice only."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import numpy as np
import pytest

from nlp.dedup import ClusterIndex, DedupItem
from nlp.dedup._groups import GroupRecency
from nlp.dedup._open import presses
from tests.helpers.dedup import placed_one_by_one as _placed
from tests.helpers.dedup import understood_item

CST = timezone(timedelta(hours=8))
MONDAY = datetime(2026, 12, 7, 9, 0, tzinfo=CST)  # the notices ask by Friday the 11th

CLEANUP = "各村级河长：这周五前把责任河段的漂浮物、岸边垃圾清一遍，清完发前后对比照片到群里。"
LEDGER = "各村：这周五前把今年的秸秆禁烧巡查台账整理好，纸质版签字后交镇农办。"
# Thursday: "上坪、下坪 still owe it, tomorrow is the last day": no word of the notice
CHASE = "还差上坪、下坪，明天最后一天"


def _item(key: int, text: str, hours: float, group: int = 1) -> DedupItem:
    return understood_item(key, text, MONDAY + timedelta(hours=hours), group)


def test_the_chase_shares_no_word_with_its_notice() -> None:
    score = ClusterIndex().explain(_item(1, CLEANUP, 0), _item(2, CHASE, 72))
    assert not score.merge


def test_a_short_chase_joins_the_one_notice_its_group_waits_for_by_then() -> None:
    notice, chase = _placed(_item(1, CLEANUP, 0), _item(2, CHASE, 72))
    assert chase == notice


def test_with_two_notices_due_then_the_chase_joins_neither() -> None:
    cleanup, ledger, chase = _placed(_item(1, CLEANUP, 0), _item(2, LEDGER, 1), _item(3, CHASE, 72))
    assert cleanup != ledger
    assert chase not in (cleanup, ledger)


def test_the_chase_stays_apart_from_a_notice_of_another_group() -> None:
    notice, chase = _placed(_item(1, CLEANUP, 0, group=1), _item(2, CHASE, 72, group=2))
    assert chase != notice


def test_the_chase_stays_apart_from_a_notice_due_another_day() -> None:
    earlier = "各村级河长：这周三前把责任河段的漂浮物清一遍，清完发照片到群里。"
    notice, chase = _placed(_item(1, earlier, 0), _item(2, CHASE, 72))
    assert chase != notice


def test_a_longer_reminder_names_its_own_object_and_stays_apart() -> None:
    # it chases last week's patrol record, not the clean-up, though the moment agrees
    reminder = "还有上周的巡河记录，龙潭、上坪还没传河长通，这周五前抓紧补上，县里要通报"
    notice, other = _placed(_item(1, CLEANUP, 0), _item(2, reminder, 72))
    assert other != notice



def test_a_group_remembers_its_open_requests_beyond_its_latest_notices() -> None:
    groups = GroupRecency(kept=2, open_kept=3)
    alive = np.ones(10, dtype=np.bool_)
    sent = np.arange(10, dtype=np.int32)
    groups.add(1, 0)
    groups.add_open(1, cluster=100, slot=0, due=500)  # the request, due at minute 500
    groups.add_open(1, cluster=100, slot=3, due=500)  # its copy: the first stands for it
    for slot in (1, 2):
        groups.add(1, slot)
    assert groups.of(1, alive, sent, 0) == [2, 1]  # pushed out of the latest
    assert groups.open_of(1, alive, due_after=400) == [0]  # still open
    assert groups.open_of(1, alive, due_after=501) == []  # past its due
    assert groups.open_of(2, alive, due_after=0) == []
    for cluster, slot in ((101, 4), (102, 5), (103, 6)):
        groups.add_open(1, cluster, slot, due=900)
    assert groups.open_of(1, alive, due_after=0) == [6, 5, 4]  # the oldest evicted


def test_a_chase_with_no_time_is_left_to_the_words_it_shares() -> None:
    notice, chase = _placed(_item(1, CLEANUP, 0), _item(2, "上坪 下坪呢 还差两个村", 72))
    assert chase != notice


# Thursday, and no moment named: these press the ones still behind
PRESSING = (
    "上坪、下坪的照片还没发，抓紧",
    "@下坪村-文书小邓 照片呢？",
    "@龙潭村-主任老周 龙潭还差一段没清，最后一天了",
)
# ... and these are the ones behind answering: nobody is pressed
ANSWERING = ("下坪收了41户 还差9户在外头打工的", "马上，还差两段", "收到 我这还差一段")


@pytest.mark.parametrize("chase", PRESSING)
def test_a_chase_that_presses_those_behind_joins_the_one_open_request(chase: str) -> None:
    notice, joined = _placed(_item(1, CLEANUP, 0), _item(2, chase, 72))
    assert joined == notice


@pytest.mark.parametrize("chase", PRESSING)
def test_with_two_requests_open_a_pressing_chase_joins_neither(chase: str) -> None:
    cleanup, ledger, joined = _placed(
        _item(1, CLEANUP, 0), _item(2, LEDGER, 1), _item(3, chase, 72)
    )
    assert joined not in (cleanup, ledger)


@pytest.mark.parametrize("status", ANSWERING)
def test_a_status_from_one_who_owes_the_work_joins_nothing_by_its_group(status: str) -> None:
    notice, joined = _placed(_item(1, CLEANUP, 0), _item(2, status, 72))
    assert joined != notice


@pytest.mark.parametrize(
    ("text", "pressing"),
    [*((t, True) for t in PRESSING), *((t, False) for t in ANSWERING),
     ("still need Ward 6 please", True), ("Ward 6 still to come, I'll chase", False)],
)  # fmt: skip
def test_presses(text: str, pressing: bool) -> None:
    assert presses(text) is pressing
