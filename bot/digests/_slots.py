"""Digest slots: which scheduled moment a cadre's next digest belongs to."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

__all__ = ["latest_slot", "slot_key"]


def latest_slot(now: datetime, zone: ZoneInfo, times: Sequence[time]) -> datetime:
    """The most recent scheduled moment at or before ``now``, in ``zone``.

    Looking back to yesterday covers a bot that comes back after midnight having
    missed the evening slot; daylight-saving gaps resolve through ``zone``.
    """
    local = now.astimezone(zone)
    candidates = [
        datetime.combine(day, clock, tzinfo=zone)
        for day in (local.date(), local.date() - timedelta(days=1))
        for clock in times
    ]
    return max(moment for moment in candidates if moment <= local)


def slot_key(slot: datetime) -> str:
    """A stable name for a slot; two configured times that coincide share it."""
    return slot.astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%dT%H:%MZ")
