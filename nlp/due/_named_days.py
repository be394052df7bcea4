"""Pieces for days named rather than numbered: holidays and lunar dates.

Both are fixed days that work is planned around months ahead ("五一前把警示牌
换好" sent in January), so their pieces are ``named``: a longer horizon applies.
"""

from __future__ import annotations

import re
from datetime import datetime, time

from nlp.due._holidays import holiday_due, lunar_day
from nlp.due._numerals import lunar_day_number
from nlp.due._types import Piece

__all__ = ["holiday", "lunar_date"]


# "春节前安全生产部署会", "部署春节前走访慰问工作": the holiday names what a meeting or
# a piece of work is about, it sets no deadline (the meeting has its own date).
_TOPIC_AFTER = re.compile(
    r"\s*(?:之|以)?前[^\s,，。;；:：!！?？、把要将请须务在于]{0,14}?"
    r"(?:部署会|推进会|调度会|动员会|座谈会|培训会|收心会|例会|工作会议?|会议)"
)
_TOPIC_BEFORE = re.compile(r"(?:部署|研究|谋划|暨)\s*$")


def holiday(match: re.Match[str], sent_at: datetime, cob: time) -> Piece | None:
    """"春节前", "元旦放假前": the last day to act, see :func:`holiday_due`."""
    text, start = match.string, match.start()
    topic = _TOPIC_BEFORE.search(text, max(0, start - 4), start)
    if topic is not None or _TOPIC_AFTER.match(text, match.end()):
        return None
    day = holiday_due(match["hol"], sent_at.date(), official_break=bool(match["hbreak"]))
    if day is None:
        return None
    return Piece.spanning(match, day=day, exact=True, deadline=True, named=True)


_LUNAR_MONTHS = {"正": 1, "冬": 11, "腊": 12}


def lunar_date(match: re.Match[str], sent_at: datetime, cob: time) -> Piece | None:
    """"腊月二十三", "正月初八", "年二十八": the next such lunar day."""
    said_month = match["lm"] or match["lm2"] or match["lm3"]
    # "年二十八" names no month: the days before the lunar new year are 腊月's
    month = (_LUNAR_MONTHS.get(said_month) or int(said_month)) if said_month else 12
    day = lunar_day_number(match["ld"] or match["ly"])
    if day is None or not 1 <= month <= 12 or not 1 <= day <= 30:
        return None
    resolved = lunar_day(month, day, sent_at.date())
    return None if resolved is None else Piece.spanning(match, day=resolved, exact=True, named=True)
