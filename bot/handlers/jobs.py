"""Repeating jobs on PTB's JobQueue."""

from __future__ import annotations

from bot.context import FingertipContext

__all__ = ["digest_tick", "reminder_tick"]


async def digest_tick(context: FingertipContext) -> None:
    """Ask the database who is due, build those digests, drain the outbox."""
    services = context.services
    await services.digests.run_schedule(context.bot, services.clock.now())


async def reminder_tick(context: FingertipContext) -> None:
    """Send the reminders that have come due (quiet hours hold them)."""
    services = context.services
    await services.reminders.run(context.bot, services.clock.now())
