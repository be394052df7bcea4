"""Does a notice demand immediate attention? The Urgent rule of the corpus format.

A notice is urgent when it says so (紧急, 特急, 立即, 马上, 火速, ASAP), when it
relays an emergency (a red or orange weather warning, a fire, an epidemic,
an earthquake, a dangerous situation), or when its due moment is within
about two hours of being sent. The same words also name things that are not
urgent at all: the 应急管理局 / Emergency Management Bureau, a 紧急救护培训
next week, a conditional "发现隐患立即整改" in standing rules, "不紧急", or a
colleague's "收到，马上到". Those uses are blanked out before the urgent
words are looked for.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from nlp import urgent_decoys as decoys
from nlp.due import is_acknowledgement, prepare
from nlp.leading import led
from nlp.urgent_clock import clock_near
from nlp.urgent_orders import order_now
from nlp.urgent_scene import GIVEN_WAY, GIVEN_WAY_NOW, RESPONDING, SHUT_IN
from nlp.urgent_shapes import (
    COUNTDOWN,
    EMERGENCY_CALL,
    KEEP_CLEAR,
    NO_SPARK,
    OUTAGE,
    SELF_EVIDENT,
    WARNING,
    WATER_LOOSE,
)

__all__ = ["URGENT_WINDOW", "URGENT_WINDOW_SLACK", "hazard_now", "is_urgent", "urgent_cue"]

# A due moment this close after sending makes a notice urgent; one that passed
# more than the slack ago is a late reminder, not an emergency.
URGENT_WINDOW = timedelta(hours=2)
URGENT_WINDOW_SLACK = timedelta(minutes=15)

_NOT_URGENT = led(
    "|".join(
        (
            # negated: "不紧急", "无需马上", "not urgent"
            r"(?:不|无需|无须|不用|不必|不需要?|并不|非)(?:是|太|很|那么|特别)*(?:紧急|着急|急|马上|立即|立刻|加急)",
            r"\b(?:not|non|no longer)[\s-]+urgent\b|\bno (?:rush|hurry)\b|\bnot immediately\b",
            r"\bfor now\b|\bno action (?:is )?needed\b",
            # "soon", not "at once": "马上就放假了", "马上就到年底了"
            r"马上就?要?到?(?:放假|下班|过年|年底|月底|周末|元旦|春节|天黑|吃饭|开饭)",
            # the speaker's own haste, or someone's reported: "情况说明马上发您", "说马上"
            r"马上就?(?:发|报|交|送|给)(?:您|你)|(?:说|讲)马上",
            # the speaker's own coming or doing, a clause of its own: "在停车，马上上来",
            # "马上马上，在盖章了", "马上，还差一个", "红崖在拍 马上" (a bare "马上" after
            # an order, "带手电 马上", is the order's)
            r"(?:^|(?<=[\s,，。!！]))马上(?:马上)*就?(?:上来|上去|过来|过去|到|回去|回来|送来|好|报|填|查"
            r"|登|发|开|上)(?=[\s,，。!！~.]|$)|^马上(?:马上)*(?=[\s,，。!！~.]|$)"
            # the speaker's own work, promised at the end: "照片都在手机里，马上整", "打了包马上传"
            r"|马上(?:整理|整|传|弄)[^,，。!！\s]{0,4}$"
            r"|(?<=在)[^,，。\s]{1,6}[\s,，]+马上$",
            # names and topics: bureaus, training, drills, plans, contacts
            r"应急管理|应急局|应急办|应急预案|紧急预案|(?:紧急|应急)(?:救护|避险|疏散|救援|处置)",
            r"紧急(?:联系人|联系电话|电话|通道|出口|情况下|避难所|求助|呼叫|医疗救护常识)",
            r"\bemergency (?:management|response plan|plan|drill|training|shelter|kit|contacts?|"
            r"numbers?|exits?|services|medical technician|showers?|eyewash|lights?|lighting|"
            r"equipment|supplies|stop|generators?|preparedness|exercise|evacuation drill|repairs?"
            r"|bags?|leave|dep(?:artmen)?t|window|hazards?|heating|evacuation exercise"
            r"|response (?:refresher|training|course))"
            r"|\bin (?:an|case of|the event of an?) emergency\b|\bfirst aid\b",
            # services named urgent, and saying it is none: "Urgent Care Centre",
            # "not a real emergency"
            r"\burgent (?:care|treatment)(?: centre| center| clinic)?|\burgent on-the-day\b"
            r"|\b(?:not|isn't|is not|unless it's)(?: a| an)?(?: real)? emergency\b"
            r"|紧急(?:应变|医学救援|避难|期)",
            # titles of documents: 《冬春季火灾防控十条提示》
            r"《[^》]{0,40}》",
            # conditional standing rules: "发现隐患立即整改", "如遇险情立即报告"
            r"(?:发现|一旦|如有|如遇|遇到|遇有|若有?|如发现|出现|发生)[^,，。;；!?\n]{0,14}"
            r"(?:立即|立刻|马上|第一时间|及时|迅速|火速|紧急)",
            r"\b(?:if|when|should)\b[^.;!?\n]{0,60}\b(?:immediately|at once|right away)\b",
            # told of the past: "上周的黑雨影响了出行", "last week's flooding"
            r"(?:上周|上次|上个月|去年|前年|昨天|昨晚|昨日|前天|\byesterday(?:'s)?"
            r"|\blast (?:week|month|year|time|night)(?:'s)?)"
            r"[^,，。;；!?\n]{0,8}?(?:预警|黑雨|暴雨|台风|风球|火|烟|洪|涝|险情|flood(?:ing)?|fire"
            r"|storm|signal|warning|t8)",
            # told to be none: "不是着火", "没有起火", "测过没有泄漏", "无险情"
            r"(?:不是|没有?|无|并非)(?:起火|着火|火情|火灾|泄漏|漏气|险情|冒烟)",
            # a warning lifted or lowered: "解除台风红色预警", "红色预警降为黄色",
            # "orange warning lifted"
            r"(?:解除|终止)[^,，。;；!?\n]{0,8}(?:预警|响应)|(?:预警|响应)[^,，。;；!?\n]{0,12}"
            r"(?:降为|降成|降到|降至|降[黄蓝橙]|解除|终止)"
            r"|\b(?:warning|alert|signal)s? (?:(?:was|has been|now) )?"
            r"(?:lifted|cancelled|downgraded|expired|ended)\b",
            # a warning for a later day is notice ahead, not a call-out: "amber wind warning
            # tmrw", "amber for wind all day sat", "warning for tomorrow from 6am"
            r"(?:\bwarning|\balert|\bamber)\b(?:(?!today|tonight)[^.!?\n,]){0,25}\b(?:tomorrow|tmrw"
            r"|tmr|next week|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|wed|thu|fri|sat"
            r"|sun)\b)",
        )
    )
)
_URGENT_WORDS = led(
    r"紧急|特急|加急|十万火急|火速|速报|速到|速回|速来|立即|立刻|立马|马上|即刻|刻不容缓|第一时间"
    r"|急件|特急件|特别急|急急急"
    r"|(?:^|(?<=[\s:【\[]))急[!,。]|快来人|救命"
    r"|\b(?:urgent|urgently|asap|immediately|right away|at once|emergency)\b"
    r"|\bneed(?:s|ed)?\b[^.!?\n]{0,50}\bnow\b|\bright now\b"
    # a call to come at once: "Sam pls come now", "get over here now"
    r"|\b(?:come|come down|come over|get (?:over )?(?:here|there|down))\s+(?:now|asap)\b"
    # an order to be done now: "get a crew there now", "go now with the saw", "rebook them
    # now please", "everyone out to the assembly point now" (not "submitted just now")
    r"|(?<!just )\bnow,? (?:please|pls|plz)\b|\bnow before\b|\b(?:there|here|over) now\b"
    r"|(?<!you )(?<!we )(?<!i )(?<!they )\b(?:go|do) now\b"
    r"|\b(?:get|send)\b[^.!?\n]{0,25}\bout now\b"
    r"|\b(?:assembly point|evacuat\w*|lockdown)\b[^.!?\n]{0,40}\bnow\b"
    # a call to come or to send someone: "钟医生快来", "附近的快过来", "赶紧派人来", "快叫人"
    r"|快过?来(?![了的])|(?<!尽)(?:赶紧|赶快|快)(?:派|叫|喊)[^,，。!\s]{0,4}(?:人|车|医生)"
)
# Typed in capitals, "now" is shouted: "LOCKDOWN NOW", "First aider to the fuel island NOW"
_SHOUTED_NOW = re.compile(r"\b(?:NOW|SEKARANG)\b")
# A drill told of, announced or run: its urgent words are the script ("【演练】…立即撤离",
# "emergency evacuation drill next Tues"); the time it starts still counts. "不是演练",
# "real not a drill" say the opposite.
_FLAGGED = re.compile(r"\W*(?:\[|【)(?:urgent|紧急|特急)(?:\]|】)")
_DRILL = led(r"(?<!不是)(?<!并非)演练|(?<!不是)演习|(?<!not a )\bdrill\b|(?<!not an )\bexercise\b")
_HAZARD = led(
    r"火情|火灾|山火|起火|(?<!打)(?<!打不)(?<!打得)着火|失火|疫情|地震|险情|溃坝|决堤|管涌|塌方|泥石流|山洪|洪峰|倒塌|爆炸|泄漏"
    # as a village cadre types it in a hurry: "后山冒烟了", "电梯困人了", "刘大爷走失了"
    r"|冒[黑白浓]?烟|有[黑白浓]?烟(?![花草酒头])|浓烟|烧起来|烧着了|漫堤|渗水|爆管|塌了|坍塌|被困|困人|走失|失联|溺水|漏气|煤气味|燃气味|触电"
    r"|落石|掉石头|滚石|内涝|水浸|落水|车祸|翻车|有明火"
    # someone hurt or gone: "老爷子下床摔倒了", "出门未归 手机关机", "人不见了"
    r"|摔倒|跌倒|晕倒|昏倒|没有?呼吸|抽搐|未归|人不见了|找不到人|昏迷|不省人事|叫救护车"
    # a spill, a raft or a boat adrift: "天那水倒了，流了一地", "整排在漂"
    r"|(?:流|洒|漏)了一地|在漂|漂走|漂出去"
    # ground giving way, a pole or a wire down, a pipe burst, fumes, a vehicle over
    r"|滑坡(?!点|隐患)|塌陷|电线杆子?.{0,4}(?:倒|歪|断)|电线.{0,4}(?:断了|掉|拖|耷拉)|(?<!防)(?<!防煤气)(?<!防煤烟)(?<!防一氧化碳)(?:煤烟|中毒)"
    r"|(?:管|管子|水管|主管)[^,，。\s]{0,3}(?:爆了|裂了|冻裂|破了)|侧翻"
    r"|\b(?:wildfire|fire broke out|earthquake|outbreak|flood(?:ing)?|landslide|explosion)\b"
    r"|\b(?:smoke|trapped|gas (?:leak|smell)|smell of gas|burst|collapsed)"
    r"|\btrees? down\b|\bfire alarm (?:going|went|is going) off\b|\bbushfire\b"
    r"|\b(?:power )?lines? down\b|\b(?:lift|elevator) stuck\b"
    r"|\bstuck in (?:the |a )?(?:lift|elevator)\b"
    r"|\binjured\b|\b(?:water )?still rising\b|\bfire (?:at|in|on)\b|\bunresponsive\b"
    r"|\bnot breathing\b|\bhad a fall\b|\bfound on the floor\b"
    r"|\b(?:she|he)(?:'s| is) on the floor\b"
    r"|\bcardiac arrest\b|\badrift\b"
    # a resuscitation, an outage typed as it starts: "no pulse, CPR started", "Heating down
    # across Beckett House", "SIS and board email are down for every school"
    rf"|\b{SELF_EVIDENT}\b|\b{OUTAGE}|{WATER_LOOSE}"
    # a snake where people are, a car alight, a lift stopped with someone in it
    r"|\b(?:brown |tiger |black )?snake (?:in|behind|near|under|on)\b|\bdugite\b"
    r"|\bon fire\b(?! (?:prevention|safety|risk))"
    r"|\bstuck between (?:floors|\d+ and \d+)\b|\bstalled with\b|\bmisper\b"
    # ice where people walk or drive, the power gone, oil spilt, a sign working loose:
    # "坡上结冰了 车溜了", "二楼全黑了", "广告牌被风吹得脱开了" (ice forecast or warned of,
    # "路面结冰", is no happening)
    r"|(?<![要会])结冰了|结了冰|暗冰|(?<![不要会])(?:停电|断电|没电)了|全黑了|漏了?油"
    # water in, someone bleeding, an ambulance rung: "地下车库进水了", "一个婆婆摔了
    # 头磕到扶手出血了 我打了120"
    r"|(?<![不没])(?:进水|被淹)了|出血了|打了?120"
    r"|被风吹(?:得)?[^,，。\s]{0,4}(?:倒|掉|脱|翻|断|飞)|坠落危险"
    r"|\bicy\b"
    r"|\bmissing (?:since|child|pt|patient|person|\d+ ?yo|resident|pupil|student|kid|boy|girl"
    r"|man|woman|client|service user)\b"
    r"|\b(?:gone|went|is|are|been) missing\b"
    rf"|{GIVEN_WAY}|{SHUT_IN}"
)
# A hazard is urgent when it is happening ("发生火情", "突发险情", "wildfire is spreading"),
# not when it is a topic ("地震应急演练", "疫情防控常态化", "防震减灾领域").
_HAPPENING = led(
    r"发生|突发|出现|发现|爆发|暴发|正在|目前|当前|刚刚|刚才|今天|今晚|今日|凌晨|现场|赶赴|扑救|扑灭"
    r"|转移|撤离|撤出|撤到|往[^,，。\s]{0,8}撤|疏散|封控|抢险|救援|了|快|赶紧|谁|附近|那边|这边|现在|在冒|还在"
    r"|\b(?:broke out|spreading|has hit|now|right now|currently|just|there|near|anyone)\b"
    r"|\bbeing (?:moved|evacuated)\b|\balready\b|\bcan (?:someone|anyone)\b"
    r"|\b(?:coming (?:out|through|from|in|down)|pouring|can (?:smell|see|hear)|must have)\b"
    r"|\blooks like (?:a |an )?(?=burst|fire|leak|gas)"
    # a call-out's own words for "now": "CPR started", "code team activated, I'm going up",
    # "need more hands", "protocol started"
    r"|\b(?:started|activated|in progress|on (?:my|our|his|her|their) way|going up)\b"
    r"|\bneed (?:more )?(?:hands|help|people|bodies)\b"
)
_HAZARD_TOPIC = led(
    r"(?<!不是)演练|(?<!不是)演习|培训|讲座|知识|宣传|科普|常态化|防控工作会|预案|模拟|防灾减灾日|总结|回顾|历史|以来"
    r"|期间|影响|领域|防控|复工复产|\d+例|风险|评估"
    # over already: "林火已于22时45分扑灭", "明火已灭", "险情已排除"
    r"|已(?:于[^,，。]{0,12})?扑灭|明火已灭|已(?:经)?排除|已解除|解除了"
    # found, dealt with, written up: "走失老人已找到", "燃气泄漏 已处置", "起火原因写个简报"
    r"|已(?:经)?(?:于[^,，。]{0,12})?找到|找到了|已(?:经)?(?:处置|处理)|原因|(?<![已曾])经过|简报"
    r"|(?<!not a )\b(?:drill|training|workshop|lecture|awareness|exercise|refresher)\b"
    # over: "Code Black stood down", "found in our car park within 30 min, unharmed"
    r"|\b(?:stood down|all[- ]clear|unharmed|found safe|(?:was|been|is) found|put out"
    r"|extinguished)\b"
    r"|\b(?:review|debrief|documentation|e-learning|incident report)\b"
    # an outage planned: "Phones are down 1 till 2 today for the system update"
    r"|\b(?:(?:system|software|server|it) update|upgrade|maintenance|planned|scheduled)\b"
    rf"|{decoys.SETTLED}"
)
# Hazards that are happenings by themselves: nobody is 走失 as a topic, only 防走失 is
# (and 特困人员, 贫困人口 are people, not someone 困 in a lift).
_NOW_BY_ITSELF = re.compile(
    r"(?<![防预特贫])(?:走失|失联(?!党员|人员|的)|被困|困人(?![员口]))"
    # smelt, so now: "楼道里好大的煤气味" (not "如闻到煤气味"); a snake seen, a car
    # alight, a lift stopped with people in it, someone reported missing
    r"|(?<![如若])(?<!如闻到)(?<!若闻到)(?<!一旦闻到)(?<!如有)(?:煤气味|燃气味)"
    r"|(?:on fire|(?:brown |tiger |black )?snake|dugite|stuck between|stalled with)\b"
    rf"|(?:misper|missing)\b|{GIVEN_WAY_NOW}"
    rf"|{SELF_EVIDENT}\b|{OUTAGE}|{WATER_LOOSE}"
    r"|(?:trapped|gas smell|smell of gas|fire alarm (?:going|went|is going) off)\b"
    r"|(?:(?:lift|elevator) stuck|stuck in (?:the |a )?(?:lift|elevator)|(?:water )?still rising)\b"
)
_NEAR = 12
# Some character or word every cue above contains: most messages hold none, and
# then neither the guards nor the cues need to run.
_ANY_CUE = led(
    r"[急即马刻第速警响火疫震险溃决涌塌泥洪倒爆泄烟漫渗困失溺漏味触落石涝浸祸翻雨号找"
    r"跌晕昏呼搐归见漂省护]"
    r"|urgent|asap|immediately|black|severe|extreme|evacuation|lines? down"
    r"|stuck|injured|rising|unresponsive|breathing|code|fall|floor|adrift|cardiac"
    r"|right away|at once|emergency|alert|warning|wildfire|fire|earthquake|outbreak|flood"
    r"|landslide|explosion|smoke|trapped|gas|burst|collapsed|tree down|missing|now"
    r"|钟|小时|min|\bin \d|快来人|救命|烧着|最后"
    r"|[快赶滑陷杆线管侧毒]|生效|bahaya|danger|in force|in effect|snake|dugite|misper|stalled"
    r"|down|out\b|hour|pulse|[冰电黑油吹坠进血]|120|ice|icy|gone|power|spill|leak"
    r"|[灯铃别莫嫑唔撤待]|不(?:要|准)|light|stay|keep|nobody|no one|noone|everyone|everybody"
    r"|all out|do not|don'?t|11[09]|help|backup|ambulance|rapid response|rrt|brigade|ems\b"
    r"|tfs|rfs|bfp|scdf|谁来|快啲|现在|敲门|没有?(?:回|到家)|answering|home"
    r"|water (?:over|across|coming|pouring|flowing)|overflow|[跑涨]|掉线|登不上|进不去|瘫|崩"
    r"|宕机|断网|打不开|杂音|抓紧|(?:都|全部|全都|马上)(?:到|去)|left\b|to go\b"
    r"|cut-?off|[溜淹溢找]|last seen|lockdown|secure|flooded"
)
_SENTENCE = re.compile(r"[^。!?;\n]+")


def hazard_now(text: str) -> str | None:
    """The hazard ``text`` (folded) tells of as happening now, or None."""
    found = _hazard_told_now(text)
    if found is None and (spark := NO_SPARK.search(text)) and not _HAZARD_TOPIC.search(text):
        return spark.group()
    if found is None and (KEEP_CLEAR.search(text) or RESPONDING.search(text)):
        # people told to keep away or get out, or a response under way: any hazard the
        # message names, not as a topic, is under way ("主斜井皮带着火 井下所有人原地待命",
        # "hot load on 22, everyone stay off Lambton Rd", "后山起火 … 护林员在现场")
        for sentence in _SENTENCE.finditer(text):
            hazard = _HAZARD.search(sentence.group())
            if hazard and not _HAZARD_TOPIC.search(sentence.group()):
                return hazard.group()
    return found


def _hazard_told_now(text: str) -> str | None:
    """The hazard a sentence of ``text`` names with a word for now, or None."""
    for sentence in _SENTENCE.finditer(text):
        words = sentence.group()
        for hazard in _HAZARD.finditer(words):
            if decoys.not_a_case(words, hazard.start(), hazard.end()):
                continue
            if _NOW_BY_ITSELF.match(words, hazard.start()) and not _HAZARD_TOPIC.search(words):
                return hazard.group()
            # English spends several letters where Chinese spends one character, and puts
            # the word for now further off ("Fire at the palengke, dried fish stall at the
            # back, spreading"): seven times the reach, where three missed 13 call-outs on
            # dev and train and found no more false ones
            reach = _NEAR * 7 if hazard.group().isascii() else _NEAR
            near = words[max(0, hazard.start() - reach) : hazard.end() + reach]
            if _HAPPENING.search(near) and not _HAZARD_TOPIC.search(words):
                return hazard.group()
    return None


def urgent_cue(
    text: str,
    sent_at: datetime,
    due_at: datetime | None,
    *,
    window: timedelta = URGENT_WINDOW,
    slack: timedelta = URGENT_WINDOW_SLACK,
    prepared: str | None = None,
) -> str | None:
    """What makes the notice urgent (a word, a warning, "due in 1:30"), or None.

    Separate from :func:`is_urgent` so a digest can say why it pushed a notice.
    ``prepared`` is :func:`nlp.due.prepare` of ``text`` when the caller has it
    (the due rules read it first).
    """
    if (
        due_at is not None
        and sent_at - slack < due_at <= sent_at + window
        and not decoys.not_a_deadline(text)
    ):
        return f"due in {due_at - sent_at}"
    folded = prepare(text) if prepared is None else prepared
    if is_acknowledgement(folded):
        return None  # "收到，马上到" answers a notice; it is not one
    clock = None if due_at is not None else clock_near(folded, sent_at, window)
    if clock and not decoys.waved_off(text, folded):
        return clock  # "slides by 5 ya" at 16:10: a bare hour the due rules leave alone
    if _SHOUTED_NOW.search(text) and not _DRILL.search(folded):
        return "NOW"
    if _ANY_CUE.search(folded) is None or decoys.waved_off(text, folded):
        return None
    folded = decoys.discount(_NOT_URGENT.sub(decoys.blank, decoys.unname(folded)))
    drill = _DRILL.search(folded) is not None and not _FLAGGED.match(folded)
    cues = (_URGENT_WORDS, WARNING, COUNTDOWN, KEEP_CLEAR, EMERGENCY_CALL)
    for pattern in (COUNTDOWN,) if drill else cues:
        found = pattern.search(folded)
        if found:
            return found.group()
    return (None if drill else order_now(folded)) or hazard_now(folded)


def is_urgent(
    text: str,
    sent_at: datetime,
    due_at: datetime | None,
    *,
    window: timedelta = URGENT_WINDOW,
    slack: timedelta = URGENT_WINDOW_SLACK,
    prepared: str | None = None,
) -> bool:
    """True when the notice demands immediate attention (see the module docstring)."""
    cue = urgent_cue(text, sent_at, due_at, window=window, slack=slack, prepared=prepared)
    return cue is not None
