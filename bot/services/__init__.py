"""Services the handlers call; each owns its resources via initialize/shutdown."""

from bot.services._threads import in_session

__all__ = ["in_session"]  # also for services in packages of their own (bot.digests)
