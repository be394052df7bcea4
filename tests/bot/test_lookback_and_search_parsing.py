"""Arguments of /digest and the data of search page buttons, parsed strictly."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.digests import LAST, Period, parse_lookback
from bot.search_view import PageButton, parse_button

SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], None),
        (["24h"], Period("hours", 24)),
        (["3D"], Period("days", 3)),
        (["7d"], Period("days", 7)),
        (["today"], Period("today")),
        (["昨天"], Period("yesterday")),
        (["last"], LAST),
        (["上次"], LAST),
    ],
)
def test_accepted_lookbacks(args: list[str], expected: object) -> None:
    assert parse_lookback(args) == expected


@pytest.mark.parametrize("args", [["8d"], ["0h"], ["2w"], ["前天"], ["24h", "3d"], ["-1d"]])
def test_refused_lookbacks(args: list[str]) -> None:
    with pytest.raises(ValueError):
        parse_lookback(args)


def test_calendar_days_are_the_readers() -> None:
    now = datetime(2026, 12, 6, 1, 30, tzinfo=UTC)  # 09:30 in Shanghai
    since, until = Period("yesterday").bounds(now, SHANGHAI)
    assert since == datetime(2026, 12, 5, tzinfo=SHANGHAI)
    assert until == datetime(2026, 12, 6, tzinfo=SHANGHAI)
    assert Period("today").bounds(now, SHANGHAI) == (until, now)
    assert Period("hours", 24).bounds(now, SHANGHAI)[0] == datetime(2026, 12, 5, 1, 30, tzinfo=UTC)


def test_page_buttons() -> None:
    assert parse_button("sr:7001:AbC-_9:2") == PageButton(7001, "AbC-_9", 2)
    for forged in ("sr:7001:AbC:", "sr:x:AbC:1", "sr:7001:a b:1", "sr:7001:AbC:1:2", "st:1:a:1"):
        assert parse_button(forged) is None
