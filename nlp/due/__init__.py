"""When must the reader act? The due moment of a notice, from its text alone.

Implements the Due section of ../shared/corpus-format.md: relative
expressions resolve against ``sent_at`` in its own offset, a date without a
time means 23:59, 下班前 the close of business, and so on. Expressions that
are not the reader's deadline (effective dates, outages, policy targets,
history, recurring demands, figures that look like dates) yield no due.

Where the format leaves a choice, these are the decisions, each with a test:

- A stated day is kept even when its time has passed: "今天下班前" sent at
  19:35 is today's 17:30 (a late reminder, already overdue), not tomorrow's.
- A clock time with no day at all ("8点前点赞") is today's, unless it passed
  more than six hours ago, then tomorrow's: sent at 22:30 it means 08:00.
- A bare day of the month already passed ("25日前" on the 28th) is next
  month's; "M月D日" up to 180 days back is history (no due), further back
  next year's ("1月5日" sent on 28 December).
- 本周五 sent on Sunday is the Friday just gone, hence no due; 下周一 is
  tomorrow. A bare weekday is the first such day on or after the sent date.
- "下午" alone means the close of business setting, like 下班前; "上午" and
  "中午" alone 12:00, "今晚"/"晚上" 21:00. English parts of a day read the
  same: "Wednesday afternoon" 17:30, "Thursday morning" 12:00, "Friday
  evening" 21:00. EOD, COB and "close of play" are the close of business too.
- Midnight at the end of a day (24点, 今晚12点, 半夜12点, 零点前, "by
  midnight", "12am") is that day's 23:59, the moment a day alone means, not
  the next day's 00:00: a copy that says "今天截止" names the same moment. A
  bare "12点前" typed from 20:00 on is tonight's midnight; 凌晨0点 is the
  start of a day.
- A bare number is a clock time only where nothing else can stand: straight
  after a day ("this morning 9", "Tomorrow 8.30", "Tue 17 Nov 1600"), straight
  before one ("2.30 today", "0730 tomorrow"), after at/by/before/from/until
  ("by 5.15"), or with hrs/am/pm ("1430hrs"); never before a
  count word ("10 volunteers", "3.25 million") or after a label ("Ward 6",
  "Year 9"). A bare hour reads 7-11 as the morning, 1-6 the afternoon, 12
  noon; "half eight" is 8:30, as British speakers mean it, "by 10 to 5" 16:50;
  a temperature ("-3 tonight") is no clock; four digits are a
  24-hour clock ("0300" is 03:00), after today/tomorrow only with a leading
  zero ("today 1200" is more often a count).
- A moment already gone when the message is sent is no due: an earlier day,
  or a time of today ("last seen 15:30", "下午3点左右走失", "sent 11:02"),
  though that day still anchors the times after it.
- More than 92 days ahead is a plan horizon, not a deadline (half a year for a
  holiday or a lunar date: "五一前" sent in January still binds); so is any year
  end (年底前) and any sentence with 力争/到2027年/基本建成.
- "X前" counts the named holiday as "本周五前" counts the Friday ("元旦前" is
  1 January, "清明前" Qingming day), except "春节前", which is 除夕; lunar dates
  ("腊月二十三前", "正月初八", "年廿八") are the next such day.
- Of several expressions the earliest deadline wins (前, 截止, by, within N
  days), else the earliest event start, else the earliest day; an expression
  replaced by "调整为" does not count. A bare call time within the hour
  before an event dated in full ("明天上午9点开会，8:40签到", "AGM tomorrow
  2pm, volunteers by 1:15") gives way to the event: the notice is the event.
  A range gives its start for events and its end for windows to submit in
  ("12月5日至10日报送").

:func:`resolve_due` answers; :func:`explain_due` shows its working.
"""

from __future__ import annotations

import re
from datetime import datetime, time
from functools import cache

import opencc

from nlp.due._choose import choose, is_acknowledgement
from nlp.due._extract import HORIZON, extract
from nlp.due._mask import mask_lookalikes
from nlp.due._numerals import expand_tens, fold_tails
from nlp.due._types import Candidate, DueExplanation, Role
from nlp.normalize import chinese_numerals_to_digits, normalize_text
from nlp.types import Prepared

__all__ = [
    "CLOSE_OF_BUSINESS",
    "HORIZON",
    "Candidate",
    "DueExplanation",
    "Role",
    "explain_due",
    "fold",
    "is_acknowledgement",
    "prepare",
    "prepare_message",
    "prepared_of",
    "resolve_due",
    "simplified",
]

CLOSE_OF_BUSINESS = time(17, 30)
# A Chinese numeral straight after figures starts a new number: "明早9:30二号厂房" is
# 9:30 then 2号厂房, not "9:302号"; "15:00二车间" is 15:00, not "15:002".
_ABUTTING = re.compile(r"(?<=\d)(?=[一二三四五六七八九十两〇零])")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


# Kept for the process: OpenCC loads its conversion tables here, once; it
# remembers nothing of the texts it converts.
@cache
def _simplified() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def simplified(text: str) -> str:
    """``text`` in simplified script, nothing else changed: the chatter verdict's
    word lists are written once, and 記得去 or 報上來 must read as 记得去, 报上来."""
    return str(_simplified().convert(text))


def prepare(text: str) -> str:
    """The text the rules read: normalised, simplified script, numerals as digits, lower case.

    Groups in Hong Kong, Taiwan or Macau style write 下週二, 15點半, 23號: one
    script lets every pattern be written once. 廿五号, "三点十五" and
    "一月二十三" come out as 25号, 3点15 and 1月23. :class:`Candidate` spans
    index this text. Nothing is remembered here: a reader that sees a text
    again keeps its own results (the understander's components, the index).
    """
    return fold(normalize_text(text))


def fold(normalized: str) -> str:
    """:func:`prepare` of a text whose :func:`~nlp.normalize.normalize_text` the
    caller already has (the pipeline's normaliser ran first)."""
    simplified = _ABUTTING.sub(" ", expand_tens(_simplified().convert(normalized)))
    return fold_tails(chinese_numerals_to_digits(simplified)).translate(_ASCII_LOWER)


def _check(sent_at: datetime) -> None:
    if sent_at.tzinfo is None or sent_at.utcoffset() is None:
        raise ValueError(f"sent_at must be timezone-aware, got naive {sent_at.isoformat()}")


def explain_due(
    text: str,
    sent_at: datetime,
    *,
    close_of_business: time = CLOSE_OF_BUSINESS,
    prepared: str | None = None,
) -> DueExplanation:
    """Every candidate expression, why each was kept or dropped, and the choice.

    ``prepared`` is :func:`prepare` of ``text`` when the caller has it already.
    """
    _check(sent_at)
    prepared = prepare(text) if prepared is None else prepared
    masked = mask_lookalikes(prepared)
    candidates = tuple(
        _unmasked(candidate, prepared) for candidate in extract(masked, sent_at, close_of_business)
    )
    chosen, reason = choose(candidates, masked)
    return DueExplanation(prepared, candidates, chosen, reason)


def _unmasked(candidate: Candidate, prepared: str) -> Candidate:
    surface = prepared[candidate.start : candidate.end]
    if surface == candidate.surface:
        return candidate
    return Candidate(
        candidate.start, candidate.end, surface, candidate.moment, candidate.role, candidate.dropped
    )


def prepared_of(explanation: DueExplanation) -> Prepared:
    """The prepared text with every date/time expression blanked, what they resolve to,
    and the due chosen: what duplicate matching reads of a message.

    Two copies of one notice word the same moment differently ("明日18:00" and
    "礼拜二晚上6:00", "8天内" posted a day before "7天内"), so duplicate matching
    compares the moments and only the figures outside them. Dropped expressions
    (a signature date, an outage window) count too: another outage day is
    another notice.
    """
    prepared = explanation.text
    if not explanation.candidates:
        return Prepared(prepared, prepared, frozenset(), explanation.due)
    parts, done = [], 0
    for candidate in explanation.candidates:
        parts += [prepared[done : candidate.start], " "]
        done = max(done, candidate.end)
    parts.append(prepared[done:])
    moments = frozenset(candidate.moment for candidate in explanation.candidates)
    return Prepared(prepared, "".join(parts), moments, explanation.due)


def prepare_message(
    text: str, sent_at: datetime, *, close_of_business: time = CLOSE_OF_BUSINESS
) -> Prepared:
    """:func:`prepared_of` the explanation of ``text``, for a reader that has none."""
    return prepared_of(explain_due(text, sent_at, close_of_business=close_of_business))


def resolve_due(
    text: str, sent_at: datetime, *, close_of_business: time = CLOSE_OF_BUSINESS
) -> datetime | None:
    """The moment the reader must act by, in ``sent_at``'s offset, or None.

    ``sent_at`` must be timezone-aware: "明天下午3点" only means something on
    the group's own calendar.
    """
    return explain_due(text, sent_at, close_of_business=close_of_business).due
