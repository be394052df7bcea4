"""Colleagues' remarks: news of something finished, a complaint, a memory, running late.

Besides replies and accounts (:mod:`nlp.chatter._account`), a work group's talk
tells how an incident ended, grumbles, remembers and excuses itself. The
classifier, seeing the fire, the ward or the time in it, is unsure of such talk
and gives it a notice's kind; these are its shapes, in general terms:

* an all-clear: the incident is over and nobody is hurt ("fire out, no injuries",
  "found him, all good", "人没事", "没有复燃", "back to normal");
* a complaint: what keeps going wrong, a headache, a refusal ("the app keeps
  crashing", "the usual headache", "no thanks", "人手有点紧", "烦死了");
* a memory: what happened last time ("Last year the lane flooded", "上回就不够");
* running late: the speaker's own delay ("running 10 late", "might be 5 mins late").

Each is only evidence: whatever in the message still asks the group for anything
keeps it (:mod:`nlp.chatter._keep`).
"""

from __future__ import annotations

from nlp.leading import either, led

__all__ = ["tells_remark"]

_REMARKS = {
    "all clear": either(
        r"\bno(?:body| one)\s+(?:was\s+)?(?:hurt|injured)\b|\bno (?:injuries|injury|one hurt)\b"
        r"|\bback to normal\b|\ball (?:good|fine|safe|ok)\s*[.!]*$|\bfound (?:her|him|them)\b",
        "(?:没|无)人受伤|人(?:都)?没事|都没事|没事了|没有复燃|已恢复正常|恢复正常了",
        r"\b(?:he's|she's|they're|everyone's|all) (?:fine|ok|okay|safe)\b|\bno damage\b"
        r"|没事(?:[。.!！~]*$|[，,\s])|都好着|平安[。.!！~]*$",
    ),
    # surprise at a time or a repeat: "midday?? usually it's 5", "today?! thought it was
    # Friday", "again?? we did it in May", "又要报？？"; not a name chased ("Jono??")
    "surprise": r"(?:\b(?:today|tomorrow|tonight|again|really|seriously|midday|noon|[ap]m)|\d"
    r"|今天|明天|今晚|又[^，,。?？]{0,6}|还要[^，,。?？]{0,6})\s*(?:[?？][?？!！]|[!！][?？])",
    "outing": r"\b(?:who's|whos|who is|anyone|anybody) (?:coming|going|bringing|keen|up for)\b",
    "rumour": r"^heard\b|\bapparently\b|听说",
    "complaint": either(
        r"\bkeeps? (?:saying|crashing|freezing|dropping|failing|breaking|going)\b"
        r"|\bheadache\b|\bas usual\b|\bno thanks\b|\bdon't remind me\b|\bnightmare\b"
        r"|\b(?:ffs|carnage|lovely|love it|no drama|starvin|starving)\b",
        "有点紧|头疼|头大|烦死|又来了|太难了|没声音啊",
    ),
    "memory": either(
        r"^(?:last (?:year|time|month|week)|remember\b)|\blast year\b|\bin years\b",
        "^(?:上回|上次|去年|前年)",
    ),
    # the speaker on the way: "coming, 5 min", "10 mins, coming from the depot", "on the
    # ward, 5 mins"; not an event told in minutes ("Fire drill in 10 mins")
    "on the way": r"^(?:coming|omw|otw)\s*[,.!]|^coming (?:now|back|over|down|up)\b"
    r"|^\d+\s*min(?:ute)?s?\b|[,，]\s*\d+\s*min(?:ute)?s?\s*[.!]*$",
    # an answer that the speaker can or cannot: "Can't, on a call till 2", "Can do, Tue"
    "cannot": r"^(?:can do|can't|cannot|no can do)\s*[,.!]",
    # thanks to all closing news of work done: "Op done, 40 homes checked. Thanks all"
    "thanks": r"\b(?:done|complete|completed|finished|selesai|passed|reached|found|went well"
    r"|turnout|reviewed|back in)\b.*\b(?:thank you|thanks|terima kasih|salamat)(?: po)?"
    r"(?: (?:all|everyone|semua|both|team))?\s*[.!]*$",
    # the speaker's own next step, said without a subject: "6 left, will knock again
    # tomorrow", "Will brief the caretakers", "等下报组织办", "细则晚点发"
    "next step": r"(?:^|[,.;]\s*)will (?:finish|add|dig|brief|knock|door knock|chase|ring|call"
    r"|check|sort|follow|compile|go back|pop|swing)\b|等下(?:报|发|问|弄|交|去)|晚点(?:发|报|给)"
    r"|回头(?:再|发|报)",
    # an answer that is a time and nothing else: "礼拜二", "周三上午", "1月30号 礼拜六"
    "bare time": r"^(?:係|系|是|对|就)?\s*"
    r"[\d\s号日月周礼拜星期一二三四五六七八九十天上下午晚早中今明后点半:：-]{2,12}[。.!！~]*$",
    # a matter put off to talk of later: "到时候再讲", "下周再说", "莫急"
    "put off": r"(?:到时候?|下周|下次|回头|后|来了)再(?:讲|说|议|商量)[。.!！~]*$"
    "|莫急|别急|不用急",
    "joke": r"\basking for (?:me|a friend)\b",
    "late": r"\b(?:running|be|am|i'm)\s+(?:\d+\s*(?:mins?|minutes?)?\s+)?late\b"
    r"|\b\d+\s*(?:mins?|minutes?)\s+late\b",
}
_REMARK_PATTERNS = tuple((name, led(pattern)) for name, pattern in _REMARKS.items())
# A question first, then the asker's reason or remark: "who has the store key? need a box
# of elbows", "仓库还有几副？上回就不够", "again? we did it in May". It must ask in a
# question's words, once, and be no chase of who is behind or where ("Jono?? hours",
# "Sam where are you? it's dark", "撤回来没有？说一声", "who's on? Al? Bo? still 2 short"),
# nor an ask of someone ("can you take them by the ramp? not the stairs", "who's on at the
# hall tonight? can't be me").
_ASKED_FIRST = led(r"^[^?？]+[?？]+\s*[^?？\s][^?？]*$")
_ASKING = led(
    r"\b(?:who|whose|what|which|where|why|how|anyone|anybody|again|also|or)\b"
    r"|\b(?:are|is|do|does|doesn't|did|can|will|have|has) (?:you|we|i|they|he|she|it)\b"
    "|谁|几|哪|什么|怎么|为啥|咋|吗|还是|是不是|有没有"
)
_CHASING = led(
    r"\b(?:can|could|would) (?:you|someone|anyone|somebody)\b|\bwhere are you\b"
    r"|\bstill (?:\d+|not|no|missing|waiting)\b|\b(?:done|yet|sent)\s*\?"
    r"|\bwho(?:'s| is)? (?:on|doing|covering|free|available)\b"
    "|没有?[?？]|还没|了吗|呢|说一声|谁有空|哪个有空|谁去|谁值班"
)
# An all-clear that still tells of a service taken out of use is a notice of it: "both
# out, no injury, lift 2 suspended pending check", "人没事 电梯暂停使用"; so does one that
# tells of a place open again ("corridor open again, all fine").
# ... and a lateness that moves the start is a meeting's change: "the Director is running 15
# late so we'll start at 2:15 instead", "领导晚点到 会议推迟到三点".
_MOVED = led(r"\binstead\b|\bstart(?:s|ing)? at\b|\bpushed (?:back|to)\b|推迟|改到|延后")
# ... and a check heard of is a heads-up: "听说下周区里要来查课", "heard audit's coming".
_CHECK_HEARD = led(r"来查|要查|检查|督查|暗访|抽查|视察|调研|\binspect|\baudit|\bvisits?\b")
_STILL_OUT = led(
    r"\bsuspend|\bout of (?:service|order|use)\b|\bopen again\b|\breopen"
    "|停用|暂停|停运|停止使用|恢复开放|重新开放"
)


def tells_remark(lowered: str) -> str | None:
    """Which remark ``lowered`` (normalised, lower-cased) makes, or None."""
    for name, pattern in _REMARK_PATTERNS:
        if pattern.search(lowered) and not _heads_up(name, lowered):
            return name
    return "asked first" if _asks_first(lowered) else None


def _asks_first(lowered: str) -> bool:
    """Whether ``lowered`` asks a question and then gives the asker's reason (see
    _ASKED_FIRST)."""
    return bool(
        _ASKED_FIRST.search(lowered) and _ASKING.search(lowered)
        and not _CHASING.search(lowered)
    )  # fmt: skip


def _heads_up(name: str, lowered: str) -> bool:
    """Whether a remark still tells the group of a change or a check (see _STILL_OUT,
    _MOVED and _CHECK_HEARD)."""
    if name == "all clear":
        return _STILL_OUT.search(lowered) is not None
    if name == "late":
        return _MOVED.search(lowered) is not None
    return name == "rumour" and _CHECK_HEARD.search(lowered) is not None
