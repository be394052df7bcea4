"""Dates stated as background: nobody is asked to act by them.

The format's Due section counts only the moments a reader must act by; the
corpus README lists what else a notice dates (rosters, opening hours,
progress forecasts, weather, times still to be announced, campaigns told to
the public, events held for residents). Each rule here reads the words
around one expression and names why it is no due, or returns None.

The rules are narrow on purpose, because such words share messages with
real deadlines ("明天有雨，各村今晚8点前把大棚加固情况报上来"): a deadline
(前, 截止, by) is only ever dropped as a forecast, weather is judged in the
expression's own clause, and a clause or sentence that asks something keeps
its dates.
"""

from __future__ import annotations

import re

from nlp.due import _patterns as pat
from nlp.due._happened import happened_today, last_years
from nlp.due._lexicon import ENGLISH_WEEKDAYS
from nlp.due._promises import promised
from nlp.due._told_only import inspection_day, place_hours, told_for_information
from nlp.due._types import Role

__all__ = ["background", "campaign_range"]

# "电梯中午前能恢复", "11点前能修好": what something will manage by then, said of
# itself, not of the reader (a question, "周五前能报吗", still asks).
_ABLE_AFTER = re.compile(
    r"\s*(?:之前|以前|前)?\s*(?:应该|估计|大概|差不多)?\s*(?:就|才)?"
    r"(?:(?:能|可以|会)\s*(?:恢复|修好|修复|来电|来水|通水|通电|通车|完工|弄好|搞好|结束|好)"
    # without 能, only what happens by itself: "11点恢复"; "9点前搞好" is an order
    r"|(?:恢复|来电|来水|通水|通电|通车|完工))"
    r"(?![^,;。!?\n]{0,6}(?:吗|不|么|\?))"
    r"|\s*(?:should|will)\s+be\s+(?:back|fixed|restored|sorted|working|open)\b"
)
# Someone else's arrival: "gritting truck due at 7", "plumber coming at 11".
_ARRIVAL_BEFORE_EN = re.compile(
    r"\b(?:truck|bus|train|plumber|engineer|electrician|technician|delivery|van|lorry|parcel"
    r"|repairman|repairmen|crew)s?\b[^.;!?\n]{0,12}\b(?:due|coming|arriving|expected|here"
    # "Contractor says engineer with you by 9"
    r"|with (?:you|us)|on site|there)"
    r"\s*(?:at|by|on|in|around|about)?\s*$"
    r"|\b(?:engineer|plumber|electrician|technician)s?\s+(?:by|at)\s*$"
)
_ABLE_BEFORE_EN = re.compile(
    r"\b(?:should|will|ought to) be (?:back|fixed|restored|sorted|working|open|reopened)"
    r"(?: again)?\s+(?:by|on|from|before)?\s*$"
)
# What already happened at that time: "今天下午的消防演练搞完了", "清淤工程今天完工了",
# "县里上午打电话来", "下午出去放牛到现在没回来", "the visit on Friday went well".
_HAPPENED_AFTER = re.compile(
    r"[^,;。!?\n]{0,12}?(?:搞完了|开完了|办完了|弄完了|结束了|完工了|坏了|封了|打电话来|来电话|打来电话"
    r"|去了|圆满结束|顺利结束|检查发现|巡查发现|开会讲了|开会说了|到现在|(?<!截)至今"
    # a lapse seen again, the reason for a reminder: "今天又看到有人没戴安全帽"
    r"|(?:又|还)(?:看到|看见|发现)"
    # weather that came: "夜里下了冻雨", "昨晚刮了一夜风"
    r"|下了(?:一夜|一晚上?)?(?:雨|雪|冻雨|大雨|暴雨|霜|冰雹)|刮了)(?!的)"
    r"|[^,;.!?\n]{0,24}?\b(?:went (?:well|ok|fine|smoothly)|took place|was held|were held)\b"
)
# The reader is told there is no need: "明天不用到岗", "no need to come tomorrow".
_NO_NEED_AFTER = re.compile(r"\s*(?:就|都|也)?(?:不用|不必|无需|无须|不需要)")
# The speaker's own plan: "明天我叫人来看", "明天我跟你一起去"; "明天上午我要看到各村的表" asks.
_OWN_PLAN_AFTER = re.compile(r"\s*我(?!们|要|需要|希望|等)")
# Nothing to attend any more, said in the expression's own clause: "明天上午的例会取消",
# "no meeting tomorrow" ("例会取消，改到周四9点" keeps the new time).
_CALLED_OFF = re.compile(
    r"取消|不开会|不开了|\b(?:cancell?ed|called off|no (?:meeting|briefing|training|session"
    r"|huddle|class(?:es)?|school))\b"
)
# "until (approx) 4pm", read back from the time: the end of a period.
_UNTIL = r"\s*(?:approx\.?|about|around|roughly)?\s*$"
# The end of an outage in English: "the lift in block 3 is out till Friday".
_OUTAGE_UNTIL_BEFORE = re.compile(
    r"\b(?:out|closed|shut|off|down|suspended|not working|broken|out of order)\b"
    r"[^.;!?\n]{0,40}\b(?:till|until|through)" + _UNTIL
)
# Anything else that lasts until then: "lost property is on the table until Friday"
# ("you have until Friday to…" still sets a limit; so does any ask in the sentence).
_UNTIL_BEFORE_EN = re.compile(r"(?<!\bhave )(?<!\bhas )\b(?:till|until)" + _UNTIL)
# What went out or came in at that time: "the letter went out on ParentMail at 8:15".
_HAPPENED_BEFORE_EN = re.compile(
    r"\b(?:went out|sent out|was sent|were sent|went up|was posted|were posted|came in|arrived)"
    r"\b[^.;!?\n]{0,30}\b(?:at|on)\s*$"
)
# The speaker's own doing by then: "I'll text everyone by 7am", "I'll have it by 4"
# ("I'll need the forms by 4" asks).
_OWN_PLAN_BEFORE_EN = re.compile(
    r"\bi(?:'ll| will)\s+(?!need|want|expect|require|have to|be needing)\w+[^.;!?\n]{0,30}"
    r"\b(?:by|at|before)\s*$"
    # the speaker's own errand, said with its day: "I'll ring the manufacturers Monday",
    # "I call the supplier today" ("I'll need the list Monday" asks)
    r"|\bi(?:'ll| will)?\s+(?:call|ring|phone|email|text|chase|post|send|print|update)\b"
    r"[^.;!?\n]{0,30}$"
)
# The end of a daily stretch: "每人每天能投五票 投到月底", "vote daily until the 15th".
_STRETCH_END_BEFORE = re.compile(r"(?:到|至|\buntil|\btill)\s*$")
_DAILY = re.compile(r"每天|每日|天天|每晚|\bevery day\b|\bdaily\b")

# Every night or morning of a stretch: "这几天晚上冷 … 早晚去看一眼" names no one evening.
# ("这段时间中午和傍晚多去闸口转转": both parts of the day are the stretch's)
_STRETCH_BEFORE = re.compile(
    r"(?:这几天|这些天|这两天|这段时间|这阵子|这段日子|最近|近期|每天)"
    r"(?:\s*|[^，。,;!?\n]{0,4}(?:和|跟|或者?|、))$"
)
_PART_OF_DAY = re.compile(r"(?:晚上|夜里|早上|早晨|白天|中午|下午|上午|傍晚)$")
# A question between colleagues about who, where or which: "周六谁去拿钥匙?", "用上周那版
# 还是今天的?", "is the office open on the 22nd?". The one asking waits for an answer; a
# call for hands ("谁下午有空来帮忙?", "anyone free at 6?", "who's doing tonight 6:30?")
# still asks people to come.
_INFO_QUESTION = re.compile(
    r"谁|哪|还是|有没有|是不是|了没|没得|\b(?:which|where)\b|\bor\b[^?]*$"
    r"|^\s*(?:is|are|was|were|does|do|did)\b"
)
_CALL_FOR_HANDS = re.compile(
    r"有空|能|可以|帮|愿意|\b(?:free|can|could|able|willing|available|about|around|help|spare"
    r"|cover)\b"
)
# Waiting on someone before deciding: "等中午邹站长看过堤再说".
_WAIT_BEFORE = re.compile(r"等\s*$")
_THEN_DECIDE = re.compile(r"再(?:说|定|看|讲|决定|通知|安排)")
# Work others do at that time, not the reader: "物业下午两点搭梯子敲掉", "供电所明天上午来换表".
_CREW_BEFORE = re.compile(
    r"(?:物业|施工队|施工方|工人|师傅|供电所|电力公司|自来水公司|水厂|燃气公司|环卫|挖机)(?:的人)?\s*$"
)
# A ban for that day: "今天莫骑摩托上山", "明天上午别往水库边上去" say when the ban holds,
# not what to have done by then ("今天别忘了交表" still does).
_BAN_AFTER = re.compile(r"\s*(?:都|就|也)?(?:莫|别|不要|不准|不许|禁止|严禁)(?!忘|迟到|漏|拖)")
_CREW_INSPECTS_AFTER = re.compile(r"\s*(?:来|过来|下来)?(?:查|检查|验收|督查|暗访|开会)")

_FORECAST_LOOK_BEHIND = 40  # "expected to be completed by " is 28 characters
# An English full stop ends a clause where a space follows it: "warning from midnight.
# All crews in the yard for 4.45" asks the crews, the warning is the sentence before.
_CLAUSE_END = re.compile(r"[,;。!?\n]|\.(?=\s)")


def _clause(text: str, start: int, end: int) -> str:
    lefts = [mark.end() for mark in _CLAUSE_END.finditer(text, 0, start)]
    right = _CLAUSE_END.search(text, end)
    return text[lefts[-1] if lefts else 0 : len(text) if right is None else right.start()]


# A day a state begins, said without a clock: "今天开始紧要期", "燃气安检今天开始 到礼拜三",
# "下周一（16号）起进入紧要期", "Biometric starts today", "from Monday the new rota".
# Nobody acts by it; "明天上午9点开始培训" (a clock) is the event's start and stays.
_STARTS_AFTER = re.compile(
    r"\s*(?:[(（][^)）]{0,8})?[)）]?\s*(?:起(?![床飞来身草])"
    r"|开始(?=[\s,，。;；!！]|$|进入|实行|执行|施行|启用|实施|生效|紧要期|供暖|放假|停|禁))"
)
_STARTS_BEFORE_EN = re.compile(
    r"\b(?:starts|starting|as of|effective(?: from)?|launch(?:es|ed)?|begins|from)\s*$"
)
# Only a day said alone starts a state: "from 10", "8:30开始", "starts quarter past 9",
# "五分钟后开始", "starts in 20 mins" are times to be there.
_DAY_EN = re.compile(
    "|".join(("today", "tomorrow", *(name for name in ENGLISH_WEEKDAYS if name.endswith("day")))),
    re.I,
)
_TIME_OF_DAY = re.compile(r"[:：点時时分钟後后]|\d\s*$|[a-z]", re.I)


def _day_alone(surface: str) -> bool:
    surface = surface.strip()
    return bool(_DAY_EN.fullmatch(surface)) or not _TIME_OF_DAY.search(surface)


def _asks(passage: str) -> bool:
    return bool(pat.ASK.search(passage))


def _forecast(text: str, end: int, before: str) -> bool:
    if pat.FORECAST_BEFORE_EN.search(before):
        return True
    return bool(pat.FORECAST_BEFORE.search(before) and pat.PROGRESS_AFTER.match(text, end))


def background(text: str, start: int, end: int, role: Role, sentence: str) -> str | None:
    """Why the expression at ``text[start:end]`` is background, or None.

    ``sentence`` is the sentence that holds it, as the other drop rules read it.
    """
    before = text[max(0, start - _FORECAST_LOOK_BEHIND) : start]
    able = _ABLE_AFTER.match(text, end) or _ABLE_BEFORE_EN.search(before)
    able = able or _ARRIVAL_BEFORE_EN.search(before)
    if able or _forecast(text, end, before):
        return "forecast"  # "预计12月20日前完工": even a 前 is the works' date, not the reader's
    if _OUTAGE_UNTIL_BEFORE.search(before):
        return "period"
    if _UNTIL_BEFORE_EN.search(before) and not _asks(sentence):
        return "period"
    if _STRETCH_END_BEFORE.search(before) and _DAILY.search(sentence):
        return "recurring"
    if role is not Role.DEADLINE and (
        _HAPPENED_AFTER.match(text, end) or _HAPPENED_BEFORE_EN.search(before)
        or happened_today(text, start, end)
    ):
        return "history"
    if last_years(text, start):
        return "history"
    if _NO_NEED_AFTER.match(text, end) or _OWN_PLAN_AFTER.match(text, end):
        return "no-ask"
    if _OWN_PLAN_BEFORE_EN.search(before) or promised(text, start, end, _clause(text, start, end)):
        return "no-ask"
    if role is not Role.DEADLINE:
        why = _not_the_readers(text, start, end, before)
        if why:
            return why
    if role is Role.DEADLINE:
        # "本周末值班：周六 小蒋…": the weekend heads a roster, it is no 本周内
        return "roster" if pat.ROSTER.match(text, end) else None
    clause = _clause(text, start, end)
    if _CALLED_OFF.search(clause):
        return "called-off"
    if pat.WEATHER.search(clause) and not _asks(clause):
        return "weather"
    if pat.ROSTER.search(text) and not _asks(sentence):
        return "roster"
    if pat.TO_BE_ANNOUNCED.search(sentence):
        return "to-be-announced"
    if pat.PUBLIC_EVENT.search(sentence) and not _asks(sentence):
        return "public-event"
    if told_for_information(text):
        return "public-event"
    if place_hours(text.lower()):
        return "hours"
    if inspection_day(text, start, end):
        return "inspection"
    if pat.CAMPAIGN_START_BEFORE.search(before) and not _asks(sentence):
        return "campaign"  # "即日起至12月31日开展…专项行动"
    return None


def _asked_about(text: str, start: int, end: int) -> bool:
    """Whether the clause of ``text[start:end]`` is a question about a fact (_INFO_QUESTION)."""
    right = _CLAUSE_END.search(text, end)
    if right is None or right.group() != "?":
        return False
    clause = _clause(text, start, end)
    return bool(_INFO_QUESTION.search(clause)) and not _CALL_FOR_HANDS.search(clause)


def _not_the_readers(text: str, start: int, end: int, before: str) -> str | None:
    """A time that is a stretch of days, a wait, a crew's own work, a ban's day or a
    colleague's question: no due."""
    surface = text[start:end]
    if _asked_about(text, start, end):
        return "question"
    if _STRETCH_BEFORE.search(before) and _PART_OF_DAY.search(surface):
        return "recurring"
    starts = _STARTS_AFTER.match(text, end) or _STARTS_BEFORE_EN.search(before)
    if starts and _day_alone(surface):
        return "start"
    if _WAIT_BEFORE.search(before) and _THEN_DECIDE.search(_clause(text, start, end)):
        return "wait"
    if _CREW_BEFORE.search(before) and not _CREW_INSPECTS_AFTER.match(text, end):
        return "others"
    if _BAN_AFTER.match(text, end):
        return "ban"
    return None


def campaign_range(sentence: str) -> bool:
    """A range that only dates a campaign told to the public: "11月20日至12月20日开展…专项行动"."""
    return bool(pat.CAMPAIGN.search(sentence)) and not _asks(sentence)
