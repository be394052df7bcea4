"""A figure like "8.30" that has gone by as a date is a time of day.

"assembly 8.30 at L47" sent in December names no 30 August; a date still ahead
("11.20前") stays a date.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from nlp.due import resolve_due

CST = timezone(timedelta(hours=8))
SENT = datetime(2026, 11, 16, 7, 25, tzinfo=CST)  # a Monday


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=CST)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Morning all, assembly 8.30 at L47, lift queue already long", _at(16, 8, 30)),
        ("Tomorrow then folks - 8.30 at the surgery, same drill as last time", _at(17, 8, 30)),
    ],
)
def test_a_dotted_figure_gone_by_as_a_date_is_a_time(text: str, due: datetime) -> None:
    assert resolve_due(text, SENT) == due


def test_a_dotted_date_still_ahead_stays_a_date() -> None:
    assert resolve_due("请各村11.20前把名单报镇里", SENT) == datetime(
        2026, 11, 20, 23, 59, tzinfo=CST
    )
