"""How much of the day a due moment stands for, when the rules gave it a vaguer phrase.

A retelling that says less than the notice ("礼拜四下午" of "周四下午4点", "今天截止"
of "今天下午5点前") names no other deadline: the guards let such a due agree with
any moment it covers.
"""

from __future__ import annotations

import re
from datetime import datetime

__all__ = ["vague_minutes"]

# The moments the due rules give a vaguer phrase, and the minutes before each
# that the phrase covers: a day alone (今天截止) 23:59, the whole day; 上午 and
# 中午前 12:00, from 07:00; 下午 and 下班前 17:30, from 12:30 (中午12点 is not
# 下午); 今晚 21:00, from 16:00.
_DEFAULTS = {(23, 59): 23 * 60 + 59, (12, 0): 300, (17, 30): 300, (21, 0): 300}
# A clock time written out: then 12:00 or 17:30 is what the text says, not a default.
_CLOCK = re.compile(r"\d{1,2}\s*(?:[点時时:：]|[ap]\.?m\b)|\bnoon\b|\bmidday\b")


def vague_minutes(due: datetime | None, folded: str) -> int:
    """How many minutes before ``due`` the phrase it was read from covers, when
    it is the default of a vaguer phrase ("礼拜四下午", "今天截止"); else 0."""
    if due is None or (reach := _DEFAULTS.get((due.hour, due.minute), 0)) == 0:
        return 0
    day_only = (due.hour, due.minute) == (23, 59)
    return reach if day_only or not _CLOCK.search(folded) else 0
