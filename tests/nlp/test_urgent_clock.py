"""Urgency from a bare English clock time near sending (nlp/urgent_clock.py) and
from a countdown typed as "in N" (nlp/urgent_shapes.py)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from nlp.urgency import is_urgent

_TZ = timezone(timedelta(hours=8))


def _at(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, 10, hour, minute, tzinfo=_TZ)


@pytest.mark.parametrize(
    ("text", "sent"),
    [
        ("Priya, the rota by 4 pls, the boss wants it", _at(15, 5)),
        ("inspectors arrive at 11, desks clear", _at(9, 40)),
        ("road gang: grit the hill before 7:15", _at(6, 0)),
        ("handover notes by 0800 please", _at(7, 10)),
    ],
)
def test_bare_clock_time_within_two_hours_is_urgent(text: str, sent: datetime) -> None:
    assert is_urgent(text, sent, None)


@pytest.mark.parametrize(
    ("text", "sent"),
    [
        ("inspectors arrive at 11 on Friday, desks clear", _at(9, 40)),
        ("the rota by 4 pls", _at(10, 0)),
        ("lift back in service at 9:50, thanks all", _at(10, 0)),
        ("water off at 11 today till 4, fill a bucket", _at(9, 40)),
        ("from this week timesheets by 10 daily", _at(9, 0)),
        ("centre opens as normal at 10", _at(9, 0)),
    ],
)
def test_bare_clock_time_elsewhere_is_not(text: str, sent: datetime) -> None:
    assert not is_urgent(text, sent, None)


@pytest.mark.parametrize(
    "text",
    ["briefing in 10, back office", "Zoom in 5 - same link as last week", "stand-up in 15."],
)
def test_minutes_alone_after_in_count_down(text: str) -> None:
    assert is_urgent(text, _at(9), None)


@pytest.mark.parametrize(
    "text",
    [
        "Drill done, building empty in 4 min 20, nice work",
        "seminar moved, we are in 3.05 on Friday",
        "cupboard in 24 has the spare keys",
    ],
)
def test_a_measured_time_or_a_room_is_no_countdown(text: str) -> None:
    assert not is_urgent(text, _at(9), None)
