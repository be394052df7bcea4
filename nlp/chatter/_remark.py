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
    "late": r"\b(?:running|be|am|i'm)\s+(?:\d+\s*(?:mins?|minutes?)?\s+)?late\b"
    r"|\b\d+\s*(?:mins?|minutes?)\s+late\b",
}
_REMARK_PATTERNS = tuple((name, led(pattern)) for name, pattern in _REMARKS.items())
# An all-clear that still tells of a service taken out of use is a notice of it: "both
# out, no injury, lift 2 suspended pending check", "人没事 电梯暂停使用".
# ... and a check heard of is a heads-up: "听说下周区里要来查课", "heard audit's coming".
_CHECK_HEARD = led(r"来查|要查|检查|督查|暗访|抽查|\binspect|\baudit")
_STILL_OUT = led(r"\bsuspend|\bout of (?:service|order|use)\b|停用|暂停|停运|停止使用")


def tells_remark(lowered: str) -> str | None:
    """Which remark ``lowered`` (normalised, lower-cased) makes, or None."""
    for name, pattern in _REMARK_PATTERNS:
        if pattern.search(lowered) and not _heads_up(name, lowered):
            return name
    return None


def _heads_up(name: str, lowered: str) -> bool:
    """Whether a remark still warns the group (see _STILL_OUT and _CHECK_HEARD)."""
    if name == "all clear":
        return _STILL_OUT.search(lowered) is not None
    return name == "rumour" and _CHECK_HEARD.search(lowered) is not None
