"""Digest slots across days, coincident times and daylight saving."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

from bot.digests import latest_slot, slot_key

SHANGHAI = ZoneInfo("Asia/Shanghai")
TIMES = [time(8, 0), time(17, 30)]


def test_latest_slot_today_and_yesterday() -> None:
    assert latest_slot(datetime(2026, 11, 16, 9, 0, tzinfo=SHANGHAI), SHANGHAI, TIMES) == datetime(
        2026, 11, 16, 8, 0, tzinfo=SHANGHAI
    )
    assert latest_slot(
        datetime(2026, 11, 16, 17, 30, tzinfo=SHANGHAI), SHANGHAI, TIMES
    ) == datetime(2026, 11, 16, 17, 30, tzinfo=SHANGHAI)
    assert latest_slot(datetime(2026, 11, 16, 7, 59, tzinfo=SHANGHAI), SHANGHAI, TIMES) == datetime(
        2026, 11, 15, 17, 30, tzinfo=SHANGHAI
    )


def test_slot_is_found_from_any_input_zone() -> None:
    utc_now = datetime(2026, 11, 16, 1, 0, tzinfo=ZoneInfo("UTC"))  # 09:00 in Shanghai
    assert latest_slot(utc_now, SHANGHAI, TIMES).hour == 8


def test_coinciding_times_share_a_key() -> None:
    a = datetime(2026, 11, 16, 8, 0, tzinfo=SHANGHAI)
    b = datetime(2026, 11, 16, 0, 0, tzinfo=ZoneInfo("UTC"))
    assert slot_key(a) == slot_key(b) == "2026-11-16T00:00Z"


def test_daylight_saving_gap_still_yields_a_slot() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    now = datetime(2026, 3, 29, 3, 30, tzinfo=berlin)  # 02:00-03:00 does not exist that night
    slot = latest_slot(now, berlin, [time(2, 30)])
    assert slot <= now
