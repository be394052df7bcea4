"""Several processes on one PostgreSQL database: owner and standbys, ingress, health.

PostgreSQL is the coordination engine: an advisory lock says which process
owns the singletons, ``FOR UPDATE SKIP LOCKED`` claims with a lease keep two
senders apart, and a table of raw updates carries webhook ingress to the owner.
"""

from bot.fleet._coordinator import Coordinator
from bot.fleet._fleet import Fleet
from bot.fleet._inbox import InboxQueue, InboxReader
from bot.fleet._lock import AnotherProcessRuns, OwnerLock, SqliteGuard
from bot.fleet._ops import OpsServer
from bot.fleet._run import ROLES, run_bot

__all__ = [
    "ROLES",
    "AnotherProcessRuns",
    "Coordinator",
    "Fleet",
    "InboxQueue",
    "InboxReader",
    "OpsServer",
    "OwnerLock",
    "SqliteGuard",
    "run_bot",
]
