"""Whether a message answers a notice just posted in its group, by where it falls.

Read alone, "All 8 up and bolted. Took a photo for you", "三网格发了，苏姐看下群文件" or
"Ipakodo: Nurse Tope, Nurse Kemi, recorder Bashir" could be notices, and the
classifier, leaning chatter but unsure, keeps them (nlp.chatter: keeping is the
safe mistake). In their group they come minutes after a notice someone else
posted: they are the answers to it. A notice's own poster following it up is
another matter (a chase, a correction, the rest of the notice), and so is a
message nothing was posted before: that one starts something.

So a message kept only for want of certainty (:attr:`Understanding.tentative`),
urgent in nothing, that comes within :data:`WINDOW` of a notice another member
posted in the same group, among the last :data:`LOOK_BACK` messages there, and
after no notice of its own sender's, is chatter. On the dev split of 7 December
this turned 54 such answers chatter and lost 3 notices; the rule needs nothing
but the order of messages, so it is the same in every language.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from nlp.types import Kind, Understanding

__all__ = ["LOOK_BACK", "WINDOW", "Posted", "answers_notice"]

WINDOW = timedelta(hours=1)
LOOK_BACK = 3  # messages of the group before this one that are read


@dataclass(frozen=True, slots=True)
class Posted:
    """A message read earlier in a group: when, by whom (0: unknown) and whether it was
    kept as a notice."""

    sent_at: datetime
    sender: int
    notice: bool


def answers_notice(
    meaning: Understanding, sender: int, sent_at: datetime, before: Sequence[Posted]
) -> bool:
    """Whether ``meaning`` of a message ``sender`` posted at ``sent_at`` answers a notice
    among ``before`` (the group's earlier messages, oldest first): see the module."""
    if not meaning.tentative or meaning.urgent or meaning.kind is Kind.CHATTER or not sender:
        return False
    recent = [p for p in before[-LOOK_BACK:] if timedelta(0) <= sent_at - p.sent_at <= WINDOW]
    notices = [p for p in recent if p.notice]
    return bool(notices) and all(p.sender != sender for p in notices)
