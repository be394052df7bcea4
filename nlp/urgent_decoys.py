"""Messages that carry an urgent word or a hazard and still ask for nothing at once.

Read by :mod:`nlp.urgency` after the due window: a joke dressed as an alarm
("紧急通知‼️ 食堂今天有红烧肉 😋", "URGENT: who took my stapler 😤"), the word
inside the name of a thing (the 'Urgent Replenishment' button, a "加急件"
label, an Emergency First Aid course), an alarm said to be over ("紧急情况解除",
"Red warning has now expired"), a scam warned of, and a promise to pass news on once there is
some ("定了我第一时间告诉您", "有情况第一时间报").
"""

from __future__ import annotations

import re

from nlp.leading import led

__all__ = [
    "BELONGINGS",
    "CASE_OF",
    "HELD_OFF",
    "JOKE",
    "LAST_HASTE",
    "MENTIONED",
    "NAMED",
    "ON_SIGHT",
    "ORDERED",
    "OVER",
    "OWN_HASTE",
    "OWN_TIME",
    "PROMISED",
    "RECURS",
    "RULE",
    "SCAM",
    "SETTLED",
    "STANDING",
    "TREAT",
    "blank",
    "discount",
    "not_a_case",
    "not_a_deadline",
    "unname",
    "waved_off",
]

# Laughter, an eye-roll, a sulk, tears or a plate of food beside an alarm word is a
# joke about the alarm, not an alarm: "紧急情况！！三班夜班全员饿晕 谁点宵夜 🍜",
# "URGENT!!! the printer ate my form again 😤", "紧急紧急‼️ 厕所没纸了 哈哈". A real
# call-out with a deadline keeps its due; only the words are discounted. A weary,
# sweating or freezing face is a complaint about the office or the weather ("URGENT the
# aircon remote is missing again 😩", "紧急通知！！今天零下二十八度 都穿秋裤 🥶"): no
# call-out of dev or train carries one.
JOKE = re.compile(
    r"[😂🤣😆😅😜🤪😋😤🙄😭🍜🍍🥧🎂🍰🍕🍔🍩🧋☕🍺🍻🏃😩😫🥵🥶]|哈哈|\b(?:lol|lmao|haha\w*)\b"
)
# Food or a treat shouted as an alarm: "紧急通知：今天食堂有红烧肉 冲!", "【紧急】中午谁吃饭",
# "URGENT!!! vending machine is giving 2 snacks for 1", "this is an emergency: mince and cheese".
TREAT = led(
    r"红烧肉|回锅肉|宵夜|夜宵|奶茶|蛋糕|零食|谁吃饭|盒饭|开饭了"
    r"|\b(?:cake|snacks for|pizza|donuts?|doughnuts?|biscuits|coffee machine|vending machine"
    r"|mince and cheese|free food)\b"
)
# An urgent word inside the name of a thing: quoted ("'加急件'的货照常排", the "URGENT"
# email, “紧急工单”统计口径, the 'Urgent Replenishment' button), a course, a plan,
# a roster or a service ("Emergency First Aid at Work course", "emergency response
# study day", "Emergency Action Plan refresher", "emergency roll", "emergency-only
# service", an "OOH emergency" number), a category that "urgent matters" belong to,
# whatever urgent may come up ("any urgent matter, call me"), or
# the advice to go to casualty "if it's an emergency".
NAMED = led(
    r"['\"‘“「『][^'\"’”」』\n]{0,30}(?:紧急|加急|特急|急件|urgent|emergency)[^'\"’”」』\n]{0,30}"
    r"['\"’”」』]"
    r"|\bemergency[- ](?:first aid|response study|action plan|roll|only|locate|care"
    r"|category|categories)\w*"
    r"|\b(?:ooh|out[- ]of[- ]hours) emergency\b|\burgent (?:matters|queries|issues)\b"
    # whatever urgent may come up: "Any urgent matter, call my line", "if urgent, ring me"
    r"|\bany(?:thing)? urgent\b|\b(?:if|unless) (?:it'?s |it is )?urgent\b"
    r"|\bif (?:it'?s|it is|there'?s|there is) an? (?:real )?emergency\b"
    r"|\bemergency\s*=|紧急(?:工单|件|类)|加急件"
)
# An alarm said to be over or called off: "紧急状态解除", "紧急情况解除", "今晚的紧急会议
# 取消了", "预警解除了", "Red warning has now expired", "Red Flag Warning is cancelled
# as of 3 pm".
OVER = led(
    r"紧急(?:状态|情况|会议)?[^,，。!！\n]{0,6}(?:解除|取消)|(?:预警|响应|警报)(?:已经?)?(?:解除|取消)了?"
    r"|\b(?:warning|alert|watch)s?\b[^.!?\n]{0,20}\b(?:has |have )?(?:now )?"
    r"(?:expired|cancell?ed|lifted|been lifted|been cancell?ed)\b"
)
# A colleague's own thing gone missing, taken or wanted, shouted as an alarm: "紧急！！谁看到
# 我的听诊器", "紧急！谁有充电宝借我", "URGENT: who took my stapler", "whoever borrowed my mug,
# return it by 3pm", "someone left durian puffs in the pantry".
BELONGINGS = led(
    r"\bwho(?:ever)? (?:took|borrowed|put|moved|nicked|stole|ate|has taken|left|finished)\b"
    r"|\bsomeone (?:left|took|ate|finished)\b|\bwho did this\b|被谁拿走了"
    r"|谁(?:看到|看见|见到|拿了?|借走了?|动了|拿走了?)了?我的|谁有[^,，。!！\s]{1,6}借我"
)
# An urgent word talked about, not said: an alarm of the past ("那年学校发紧急通知", "上个月
# 那个紧急抢救那晚", "前天那个紧急通知的走访情况"), someone else's ("镇群里发紧急通知，我还以为
# 是我们村"), or weighed ("那供暖不热算紧急不", "那才叫紧急", "县里的特急都这样").
MENTIONED = led(
    r"(?:那年|那回|那次|那晚|那天|那个|上个?月|前天|昨天|昨晚|去年|前年|上次|上回|以前)"
    r"[^,，。!！?？\n]{0,12}?(?:紧急|特急|加急)|(?:算|才叫)(?:紧急|特急)|(?:紧急|特急)(?:通知)?的"
    r"|发(?:了|个)?紧急通知"
)
# A rule laid down for whenever it happens, its alarm words the script of a case to come:
# "定个规矩：以后有人摔倒先喊医生", "今后凡是发现火情第一时间打119", "Standing rule, no
# exceptions: any fall = call RRT", "Winter rule: any ice emergency, phone me first".
RULE = led(
    r"规矩|(?:今后|以后)凡是|\b(?:standing|winter|summer|house|ward|site|golden|new) rule\b"
    r"|\bas a rule\b|\bsame as every year\b",
    re.IGNORECASE,
)
# A scam warned of: the alarm is the scammer's script ("有骗子打电话说家人出车祸，要紧急转账",
# "scam calls saying your grandson was arrested, pay immediately").
SCAM = led(r"骗子|诈骗|冒充|\bscam(?:mer)?s?\b|\bphishing\b|\bfraudsters?\b")
# A demand that recurs has no single due (the corpus format), so a time in it that falls
# within two hours of sending is no deadline: "by 9am daily", "every morning", "每人每天投票
# 一次", "从今晚开始每晚八点到十点巡一趟", "周一、三、五上午9点到11点", "From Monday the gate
# is locked at half five" (not "from today's figures").
RECURS = led(
    r"\bdaily\b|\bevery (?:day|morning|night|evening|weekday|shift)\b|每天|每晚|每日|每早|每周"
    r"|每个?(?:星期|礼拜)|天天|周[一二三四五六日1-7](?:、[一二三四五六日1-7])+|从本周起|从今晚开始"
    r"|\bfrom (?:today|tonight|this week|monday)\b(?!')",
    re.IGNORECASE,
)
# A time that is the speaker's own, not the reader's deadline: when something was done
# ("list sent to Doc 4:52", "Exercise ended 10:26", "back in service 7.40pm") or when the
# speaker, busy at it, will be done ("在路上，七点前到", "在打了，下班前放你桌上", "在弄了，
# 五点前", "扫着呢").
OWN_TIME = led(
    r"\b(?:sent|ended|finished|done|back in service|reopened|completed|closed)\b(?: [a-z]+){0,3}"
    r" (?:at )?\d{1,2}[:.]\d{2}"
    r"|^\s*(?:我?(?:已经)?在路上了?|在(?:弄|打|改|做|核|写|填|整|搞|赶)了?)[,，\s]|^\s*\S{1,3}着呢\s*$",
    re.IGNORECASE,
)
# A promise to pass news on when it comes, or a standing duty to report whatever turns
# up: "区里定了我第一时间告诉您", "有了第一时间说", "出来我第一时间发群里", "有好岗位第一时间
# 通知大家", "有情况第一时间跟我说", "有事第一时间在群里报" (not "第一时间上报灾情").
PROMISED = led(
    r"(?:定了|有了|出来了?|有消息|有情况|有事|有问题|有[^,，。!！\s]{1,4}的?)[^,，。;；!！\n]{0,4}第一时间"
    r"|我第一时间"
)
# The speaker's own haste, answering a chase or passing something on: a unit's "马上" as
# the whole answer ("一网格马上", "A库B库的马上", "小河还差三组，马上", "柳坪的马上到，还差
# 一个网格"), or an errand the speaker is running ("二车间马上送过去", "弄完马上交", "马上发
# 科长", "我让他马上打给你", "可能没发群里，马上让他们发"). An order at the end keeps its
# "马上": "赶紧再打一张贴上 马上".
OWN_HASTE = led(
    r"^[^,，。!！\s]{1,8}?的?马上到?(?=[,，\s]+还)"
    r"|马上(?:送过去|送去|交|转|传|发)(?:[^\s,，。!！]{0,3})[\s!！~.。]*$"
    r"|(?:让|叫)(?:他|她)们?马上|马上(?:让|叫)(?:他|她)们?"
)
LAST_HASTE = re.compile(r"马上[\s!！~.。]*$")
# An order at the end, which keeps a last "马上" the reader's: "赶紧把亩数报给李娜 马上".
ORDERED = led(r"赶紧|赶快|抓紧|快点|快去|必须|[请你]")
# A standing duty, not a call-out: "这段时间每天早晚各巡一次", "从今天到明年5月底", "每个钟头在
# 群里报一次". Within one, "看到冒水 裂缝 马上喊", "有问题的马上讲", "坝脚渗水的马上报群里",
# "有头晕恶心的马上开窗" is what to do if something turns up, not something to do now.
STANDING = led(
    r"每天|每晚|每日|每周|每个钟头|每小时|早晚各|这段时间|这[两2几]?天|这阵子|这[两2]?个?星期|近期|期间"
    r"|从今天(?:起|开始|到)|今天起|即日起|以后|今后"
)
ON_SIGHT = led(
    r"(?:看到|看见|见到|见着|发现|有)[^,，。;；!！\n]{0,10}?(?:马上|立即|立刻|第一时间)"
    r"|的\s*(?:马上|立即|立刻)(?=报|讲|说|喊|开|打|告诉|通知)"
)
# A hazard over, explained or written up: "溺水那个孩子没事了", "人都没事", "身体无恙",
# "被困4人已全部救出", "阀门已经关了", "是灶台软管老化裂了", "今天的事大家引以为戒", "昨晚燃气
# 泄漏大家都知道了", "复盘电梯被困两件事", "把被困时间写进护理记录", a role in an exercise
# ("一条扮失联"), a scammer's story ("骗子打电话说家里人出车祸"). Read with the hazard topics.
SETTLED = (
    r"没事了|都没事|无恙|没伤着|全部救出|阀门?(?:已经?)?关|总阀(?:已经?)?关|老化|引以为戒|都知道了|复盘|讲课"
    r"|记录|标注|扮|骗子|诈骗|冒充|清掉了|排查|情况说明"
)
# A hazard named as a kind of case: "房子塌了的 出车祸的", "走失史的老人", "走失过的老人名单",
# "发生火情的村", "发现冒烟的当场劝阻" (not "塌了一角"): what follows the hazard.
CASE_OF = re.compile(r"(?:过|史)?的|史|就")
# A hazard to prevent: "别叫煤烟打了", "别中了煤烟", "莫搞得塌了", "别弄出山火来" (not the
# fear "别是着火了", which says it may be happening): what comes just before the hazard.
HELD_OFF = re.compile(
    r"(?:别|莫|不要|防止|避免|以防|谨防)(?:叫|中了?|搞得?|弄出|被)[^,，。\s]{0,3}$"
)


def blank(match: re.Match[str]) -> str:
    """A match as as many spaces: the patterns read after it keep their offsets."""
    return " " * len(match.group())


def waved_off(text: str, folded: str) -> bool:
    """True when ``text`` (``folded``: :func:`nlp.due.prepare` of it) jokes about an
    alarm, says it is over, warns of a scam or hunts for someone's things, so none of
    its words or hazards count."""
    if JOKE.search(text):
        return True
    return any(p.search(folded) for p in (OVER, SCAM, BELONGINGS, TREAT, RULE))


def unname(folded: str) -> str:
    """``folded`` with the names of things, the promises and the mentions blanked out (before the
    other guards, which would take "first aid" out of "Emergency First Aid")."""
    return MENTIONED.sub(blank, PROMISED.sub(blank, NAMED.sub(blank, folded)))


def discount(folded: str) -> str:
    """``folded`` with the speaker's own haste blanked out, and the on-sight
    instructions of a standing duty."""
    folded = OWN_HASTE.sub(blank, folded)
    if not ORDERED.search(folded):
        folded = LAST_HASTE.sub(blank, folded)
    if STANDING.search(folded):
        folded = ON_SIGHT.sub(blank, folded)
    return folded


def not_a_deadline(text: str) -> bool:
    """True when a time in ``text`` near its sending is no deadline of the reader's: the
    demand recurs, or the time is the speaker's own."""
    return any(p.search(text) is not None for p in (RECURS, OWN_TIME, RULE))


def not_a_case(words: str, start: int, end: int) -> bool:
    """True when the hazard at ``words[start:end]`` names a kind of case or one to prevent."""
    return CASE_OF.match(words, end) is not None or HELD_OFF.search(words, 0, start) is not None
