"""收到 / 已完成 presses: parsed, checked against the presser's own to-dos, undoable.

A button's callback data names an item (``td:k:<item>`` 收到, ``td:d:<item>``
已完成) or a digest (``td:a:<stamp>`` 全部收到); ``td:u<mark>:<ref>`` undoes.
The presser is the owner: a press only ever touches the presser's own row,
so data copied from someone else's keyboard finds nothing and is stale.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import timedelta

from sqlmodel import Session

from bot.clock import Clock
from bot.services._threads import in_session
from nlp.types import NOTICE_KINDS
from storage import repository as repo
from storage.database import Database

__all__ = ["RECEIPTS_PERIOD", "Press", "PressOutcome", "TodoService", "parse_press"]

RECEIPTS_PERIOD = timedelta(days=7)

_PATTERN = re.compile(r"td:(u?)([kda]):(\d{1,19})")
_MARKS = {"k": "ack", "d": "done", "a": "ack"}


class PressOutcome(enum.Enum):
    CHANGED = "changed"
    UNCHANGED = "unchanged"  # a second press: nothing to do, answered the same
    STALE = "stale"  # not the presser's, or the keyboard is out of date


@dataclass(frozen=True, slots=True)
class Press:
    undo: bool
    what: str  # k (收到), d (已完成) or a (全部收到 of a digest)
    ref: int  # an item id, or a digest's stamp

    @property
    def mark(self) -> str:
        return _MARKS[self.what]

    def data(self, *, undo: bool) -> str:
        return f"td:{'u' if undo else ''}{self.what}:{self.ref}"


def parse_press(data: str) -> Press | None:
    """The press a callback names; None for anything malformed."""
    found = _PATTERN.fullmatch(data)
    if found is None:
        return None
    return Press(found.group(1) == "u", found.group(2), int(found.group(3)))


class TodoService:
    """Writes the marks; the rows are the cadre's own and nobody else's."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    async def initialize(self) -> None:
        """Marks live in the database; nothing to load."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    async def press(self, user_id: int, press: Press) -> PressOutcome:
        now = self._clock.now()

        def work(session: Session) -> PressOutcome:
            if press.what == "a":
                items = repo.digest_todo_items(session=session, user_id=user_id, stamp=press.ref)
            elif repo.holds_item(session=session, user_id=user_id, item_id=press.ref):
                items = [press.ref]
            else:
                items = None  # not a notice of any group of theirs
            if not items:
                return PressOutcome.STALE
            changed = [
                repo.set_mark(
                    session=session,
                    user_id=user_id,
                    item_id=item,
                    mark=press.mark,
                    on=not press.undo,
                    at=now,
                )
                for item in items
            ]
            return PressOutcome.CHANGED if any(changed) else PressOutcome.UNCHANGED

        return await in_session(self._db, work)

    async def receipts(self, sender_id: int) -> list[repo.Receipt]:
        """The sender's notices of the last week with who acknowledged them."""
        since = self._clock.now() - RECEIPTS_PERIOD

        def work(session: Session) -> list[repo.Receipt]:
            return repo.receipts_of(
                session=session, sender_id=sender_id, since=since, kinds=NOTICE_KINDS
            )

        return await in_session(self._db, work)
