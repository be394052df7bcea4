"""Which copies of a notice are reminders of it: decided once, at ingest.

A digest shows a notice once with "提醒 N 次", the latest status line and
the latest due; it reads the ``notice.reminder`` flag stored here and applies
no rule of its own, so the digest, the to-do list and the repository's
``reminders_of`` count the same copies.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from nlp.corrections import has_correction_cue
from nlp.dedup import folding, follow_up

__all__ = ["reminders_among"]


def reminders_among(
    joined: Mapping[int, int],
    texts: Mapping[int, tuple[str, str | None]],
    again: Collection[int],
) -> dict[int, tuple[bool, str | None]]:
    """For the copies that joined an earlier notice's cluster (``joined``: notice id
    → cluster id), whether each is a reminder, and its status line.

    A copy is a reminder when it is worded as a chase ("再提醒", "还差二组",
    "still missing Ward 2") or posted again in a group that already had the
    notice (``again``: :func:`storage.repository.posted_again`); a retelling or
    forward into another group is not, nor is a correction (the digest shows
    that as the correction). ``texts`` holds each one's text and, when
    understanding read that text alone, its prepared form.
    """
    found: dict[int, tuple[bool, str | None]] = {}
    fold = folding()
    for key, cluster in joined.items():
        text, prepared = texts[key]
        if key == cluster or has_correction_cue(text):
            continue
        chase = follow_up(text, prepared=prepared, fold=fold)
        if chase.reminder or key in again:
            found[key] = (True, chase.status)
    return found
