"""A time that says how long a state holds is no deadline of the reader.

The due rules read every day and clock a notice names; the chatter verdict then
decides, from what the message asks, whether that time binds the reader. Some
notices name a time only as the span of a state of things: a weather warning
in force "today" or "tonight", a ban that holds for the day ("今天哪个都莫骑摩托
出门", "Nobody on roofs or ladders today"), an event put off with its new time
still to be told ("具体另行通知", "new date will be communicated"). The reader
cannot be late for any of them, so the format gives them no due. A message that
also sets a limit ("前", "by"), or names a meeting's start, keeps its due.
"""

from __future__ import annotations

import re

from nlp.leading import led
from nlp.types import Kind

__all__ = ["tells_state_time"]

# A limit: the time is something to be done by (also "N分钟内", "within 2 hours").
_LIMIT = led(
    r"前|截止|之内|以内|(?:小时|分钟|钟头|天|日|周)内"
    r"|\bby\b|\bbefore\b|\bdue\b|\bno later|\bwithin\b|\bclos(?:es|ing)\b"
)
# A clock time, which a warning's own period ("今天", "tonight") does not name:
# "warning from 3am, all crews in the yard for 4am" calls people in at a time.
_CLOCK = led(
    r"\d{1,2}[:：.]\d{2}|\b\d{1,2}\s*(?:am|pm)\b|[\d一二三四五六七八九十两]\s*[点點时]"
    r"|\bnoon\b|\b(?:at|for|from|by|till|until) \d{1,2}(?![a-z\d])|\b(?:quarter|half) (?:to|past)\b"
    r"|\bo'clock\b"
)
# A weather or hazard warning, or a forecast, told to the group.
_WARNING = led(r"预警|预报|\bwarnings?\b|\bwatch\b|\bforecast\b")
# A clause of its own: Chinese clauses also end at a space typed between them.
_CJK = r"[\u4e00-\u9fff]"
_CLAUSE = re.compile(
    rf"[,，。;；!！?？\n、()（）]+|(?<!\d)[:：]+|[:：]+(?!\d)"  # not inside a clock: "7:30am"
    rf"|(?<={_CJK})\s+|\s+(?={_CJK})|\.\s+|\s+[-–—]\s+"
)
# A day or part of one, as a ban names the time it holds for.
_PERIOD = led(
    r"今天|今日|今晚|今早|今夜|明天|明早|明晚|明日|后天|这两天|这几天|上午|下午|晚上|夜里|早上"
    r"|\btoday\b|\btonight\b|\btomorrow\b|\btmrw?\b|\bthis (?:morning|afternoon|evening|arvo)\b"
)
# A ban or a precaution that holds while it lasts; not a reminder to be on time
# ("别忘了", "别迟到", "don't be late"), nor an urging ("别拖", "莫再拖").
_BAN = led(
    r"不准|不许|不得|禁止|严禁|一律不|暂停|停用"
    # not a reminder ("别漏了", "别来晚了", "别搞混"), another ("别的村"), or 莫 as a name ("莫叔")
    r"|(?:千万|都|也)?(?:别|莫(?![叔姐哥婶伯爷奶老师总工家主书])|嫑|不要)(?![忘迟拖再漏落混错的人处])"
    r"(?!来晚|搞混|弄混|弄错|搞错)"
    # what may not be done while it lasts: "今天上午还不能下海", "学生今天先不上学"
    r"|(?<!能)不能|先不|不(?:下楼|上学|出门|下海|出海|上山|开门|上课|营业)"
    r"|\bno (?:one|outings?|visitors?|outdoor|soccer|play|school)\b|\bnobody\b"
    r"|\bdo not\b|\bdon'?t\b(?! forget| be late)|\bstay (?:inside|indoors|home|away)\b"
    r"|\bkeep (?:\w+ ){0,2}(?:away|off|out|inside|indoors|home)\b|\bavoid\b"
)
# An errand a clause asks of someone, which makes its day the day to do it by.
_ERRAND = led(
    r"把|去|来|报|交|发|看|查|清|送|做|弄|收|拍|通知|讲|说|喊|签|填|打|催|找|安排|准备|巡|守|留|带"
    r"|要|需|须|得"
    r"|\byou\b|\byour\b|\bpls\b|\bplease\b|\bcan\b|\bneed|\bmust\b|\bmake sure\b"
    r"|\b(?:send|bring|check|call|ring|tell|let|get|put|move|cancel|rebook|switch|take|do|go)\b"
)
# The time of a thing put off is still to be told: "河湾的排在后天 具体另行通知",
# "The review meeting has been postponed. New date will be communicated."
_PUT_OFF = led(
    r"具体(?:时间|日期)?(?:另行|再)(?:通知|告知|定)"
    r"|\bnew (?:date|time)s? (?:will be|to be|tbc|tba)\b"
    r"|\btbc\b.{0,20}\b(?:probably|maybe|possibly)\b|\b(?:probably|maybe)\b.{0,30}\bwill confirm\b"
)


# A time another party is expected to keep, in a clause that asks the reader nothing:
# "Progress Dr should reopen by 6", "Carriers will be ready by 5pm Sunday", "NCWSC say
# team will come before 10", "预计8到10名伤员20分钟内陆续到院". The reader waits for it.
_EXPECTED = led(
    r"\b(?:should|will|'ll|expected to|due to)\s+(?:be\s+)?(?:all\s+)?(?:ready|back|restored"
    r"|reopen\w*|open|clear|fixed|arrive|come|deliver\w*|land|set up|in service)\b"
    r"|预计|有望|才能恢复"
    # "ETA 4:30ish", "contractor expects the new lift in service by Friday", "river expected
    # to overtop around 21:00", "晚上应该会有" ("ICN coming at 11" is a visit to be ready for)
    r"|\beta\b|\bexpects?\b|\bexpected to\b|应该会|估计会"
)
# A visit the reader gets ready for ("inspectors coming at 10") is no one else's time.
_VISIT = led(r"inspect|\baudit|assessor|检查|督查|暗访|验收|考核")
_ASKED = led(r"\byou\b|\byour\b|\bpls\b|\bplease\b|大家|各位|请|要|必须|务必")
# Any time a clause can name: a period of a day, a clock, a weekday or a date.
_WHEN = led(
    r"今天|今日|今晚|今早|今夜|明天|明早|明晚|明日|后天|上午|下午|晚上|夜里|早上|中午"
    r"|周[一二三四五六日天]|礼拜|星期|\d+\s*(?:号|日|月|分钟|小时)|\d{1,2}[:：.]\d{2}|\d\s*[点时]"
    r"|\btoday\b|\btonight\b|\btomorrow\b|\btmrw?\b|\b\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2}\s*(?:am|pm)\b"
    # a weekday, not a word that begins like one ("Thuringowa", "monitor", "sunny")
    r"|\b(?:mon(?:day)?|tues?(?:day)?|wed(?:s|nesday)?|thu(?:rs?)?(?:day)?|fri(?:day)?|sat(?:urday)?"
    r"|sun(?:day)?)\b|\b(?:by|before|at|till|until) \d|\bnoon\b"
    r"|\b(?:by|before|till|until) then\b|在?那之前"  # "have the bay cleared before then"
)


def _awaited(clauses: list[str]) -> bool:
    """Every clause that names a time tells when another party is expected to be ready,
    back or here, and asks the reader nothing; a clause with an ask keeps the time."""
    clauses = [c for c in clauses if _WHEN.search(c)]
    return bool(clauses) and all(
        _EXPECTED.search(c) and not _ASKED.search(c) and not _VISIT.search(c) for c in clauses
    )


def _warned(lowered: str) -> bool:
    """A warning or forecast whose only time is its period ("暴雪预警 今晚到明天有大雪",
    "Amber wind warning today. Essential visits only"), with no clock time and no limit."""
    return bool(_WARNING.search(lowered)) and not _CLOCK.search(lowered)


def _banned_for(clauses: list[str]) -> bool:
    """Every clause that names a day or part of one bans or keeps people from something
    for it ("各家注意：路上结凝冻了，今天哪个都莫骑摩托出门", "Nobody on roofs today"),
    or tells the state the message then bans something for ("scaffolding going up on
    Block B today, keep the kids away", "fridge 2 reading 11 degrees this morning.
    Nobody use stock from it"); a clause with a day and an errand ("今天都收起来，别让我
    去收") is an ask for that day, and one with a clock time an appointment ("明天下午两点
    半来检查 门口莫乱堆")."""
    timed = [c for c in clauses if _PERIOD.search(c)]
    if not timed or any(_CLOCK.search(c) for c in timed):
        return False
    if all(_BAN.search(c) for c in timed):
        return True
    banned = any(_BAN.search(c) for c in clauses)
    return banned and all(_BAN.search(c) or not _ERRAND.search(c) for c in timed)


def tells_state_time(kind: Kind, normalized: str) -> bool:
    """Whether the time a message names only tells when another party is expected (see
    _EXPECTED), or, when the message sets no limit, how long a state holds (a warning in
    force, a ban for the day) or that the time is still to be told: its due is no deadline
    of the reader. A meeting's time is its start."""
    lowered = normalized.lower()
    clauses = [c for c in _CLAUSE.split(lowered) if c]
    if kind is not Kind.MEETING and _awaited(clauses):
        return True
    if _LIMIT.search(lowered):
        return False
    if _PUT_OFF.search(lowered):
        return True
    return kind is not Kind.MEETING and (_warned(lowered) or _banned_for(clauses))
