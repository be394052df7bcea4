"""Repeating jobs on PTB's JobQueue."""

from __future__ import annotations

from bot.context import FingertipContext

__all__ = ["digest_tick"]


async def digest_tick(context: FingertipContext) -> None:
    """Ask the database who is due, build those digests, drain the outbox."""
    services = context.services
    if services.fleet is not None and not services.fleet.is_owner:
        return  # a standby: the owner of the fleet builds and sends
    await services.digests.run_schedule(context.bot, services.clock.now())
