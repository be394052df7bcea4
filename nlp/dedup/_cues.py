"""Reminder cues and status lines: what a follow-up adds to the notice it chases.

A reminder restates part of a notice and says how far it got: "还有3个村没交",
"目前只收到两家", "still missing Wards 2 and 6". Those figures and places are
the state of the work, not facts of the notice, so the guards that keep the
same template for another village or figure apart must not read them; and the
cue itself ("再提醒", "抓紧", "reminder") says the message points back at an
earlier one, which lets far less shared wording suffice.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from nlp.leading import led
from nlp.owed import OWED_THINGS, OWED_THINGS_EN

__all__ = [
    "cue_words",
    "has_change",
    "has_cue",
    "is_aside",
    "object_text",
    "reports_done",
    "status_line",
    "without_status",
]

# Texts here are folded (nlp.due.prepare): simplified, lower case, digits.
_CUE = led(
    r"再(?:次)?提醒|再说一(?:遍|下)|重申|温馨提示|提醒一下|提醒各位|提醒大家|还差|还有\d*\S{0,6}?(?:没|未)"
    r"|仍有|尚有|尚未|抓紧|加快|催一下|催促|别忘了|不要忘|莫忘|请尽快|尽快|还[没冇](?:交|报|发|回|填|给|传|到|见|收|动)"
    r"|就差|就剩|还剩|还欠|仲差|仲未|没动静|[一1]个(?:村|组|单位)?都没"
    r"|目前(?:只|仅)|只收到|仅收到|截至目前|最后[一1]次提醒|最后期限|快到了|马上截止|即将截止"
    r"|\breminder\b|\bremind(?:ing|ed)?\b|\bstill (?:missing|waiting|need|outstanding|due|to come)"
    r"|\bchasing\b|\bfollow(?:ing)?[ -]up\b|\bonly (?:received|got|have)\b|\bgentle nudge\b"
    r"|\bdon'?t forget\b|\blast call\b|\bso far\b|\bnot yet\b|\bhaven'?t\b|\boutstanding\b"
    r"|\bwaiting (?:on|for)\b|\bstill (?:nothing|need|have)\b|\b\d+ (?:of|out of) \d+\b"
    r"|\b\d+ (?:to go|to come|left)\b"
    # ... or only the units still behind named, a few words, before "to go" ("just
    # Northern to go", "only Ward 4 and 6 to come")
    r"|\b(?:just|only)(?: [\w'-]+){1,4} to (?:go|come)\b"
    # those due at a meeting asked after when it is about to start ("马上开了 人呢",
    # "三组到了没", "下湾 石陂 人呢 快开始了"): a roll call of who has not come
    r"|(?<![\u4e00-\u9fff])人呢|(?:到|来)了(?:没|吗|冇)|(?:到|来)没(?:到|来)|的人到哪(?:儿|里)?了"
    # a thing owed, asked after: "@207班-农老师 表呢？", "这周的探访表呢", "Malanday yours?"
    rf"|(?:{OWED_THINGS})呢"
    # ... or the unit still behind asked after: "二组的收到了 三组呢", "东片的呢"
    r"|(?:组|村|屯|社|班|网格|片)(?:的)?呢"
    # ... or with a question mark after it and the units behind ("回访表？", "疫苗名单：三网格、
    # 四网格？", "Kayla — counts?", "vulnerable calls - Village done, Finaghy?"), the time left,
    # the units still out ("audits pls - Northgate, Mobile still out", "stock sheet still blank")
    rf"|(?:{OWED_THINGS})[^。！!?？哪啥什谁怎吗]{{0,12}}[?？]\s*$"
    r"|^(?![^?]*\b(?:is|are|was|were|what|which|where|who|whose|how|any|do|does|did|can|could"
    rf"|should|this|that)\b)[^?]*\b(?:{OWED_THINGS_EN}|calls|names)\b[^.!?]{{0,60}}\?\s*$"
    r"|\bstill (?:out|blank|empty)\b|\b(?:hours?|half|mins?|minutes) left\b"
    r"|\b\d+\s?(?:h|hrs?|m)(?:\s?\d+\s?(?:m|mins?)?)? left\b"  # "1h40 left", "2 hrs left"
    r"|^\W*(?!(?:is|are|was|were|it|this|that)\b)[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?,?\s+yours\s*\?"
)
# A change: another time, room or day for something announced before. A
# change is a notice of its own ("集合地点改到老街口牌坊，不是社区门口"), and so
# are its relays; an unchanged reminder is not one of them.
_CHANGE = led(
    # (not 整改到, "how far the rectification got", nor 提前到场, "arrive early")
    r"(?<!整)改(?:到|为|在|成|至)|(?<![修更])改(?=\d)|挪到|换到|调整[到为至]|提前[到至](?![场岗达位会])"
    r"|推迟[到至]|延期[到至]|延后[到至]|顺延|变更|别跑错|"
    r"不是[^，,。！!？?\s]{1,8}(?:了|哈|啊|呀)|"
    r"\bmoved? to\b|\bchanged? to\b|\bpostponed\b|\bbrought forward\b|\brescheduled\b"
    r"|\bnot \S+ any ?more\b|\bcorrection\b"
    # (推迟至 as 推迟到: a retelling of "推迟至12月10日" says "改到礼拜四", and both must
    # read as a change, or the guard keeps the two apart)
    # and the all-clear: "起火已扑灭", "火灭了", "演练结束", "TC2 cleared, lifting can resume",
    # "SIS and email restored", "stand down", "back in service": what it calls off is
    # over, it is no copy of the call;
    # so is a supply back on ("老街片区已恢复供电", "来水了", "水来了", "power's back on";
    # not a flood's "大水来了")
    r"|已(?:经)?扑灭|扑灭了|(?<![灯])火(?:已经?|都|也)?(?:灭了|熄灭)|演练结束|(?:预警|响应|警报)(?:已经?)?解除|恢复正常"
    r"|恢复(?:供电|供水|供气|通电|通水|通气|通车)|来[电水]了|电来了|(?<![洪大山雨潮河江])水来了"
    r"|\b(?:power|water)(?:'s| is) back\b"
    r"|\ball[- ]clear\b|\b(?:cleared|restored|st(?:an|oo)d down|back in service)\b|\bcan resume\b"
)
# An aside: a message that says it asks for another thing than the one just
# before it in the group ("另外…也是今天下午4点前", "还有个事", "跟危房核查不是一回事",
# "Separately, …", "different thing"). Two asks by one deadline, one after the
# other, share the group, the due and often a word; this is what tells them apart.
_ASIDE = led(
    r"^\W*(?:另外|还有(?:[一1]|个)个?(?:事|表)?|另[一1]个|再[一1]个)|不是一回事|别混|分开(?:发|报|交|填)"
    r"|^\W*also\b|\bseparately\b|\bdifferent thing\b|\bseparate (?:one|thing|list|sheet|form)\b"
)
# A contrast names the thing the request is *not* ("跟危房核查不是一回事",
# "跟总结分开发", "not the same as the permit forms"): those words name no object.
_CONTRAST = led(
    r"(?:跟|和|与)[^，,。；;！!？?\s]{1,12}?(?:不是一回事|不是[一1]个|是两(?:张表|回事|码事)|两码事|分开|别混|搞混)"
    r"|\bnot (?:the same as|to be confused with)\b[^,.;]*"
)
# A reply that reports its own part done or promised ("一组看完了 二组还有三户",
# "西岭17户全部看完", "高山今晚加班录完", "报了 41户"): the worker answering, not the
# one chasing, so no bare follow-up of the notice.
_DONE = led(
    r"(?:看|查|录|填|弄|跑|做|搞|走|排查|走访|处理)完|已(?:经)?(?:报|交|发|处理|完成|看|查|录|填)"
    r"|全部(?:看|查|录|报|交|完成|处理)|^\W*(?:报|交|发)了"
    r"|\b(?:done|sent|finished|completed|submitted)\b"
)
# A status clause names how far the work got: its figures and places
# ("西岭、南塘三个网格", "wards 2 and 6") describe progress, not the notice.
_STATUS = led(
    r"还差|还有|仍有|尚有|尚未|还[没冇]|[没冇][交报发回]|未交|未报|未回|已交|已报|已收到|只收到|仅收到"
    r"|目前|截至目前|截止目前|剩下?\d|交了\d|就差|就剩|还剩"
    r"|\bstill\b|\bmissing\b|\bso far\b|\breceived\b"
    r"|\bonly (?:got|have|heard)\b|\bnot yet\b|\boutstanding\b|\bof \d+ in\b|\bwaiting on\b"
)
_CLAUSE = re.compile(r"[^，,。.！!？?；;\n]+")
# raw text: a full stop ends a clause only before a space ("5.5" stays whole)
_RAW_BREAK = re.compile(r"[，,。！!？?；;:：\n]|(?<=\.)\s+|\s+[-–—]\s+")
_STATUS_CHARS = 120  # a status line is one or two clauses, not a paragraph
# Who is asked or still owes it: villages, towns and wards by name, and the
# names a status line lists ("还差河口、龙岗", "目前只收到青石、枫林两家").
_PLACE_NAME = re.compile(r"[\u4e00-\u9fff]{2}(?=村|镇|社区|网格)")  # 乡 ends too many words
_LISTED = re.compile(
    r"[\u4e00-\u9fff]{2}"
    r"(?=(?:村|镇|乡|社区|网格|组)?(?:[、，,和及与 ]|两家|三家|几家|那(?![个些])|$))"
)
# Before the status word only names set off as names are listed: a run of two
# standing alone ("西岭、南塘还没交", "日志 高山 桃坑还没传"), never the tail of a
# longer word ("养老认证 还差" keeps 认证) nor the clause's topic typed before a
# space ("医保 三组五组的还没给我" is about 医保). "石门那边" is a place, "医保那个表"
# the form.
_LISTED_BEFORE = re.compile(
    r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2}"
    r"(?=(?:村|镇|乡|社区|网格|组)?(?:[、，,和及与 ]|两家|三家|几家|那(?![个些])|$))"
)
_TOPIC = re.compile(r"\s*[\u4e00-\u9fff]{2}(?=\s)")


def has_change(folded: str) -> bool:
    """Whether the text changes something announced before (see _CHANGE)."""
    return _CHANGE.search(folded) is not None


def reports_done(folded: str) -> bool:
    """Whether the text reports the sender's own part done or promised (see _DONE)."""
    return _DONE.search(folded) is not None


def is_aside(folded: str) -> bool:
    """Whether the text says it is another matter than the one before it (see _ASIDE)."""
    return _ASIDE.search(folded) is not None


def has_cue(folded: str) -> bool:
    """Whether the text says it chases something asked before."""
    return _CUE.search(folded) is not None


_WORD = re.compile(r"[a-z][a-z'-]+")


def cue_words(folded: str) -> list[str]:
    """The English words of the text's cues and status phrases ("still outstanding",
    "waiting on"): they say that it chases, never what."""
    found = [*_CUE.finditer(folded), *_STATUS.finditer(folded)]
    return [word for match in found for word in _WORD.findall(match.group())]


def without_status(folded: str) -> tuple[str, list[str]]:
    """The text with its status clauses blanked, and those clauses."""
    if _STATUS.search(folded) is None:
        return folded, []  # most notices: one scan
    clauses = [m.group() for m in _CLAUSE.finditer(folded) if _STATUS.search(m.group())]
    return _CLAUSE.sub(lambda m: " " if _STATUS.search(m.group()) else m.group(), folded), clauses


def object_text(folded: str) -> str:
    """The text without whom it addresses or lists as behind, nor what it says it
    is not (see _CONTRAST): what is left names the request's object. Place names
    are rare words, and would otherwise outweigh the form ("信访周报还差河口村、龙岗村"
    is about 信访周报, not 河口)."""
    text = _PLACE_NAME.sub(" ", _CONTRAST.sub(" ", folded))
    if _STATUS.search(text) is None:
        return text
    return _CLAUSE.sub(lambda m: _unlisted(m.group()), text)


def _unlisted(clause: str) -> str:
    """A clause without the names it lists as behind: after the status word
    every name is one ("还差河口、龙岗"); before it only names set off as such."""
    found = _STATUS.search(clause)
    if found is None:
        return clause
    cut = found.start()
    topic = _TOPIC.match(clause[:cut])
    keep = topic.end() if topic else 0
    names = [m.span() for m in _LISTED_BEFORE.finditer(clause, keep) if m.end() <= cut]
    before = list(clause[:cut])
    for start, end in names:  # looked at in the whole clause: "周报还差" keeps 周报
        before[start:end] = " " * (end - start)
    return "".join(before) + _LISTED.sub(" ", clause[cut:])


def status_line(text: str, fold: Callable[[str], str]) -> str | None:
    """How far the work got, in the sender's own words ("还差二组、五组没报",
    "so far only Wards 1 and 3"), or None: the clauses of ``text`` (as received)
    whose folded form (``fold``, the matcher's canonical form) says it."""
    clauses = (clause.strip() for clause in _RAW_BREAK.split(text))
    found = [clause for clause in clauses if clause and _STATUS.search(fold(clause))]
    line = "，".join(found)
    return line[:_STATUS_CHARS] or None
