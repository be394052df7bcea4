"""Run blocking database work off the event loop."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TypeVar

from sqlmodel import Session

from storage.database import Database

__all__ = ["in_session"]

T = TypeVar("T")


async def in_session(db: Database, work: Callable[[Session], T]) -> T:
    """Run ``work`` in a worker thread inside one committed session.

    SQLAlchemy sessions are synchronous; running them in a thread keeps a slow
    query from stalling every other chat's update.
    """

    def run() -> T:
        with db.session() as session:
            return work(session)

    return await asyncio.to_thread(run)
