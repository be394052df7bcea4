"""A notice relayed into a related group within the hour, retold in the relayer's
words, is offered to its notice (nlp.dedup._relays); an alert's restoration ("已恢复
供电", "来水了", "power's back on") is a notice of its own (nlp.dedup._cues)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from nlp.dedup import ClusterIndex, DedupItem
from nlp.dedup._cues import has_change
from tests.helpers.dedup import understood_item

CST = timezone(timedelta(hours=8))
NOON = datetime(2026, 7, 14, 11, 5, tzinfo=CST)

ALERT = (
    "市气象台11时发布暴雨红色预警，未来3小时降雨量可达100毫米以上，"
    "各社区立即启动应急响应，低洼地段、地下车库人员马上撤离"
)
RELAYED = "暴雨红色预警！住低洼那几排的赶紧叫上楼 地下车库的人全部出来 车不要往地库开"
ALERT_EN = (
    "Holiday hours for the clinic: closed Dec 25 to 28, open Dec 29 to 31 9am to 1pm, "
    "closed Jan 1, regular hours again from Jan 4."
)
RELAYED_EN = (
    "holiday hrs: closed 25-28, 29-31 open 9-1, closed jan 1, normal again jan 4. "
    "updating the voicemail now"
)


def _item(key: int, text: str, minutes: int, group: int) -> DedupItem:
    return understood_item(key, text, NOON + timedelta(minutes=minutes), group)


def _placed(index: ClusterIndex, *items: DedupItem) -> list[int | None]:
    return [index.place_batch([item])[0] for item in items]


def _related() -> ClusterIndex:
    index = ClusterIndex()
    index.note_posters([(1, 700), (2, 700)])  # the community head posts in both
    return index


@pytest.mark.parametrize(("alert", "relayed"), [(ALERT, RELAYED), (ALERT_EN, RELAYED_EN)])
def test_a_relay_minutes_later_in_a_related_group_joins(alert: str, relayed: str) -> None:
    notice, relay = _placed(_related(), _item(1, alert, 0, 1), _item(2, relayed, 4, 2))
    assert relay == notice


@pytest.mark.parametrize(("alert", "relayed"), [(ALERT, RELAYED), (ALERT_EN, RELAYED_EN)])
def test_a_relay_in_the_same_batch_joins(alert: str, relayed: str) -> None:
    notice, relay = _related().place_batch([_item(1, alert, 0, 1), _item(2, relayed, 4, 2)])
    assert relay == notice


def test_in_a_group_no_one_shares_it_stays_apart() -> None:
    index = ClusterIndex()
    index.note_posters([(1, 700), (2, 800)])
    notice, relay = _placed(index, _item(1, ALERT, 0, 1), _item(2, RELAYED, 4, 2))
    assert relay != notice


def test_hours_later_it_is_not_offered_as_a_relay() -> None:
    notice, relay = _placed(_related(), _item(1, ALERT, 0, 1), _item(2, RELAYED, 180, 2))
    assert relay != notice


def test_a_task_the_alert_set_off_with_a_due_of_its_own_stays_apart() -> None:
    task = "暴雨红色预警，各社区低洼地段撤离情况下午3点前报街道"
    notice, report = _placed(_related(), _item(1, ALERT, 0, 1), _item(2, task, 10, 2))
    assert report != notice


@pytest.mark.parametrize(
    "text",
    [
        "老街片区已恢复供电",
        "3栋5栋来水了 可以用了",
        "水来了啊各位 7号楼都通了",
        "power's back on in block c",
    ],
)
def test_a_supply_back_on_is_a_notice_of_its_own(text: str) -> None:
    assert has_change(text)


@pytest.mark.parametrize(
    "text",
    ["老街片区突然停电 供电所在抢修", "大水来了 低洼的赶紧上楼", "明天3栋5栋停水 提前接水"],
)
def test_the_outage_itself_and_a_flood_are_not(text: str) -> None:
    assert not has_change(text)


def test_the_restoration_does_not_join_the_outage() -> None:
    outage = "老街片区突然停电 变压器烧了 供电所在抢修 各社区马上摸一遍独居老人"
    back = "老街片区已恢复供电 大家早点休息"
    first, second = _placed(_related(), _item(1, outage, 0, 1), _item(2, back, 20, 1))
    assert second != first
