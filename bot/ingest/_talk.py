"""The last message of each group, so a new one can be placed in its group's talk.

:func:`nlp.place.place_of` says where a message falls (the group quiet, or the
last word someone else's a few minutes before); the kind classifiers read it.
This remembers what it needs, in memory: per group, when the last message came
and who sent it. A restart, or a message handled by another worker of a fleet,
leaves a group's memory short, and its next message is read as opening the
talk: what a message alone would be read as.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from datetime import datetime

from bot.ingest._incoming import IncomingMessage
from nlp.place import place_of

__all__ = ["GroupTalk"]

_GROUPS = 50_000  # groups remembered, the most lately active: a bound on memory


class GroupTalk:
    """Places new messages, in the order they were sent, after the talk before them."""

    def __init__(self) -> None:
        self._last: dict[int, tuple[datetime, Hashable]] = {}

    def places(self, messages: Sequence[IncomingMessage]) -> list[str]:
        """Where each new message falls in its group's talk (:mod:`nlp.place`); each is
        then remembered as its group's last."""
        places = []
        for message in messages:
            # an unknown sender is nobody else, never "the same member"
            sender: Hashable = message.sender_id or object()
            places.append(place_of(message.sent_at, sender, self._last.pop(message.chat_id, None)))
            self._last[message.chat_id] = (message.sent_at, sender)  # the latest group last
            if len(self._last) > _GROUPS:
                del self._last[next(iter(self._last))]
        return places
