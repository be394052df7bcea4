"""A follow-up in which the one who owes the work answers for their own part.

A status that joins a request ("小河还差三组，马上", "二社还差三户 五点前搞完", "我的消防员
表格也还没交，等下一起拿去", "扫着呢", "尽快 我先过去看着") shares its object and its
"还差", so it reads as a chase; but the speaker tells what they are doing about it,
and asks nobody by the request's due. The corpus labels such replies chatter with no
due, so a chase's due (bot.ingest chased_dues) is not theirs. One turned to others
(an @mention, a question, 大家, 抓紧, please) still chases.
"""

from __future__ import annotations

import re

from nlp.leading import led

__all__ = ["answers_for_own_part"]

# The speaker's own doing, now or next: 马上 (not 马上下班, 马上就到点), 等下, 一会儿,
# 我先, 我…去, 在弄, 扫着呢, 补交, a limit of their own said last ("中午前交").
_OWN = led(
    r"马上(?!下班|就)|等下|等一下|待会|一会儿?|我先|我[^,，。\s]{0,4}去|在弄"
    r"|[扫带弄录填拍]着呢|补[听交发录]|前(?:搞完|交|发|送到)$"
    r"|\bi'?ll\b|\bon my way\b"
)
_TO_OTHERS = re.compile(
    r"@|大家|各位|各[村组社]|请|抓紧|赶紧|快点|同事|[?？]|\bpls\b|\bplease\b"
)


def answers_for_own_part(text: str) -> bool:
    """Whether a follow-up tells what its speaker does about their own part, asking nobody."""
    lowered = text.strip().lower()
    return bool(_OWN.search(lowered)) and not _TO_OTHERS.search(lowered)
