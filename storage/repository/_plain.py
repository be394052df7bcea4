"""The session's connection, for statements that need none of the ORM."""

from __future__ import annotations

from sqlalchemy import Connection
from sqlmodel import Session

__all__ = ["plain_connection"]


def plain_connection(session: Session) -> Connection:
    """The session's connection once its pending changes are flushed, as a query
    on the session would flush them: bulk reads and writes of plain rows skip
    the ORM's per-row loading and inspection, which is most of their cost."""
    session.flush()
    return session.connection()
