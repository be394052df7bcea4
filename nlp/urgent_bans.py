"""A ban laid down for now, or a stand-by for tonight, read by :mod:`nlp.urgency`.

Whoever sees a hazard rarely names it with a word for now: they forbid people
to go where it is, for as long as it lasts ("今天去山上的车都别走", "今晚谁都不准去海
堤看浪", "今早甭开车出去", "Nobody on roofs or ladders today", "nobody up a ladder
after that", "Nobody opens the fridge till Rachel's there"). A ban held to today,
tonight or this morning, or given to nobody in particular without a verb told
in the past, is that call-out's own sign that something is under way now. A
standing rule ("上坟不准烧纸", "no one parks in the bays"), advice to stay in if one
can ("今天能不出门的尽量别出门"), a meeting moved ("今天下午开 别上午来了") and a
statement ("nobody on 7th heard it") are none.

Before a typhoon or a blizzard strikes, the call-out is a stand-by: cadres told
to stay at their posts or keep their phones on tonight ("今晚全部在村里守着 一个都
不许离岗", "今晚手机都别静音"). Held to tonight, it says the danger is upon them;
a duty roster's standing "值班的手机都不准关机" is none.
"""

from __future__ import annotations

from nlp.leading import led

__all__ = ["BANNED_NOW", "STAND_BY"]

# Texts here are folded (nlp.due.prepare): simplified, lower case, digits.
BANNED_NOW = led(
    # a ban held to the day: today, tonight, this morning, tonight and tomorrow morning
    # (within one clause: a space is where a hurried typist ends one)
    r"(?:今天|今晚|今早|今天早上|今儿|明早|现在)(?:[^,，。!！?？;；\s]{0,8}?)(?<!尽量)"
    r"(?:不许|不准|别|莫|甭|嫑|不要)(?!忘)(?:[^,，。!！?？;；\s]{0,4}?)"
    r"(?:上(?![午])|下(?![午])|去|出(?!事)|走|开车|过|进|骑|回)"
    # nobody on or up a place, or nobody at the thing, told as an order, not a statement
    # (opening its clause: "camera shows nobody on the gate" is what was seen)
    r"|(?:^|(?<=[.!?,;:\n—–-])|(?<=[.!?,;:\n—–-]\s))"
    r"(?:nobody|no one|noone) (?:on|up|onto|opens|lets|loads)\b"
    r"(?![^.!?\n,]*\b(?:heard|saw|was|were|has|had|did|came|went|knew|told|said|\w+ed)\b)"
)
# tonight, at one's post or on the phone: "今晚手机不准关机", "今夜一个都不许离岗"
STAND_BY = led(
    r"(?:今晚|今夜|今天晚上)[^。]{0,20}(?:(?:手机|电话)[^。]{0,6}(?:开着|畅通|别静音|不准关机"
    r"|不要关机|别关机|不许关机)|(?:不许|不准|不得)离岗)"
)
