"""Copies with a vaguer time of the same day, asides, and chases with plans of
their own, through the real ingest pipeline (issue 13)."""

from __future__ import annotations

from datetime import timedelta

from storage.database import Database
from tests.helpers.ingest import OTHER, START, TOWN
from tests.helpers.ingest import clusters as _clusters
from tests.helpers.ingest import outcomes as _outcomes

# Monday 16 November, 09:00: due Thursday 19 November 16:00
FORM = "各村：征兵初检名单请于11月19日（周四）下午4点前报镇武装部，写清姓名、身份证号、联系电话。"
DAY = 24 * 60


def test_a_retelling_with_a_vaguer_time_of_the_same_day_joins(database: Database) -> None:
    notice = "各楼栋长：今晚8点前把自己楼栋独居老人的电话和家属电话核对一遍，有变的发小葛汇总。"
    retold = "楼栋长们 今天晚上把独居老人的电话跟家属电话对一下发我哈 没变的也说一声"
    first, second = _clusters(database, [(TOWN, 0, notice), (TOWN, 20, retold)])
    assert first is not None and second == first


def test_a_relay_with_its_own_earlier_time_beside_the_upstream_one_is_another_notice(
    database: Database,
) -> None:
    county = "各乡镇：元旦值班表今天下班前报应急局，带班领导和值班人员都要写。"
    relay = "县应急局要元旦值班表，今天下班前要报，各办所还没报人的4点半前报给我"
    first, second = _clusters(database, [(OTHER, 0, county), (TOWN, 6, relay)])
    assert first is not None and second is not None and second != first


def test_an_aside_by_the_same_deadline_is_another_notice_and_its_chase_finds_it(
    database: Database,
) -> None:
    posts = [
        (TOWN, 0, FORM),
        (TOWN, 3, "另外民兵整组的基干民兵花名册也是周四下午4点前交武装部，跟征兵名单分开发"),
        (TOWN, 3 * DAY, "民兵花名册还差柳溪、杨家湾，下午4点"),
    ]
    form, aside, chase = _clusters(database, posts)
    assert aside is not None and aside != form
    assert chase == aside


def test_a_chase_taken_for_chatter_joins_despite_the_time_it_plans(database: Database) -> None:
    chase = "征兵名单还剩柳溪、杨家湾两个村没报，明天上午我去村里催"
    form, taken = _clusters(database, [(TOWN, 0, FORM), (TOWN, 2 * DAY, chase)], frozenset({chase}))
    assert taken == form


def test_a_reply_reporting_its_part_done_is_no_follow_up(database: Database) -> None:
    reply = "征兵名单东山的看完了 没有报名的"
    form, taken = _clusters(database, [(TOWN, 0, FORM), (TOWN, 60, reply)], frozenset({reply}))
    assert form is not None and taken is None


def test_a_bare_follow_up_asks_by_its_notices_due_and_is_urgent_when_it_is_near(
    database: Database,
) -> None:
    """"征兵初检名单还差柳溪、杨家湾" names no time: it chases the list due at 16:00, so
    it asks by 16:00, and at 14:30 that is urgent; the day before it is not."""
    posts = [
        (TOWN, 0, FORM),
        (TOWN, 2 * DAY, "征兵初检名单还差柳溪、杨家湾"),
        (TOWN, 3 * DAY + 330, "征兵初检名单还差柳溪、杨家湾"),
    ]
    form, early, late = _outcomes(database, posts)
    assert early.cluster_id == late.cluster_id == form.cluster_id
    assert form.due_at is not None and early.due_at == late.due_at == form.due_at
    assert not early.urgent and late.urgent


def test_a_follow_up_after_the_due_takes_no_due(database: Database) -> None:
    posts = [(TOWN, 0, FORM), (TOWN, 4 * DAY, "征兵初检名单还差柳溪、杨家湾")]
    form, late = _outcomes(database, posts)
    assert form.due_at is not None and form.due_at < START + timedelta(minutes=4 * DAY)
    assert late.due_at is None

