"""Where a message falls in its group's talk: a feature of the kind classifiers.

Read alone, "All 8 up and bolted. Took a photo for you" or "三网格发了，苏姐看下群文件"
could be notices; in their group they come minutes after someone else's message,
and they answer it. A notice mostly opens something: the group was quiet, or the
last word was the poster's own. So the classifiers read, beside the words, where
the message falls (:func:`place_of`): whether anyone wrote in the group in the
last hour, and if so whether it was the same member and how long ago. Only times
and senders are read, never what the earlier messages were understood to be, so
a batch is still understood at once, and a corpus is read the same way in
training (:func:`places_of`) as ingest reads its groups (after each group's last
stored message).
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from datetime import datetime, timedelta

__all__ = ["OPENS", "WINDOW", "opens_talk", "place_of", "places_of"]

WINDOW = timedelta(hours=1)
OPENS = "opens"  # nothing in the group within the window before it
_SELF, _OTHER = "self", "other"
_GAPS = ((timedelta(minutes=5), "5"), (timedelta(minutes=20), "20"), (WINDOW, "60"))


def place_of(sent_at: datetime, sender: Hashable, last: tuple[datetime, Hashable] | None) -> str:
    """The place of a message ``sender`` posted at ``sent_at``, after the group's ``last``
    message (when, by whom), if any: :data:`OPENS`, or ``self:N`` / ``other:N`` for a
    message by the same member or another one N minutes or less before it."""
    if last is None:
        return OPENS
    gap = sent_at - last[0]
    if gap < timedelta(0) or gap > WINDOW:
        return OPENS
    who = _SELF if last[1] == sender else _OTHER
    return next(f"{who}:{label}" for limit, label in _GAPS if gap <= limit)


def opens_talk(place: str | None) -> bool:
    """Whether a message at ``place`` (:func:`place_of`) opens the talk or follows the
    speaker's own message, so says what it says unprompted; unknown (None) is neither."""
    return place is not None and (place == OPENS or place.startswith(f"{_SELF}:"))


def places_of(
    messages: Sequence[tuple[Hashable, datetime, Hashable]],
    before: Mapping[Hashable, tuple[datetime, Hashable]] | None = None,
) -> list[str]:
    """The place of each (group, sent at, sender), in the order given (a group's own
    messages in the order they were sent), after each group's last message ``before``
    them (when, by whom), if known."""
    last: dict[Hashable, tuple[datetime, Hashable]] = dict(before or {})
    places = []
    for group, sent_at, sender in messages:
        places.append(place_of(sent_at, sender, last.get(group)))
        last[group] = (sent_at, sender)
    return places
