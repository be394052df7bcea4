"""Call-outs typed in people's own words, read by :mod:`nlp.urgency`.

Someone at the scene seldom writes 紧急 or "urgent". They tell a named person to
act now ("阿强你现在去仓库拿两块防滑垫", "Marco take the Elm St tree now", "whoever
free go to the backroom now", "Everyone to the car park now"), they hurry someone
to a job ("赶紧过去把孩子叫回来", "@物业 赶紧拉点炉渣铺上"), or they say someone has
not come home and cannot be reached ("到现在还没到家", "敲门一直不应", "mum says
he's not answering"). A chase that names its own deadline ("月底前…赶紧补上") is
read by its due instead, and the speaker's own "I'll go now" is no order.
"""

from __future__ import annotations

import re

from nlp.leading import led

__all__ = ["COME_NOW", "GONE", "ORDER_NOW", "RUSHED", "SEARCH", "order_now"]

# An order to act now, to someone else: a verb of going or moving, "now" in the same
# clause, and no "I", "we", "you can" or "if" as its subject ("you can go home now",
# "I'll take it now" are none).
ORDER_NOW = led(
    r"(?<![我们他她])(?:你|你们|大家|各位|[\u4e00-\u9fff]{2}|\s)现在就?"
    r"(?:去|给|把|挨个|过去|过来|出发|就?动|拉|送|拿|撤|转移|派)"
    r"|(?<!\bi )(?<!\bwe )(?<!\bthey )(?<!\bhe )(?<!\bshe )(?<!'m )(?<!'re )(?<!'ll )(?<!\bto )"
    r"(?<!\bcan )(?<!\byou )(?<!\bif )"
    r"\b(?:go|take|move|bring|send|head|float|pull|shut|evacuate|lift|grab"
    r"|get (?:your|everyone|everybody|all|them|the|off|to|out|inside|back))\b"
    r"(?:(?![.!?\n]|\b(?:i|we|i'm|i'll|we'll|they|can|you)\b).){0,40}\bnow\b(?! (?:that|on)\b)"
    r"|\b(?:everyone|everybody|all hands|all staff|all crews?)\b (?:to|back to|out to|into)"
    r" [^.!?\n]{1,30}\bnow\b"
)
# Someone hurried to a job: "赶紧过去", "赶快叫他们灭掉", "赶紧看看".
# Also people hurried to come or go ("抓紧上来", "快点上去", "都去官坊 快点", "@师傅 快啲").
RUSHED = led(
    r"(?:赶紧|赶快)(?:去|过去|过来|叫|让|把|拉|派|看看|看一下)"
    r"|(?:赶紧|赶快|抓紧|快点|快啲)(?:上来|上去|下来|过来|过去|回来|嚟)"
    r"|(?:去|来|上|走)[^,，。!！\s]{0,6}[\s,，]+(?:快点|快啲)(?=[\s,，!！]|$)|^@\S+\s+(?:快点|快啲)[!！\s]*$"
)
# People called together to a place, with no time named: "值班的都到二楼来", "扑火队全部到镇
# 政府门口集合上车" ("明天上午都到会议室来" names its time and is read by its due).
COME_NOW = led(
    r"(?:都|全部|全都|马上)到[^,，。!！\s]{1,8}来(?=[\s,，。!！]|$)"
    r"|(?:都|全部|全都)(?:到|去)[^,，。!！\s]{1,10}(?:集合|上车)"
)
_TIME_NAMED = re.compile(
    r"\d{1,2}\s*[点:：时号日月]|[点时]半?(?:前|之前)|明天|明早|今晚|下午|上午|晚上|早上|中午"
    r"|周[一二三四五六日]|星期|礼拜"
)
# A deadline the chase names itself: "月底前", "五点就截止", "12月31日".
_OWN_DEADLINE = re.compile(r"前|截止|\d+月\d+[日号]|月底")
# Someone not come home and not to be reached.
GONE = led(
    r"(?:还|到现在|一直)都?没有?(?:回来|到家|回家)|敲门(?:一直|也)?(?:不应|没人应|没反应)"
    r"|\b(?:he|she|they)(?:'s|'re| is| are) not answering\b"
    r"|\bhas(?:n'?t| not) (?:come|got|made it) home\b"
)


# People sent out to search, each to a place: someone is missing now ("东浩特的往北梁找",
# "老甘带人沿河边找", "派个人去找 快", "大家分头找"); not "找到了" nor "往年找人".
SEARCH = led(
    r"(?:(?<!往年)往(?![下上左右前后里])|沿着?|顺着|分头)[^,，。!！\s]{0,10}找(?![到着了工人聊])"
    r"|派[^,，。!！\s]{0,3}人去找"
)


def order_now(folded: str) -> str | None:
    """The order to act now, or the someone gone, that ``folded`` tells of, or None."""
    for pattern in (ORDER_NOW, GONE, SEARCH):
        found = pattern.search(folded)
        if found:
            return found.group()
    come = COME_NOW.search(folded)
    if come and not _TIME_NAMED.search(folded):
        return come.group()
    rushed = RUSHED.search(folded)
    if rushed and not _OWN_DEADLINE.search(folded):
        return rushed.group()
    return None
