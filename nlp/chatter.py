"""When a message may be dropped as chatter: a verdict that needs evidence.

A message the classifier calls chatter leaves every digest and is never
pushed, so that mistake costs a cadre a missed notice; the opposite mistake
costs one extra line. The classifier learned from a corpus whose short
notices were clean one-liners and whose chatter was everything informal, so
on real groups it calls a hurried "河口那边冒烟了 谁离得近" or "@老吴 @钱婶
你们组的表还没交" chatter. Its word alone is therefore not enough:

* a message is chatter when it is plainly a reply (收到, 好的, 👍, "三组已报",
  "已到现场，明火已灭"), thanks, a joke, small talk, a greeting or a question
  between colleagues, and nothing in it asks the group for anything;
* anything that asks people to do, attend, report or watch out, or tells of a
  hazard, an inspection, a closure or a change, is kept, however short;
* with neither kind of evidence the classifier must be sure, else the message
  is kept too.

A kept message takes the classifier's best other kind. Everything is read
from :func:`nlp.normalize.normalize_text` output, lower-cased; @mentions are
read from the raw text, since normalising removes them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from nlp.types import Kind

__all__ = ["KindVerdict", "chatter_evidence", "keep_evidence", "settle_kind"]


def _either(*alternatives: str) -> str:
    return "|".join(alternatives)


_ACK_WORDS = _either(
    "收到|好的|好滴|好嘞|好哒|好|嗯嗯?|哦|噢|ok|okay|明白|了解|知道了|晓得|谢谢|多谢|感谢|辛苦|可以|行",
    "没问题|是的|对的?|要得|中|妥|已阅|已读|同意|赞",
    "noted|received|thanks|thank you|thx|ty|will do|got it|sure|roger|copy|understood|no problem",
    "yes|yep|ack",
)
# A reply opens with an acknowledgement or tells what the sender (or their unit) has done.
_REPLY = re.compile(
    _either(
        rf"^(?:{_ACK_WORDS})(?:[\s,，.。!！~～、]|$)",
        r"^(?:no|nope)[,，]|^(?:perfect|great|cool|lovely|brilliant|awesome|cheers|legend)(?:[,，.!！~]|$)",
        r"^[^,，。!！?？\s]{0,8}?(?:已经?|都已|均已|全部)(?:报(?!告)|交|发(?!布|出通知|群|到群|在群)|转|完成|落实|到"
        r"|排查|处理|安排|清理|提交|上传|打卡|签到|通知|核实|整改|检查|撤离|转移|联系|扑灭|恢复|修好|回复|填"
        r"|录入|办)",
        "完毕|无异常|无隐患|一切正常|已到岗|已到位|到岗了|已处置",
        r"^(?:done|sent|submitted|all done|finished|on it|on my way|omw|here|in place)\b",
    )
)
# Talk between colleagues: questions, the speaker's own doings, statuses and
# promises ("照片发您微信了", "明早交", "周四前能弄好"), and social noise.
_TALK = {
    "question": r"[?？]\s*$|(?:吗|呢|么|嘛)[?？。.]*\s*$",
    "self": _either(
        "我(?![们們])",
        r"\b(?:i|i'm|i am|i'll|i will|i was|i can|i can't|i have|i've|running late|stuck in)\b",
    ),
    "status": _either(
        "(?:了|啦|过了|好了|完了)[。.!！~]*$|[发给报交]您|发你|给你|能(?:弄好|完成|交|报|发|搞定|到)",
        "就(?:整改完|弄好|交|发|报|去|到|好)",
        r"\b(?:will send|will do|sending|sent it|just sent)\b",
    ),
    # a unit says when it will send: "竹坑今晚报", "石门中午前发", "明早送来 还差两户签字"
    "promise": _either(
        r"^[^,，。!！?？]{0,14}(?<![没未])(?:(?<![月周日年季简快喜通海])报|发|交|送|送来|送过来|给你|给您"
        r"|核完|弄完|弄好)$",
        # the last clause says when the speaker does it, with no limit: "二组还有三户 明天上午跑完",
        # "一组的明早补张照片", "收到熊主任，明天进山"
        r"(?:^|[,，。\s])[^,，。!！?？\s]{0,8}(?:今天|今晚|明天|明早|明晚|下午|上午|中午|晚上|晚点|等下|待会)"
        r"[^前,，。!！?？]{0,6}(?:补|给|录完|跑完|弄完|做完|看完|核完|填好|弄好|进山|拉|去|过去|回来)"
        r"[^,，。!！?？\s]{0,4}$",
    ),
    "social": _either(
        r"哈哈|呵呵|嘿嘿|笑死|hhh|\blol\b|\bhaha|\blmao\b",
        r"吃啥|吃什么|吃饭|午饭|晚饭|早饭|食堂|外卖|奶茶|咖啡|\blunch\b|\bdinner\b|\bcoffee\b",
        r"早上好|早安|晚安|新年快乐|节日快乐|生日快乐|周末愉快|\bgood (?:morning|night)\b",
        "冻死|冷死|冻成|热死|累死|困死|太冷|好冷|这么冷|好累",
        r"\bfreezing\b|\bso cold\b|\bexhausted\b",
        "辛苦了|辛苦各位|加油|厉害|666|牛|大家辛苦|恭喜|祝贺",
        r"\bcongrat|\bmerry christmas|\bhappy (?:new year|holidays|birthday)",
        "^(?:点了|投了|转了|交了|报了|发了|填了|看了|到了|好了|弄好了|搞定|搞定了)",
        r"^(?:voted|shared|liked|posted|signed|paid|booked)\b",
    ),
}
_TALK_PATTERNS = tuple((name, re.compile(pattern)) for name, pattern in _TALK.items())
_PROMISE = re.compile(_TALK["promise"])
# A reply as short as this is an acknowledgement whatever follows the opening word
# ("收到😂又停电" normalises to "收到又停电").
_SHORT_REPLY = 8
# What makes a message worth keeping, however informal.
_KEEP = {
    "urgent": _either(
        "紧急|特急|加急|火速|立即|立刻|即刻|马上(?!就?要?到?(?:年底|过年|月底|周末|放假|下班|元旦|春节|天黑|吃饭))"
        "|赶紧|赶快|速到|速去",
        "快去|快来|抓紧|尽快|第一时间|刻不容缓",
        r"\burgent|\basap\b|\bimmediately|\bright away|\bright now|\bstraight away",
        r"\bnow\b.{0,20}\b(?:please|pls|need)|\bneed (?:someone|somebody|people|hands)",
    ),
    "hazard": _either(
        "火情|着火|失火|起火|冒烟|浓烟|火灾|山火|烧起来|明火|洪水|内涝|积水|渗水|漏水|爆管|水管.{0,3}(?:破|裂|爆)",
        "塌方|滑坡|坍塌|倒塌|塌了|垮了|险情|溺水|走失|失联|联系不上|找不到|不见了|燃气|煤气|天然气|泄漏|漏气",
        "触电|被困|困住|困在|困人|关人|疫情|暴雨|台风|寒潮|冰冻|结冰|暴雪|大风|雷电|预警|警报",
        "封路|断路|停电|停水|断电|断水|危房|隐患|落石|倒伏|咬伤|中毒",
        r"\bfire\b|\bsmoke\b|\bflood|\bgas\b|\bleak|\bburst|\bcollaps|\blandslide|\bmissing\b",
        r"\btrapped|\bpower (?:cut|out)|\boutage|\bwarning\b|\balert\b|\bstorm|\bblocked\b",
        r"\btree down|\btrees? (?:fell|fallen|came down)|\bwater (?:off|cut)"
        r"|\bstuck in (?:the )?(?:lift|elevator)",
        # a danger seen, not named: water rising to a mark, a wire hanging low
        "电梯卡|关着(?:个|一个|人)|卡在.{0,8}中间|(?:也|又)着了|着了[!！]",
        "水涨|涨水|涨得|警戒线|警戒水位|电线.{0,4}(?:垂|断|掉|落|拖)|电线杆.{0,2}(?:歪|倒|断)",
        # smoke seen ("西坡那边有烟", "烟囱冒黑烟"), water rising, a road blocked for fire engines
        "(?:有|冒)[黑白浓]?烟|烧着了|水位(?:上来|上涨|涨|暴涨)|消防通道",
        r"\bwater (?:everywhere|pouring|coming (?:in|through|out))|\bfire alarm",
    ),
    "announce": _either(
        "已(?:发布|印发|出台|上线|开通|公布|下发)|正式(?:启用|实施|施行)|公示|特此通知",
        r"\bhas been (?:published|issued|released)",
        # a document passed on, a service's hours or a date still to come
        "关于.{2,40}的(?:通知|通告|公告|意见|办法|方案|规定)|见附件|详见|另行通知|待定|照常",
        # a change from a day on, a date still open, an event anyone may come to
        r"(?:今天|明天|后天|下周.|下礼拜.|下个?月|\d+[月日号])起(?![吗呢?？]|$)|还没定|没定下来|未定"
        "|都可以来|可以来看|都能来|欢迎(?:居民|村民|群众|家长)",
        # a roster: "本周值班：周二许主任…", "Desk rota over the holidays: …"
        r"(?:值班|排班)(?:表|安排)?\s*[:：]|轮值表|\brota\b|\bduty\s*:|\bon[- ]call\b",
        "有事(?:请)?(?:打|找|联系)|办事的|(?:上午|下午|每天)[^，。?？]{0,4}(?:看病|出诊|办公|开门)",
        r"\btbc\b|\bto be confirmed|\bfor (?:your )?info",
    ),
    "inspection": _either(
        "督查|暗访|检查组|考核组|巡视组|验收|下来检查|来检查|要检查|抽查|督导|巡查组",
        r"\binspection|\binspector|\baudit",
    ),
    "change": _either(
        "改到|改为|改在|改成|调整到|调整为|推迟|延期|延后|提前到|提前至|取消|暂停|停开|关闭|封闭|不开放|停运",
        "更正|变更|不开伙|不营业|停业|闭馆|停课|停诊|休市|不上班|不办公|不开门|不休息|改走|改道|改线"
        r"|不开会|会不开了|\bno (?:meeting|briefing|training|session|huddle|class(?:es)?|school)\b",
        r"\b(?:bus|train|coach|shuttle|ferry|flight)\b.{0,25}\b(?:late|delayed|cancel)",
        r"\bcancel|\bpostpon|\bmoved to\b|\breschedul|\bnow (?:in|at|on)\b|\bclosed\b",
        r"\bcorrection\b|\bchange of\b",
    ),
    # a deadline stated, or the silent ones chased: "周五前交", "还差三个村", "still missing Ward 3"
    "deadline": _either(
        "截止|前(?:要|得|必须|交|报|发|提交|上报|报送|完成|回复|反馈)|还差|就差|还有[^，。,.!！?？]{0,8}没(?:交|报|发|回|填|到|讲|说|传|录)",
        # a countdown: "还有10分钟", "还剩半小时"
        "还(?:有|剩)[^，。,.!！?？]{0,4}(?:分钟|小时)",
        "还没(?:交|报|发|回复|填)|尚未|未(?:报|交|回复)|催一下|催一催",
        # a time the thing is wanted by: "那个表 今天要", "名单明早必须要"
        "(?:今天|今晚|明天|明早|上午|下午|中午|晚上|现在)(?:就|必须|一定)?要(?:$|[\\s,，。!！]|交|报|发|给)",
        # traditional script too: normalising keeps it ("收到請回復")
        "[请請]回[复復]|收到[请請]回|回[复復]收到",
        r"\bdue (?:today|tomorrow|tonight|by|on|at|before|this|next)|\bdeadline\b|\bstill (?:need"
        r"|missing|waiting|outstanding|to come)|\boutstanding\b|\bchasing\b"
        r"|\bnot yet (?:in|received)|\bat the latest\b|\blatest by\b",
    ),
    "ask": _either(
        "@所有人|@all|请(?:各|大家|全体|所有|各位)",
        "大家(?:注意|记得|别忘|抓紧|把|明天|今天|今晚|下午|上午|早点|准时|都|尽快|马上|赶紧|帮忙)",
        "各(?:村|组|社区|网格|单位|乡镇|办所|楼栋)|务必|必须|要求|记得|别忘|莫忘|不要忘|不要漏",
        "注意(?!安全|身体|休息|保暖)|请于|请在|集合|报上来|交上来|发群里|发到群|报我|交我|发我|[发交报]给我|通知到",
        # someone is sent: "谁离得近", "你们两个在堤上等", "包主任联系下县医院"
        "谁(?:在附近|离得近|离得最近|有空|能去|去一下|去看|过去)|有没有人(?:在|能|去)",
        "(?:你|你们|您|你俩|你们俩|你们两个)(?:今天|明天|今晚|明早|上午|下午|晚上|等下|现在)?"
        "(?:先|去|马上|赶紧|把|跟|联系|在)|联系(?:下|一下)",
        # those concerned, told what to do: "去学校的走另一边", "守坝的盯紧点", "值班的手机别关"
        "的(?:人|同志)?都?(?:走(?![完了过])|绕|小心|当心|别|莫|盯|看好)|盯紧|看紧",
        "值班的(?:同志|人员)?(?:都|要|别|莫|手机|记得|到|在)",
        "小心|当心|绕(?:开|一下|着走|行|道)|麻烦(?![了事死]|你了|您了|[^,，。]{0,6}查收)|(?:别|不要|莫)迟到|搞快点"
        "|快点(?:来|过来|到)|附近的(?:来|去|过来)|来帮(?:下|忙|一下)|(?<!我)(?:挪|移|搬|清|清理|收拾|拉)一下",
        r"\banyone (?:near|nearby|close)\b"
        r"|\banyone (?:free|around|available) to (?:help|cover|carry|unload|move|lend|give)\b"
        r"|\b(?:can|could) (?:you (?:two|both|all|guys)|everyone|each of you|all of you)\b"
        # "tell residents…" asks; "I'll tell the Petrovs" is the speaker's own plan
        r"|(?<!'ll )(?<!will )(?<!\bi )\btell (?:residents|people|everyone|them|your)\b",
        # an order from above passed on: "县里要我们…", "the district wants us to…"
        r"要我们|叫我们|让我们|要求我们|\b(?:wants|asked|asking|needs|told) us to\b",
        r"\bplease\b|\bpls\b|\bplz\b|\bremember\b|\bdon't forget|\bdo not forget",
        r"\ball (?:ward|block)|\bmake sure\b|\breminder\b|\bheads up\b",
        # a greeting to all that goes on to say something: "morning all, walk-through at 9 ..."
        r"^(?:good )?(?:morning|afternoon|hi|hello|hey|dear) (?:all|everyone|team|folks)\b.{12,}",
        # a ban or a warning to others: "严禁野外用火", "莫到水库边上去", "别让人靠近"
        "严禁|禁止|不准|不得|(?:别|莫|不要)(?:让|往|到|去|靠近|上|进|碰|跑|站|停|关|忘|离开)|看好(?!了)",
        r"\bkeep (?:people|everyone|residents|them|kids|children) (?:off|away|out|back)",
        r"\b(?:wants|needs|asked for|asking for) (?:a |an |the )?"
        r"(?:list|count|number|figures|names)\b",
        "(?:的|人)都(?:回|来|到|过来|往|去)",
        r"\bby (?:\d|noon|tonight|tomorrow|eod|cob|monday|tuesday|wednesday|thursday|friday"
        r"|saturday|sunday)",
    ),
    # a meeting point said in passing ("三点一刻堤上见"); a reply's "明天九点见" agrees to one
    "meet": _either(
        r"(?:点|点半|点一刻|分)[^，。,.!！?？]{0,6}见(?:[\s,，。!！~]|$)",
        r"\bsee you (?:at|in|on)\b",
    ),
}
_KEEP_PATTERNS = tuple((name, re.compile(pattern)) for name, pattern in _KEEP.items())
_CALL_OUT = re.compile(r"@[^\s@]{1,20}\s*(?:@[^\s@]{1,20}\s*)*[^\s@]")
# A message that opens by calling two or more people out and then tells a state of
# things ("@老王 @小李 锅炉又不行了") hands it to them; a remark to one colleague
# ("@小吴 盒饭放你桌上了") does not.
_OPENING_CALL_OUT = re.compile(r"\s*@[^\s@]{1,20}\s*(?:@[^\s@]{1,20}\s*)+[^\s@]")
_ACK_OPENING = re.compile(rf"^(?:{_ACK_WORDS})")
_OWN_HASTE = re.compile(
    r"我们?(?:这边|也|就)?(?:马上|立即|立刻|现在|这就|赶紧|尽快)|\bi'll\b.{0,12}\bnow\b"
)
# A clause that ends "马上发", "马上回", "马上到" promises the speaker's own haste, whoever
# the subject ("青石的在盖章，马上发"); an order to others goes on ("马上到村部集合").
_PROMISED_HASTE = re.compile(
    r"马上就?(?:发|回|到|好|来|过来|回来|去|挪|送|送过来|安排|处理|弄|办|改)(?=$|[\s,，。.!！~])"
)
# A time is an ask only with a limit ("10点前", "by 5"); "下午跑完", "今天填好" are promises.
_LIMIT = re.compile(r"前|截止|\bby\b|\bbefore\b|\bdue\b|\buntil\b|\bno later")
_ALL_BUT_CALL_OUT = (
    "urgent", "hazard", "announce", "inspection", "change", "deadline", "ask", "meet"
)
# Which cues still keep a message that is plainly chatter of one sort. A reply
# repeats the notice it answers ("收到，马上去", "已到现场，明火已灭"), so only a
# fresh ask to the group keeps it; the speaker's own 马上 ("我马上过来") is no
# demand (it is blanked first); an @mention inside a question or a remark
# addresses one colleague.
_KEEPERS: dict[str, tuple[str, ...]] = {
    "no words": (),
    "reply": ("ask",),
    "self": _ALL_BUT_CALL_OUT,
    "question": _ALL_BUT_CALL_OUT,
    "status": _ALL_BUT_CALL_OUT,
    # its own time is the promise itself, not a deadline set for others
    "promise": ("urgent", "hazard", "announce", "inspection", "change", "ask", "meet"),
    "social": _ALL_BUT_CALL_OUT,
}


@dataclass(frozen=True, slots=True)
class KindVerdict:
    """The kind a message gets, and why (for ``explain`` and for the eval's error lists)."""

    kind: Kind
    reason: str
    # False when the text is a reply, promise or status the classifier took for a notice:
    # the time it names ("二组明晚开会 开完就给") is the speaker's, no deadline for others
    due_kept: bool = True


# Faces that laugh, sweat, shiver or cry: normalising removes emoji, so they are read raw.
_FACES = re.compile("[\U0001F602\U0001F923\U0001F605\U0001F606\U0001F976\U0001F62D]")
# Laughter: small talk that laughs ("食堂有红烧肉 去晚了没了 赶紧😂") jokes with its 赶紧;
# a hazard, a deadline or an ask still keeps it.
_LAUGHS = re.compile(r"[\U0001F602\U0001F923\U0001F606]|哈哈|笑死|\blol\b|\bhaha")
_NOTICE_SURE = 0.5
# Talk that two or more people called out at the start still has addressed to them
# ("@Tom @Lucy can you two cover the desk, I'm at the district"); a reply does not.
_ADDRESSED = ("status", "self", "question")
_JOKING_KEEPERS = tuple(name for name in _ALL_BUT_CALL_OUT if name != "urgent")


def chatter_evidence(normalized: str, raw: str = "") -> str | None:
    """Why the message is plainly chatter ("reply", "question", "self", "status",
    "social"), or None."""
    lowered = normalized.strip().lower()
    if not lowered or not any(ch.isalnum() for ch in lowered):
        return "no words"  # emoji, stickers and punctuation only
    if _REPLY.search(lowered) or (len(lowered) <= _SHORT_REPLY and _ACK_OPENING.match(lowered)):
        return "reply"
    for name, pattern in _TALK_PATTERNS:
        if pattern.search(lowered):
            return name
    return "social" if _FACES.search(raw) else None


def keep_evidence(
    normalized: str, raw: str = "", *, only: tuple[str, ...] | None = None
) -> str | None:
    """Why the message must be kept as a notice ("hazard: 冒烟", "call-out"), or None.

    ``only`` limits the cues looked for; None looks for all, @mentions in ``raw`` included.
    """
    lowered = normalized.lower()
    for name, pattern in _KEEP_PATTERNS:
        if only is not None and name not in only:
            continue
        found = pattern.search(lowered)
        if found:
            return f"{name}: {found.group()}"
    if only is None and _CALL_OUT.search(raw):
        return "call-out"
    return None


def _names_own_time(normalized: str, raw: str) -> bool:
    """A reply or promise that asks nothing: the time it names is the speaker's own."""
    lowered = normalized.strip().lower()
    if _REPLY.search(lowered) or (len(lowered) <= _SHORT_REPLY and _ACK_OPENING.match(lowered)):
        keepers = _KEEPERS["reply"]
    elif _PROMISE.search(lowered):
        keepers = _KEEPERS["promise"]
    else:
        return False
    return keep_evidence(_PROMISED_HASTE.sub(" ", lowered), raw, only=keepers) is None


def settle_kind(
    scores: Mapping[str, float], normalized: str, raw: str, *, has_due: bool, sure: float
) -> KindVerdict:
    """The classifier's kind, unless it says chatter without the evidence chatter needs.

    ``sure`` is the chatter score the classifier needs when the text shows
    neither chatter nor a reason to keep it.
    """
    best = max(scores, key=scores.__getitem__)
    if best != Kind.CHATTER.value:
        own_time = has_due and _names_own_time(normalized, raw)
        # a notice asks nothing, so nothing is due (the format's convention); only when the
        # classifier is sure, since a task it half takes for a notice still needs its time
        informs = best == Kind.NOTICE.value and scores[best] >= _NOTICE_SURE
        return KindVerdict(Kind(best), "classifier", due_kept=not (own_time or informs))
    evidence = chatter_evidence(normalized, raw)
    text = _PROMISED_HASTE.sub(" ", normalized.lower())
    text = _OWN_HASTE.sub(" ", text) if evidence == "self" else text
    keepers = _KEEPERS[evidence] if evidence else None
    if evidence == "social" and _LAUGHS.search(raw.lower()):
        keepers = _JOKING_KEEPERS
    keep = keep_evidence(text, raw, only=keepers)
    if keep is None and has_due and evidence is None and _LIMIT.search(text):
        keep = "due"
    if keep is None and evidence in _ADDRESSED and _OPENING_CALL_OUT.match(raw):
        keep = "call-out"
    if keep is None and (evidence is not None or scores[best] >= sure):
        return KindVerdict(Kind.CHATTER, evidence or "classifier sure")
    others = {k: v for k, v in scores.items() if k != Kind.CHATTER.value}
    kept = max(others, key=others.__getitem__) if others else Kind.NOTICE.value
    return KindVerdict(Kind(kept), f"kept ({keep or 'classifier unsure'})")
