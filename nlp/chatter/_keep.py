"""What keeps a message however informal: asks, hazards, changes, deadlines, call-outs.

Read from :func:`nlp.normalize.normalize_text` output, lower-cased; @mentions
are read from the raw text, since normalising removes them.
"""

from __future__ import annotations

import re

from nlp.chatter._chase_cues import DEADLINE, ROLL, UNITS
from nlp.chatter._roll import names_alone
from nlp.chatter._talk import blank_own_by
from nlp.leading import either, led
from nlp.normalize import normalize_text

__all__ = ["ALL_BUT_CALL_OUT", "calls_roll", "keep_evidence"]

# What makes a message worth keeping, however informal.
_KEEP = {
    "urgent": either(
        "紧急|特急|加急|火速|立即|立刻|即刻|马上(?!就?要?到?(?:年底|过年|月底|周末|放假|下班|元旦|春节|天黑|吃饭))"
        "|赶紧|赶快|速到|速去",
        "快去|快来|抓紧|尽快|第一时间|刻不容缓",
        r"\burgent|\basap\b|\bimmediately|\bright away|\bright now|\bstraight away",
        r"\bnow\b.{0,20}\b(?:please|pls|need)|\bneed (?:someone|somebody|people|hands)",
        # a message flagged urgent by its first word: "急！！三班有个孩子没接到"
        r"^\s*急[!！]",
    ),
    "hazard": either(
        "火情|(?<!打)着火|失火|起火|冒烟|浓烟|火灾|山火|烧起来|明火|洪水|内涝|积水|渗水|漏水|爆管|水管.{0,3}(?:破|裂|爆)",
        "塌方|滑坡|坍塌|倒塌|塌了|垮了|险情|溺水|走失|失联|联系不上|找不到|不见了|燃气|煤气|天然气|泄漏|漏气",
        "触电|被困|困住|困在|困人|关人|疫情|暴雨|台风|寒潮|冰冻|结冰|暴雪|大风|雷电|预警|警报",
        "封路|断路|停电|停水|断电|断水|危房|隐患|落石|倒伏|咬伤|中毒|水浸|浸水|进水|出不来|推不开",
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
        # someone taken ill, a spill, a raft or boat adrift, a search asked for: "阿婆晕倒了",
        # "Code Blue Ward 7B", "天那水倒了 流了一地", "整排在漂", "有摩托的帮着找找"
        "晕倒|昏倒|晕过去|昏迷|不省人事|抽搐|叫(?:个)?医生|叫救护车|打120|帮(?:忙|着)找(?:找|人)"
        "|(?:流|洒|倒|漏)了一地|在漂|漂走|漂出去",
        r"\bcode (?:blue|red)\b|\bcardiac|\bcollapsed|\bunresponsive|\bnot breathing"
        r"|\bchest pain|\badrift|\bspill",
        # a building's services gone: "Heating down across the block", "both lifts out"
        r"\b(?:heating|hot water|boiler|lifts?|elevators?)(?: is| are| has| have)?(?: gone| been)?"
        r" (?:down|out|off)\b(?! (?:for|till|until) (?:the )?(?:holidays?|weekend|summer))",
    ),
    "announce": either(
        "已(?:发布|印发|出台|上线|开通|公布|下发)|正式(?:启用|实施|施行)|公示|特此通知",
        r"\bhas been (?:published|issued|released)|\bha(?:s|ve) (?:published|issued|released)\b",
        # a document passed on, a service's hours or a date still to come
        "关于.{2,40}的(?:通知|通告|公告|意见|办法|方案|规定)|见附件|详见|另行通知|待定|照常",
        # a change from a day on, a date still open, an event anyone may come to
        r"(?:今天|明天|后天|下周.|下礼拜.|下个?月|\d+[月日号])起(?![吗呢?？]|$)|还没定|没定下来|未定"
        "|都可以来|可以来看|都能来|欢迎(?:居民|村民|群众|家长)",
        # a service running as usual, the other side of 照常: "学校明天正常上课"
        "正常(?:上课|上班|营业|开放|通行|开诊|开工|办公)",
        # a roster: "本周值班：周二许主任…", "Desk rota over the holidays: …"
        r"(?:值班|排班)(?:表|安排)?\s*[:：]|轮值表|\brota\b|\bduty\s*:|\bon[- ]call\b",
        "有事(?:请|先|就)?(?:打|找|联系)|办事的|(?:上午|下午|每天)[^，。?？]{0,4}(?:看病|出诊|办公|开门)",
        r"\btbc\b|\bto be confirmed|\bfor (?:your )?info",
        # a file put up for the group: "本周值班表已发群文件", "见群文件"
        "(?:已|都)(?:发|上传|传)(?:到|在)?群文件|见群文件",
    ),
    "inspection": either(
        "督查|暗访|检查组|考核组|巡视组|验收|下来检查|来检查|要检查|抽查|督导|巡查组",
        r"\binspection|\binspector|\baudit",
    ),
    "change": either(
        "改到|改为|改在|改成|调整到|调整为|推迟|延期|延后|提前到|提前至|取消|暂停|停开|关闭|封闭|不开放|停运",
        # a meeting or class moved in other words: "教研会挪到阶梯教室了"
        "(?:会|课|培训|活动|考试)[^，。,.!！?？\\s]{0,4}(?:挪到|换到|搬到|移到)",
        "更正|变更|不开伙|不营业|停业|闭馆|停课|停诊|休市|不上班|不办公|不开门|不休息|改走|改道|改线"
        r"|不开会|会不开了|\bno (?:meeting|briefing|training|session|huddle|class(?:es)?|school)\b",
        r"\b(?:bus|train|coach|shuttle|ferry|flight)\b.{0,25}\b(?:late|delayed|cancel)",
        r"\bcancel|\bpostpon|\bmoved to\b|\breschedul|\bnow (?:in|at|on)\b|\bclosed\b",
        # a duty called off: "明天不用到岗", "下午不用集合"
        "不用(?:到岗|集合|参会|参加|去开会|值班)",
        r"\bcorrection\b|\bchange of\b",
        # a place put right in passing: "Tomorrow 10am, north gate, not Mill Lane!"
        r",\s*not (?:at |in |on |the )?[a-z][\w' ]{2,25}!",
        # the all-clear of a call-out: "Signal lifted", "Stood down", "人找到了 不用找了"
        r"\bstood down\b|(?<!be )\ball[- ]clear\b|\bfound safe\b"
        r"|\b(?:signal|warning|alert)s? (?:is |are |has been |have been )?lifted\b"
        "|人找到了|不用找了|(?:预警|警报|响应)(?:已经?)?解除",
    ),
    "deadline": DEADLINE,
    "ask": either(
        "@所有人|@all|请(?:各|大家|全体|所有|各位)",
        "大家(?:注意|记得|别忘|抓紧|把|明天|今天|今晚|下午|上午|早点|准时|都|尽快|马上|赶紧|帮忙|提前|按时"
        "|一起|带上?)",
        "各(?:村|组|社区|网格|单位|乡镇|办所|楼栋|班|年级|科室|学校)|务必|必须|要求|记得|别忘|莫忘|不要忘|不要漏",
        "注意(?!安全|身体|休息|保暖)|请于|请在|集合|报上来|交上来|发群里|发到群|报我|交我|发我|[发交报]给我|俾我"
        # told to pass it on, not told it was: "通知到每一户"; not "都通知到了", "已通知到人"
        "|(?<![都已])(?<!全部)通知到(?![了位])",
        # everyone concerned must: "烧煤的屋里都得装报警器", "没装的先登记"
        "的[^，。,.!！?？]{0,8}都(?:得|要)(?:装|交|报|去|来|签|拍|登记)|没[装交报签拍]的先",
        # those who want it, told how to ask: "想换的登记一下", "要的跟我说", "愿意去的报个名"
        "(?:想|要|愿意|需要)[^，。,.!！?？\\s]{0,6}的[^，。,.!！?？]{0,4}(?:登记|报名|报个名|跟我说|找我|说一声|接龙)",
        r"\bneeds? (?:signing|doing|filling in|sending|checking|completing)\b",
        "要人来|来帮手|(?<!能不能)(?<!可不可以)来(?:几|两|三|四|五|[0-9])个人",
        # the colleagues at large asked for a hand: "各位老师帮忙看下厕所"; not thanked for one
        "(?<!谢)(?<!感谢)各位[^，。,.!！?？\\s]{0,4}(?:帮忙|帮手|帮下|帮我|留意|睇下|看下|看一下)",
        # someone is sent: "谁离得近", "你们两个在堤上等", "包主任联系下县医院"
        "谁(?:在附近|离得近|离得最近|有空|能去|去一下|去看|过去)|有没有人(?:在|能|去)",
        "(?:你|你们|您|你俩|你们俩|你们两个)(?:今天|明天|今晚|明早|上午|下午|晚上|等下|现在)?"
        "(?:先|去|马上|赶紧|把|跟|联系|在)|联系(?:下|一下)",
        # ... sent now, or daily for a while: "你现在给村部送两床被子", "这几天你每天去看一眼"
        "(?:你|你们|您)(?:现在|等下)就?(?:给|送|拿)"
        "|这几天(?:你|你们|您)(?:每天|天天)?(?:去|来|给|送)",
        # those concerned, told what to do: "去学校的走另一边", "守坝的盯紧点", "值班的手机别关"
        "的(?:人|同志)?都?(?:走(?![完了过])|绕|小心|当心|别|莫|盯|看好)|盯紧|看紧",
        "值班的(?:同志|人员)?(?:都|要|别|莫|手机|记得|到|在)",
        "小心|当心|绕(?:开|一下|着走|行|道)|麻烦(?![了事死]|你了|您了|[^,，。]{0,6}查收)|(?:别|不要|莫)迟到|搞快点"
        "|快点(?:来|过来|到)|附近的(?:来|去|过来)|来帮(?:下|忙|一下)|(?<!我)(?:挪|移|搬|清|清理|收拾|拉)一下",
        # others hurried up or down: "8点半三楼，抓紧上来", "你喊三组的人 快点上去";
        # not the speaker: "我赶紧下去"
        "(?<![我俺])(?:抓紧|赶紧|赶快|快点)(?:上来|下来|上去|下去|回来)",
        r"\banyone (?:near|nearby|close)\b"
        # hands wanted now: "Anyone on Ward 3 who can float to A&E now?"
        r"|\b(?:anyone|anybody|someone)\b[^.?!]{0,30}\b(?:who can|able to|free to)\b"
        r"[^.?!]{0,30}\bnow\?"
        # one of a role asked for, by where they are: "can any councillor near the bridge…"
        r"|\b(?:can|could) any(?:one|body| [a-z]+) (?:near|nearby|close to|closest to)\b"
        r"|\banyone (?:free|around|available) to (?:help|cover|carry|unload|move|lend|give)\b"
        r"|\b(?:can|could) (?:you (?:two|both|all|guys)|everyone|each of you|all of you)\b"
        # "tell residents…" asks; "I'll tell the Petrovs" is the speaker's own plan
        r"|(?<!'ll )(?<!will )(?<!\bi )\btell (?:residents|people|everyone|them|your)\b",
        # an order from above passed on: "县里要我们…", "the district wants us to…"
        r"要我们|叫我们|让我们|要求我们|\b(?:wants|asked|asking|needs|told) us to\b",
        r"\ball (?:ward|block)|\bmake sure\b|\breminder\b|\bheads up\b",
        # a limit set by the one addressed: "get the report in before you leave"
        r"\bbefore you (?:leave|go|finish|head off|clock off|knock off)\b",
        # a greeting to all that goes on to say something: "morning all, walk-through at 9 ..."
        r"^(?:good )?(?:morning|afternoon|hi|hello|hey|dear) (?:all|everyone|team|folks)\b.{12,}",
        # a ban or a warning to others: "严禁野外用火", "莫到水库边上去", "别让人靠近"
        "严禁|禁止|不准|不得|(?:别|莫|不要)(?:让|往|到|去|靠近|上|进|碰|跑|站|停|关|忘|离开|丢|扔|乱)"
        "|看好(?!了)|(?:别|不要|莫)(?:走错|跑错|去错)",
        r"\bkeep (?:people|everyone|everybody|residents|tenants|visitors|patients|pupils|students"
        r"|customers|the public|staff|them|kids|children|traffic|cars) (?:off|away|out|back|clear)",
        r"\b(?:wants|needs|asked for|asking for) (?:a |an |the )?"
        r"(?:list|count|number|figures|names)\b",
        "(?:的|人)都(?:回|来|到|过来|往|去)",
        # an order in radio shorthand: all of a crew sent somewhere ("everyone to Pit 3",
        # "all hands to the loading bay"), one appliance sent out ("Tanker 2 respond")
        r"(?:^|[,.;:!-]\s*)(?:everyone|everybody|all hands|all crews|all units|all staff)"
        r" (?:to|out to|back to|over to)\b"
        r"|\b(?:engine|tanker|truck|ladder|medic|rescue|squad|brush|unit|crew)\s?\d+\s+"
        r"(?:respond|stage|proceed|move up|stand by|standby)\b",
        # what to bring: "带好笔记本", "带身份证", "工作证带上"
        "(?<!我)带(?:好|上)?(?:笔记本|纸笔|身份证|户口本|工作证|公章|台账|医保卡|社保卡)"
        "|(?:笔记本|身份证|户口本|工作证|公章|台账)带(?:上|好|齐)",
        r"\bbring (?:your|an?|the) (?:id|passport|laptop|notes|notebook|forms?|papers|documents)\b",
        # how to come: "bring your crew", "no need to book, just turn up"
        r"\bbring your (?:crew|team|staff|people|lot)\b"
        r"|\bjust (?:turn up|show up|come along|rock up)\b",
        r"\bby (?:\d|half|quarter|noon|tonight|tomorrow|eod|cob|monday|tuesday|wednesday"
        r"|thursday|friday|saturday|sunday)",
    ),
    # asked apart from the ask, so that talk may say it to one colleague (see _verdict);
    # "Remember 2015?", "remember the one in March?" recall, not remind
    "plea": r"\bplease\b|\bpls\b|\bplz\b|\bremember\b(?!\s+[\w' ]{1,24}\?)|\bdon't forget"
    r"|\bdo not forget",
    # a meeting point said in passing ("三点一刻堤上见"); a reply's "明天九点见" agrees to one
    "meet": either(
        r"(?:点|点半|点一刻|分)[^，。,.!！?？]{0,6}见(?:[\s,，。!！~]|$)",
        # a meeting at a time: "今晚七点半两委会", "三点例会 老地方"
        r"(?:点|点半|点一刻|\d分)[^，。,.!！?？\s]{0,4}(?:开会|例会|碰头会|两委会|组长会|党员会|院务会|大会)",
        r"\bsee you (?:at|in|on)\b",
        # "huddle at 3:30 today", "briefing 9am in Room 4"
        r"(?:^|\b(?:a|our|short|quick|staff|team|all-staff|emergency)\s)"
        r"(?:meeting|huddle|briefing|training|assembly|drill|session)\b[^.?!]{0,20}"
        r"\b(?:at )?\d{1,2}(?::\d\d|\s?[ap]m)",
    ),
    "roll": ROLL,
    "units": UNITS,
}
_KEEP_PATTERNS = tuple((name, led(pattern)) for name, pattern in _KEEP.items())
_ROLL = dict(_KEEP_PATTERNS)["roll"]
_HAZARD = dict(_KEEP_PATTERNS)["hazard"]
_CALL_OUT = re.compile(r"@[^\s@]{1,20}\s*(?:@[^\s@]{1,20}\s*)*[^\s@]")
# A one-liner flagged with a warning, siren, bell or megaphone ("⚠️明天上午新街主路挖管子",
# "🚨菜场门口那个下坡冻住了"): a cadre marks a notice so; colleagues' talk does not.
# Normalising removes emoji, so they are read raw.
_FLAG = re.compile("[\u26a0\u2757\u203c\U0001F6A7\U0001F6A8\U0001F4E2\U0001F4E3\U0001F514]")
ALL_BUT_CALL_OUT = (
    "urgent", "hazard", "announce", "inspection", "change", "deadline", "ask", "plea", "meet",
    "flag", "roll",
)


# A hazard remembered or imagined is talk about one: "上回演练三楼老太太以为真着火了",
# "98年那次洪水 镇政府门口都在划船", "Last year the road flooded to the knee", "跑得比着火
# 还快". Read in the hazard's own clause, before it in Chinese, anywhere in English ("the
# one that flooded last winter"); "Road flooded, last time it took two days" is a hazard
# now, and a warning drawn from a past one ("去年山火烧到后山 今年严禁野外用火") keeps by
# its ask.
_PAST_CN = re.compile(
    "上回|上次|去年|前年|旧年|舊年|那年|那回|那次|当年|以前|年轻时|小时候|记得|[0-9]{2,4}年(?:那|嗰)|以为真?"
)
_PAST_EN = re.compile(
    r"\blast (?:year|time|winter|summer|christmas|month)\b|\bremember\b|\byears ago\b"
    r"|\bback in\b|\bin (?:19|20)\d\d\b"
)
# A hazard told as over, nobody hurt, is news of one past ("火扑灭了，人没事", "Gas co here,
# they've squeezed it off. Nobody hurt"): an ask still keeps it ("火灭了 大家今晚轮流守着").
_ALL_WELL = re.compile(
    r"人没事|没事了|无险情|没有?人受伤|(?:火|明火)(?:都|也)?(?:灭了|熄了|扑灭了)"
    r"|\bnobody (?:hurt|injured)\b|\bno (?:one )?injur(?:y|ies|ed)\b"
    r"|\beveryone(?:'s| is) (?:ok|safe|fine)\b"
)
_SIMILE = re.compile(r"比[^，,。\s]{0,3}$")
# An outage grumbled at as one more ("哎呀又停水", "又停电🙄 上个月才停过"): the residents'
# reply to the notice of it, which a cadre types with the times and what to do.
_OUTAGE = re.compile("(?:停|断)(?:水|电|气)")
_AGAIN = re.compile("又$")
_CN_CLAUSE = re.compile(r"[^。!?;\n,，\s]+")
_EN_CLAUSE = re.compile(r"[^。!?;\n,]+")


def _told_of_past(text: str, start: int, end: int) -> bool:
    """Whether the hazard word at ``text[start:end]`` is remembered or imagined."""
    english = text[start:end].isascii()
    for part in (_EN_CLAUSE if english else _CN_CLAUSE).finditer(text):
        if part.start() <= start < part.end():
            if english:
                return _PAST_EN.search(part.group()) is not None
            before = text[part.start() : start]
            if _AGAIN.search(before) and _OUTAGE.match(text, start):
                return True
            return _PAST_CN.search(before) is not None or _SIMILE.search(before) is not None
    return False


def _hazard(lowered: str) -> re.Match[str] | None:
    """The first hazard word told of as present (see _told_of_past)."""
    if _ALL_WELL.search(lowered):
        return None
    for found in _HAZARD.finditer(lowered):
        if not _told_of_past(lowered, found.start(), found.end()):
            return found
    return None


def calls_roll(text: str) -> bool:
    """Whether a message (as received) is a roll call of who is behind and nothing
    else ("三组？", "208？", "红崖 下坝"): a chase of what its group is waiting for."""
    lowered = normalize_text(text).lower()
    return _ROLL.search(lowered) is not None or names_alone(lowered)


def keep_evidence(
    normalized: str, raw: str = "", *, only: tuple[str, ...] | None = None
) -> str | None:
    """Why the message must be kept as a notice ("hazard: 冒烟", "call-out"), or None.

    ``only`` limits the cues looked for; None looks for all, @mentions in ``raw`` included.
    """
    lowered = blank_own_by(normalized.lower())
    for name, pattern in _KEEP_PATTERNS:
        if only is not None and name not in only:
            continue
        found = _hazard(lowered) if name == "hazard" else pattern.search(lowered)
        if found:
            return f"{name}: {found.group()}"
    if (only is None or "roll" in only) and names_alone(lowered):
        return f"roll: {lowered.strip()}"
    if (only is None or "flag" in only) and (flag := _FLAG.search(raw)):
        return f"flag: {flag.group()}"
    if only is None and _CALL_OUT.search(raw):
        return "call-out"
    return None
