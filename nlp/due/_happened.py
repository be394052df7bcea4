"""A part of today told as when something happened: no due.

A report of an incident dates it by the part of the day it happened in: "那段路早上塌了
一大块", "庙坪三社后头那个坡 夜里溜下来了", "82岁老人今早走失", "a Lassa fever case
has been confirmed at Ikorodu General Hospital this morning", "Mother brought them to the
PHC this evening". The due rules read "早上" and "this morning" as noon, still ahead when
the message is sent early; but nobody can act by a moment that already happened, so the
format gives such a message no due (its ask, if any, is "now"). A morning said with an
ask ("今天上午把表交了", "this morning please") is left alone: the clause must tell a
past event and ask nothing. Last year's day ("去年清明前那场山火", "去年也是月底前") is
history however it is phrased.
"""

from __future__ import annotations

import re

__all__ = ["happened_today", "last_years"]

# Parts of today that an incident is dated by (day parts still ahead at sending).
_DAY_PART = re.compile(
    r"^(?:今天|今日|今儿)?(?:早上|早晨|今早|清早|一早|上午|夜里|半夜|凌晨|中午|下午|傍晚|晚上)$"
    r"|^(?:今早|今晨|今天)$"
    r"|^this (?:morning|am|evening|afternoon)$|^overnight$",
    re.IGNORECASE,
)
# What happened then, told right after the time in Chinese: a verb with 了, or an
# incident word ("走失", "喊不醒", "发烧").
_HAPPENED_ZH = re.compile(
    r"(?![^,，。;；!！?？\s]{0,4}(?:最后|到日子|到点|到期|截止|就到|是|前))"
    r"[^,，。;；!！?？\s]{0,10}?"
    r"(?:(?<![把要请去得都别莫来就也])[\u4e00-\u9fff]了(?!没|吗|不|么)"
    r"|走失|失踪|不见了|喊不醒|叫不醒|发烧|起火|着火|冒烟|晕倒|摔了|塌方|确诊)"
)
# An order in the same clause keeps the time: "今天上午把发电机电瓶换了".
_ORDER_ZH = re.compile(r"把|要|请|必须|务必|得|赶紧|抓紧|马上|立即|前|截止|之内|以内")
# English: the clause tells what was found or done then ("confirmed ... this morning",
# "brought them to the PHC this evening", "-12 this morning, truck took 3 tries").
_PAST_EN = re.compile(
    r"\b(?:was|were|had|came|went|took|brought|found|confirmed|flagged|reported|issued|seen"
    r"|started|happened|occurred|admitted|collapsed|arrived|called|rang|phoned|noticed)\b",
    re.IGNORECASE,
)
_ORDER_EN = re.compile(
    r"\b(?:please|pls|must|need|needs|by|before|until|till|can you|could you)\b", re.IGNORECASE
)
# Last year's day: "去年清明前那场山火", "last year it was the end of the month too".
_LAST_YEAR = re.compile(
    r"(?:去年|前年|上一年|\blast year\b)[^,，。;；!！?？\s]{0,4}$", re.IGNORECASE
)
_CLAUSE_END = re.compile(r"[,，。;；!！?？\n]|\.(?=\s)")


def _clause(text: str, start: int, end: int) -> tuple[str, str]:
    """The words of the clause before and after ``text[start:end]``."""
    lefts = [found.end() for found in _CLAUSE_END.finditer(text, 0, start)]
    right = _CLAUSE_END.search(text, end)
    left = lefts[-1] if lefts else 0
    return text[left:start], text[end : len(text) if right is None else right.start()]


def happened_today(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, a part of today, dates what happened in its clause."""
    if not _DAY_PART.match(text[start:end].strip()):
        return False
    before, after = _clause(text, start, end)
    clause = before + " " + after
    if re.search(r"[\u4e00-\u9fff]", text[start:end]):
        found = _HAPPENED_ZH.match(after)
        return found is not None and not _ORDER_ZH.search(before + found.group())
    return bool(_PAST_EN.search(clause)) and not _ORDER_EN.search(clause)


def last_years(text: str, start: int) -> bool:
    """Whether the clause before ``text[start:]`` puts it in a past year."""
    before, _ = _clause(text, start, start)
    return bool(_LAST_YEAR.search(before))
