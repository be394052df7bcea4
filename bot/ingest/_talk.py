"""The last few messages of each group, so a kept message can be read in its place.

:func:`nlp.replies.answers_notice` decides; this remembers what it reads: per
group, the latest messages (when, by whom, notice or not), in memory. A restart
or a message handled by another worker of a fleet leaves a group's memory short,
and then a message is only kept as it was understood: the safe side.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from dataclasses import replace

from bot.ingest._incoming import IncomingMessage
from nlp.replies import LOOK_BACK, Posted, answers_notice
from nlp.types import Kind, Understanding

__all__ = ["GroupTalk"]

_GROUPS = 50_000  # groups remembered, the most lately active: a bound on memory


class GroupTalk:
    """Settles new messages, in the order they were sent, by the talk before them."""

    def __init__(self) -> None:
        self._talk: dict[int, deque[Posted]] = {}

    def settle(
        self, messages: Sequence[IncomingMessage], meanings: Sequence[Understanding]
    ) -> list[Understanding]:
        """Each meaning, or chatter where the message answers a notice just posted; every
        message is then remembered as what it was settled to be."""
        settled = []
        for message, meaning in zip(messages, meanings, strict=True):
            before = self._talk.get(message.chat_id, ())
            sender = message.sender_id or 0
            if not (message.shares_file or message.forwarded_from) and answers_notice(
                meaning, sender, message.sent_at, tuple(before)
            ):
                meaning = replace(meaning, kind=Kind.CHATTER, urgent=False, due_at=None)
            settled.append(meaning)
            self._remember(message, meaning.kind is not Kind.CHATTER)
        return settled

    def _remember(self, message: IncomingMessage, notice: bool) -> None:
        talk = self._talk.pop(message.chat_id, None) or deque(maxlen=LOOK_BACK)
        talk.append(Posted(message.sent_at, message.sender_id or 0, notice))
        self._talk[message.chat_id] = talk  # the most lately active group last
        if len(self._talk) > _GROUPS:
            del self._talk[next(iter(self._talk))]
