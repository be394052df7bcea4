"""What plain chatter looks like: replies, talk between colleagues, social noise.

These patterns are evidence for dropping a message; none of them alone is
enough when something in the message still asks the group for anything
(:mod:`nlp.chatter._keep`).
"""

from __future__ import annotations

import re

from nlp.chatter._account import tells_account, tells_behind
from nlp.chatter._remark import tells_remark
from nlp.leading import either, led
from nlp.owed import OWED_THINGS

__all__ = [
    "HANDING_OVER", "LAUGHS", "PROMISE", "blank_own_by", "chatter_evidence", "hands_over",
    "is_reply",
]  # fmt: skip


_ACK_WORDS = either(
    "收到|好的|好滴|好嘞|好哒|好|嗯嗯?|哦|噢|ok|okay|明白|了解|知道了|晓得|谢谢|多谢|感谢|辛苦|可以|行",
    "没问题|是的|对的?|要得|中|妥|已阅|已读|同意|赞",
    "noted|received|thanks|thank you|thx|ty|will do|got it|sure|roger|copy|understood|no problem",
    "yes|yep|ack",
)
# A reply opens with an acknowledgement or tells what the sender (or their unit) has done.
_REPLY = led(
    either(
        rf"^(?:{_ACK_WORDS})(?:[\s,，.。!！~～、]|$)",
        r"^(?:no|nope)[,，]|^(?:perfect|great|cool|lovely|brilliant|awesome|cheers|legend)(?:[,，.!！~]|$)",
        r"^[^,，。!！?？\s]{0,8}?(?:已经?|都已|均已|全部)(?:报(?!告)|交|发(?!布|出通知|群|到群|在群)|转|完成|落实|到"
        r"|排查|处理|安排|清理|提交|上传|打卡|签到|通知|核实|整改|检查|撤离|转移|联系|扑灭|恢复|修好|回复|填"
        r"|录入|办)",
        # not when quoted: 连着两周都是“无异常”，我不信 chides the replies
        "(?<![“\"「])(?:完毕|无异常|无隐患|一切正常|已到岗|已到位|到岗了|已处置)",
        r"^(?:done|sent|submitted|all done|finished|on it|on my way|omw|here|in place)\b",
    )
)
# When the speaker hands over, said with a limit that is their own: a unit at work
# ("龙潭正在盖章，11点前到", "东滩在装订 三点前送到"), a time to the asker ("4点前发你"),
# what the speaker can do by then ("今晚十一点前能弄完", "will send by 6:25"). Read before
# the other talk: "我" or "发你" alone would let the limit keep the message.
_HANDOVER = either(
    r"(?:在|正在)(?:盖章|装订|弄|整理|核|等|录|填|改|做|打印|签字|汇总)[^。!！?？]{0,12}[,，\s]"
    r"\s*[^,，。\s]{0,6}前\s*(?:到|送到|送过来|送来|发|交)[。.!！~]*$",
    r"前\s*(?:发|给|交|送)(?:你|您)|前\s*能\s*(?:弄完|弄好|完成|交|发|报|搞定|到|送到)",
    # the work in hand, done by a time, and nothing else said: "4I中午前输好", "划线2点前搞定",
    # "我们团队今天下班前点完" (a thing owed named first is an order: "名单两点前搞定")
    rf"^(?![^,，。!！?？]*(?:{OWED_THINGS}))[^,，。!！?？]{{0,12}}前\s*"
    r"(?:搞定|输好|输完|点完|摆好|弄完|做完|录完|排完|拍完|整理好)[。.!！~]*$",
    r"(?:^|[,.]\s*)will (?:send|submit|drop|bring)(?: it| them| mine| ours)? by\b",
)
# Talk between colleagues: questions, the speaker's own doings, statuses and
# promises ("照片发您微信了", "明早交", "周四前能弄好"), and social noise.
_TALK = {
    "question": either(
        r"[?？]\s*$|(?:吗|呢|么|嘛)[?？。.]*\s*$",
        # a question first, then the asker's reason or remark: "Is the hall still locked? The
        # keys are with me", "31号是卡死的吗？我们会计那天培训", "is it 2:30 or 3? got Cllr
        # at 3", "按五点半还是六点？我们厂六点下班", "that's the 20th, yeah? not me misreading"
        r"^(?:is|are|was|were|does|do|did|can|could|has|have|should|will|would|shall)\b"
        r"[^.?!]{0,80}\?",
        r"\bor\b[^.?!]{1,20}\?|\b(?:right|yeah|yes|no|innit|eh)\s*\?",
        r"(?:吗|得唔得|行不行|可不可以|能不能|是不是|对吧|对不对|行不|可以不|得不|好不好|要不要|有没有)[?？]"
        r"|还是[^，,。?？]{1,12}[?？]",
        # asked yes-or-no with a bare 不 ("明天还开会不", "老宋上午在村室不"), with the colleague
        # named after ("还要报吗梁姐"), with 啊 on a surprise ("周六还开会啊"), or a time
        # echoed back in doubt ("4点？这么急", "三点十五？早上不是讲三点半")
        r"(?<![别莫])不[?？。.]*$|吗[\s,，]*[^\s,，。?？]{1,4}$|(?:还|又|也)[^，,。]{1,8}啊[?？]*$",
        r"[?？][^,，。?？]{0,4}(?:这么|这不是|不是|怎么又|咋又)",
    ),
    "self": either(
        "我(?![们們])",
        r"\b(?:i|i'm|i am|i'll|i will|i was|i can|i can't|i have|i've|running late|stuck in)\b",
    ),
    "status": either(
        "(?:了|啦|过了|好了|完了)[。.!！~]*$|[发给报交]您|发你|给你|能(?:弄好|完成|交|报|发|搞定|到)",
        "就(?:整改完|弄好|交|发|报|去|到|好)",
        r"\b(?:will send|will do|sending|sent it|just sent)\b",
        # a round of work reported done, unit by unit: "一组的走完了 二组明天", "下屋的3个上午搞定",
        # "Bluebell rooms 1-6 clear", "C shift 38 of 38 at muster", "Ward 5 done 14/16";
        # not asked after ("老谢你那边看完没有", "did the figures get done?")
        "(?:走完|跑完|弄完|做完|核完|填完|录完|发完|交完|签完|看完|查完)了|(?<!前)搞定(?![没了吗])",
        r"^[^.,;!?]{1,40}\b(?:clear|done|all out|all in|at muster)\b(?=\s*(?:[,.;]|$))"
        r"|^[^.,;!?]{1,30}\bdone\b(?!\s*\?)|^(?:gritted|emailed|salted|swept|notified)\b",
    ),
    # a unit says when it will send: "竹坑今晚报", "石门中午前发", "明早送来 还差两户签字"
    "promise": either(
        r"^[^,，。!！?？]{0,14}(?<![没未])(?:(?<![月周日年季简快喜通海])报|发|交|送|送来|送过来|给你|给您"
        r"|核完|弄完|弄好)$",
        # the last clause says when the speaker does it, with no limit: "二组还有三户 明天上午跑完",
        # "一组的明早补张照片", "收到熊主任，明天进山"
        r"(?:^|[,，。\s])[^,，。!！?？\s]{0,8}(?:今天|今晚|明天|明早|明晚|下午|上午|中午|晚上|晚点|等下|待会)"
        r"[^前,，。!！?？]{0,6}(?:补|给|录完|跑完|弄完|做完|看完|核完|填好|弄好|进山|拉|去|过去|回来)"
        r"[^,，。!！?？\s]{0,4}$",
        # the speaker's own delivery, said without a subject: "dropping it at the office at 4",
        # "will bring them over by 3"; and a matter closed for now: "今晚先这样"
        r"^(?:dropping|bringing|handing|popping|sending)\s+(?:it|them|this|these|those|mine|ours"
        r"|my|our)\b(?!.*\b(?:please|pls|everyone|all)\b)",
        r"^(?:will|gonna|can)\s+(?:bring|drop|send|hand|pop)\s+(?:it|them|this|these|those|mine"
        r"|ours)\b",
        r"先这样[了吧啦]?[。.!！~]*$",
    ),
    # the speaker in other words, read after the promise ("还没报给俺 今天去地里量" promises):
    # a northern "俺" ("明早俺扫门口那段路"), an untyped "ill", what is theirs ("my crew: 4
    # free Fri", "mine's up"), or a hand raised ("me, Thurs night"); not a bare "me", which
    # an ask names too ("who's on tonight? can't be me")
    "own": r"俺(?![们們])|\b(?:my|mine|ill)\b|^me\s*[,.!]",
    "social": either(
        r"哈哈|呵呵|嘿嘿|笑死|hhh|\blol\b|\bhaha|\blmao\b",
        r"吃啥|吃什么|吃饭|午饭|晚饭|早饭|食堂|外卖|奶茶|咖啡|\blunch\b|\bdinner\b|\bcoffee\b",
        r"早上好|早安|晚安|新年快乐|节日快乐|生日快乐|周末愉快|\bgood (?:morning|night)\b",
        "冻死|冷死|冻成|热死|累死|困死|太冷|好冷|这么冷|好累",
        r"\bfreezing\b|\bso cold\b|\bexhausted\b",
        "辛苦了|辛苦各位|加油|厉害|666|牛|大家辛苦|恭喜|祝贺",
        # thanks to those who did it, in other words, in a reply's few words: "虚惊 辛苦小丁",
        # "ramp sanded. thx Jas", "cheers all"; not beside an ask to one of them ("thanks Bo.
        # Ana can you ring the caller") nor closing news ("Found safe, back tomorrow for a
        # meeting with mum. Thanks everyone for looking")
        r"^(?=.{0,60}$).*?(?:辛苦(?:[小老阿][\u4e00-\u9fff]|你|您)"
        r"|\b(?:thanks|thx|cheers|ta)\s+(?:all|everyone|team|guys|folks|[a-z]+)\b"
        r"(?!.*\b(?:can|could|would) you\b))",
        # comfort and resignation: "县里催的 没办法", "不用太自责", "早点歇着吧 不差这一宿"
        "没办法|没法子|不用太?自责|歇着吧|不差这|虚惊",
        r"\b(?:ugh|aiya|omg)\b|\bha!|\bhahah",
        r"\bcongrat|\bmerry christmas|\bhappy (?:new year|holidays|birthday)",
        "^(?:点了|投了|转了|交了|报了|发了|填了|看了|到了|好了|弄好了|搞定|搞定了)",
        r"^(?:voted|shared|liked|posted|signed|paid|booked)\b",
    ),
}
_TALK_PATTERNS = tuple((name, led(pattern)) for name, pattern in _TALK.items())
PROMISE = led(_TALK["promise"])
HANDING_OVER = led(_HANDOVER)
# An order names who must hand over ("大家正在填的表，5点前交"): no hand-over of the speaker's.
_ADDRESSING = led(
    r"大家|各位|各村|各组|各单位|请|都要|务必|\beveryone\b|\ball\b|\bplease\b|\bpls\b"
)
# A reply as short as this is an acknowledgement whatever follows the opening word
# ("收到😂又停电" normalises to "收到又停电").
_SHORT_REPLY = 8
_ACK_OPENING = re.compile(rf"^(?:{_ACK_WORDS})")
# Faces that laugh, sweat, shiver or cry: normalising removes emoji, so they are read raw.
_FACES = re.compile(
    # ... or smile upside down, grin, roll their eyes or facepalm ("portal doesn't care 🙃");
    # not a grimace or a weary face, which a chase or a relayed demand wears too
    "[\U0001F602\U0001F923\U0001F605\U0001F606\U0001F976\U0001F62D"
    "\U0001F643\U0001F604\U0001F601\U0001F644\U0001F926]"
)
# Laughter: small talk that laughs ("食堂有红烧肉 去晚了没了 赶紧😂") jokes with its 赶紧;
# a hazard, a deadline or an ask still keeps it.
LAUGHS = led(r"[\U0001F602\U0001F923\U0001F606]|哈哈|笑死|\blol\b|\bhaha")


# The speaker's own time said with "by": "2 left, will be done by 4", "Will pass by 2pm",
# "Dr K says he'll send his by 4", "heating back by 2 hopefully", "can I come by 12?".
# Read in the clause before "by": one that opens on the speaker's future or names the
# speaker; a clause that names who must ("you need", "everyone", "please") or a thing
# of the notice's ("results will be out by Friday") is left to ask.
_BY = re.compile(r"\bby\b")
_CLAUSE_START = re.compile(r".*[.!?;,:\n]|^", re.DOTALL)
_OWN_FUTURE = re.compile(
    r"^\s*(?:will|should|shall|gonna|sending|coming(?: back)?|back|there|hopefully)\b"
    r"|\b(?:i|we|he|she)(?:'ll|'m|'re| will| should| can| am| are)\b"
    r"|\b(?:can|could|may) (?:i|we)\b"
    r"|\b(?:back|there|dry|clear)\s*$"
)
_OTHERS_MUST = re.compile(
    r"\byou(?:'ll| will| must| need| should|'d| have to)\b|^\s*you\b"
    r"|\ball\b(?! (?:clear|done|good|set|sorted))"
    r"|\b(?:everyone|everybody|staff|please|pls|plz|must|needs?|have to|has to)\b"
)


def blank_own_by(lowered: str) -> str:
    """``lowered`` with the "by" of the speaker's own time blanked (see _OWN_FUTURE)."""
    out = lowered
    for found in _BY.finditer(lowered):
        before = lowered[: found.start()]
        start = _CLAUSE_START.match(before)
        clause = before[start.end() if start else 0 :]
        if _OWN_FUTURE.search(clause) and not _OTHERS_MUST.search(clause):
            out = out[: found.start()] + "  " + out[found.end() :]
    return out


def is_reply(lowered: str) -> bool:
    """An acknowledgement or what the sender has done ("收到", "三组已报")."""
    return bool(
        _REPLY.search(lowered) or (len(lowered) <= _SHORT_REPLY and _ACK_OPENING.match(lowered))
    )


def hands_over(lowered: str) -> bool:
    """The speaker says when they hand over ("龙潭正在盖章，11点前到"), ordering nobody."""
    return bool(HANDING_OVER.search(lowered)) and not _ADDRESSING.search(lowered)


def chatter_evidence(normalized: str, raw: str = "") -> str | None:
    """Why the message is plainly chatter ("reply", "question", "self", "status",
    "promise", "own", "account", "remark", "social"), or None."""
    lowered = normalized.strip().lower()
    if not lowered or not any(ch.isalnum() for ch in lowered):
        return "no words"  # emoji, stickers and punctuation only
    if is_reply(lowered):
        return "reply"
    if hands_over(lowered):
        return "promise"
    if tells_behind(lowered):
        return "behind"
    for name, pattern in _TALK_PATTERNS:
        if pattern.search(lowered):
            return name
    if "@" not in raw and tells_account(lowered):
        return "account"
    if _FACES.search(raw):
        return "social"
    return "remark" if "@" not in raw and tells_remark(lowered) else None
