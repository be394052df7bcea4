"""Acknowledgements that follow a notice: 收到, 好的, 👍, Noted.

Real groups answer most notices with a trickle of one-word replies from other
members; they carry no notice, so they are ``chatter`` with no due and no
cluster, and they land in the same split as the notice they answer.
"""

from __future__ import annotations

import random
from datetime import timedelta

from corpusgen.records import Draft

__all__ = ["acknowledgements"]

_COUNTS = (0, 1, 2, 3, 4)


def _pool(frames: dict[str, list[str]], lang: str, kind: str) -> list[str]:
    general = frames[f"ack {lang}"]
    specific = frames.get(f"ack {lang} {kind}", [])
    return general + specific * 2


def acknowledgements(rng: random.Random, notice: Draft, frames: dict[str, list[str]],
                     weights: tuple[int, ...]) -> list[Draft]:
    """Zero or more replies to ``notice`` from other members of its group."""
    count = rng.choices(_COUNTS, weights)[0]
    others = [m for m in notice.chat.members if m != notice.sender]
    replies, sent = [], notice.sent
    for sender in rng.sample(others, min(count, len(others))):
        sent = sent + timedelta(minutes=rng.choice((0, 1, 1, 2, 3, 5, 8, 15, 30)))
        lang = notice.lang if notice.chat.lang != "mix" else rng.choice(("zh", "en"))
        lang = "zh" if lang == "mix" else lang
        replies.append(Draft(
            chat=notice.chat, sender=sender, sent=sent,
            text=rng.choice(_pool(frames, lang, notice.kind)), kind="chatter", urgent=False,
            due=None, unit=notice.unit, origin="ack", lang=lang, tags={"ack"},
        ))
    return replies
