"""Who is due for a digest right now, from each cadre's own settings."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session

from bot.digests._slots import latest_slot, slot_key
from bot.settings import Defaults, effective_settings, in_quiet_hours
from storage import repository as repo

__all__ = ["due_slots"]


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
