"""Repeating jobs on PTB's JobQueue."""

from __future__ import annotations

import logging

from bot.context import FingertipContext

__all__ = ["digest_tick", "purge_texts", "reminder_tick"]

_log = logging.getLogger(__name__)


async def digest_tick(context: FingertipContext) -> None:
    """Ask the database who is due, build those digests, drain the outbox."""
    services = context.services
    if services.fleet is not None and not services.fleet.is_owner:
        return  # a standby: the owner of the fleet builds and sends
    await services.digests.run_schedule(context.bot, services.clock.now())


async def purge_texts(context: FingertipContext) -> None:
    """Daily: blank the texts older than [retention] text_days (counts stay)."""
    privacy = context.services.privacy
    notices, digests = await privacy.purge_texts()
    if notices or digests:
        _log.info(
            "retention: blanked %d notice texts and %d digests older than %d days",
            notices,
            digests,
            privacy.text_days,
        )


async def reminder_tick(context: FingertipContext) -> None:
    """Send the reminders that have come due (quiet hours hold them)."""
    services = context.services
    await services.reminders.run(context.bot, services.clock.now())
