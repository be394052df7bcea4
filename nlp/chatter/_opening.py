"""News told by the one who opens the talk: a happening, a service out of use, a call for a car.

Colleagues answer an alert with the same words the alert was typed in: after
"秀英婶家老两口煤气中毒" comes "120到了 拉去镇卫生院", after "Lift 2 stuck" comes
"Lift 2 out of service, engineer Monday".
The corpus calls such answers chatter, and so does the classifier. Typed by
the one who breaks a quiet group, or who goes on from their own last message,
the same words are the news itself: "一个婆婆摔了 头磕到扶手出血了 我停车打了120",
"孕妇羊水破了 能不能派车", "Lift no.2 suspended pending check".
So these cues keep a message only where it falls (:mod:`nlp.place`): when it
opens the talk or follows the speaker's own message, never right after someone
else's.

The cues, in general terms:

* a happening told as the speaker's own account: someone hurt, taken ill or in
  the water, an ambulance or the police called ("老人摔倒了 我已经打了120",
  "Kid fell off the frame, arm looks broken", "I've called an ambulance");
* a service taken out of use or a way shut ("3号楼电梯停用", "out of service till
  Monday", "suspended pending check", "二号桥今天封了", "Library shut today");
* someone or a vehicle asked to be sent ("调度派个人来", "能不能派车",
  "send an ambulance").

A service back ("来电了", "water back on") is left out: even opening the talk the
corpus mostly calls it chatter (dev and train: 2 notices, 4 chatter), and kept, it
joins the outage it ends as one notice, which the format counts as two.

Read from :func:`nlp.normalize.normalize_text` output, lower-cased.
"""

from __future__ import annotations

from nlp.leading import either, led
from nlp.place import opens_talk

__all__ = ["opening_news"]

_NEWS = {
    "happening": either(
        # someone hurt or taken ill; not the all-clear of one ("没骨折", "冇出血")
        "(?<![没冇无未不])(?:出血|流血|骨折|摔伤|烫伤|烧伤|割伤|羊水破|要生了|吐了|呕吐|昏迷|晕倒"
        "|摔倒|跌倒|摔了|掉(?:进)?(?:水里|河里|井里|塘里|沟里)|落水)",
        # help called: "打了120", "120打了", "叫了救护车", "报警了" (not a smoke alarm, 报警器)
        "打了?(?:120|110|119)|(?:120|110|119|救护车)(?:已经?)?(?:打了|叫了)|叫了?救护车|报了?警(?!器)",
        r"\b(?:bleeding|broken (?:arm|leg|hip|wrist|ankle)|in labou?r|vomiting|head injury"
        r"|fell (?:off|down|over|from|in)|had a fall)\b",
        r"\b(?:called|rung|rang) (?:it in|999|911|000|112|an? ambulance|the (?:ambulance|police"
        r"|fire(?: brigade| service)?))\b",
    ),
    "out of use": either(
        "停用|暂停使用|停止使用",
        r"\bout of (?:service|order|use)\b|\b(?:till|until) further notice\b|\bsuspended\b",
        # a road or a place shut for the day: "二号桥今天封了", "新街那段车过不去",
        # "Library shut today"
        "封了|(?<!差点)过不去|不通了",
        r"\b(?:shut|closed) (?:today|tomorrow|tonight|till|until|for|all day)\b",
    ),
    "send": either(
        "派(?:个|一个|两个|几个|辆|台|一辆)?(?:人|车)(?![了去过])",
        r"\bsend (?:someone|somebody|an? (?:ambulance|crew|unit|engineer|car|van))\b",
    ),
}
_NEWS_PATTERNS = tuple((name, led(pattern)) for name, pattern in _NEWS.items())


def opening_news(lowered: str, place: str | None) -> str | None:
    """The news ``lowered`` (normalised, lower-cased) tells, as a keep reason
    ("news: 派个人"), when it opens the talk (:func:`nlp.place.opens_talk`), else None."""
    if not opens_talk(place):
        return None
    for name, pattern in _NEWS_PATTERNS:
        if found := pattern.search(lowered):
            return f"news ({name}): {found.group()}"
    return None
