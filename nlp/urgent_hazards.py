"""Is a hazard happening now, or only a topic? The emergency half of the Urgent rule.

"后山冒烟了", "5号楼地下室进水了", "fire at the palengke, spreading" relay an
emergency and are urgent; "地震应急演练", "疫情防控常态化", "火灾逃生知识培训"
name the same hazards as a topic and are not. A hazard counts when a word for
now stands near it, when it can only be a happening (nobody is 走失 as a topic),
or when the message tells people to keep clear or says a response is under way.
Kept apart from :mod:`nlp.urgency` because the chatter verdict asks this alone.
"""

from __future__ import annotations

import re

from nlp import urgent_decoys as decoys
from nlp.leading import led
from nlp.urgent_scene import GIVEN_WAY, GIVEN_WAY_NOW, RESPONDING, SHUT_IN
from nlp.urgent_shapes import KEEP_CLEAR, NO_SPARK, OUTAGE, SELF_EVIDENT, WATER_LOOSE

__all__ = ["hazard_now"]

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
    # a water main broken, sewage coming up: "12\" main break at Elm St", "污水从井盖溢出"
    r"|\b(?:water ?)?main (?:break|burst)\b|\bsewage overflow\w*"
    r"|(?:污水|粪水|化粪池)[^,，。!！\s]{0,4}(?:外溢|溢出|漫出|漫到)"
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
    # ("今天起", "从今日开始" open a standing rule, no happening)
    r"发生|突发|出现|发现|爆发|暴发|正在|目前|当前|刚刚|刚才|(?:今天|今日)(?!起|开始)|今晚|凌晨|现场|赶赴|扑救|扑灭"
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
