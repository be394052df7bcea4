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
from nlp.urgent_bans import BANNED_NOW, STAND_BY
from nlp.urgent_clock import clock_near
from nlp.urgent_hazards import hazard_now
from nlp.urgent_orders import order_now
from nlp.urgent_shapes import COUNTDOWN, EMERGENCY_CALL, KEEP_CLEAR, WARNING

__all__ = ["URGENT_WINDOW", "URGENT_WINDOW_SLACK", "is_urgent", "urgent_cue"]

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
            r"(?:立即|立刻|马上|第一时间|及时|迅速|火速|紧急|先(?:把|让|叫))",
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
# Some character or word every cue above or in nlp.urgent_hazards contains: most
# messages hold none, and then neither the guards nor the cues need to run.
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
    r"|[灯铃别莫嫑唔撤待甭]|不(?:要|准|许)|light|stay|keep|nobody|no one|noone|everyone|everybody"
    r"|all out|do not|don'?t|11[09]|help|backup|ambulance|rapid response|rrt|brigade|ems\b"
    r"|tfs|rfs|bfp|scdf|谁来|快啲|现在|敲门|没有?(?:回|到家)|answering|home"
    r"|water (?:over|across|coming|pouring|flowing)|overflow|[跑涨]|掉线|登不上|进不去|瘫|崩"
    r"|宕机|断网|打不开|杂音|抓紧|(?:都|全部|全都|马上)(?:到|去)|left\b|to go\b"
    r"|cut-?off|[溜淹溢找]|last seen|lockdown|secure|flooded|离岗|关机|静音|畅通|开着"
    r"|main break|sewage|疏散"
)


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
    cues = (_URGENT_WORDS, WARNING, COUNTDOWN, KEEP_CLEAR, EMERGENCY_CALL, BANNED_NOW, STAND_BY)
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
