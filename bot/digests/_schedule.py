"""When digests are due: the slot a cadre's next digest belongs to, and who lacks theirs."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session

from bot.settings import Defaults, effective_settings, in_quiet_hours
from storage import repository as repo

__all__ = ["due_slots", "latest_slot", "slot_key"]


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


def due_slots(
    session: Session, *, now: datetime, defaults: Defaults, grace: timedelta
) -> list[tuple[int, str]]:
    """(cadre, slot) pairs whose latest slot has no digest yet.

    A slot older than ``grace`` is skipped (the next one will carry its
    notices); a slot inside quiet hours waits until they end; a slot from
    before the cadre subscribed is not theirs. Times that coincide share one
    slot key, so they produce one digest.
    """
    due: list[tuple[int, str]] = []
    for cadre in repo.list_active_cadres(session=session):
        settings = effective_settings(cadre, defaults)
        slot = latest_slot(now, settings.zone, settings.clock_times)
        if now - slot > grace or slot < cadre.subscribed_at or in_quiet_hours(settings, now):
            continue
        due.append((cadre.user_id, slot_key(slot)))
    existing = repo.existing_slots(session=session, slots={slot for _, slot in due})
    return [pair for pair in due if pair not in existing]
