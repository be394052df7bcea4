"""Events and calls that only inform, and long texts that still call someone out.

Kept apart from :mod:`nlp.chatter._ask` so that file stays short. The format's
meeting is an event people must attend (../shared/corpus-format.md); the
classifier, having learnt that a place and a time make a meeting, also calls
so the announcement of an event the reader may join if they like ("义诊 … 自愿来",
"招聘会 … 供群众参考", "open to the public", "no need to send anyone") and a
standing change to a meeting's day ("从本周起，例会由每周一下午调整为每周一上午",
"from this week the meeting will hold every Tuesday instead of Mondays"). Both ask
nothing of the reader: notices.

A long text without a deadline reads as a document passed on (see
``_passed_on`` in :mod:`nlp.chatter._verdict`); one that asks someone to act
this minute or calls on someone by a question ("Paul turn the gas off NOW",
"Can someone get the hall opened", "Could anyone who's free walk the towpath",
"pls help check") is an incident being handled, whatever its length.

Read from :func:`nlp.normalize.normalize_text` output, lower-cased.
"""

from __future__ import annotations

from nlp.leading import led

__all__ = ["asks_someone_now", "only_told"]

# An event the reader may join or pass on to others, if they wish: nothing is asked.
# Not "其他村不用去" (the others are told who must go), not "Staff welcome to drop in".
_OPEN_TO_ALL = led(
    r"自愿(?:参加|来|去|报名)|面向(?:群众|居民|社会|公众)|供[^，。,.]{0,12}参考"
    r"|\b(?:just )?for your information\b|\bno volunteers? (?:is |are )?needed\b"
    r"|\bno need to send (?:anyone|anybody|staff|people)\b|\bopen to the public\b"
)
# A meeting moved to another slot for good: "调整为每周一上午", "every tuesday instead of".
_MOVED = led(r"调整为|调整到|改到|改为|改成|\binstead of\b|\bmoved to\b|\bchanged to\b")
_RECURRING = led(r"每周|每月|每个?(?:礼拜|星期)|\bevery\b|\bweekly\b")
_FROM_NOW = led(
    r"(?:本周|下周|下个?月|本月|即日)起|今后|以后"
    r"|\bfrom (?:this|next) (?:week|month)\b|\bgoing forward\b|\bfrom now on\b"
)
# Someone asked to act this minute, or asked by a question to lend a hand; not a state
# that holds now ("warning now in force", "bookings now open"). The Chinese orders to act
# at once are :func:`nlp.chatter._ask.calls_now`'s: a policy says 立即 throughout.
_ASKS_NOW = led(
    r"\bnow\b(?! (?:in (?:force|effect)|open|available|closed|live)\b)"
    r"|\b(?:immediately|asap|right away|tonight)\b|\bpls\b"
    r"|\bcan (?:you|someone|anyone)\b|\bcould (?:you|anyone|someone)\b"
)


def only_told(lowered: str) -> bool:
    """Whether a meeting's text only tells of it: open to whoever wishes, or moved for good."""
    if _OPEN_TO_ALL.search(lowered):
        return True
    return bool(_MOVED.search(lowered) and _RECURRING.search(lowered) and _FROM_NOW.search(lowered))


def asks_someone_now(normalized: str) -> bool:
    """Whether a text asks someone to act now or asks a hand of someone (see the docstring)."""
    return bool(_ASKS_NOW.search(normalized.lower()))
