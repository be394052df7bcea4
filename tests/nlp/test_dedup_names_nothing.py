"""A short notice that names nothing of its own and asks after someone ("Odogunyan?
Halima the line list", "红崖的呢") chases the one request of its group falling due
within the day (nlp.dedup._open.names_nothing)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from nlp.dedup import DedupItem
from nlp.dedup._open import names_nothing
from tests.helpers.dedup import placed_one_by_one as _placed
from tests.helpers.dedup import understood_item

CST = timezone(timedelta(hours=8))
MORNING = datetime(2026, 12, 9, 8, 30, tzinfo=CST)

REQUEST = "各村：今天下午5点前把冬季用电安全排查表报镇安监站，没有隐患的也要报“无”。"
REQUEST_EN = (
    "Morning all - ward fire-warden checklists to me by 4pm today please, same form as last month."
)


def _item(key: int, text: str, hours: float, group: int = 1) -> DedupItem:
    return understood_item(key, text, MORNING + timedelta(hours=hours), group)


@pytest.mark.parametrize(
    ("request_text", "asked"),
    [
        (REQUEST, "石门？北坪？"),
        (REQUEST, "@北坪村-张支书 北坪的呢"),
        (REQUEST_EN, "Ward 9? Halima"),
        (REQUEST_EN, "4B 👀"),
    ],
)
def test_a_short_question_after_those_behind_joins_the_request_due_that_day(
    request_text: str, asked: str
) -> None:
    request, chase = _placed(_item(1, request_text, 0), _item(2, asked, 5))
    assert chase == request


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (REQUEST, "明天全天停水，大家提前储水？"),  # names its own object
        (REQUEST_EN, "all in bar Ward 9"),  # a statement: a worker's word as often
        (REQUEST, "收到，北坪的我下午送过来？"),  # a reply for the sender's own part
    ],
)
def test_a_short_message_of_its_own_or_a_reply_joins_nothing(request_text: str, said: str) -> None:
    request, other = _placed(_item(1, request_text, 0), _item(2, said, 5))
    assert other != request


def test_a_request_falling_due_days_later_is_not_the_one_asked_after() -> None:
    friday = "各村：本周五下午5点前把冬季用电安全排查表报镇安监站，没有隐患的也要报“无”。"
    request, chase = _placed(_item(1, friday, 0), _item(2, "石门？北坪？", 5))
    assert chase != request


def test_in_another_group_it_joins_nothing() -> None:
    request, chase = _placed(_item(1, REQUEST, 0, group=1), _item(2, "石门？北坪？", 5, group=2))
    assert chase != request


def test_a_cue_a_moment_or_a_long_text_is_read_elsewhere() -> None:
    from nlp.dedup._index import ClusterIndex

    index = ClusterIndex()
    view = index._view(_item(1, "石门？北坪？", 5))[0]
    assert names_nothing(view, "石门？北坪？")
    dated = index._view(_item(2, "北坪的呢？下午3点前", 5))[0]
    assert not names_nothing(dated, "北坪的呢？下午3点前")


def test_a_name_asked_alone_is_left_to_the_one_who_asked() -> None:
    # "Moston?" chases only from the requester, which ingest knows (bot/ingest/_follow_ups.py)
    request, other = _placed(_item(1, REQUEST_EN, 0), _item(2, "Moston?", 5))
    assert other != request
