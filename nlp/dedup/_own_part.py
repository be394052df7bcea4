"""A follow-up in which the one who owes the work answers for their own part.

Two readings of it, used at two steps. Matching (nlp.dedup._open) asks how a chase
opens: a reply (收到, 马上, "on it"), the speaker's I or 我, or a count of what they
did themselves is no chase of the group's open request (:func:`replies_for_own_part`).
Ingest asks what a follow-up that did join says its speaker does next
(:func:`answers_for_own_part`), below.

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

__all__ = ["answers_for_own_part", "opens_as_answer", "replies_for_own_part"]

# A reply opening on the worker's answer: "收到 我这还差3户", "马上，还差一个"
_ANSWER = re.compile(r"\W*(?:收到|好的|好滴|马上|行(?=\W|$)|(?:ok|okay|yes|will do|on it)\b)")
# ... or on the speaker's own part: "I got 2 left, will try again tmr", "我这还差3户",
# or counting what they did themselves ("下坪收了41户 还差9户在外头打工的")
_OWN_PART = re.compile(r"\W*(?:i|we|我)(?![a-z])")
_OWN_COUNT = re.compile(
    r"(?:收|交|报|录|填|发|弄|做|查|看|跑|走|访|打|签)了\s*[\d一二两三四五六七八九十几]+\s*(?:户|个|人|家|份|张|条)"
)
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


def opens_as_answer(lowered: str) -> bool:
    """Whether a lower-cased text opens as a worker's answer (收到, 马上, "on it")."""
    return _ANSWER.match(lowered) is not None


def replies_for_own_part(text: str) -> bool:
    """A reply, or one answering for their own part ("我三点有台手术，赶不上")."""
    lowered = text.lower()
    return bool(_ANSWER.match(lowered) or _OWN_PART.match(lowered) or _OWN_COUNT.search(text))
