"""The speaker's own promise: a time by which the speaker will deliver, not the reader.

Replies to a chase name a time too: "还差两户，明天补", "四点前送到 在等村里盖章",
"我下午三点前把台账交到社区", "will have it by 12", "sending by 2.30", "there by 1".
Nobody is asked to act by it, so it is no due. The rules stay narrow because
the chaser words the same verbs as orders ("十二点前给我", "5点前一定报来",
"names to me by Friday"): a verb with a receiver after it, or a sentence that
asks, keeps its time.
"""

from __future__ import annotations

import re

from nlp.due import _patterns as pat

__all__ = ["promised"]

# The time, then only the speaker's own delivery, ending the clause: "明天补", "中午前交",
# "下午搞定", "明早一定交", "家长下午送来". A receiver after the verb ("给我", "报来",
# "发群里", "交到镇里") makes it the chaser's order.
_DELIVER_AFTER = re.compile(
    r"\s*(?:之前|以前|前)?\s*(?:一定|肯定|保证|准|就|再|能|会|全部)*\s*"
    r"(?:补上|补完|补齐|补|搞完|搞定|弄完|弄好|做完|走完|跑完|交齐|交上来|交|报|发|给"
    # the last of the rounds or the records: "下午排完", "今天下午送"
    r"|排完|录完|填完|问完|收齐|送"
    r"|送到|送过去|送来|再(?:跑一趟|跑|打|去|问|弄|报|发))"
    r"(?=\s*(?:$|[,，。!！~]|\s))"
)
# Work still in hand, counted by the one doing it: "还差两户", "还剩七八户", "在等村里盖章",
# "在汇总". A chaser names whose is missing instead ("还差红旗村，8点前报").
_IN_HAND = re.compile(
    # a figure with its unit comes masked as "###" (nlp.due._mask)
    # "还有两户", "就剩两家", "还差三百" count the same; a masked figure hides its unit
    # ("还有一个：…明天中午前报" announces one more item)
    r"(?:还[差剩]|还有(?!一个)|[就只]剩)\s*(?:[\d#]+|[一两二三四五六七八九十几半百千]+)\s*(?:多|来)?\s*"
    r"(?:[户个家张人份位条栋]|(?<=#)|(?=[\s,，。]|$))"
    r"|还差[^,，。\s]{0,6}(?:签字|盖章|签名)|在等|在弄|在汇总|在核|在录|在补|正填|正在"
)
# The speaker as the subject, just before the time, doing something of their own then:
# "我下午三点前把台账交到社区", "我晚上去", "我三点有台手术", "我上午在乡里开会".
# "截图发我 8号前" names the receiver, and "我12月30号统计" when the speaker collects.
_SPEAKER_BEFORE = re.compile(r"(?<![给找跟问发和向帮叫让报交])我\s*$")
_OWN_DOING_AFTER = re.compile(
    r"\s*(?:之前|以前|前)?\s*(?:就|能|会|再|一定|肯定|要|可以)?\s*"
    r"(?:把|在|去|来|有|要去|挨家|一块|一起|陪|收拾|理好|填上|上门|请假|过去|过来|补|跑"
    # going along with the one colleague spoken to, or doing the work: "我明天跟你去",
    # "我周六可以接送", "我明天弄"
    r"|[跟和](?:你|您)|接送|弄|搞)"
)
# English: the speaker's own delivery by then, subject left out as in chat: "will have it
# by 12", "sending by 2.30", "there by 1", "reach by 8.45", "costings to you by Tuesday".
_DELIVER_BEFORE_EN = re.compile(
    r"(?:(?<!\byou )(?<!\bthey )(?<!\bit )(?<![a-z]')\bwill|\bshould)\s+"
    r"(?:have|send|finish|sign|pass|post|share|reach|bring|email|upload|drop|be (?:done|there|back"
    r"|finished|with you))\b[^.;!?\n]{0,30}\b(?:by|before)\s*$"
    r"|\b(?:sending|reach|(?<!\bbe )there|to (?:you|u)|to follow)\s+(?:by|before)\s*$"
)


def promised(text: str, start: int, end: int, clause: str) -> bool:
    """Whether ``text[start:end]`` dates only the speaker's own delivery.

    ``clause`` is the clause that holds it: a clause that asks keeps its time.
    """
    if pat.ASK.search(clause):
        return False
    before = text[max(0, start - 40) : start]
    if _DELIVER_BEFORE_EN.search(before):
        return True
    if _SPEAKER_BEFORE.search(before) and _OWN_DOING_AFTER.match(text, end):
        return True
    return bool(_DELIVER_AFTER.match(text, end) and _IN_HAND.search(text))
