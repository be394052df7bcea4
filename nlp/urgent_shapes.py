"""Shapes of a call-out besides its urgent words, read by :mod:`nlp.urgency`.

The top of a warning scale, or a weather warning for today; a countdown to a
deadline; and the orders of someone at the scene, who seldom writes 正在 or
"right now" but tells people to keep away ("不准往主斜井那边走", "stay off
Lambton Rd", "keep everyone out of the kitchen"), to get out ("捂住鼻子先出去",
"everybody out of the charging area") or not to strike a spark ("别开灯别按门铃").
Such an order is the call-out's own sign that what it names is under way.
"""

from __future__ import annotations

from nlp.leading import led

__all__ = [
    "COUNTDOWN",
    "EMERGENCY_CALL",
    "KEEP_CLEAR",
    "NO_SPARK",
    "OUTAGE",
    "SELF_EVIDENT",
    "WARNING",
    "WATER_LOOSE",
]

# An outage as it is typed when it starts ("heating down", "email are down"), not as
# planned ("heating will be off that day", "the server migration").
OUTAGE = (
    r"(?:(?:heating|boiler|power|water supply)(?: is)? (?:down|off|out)"
    r"|(?:e-?mail|network|systems?|servers?|phones?|internet|wi-?fi|sis|emr|epic|lifts?"
    r"|crm|wms|pos|tills?|sorter|genset|generator|scanners?|portal|database|phone lines?)"
    r"(?: [a-z]+){0,3} (?:is|are|went|has gone|have gone|all) (?:down|out))\b"
    # typed in Chinese as it fails: "WMS登不上了", "话务系统掉线了", "3号线路现在有杂音"
    r"|(?:系统|网络|服务器|线路|内网|外网|扫枪)[^,，。!！\s]{0,4}"
    r"(?:掉线了|登不上了?|进不去了|瘫了|瘫痪了|崩了|宕机了?|断网了|打不开了|有杂音)"
)
# What is happening once it is said, in English: a code called, a pulse gone, the
# power gone, ice where people walk, a spill ("CODE BLACK nurses station 7B", "Power's
# gone across the whole building", "Diesel spill at the bay 4 pump"). Read by both the
# hazards and the hazards that need no word for now.
SELF_EVIDENT = (
    r"(?:code (?:blue|red|black)|no pulse|power(?:'s| has| is)? gone|lost (?:all )?power"
    r"|(?:solid|sheet|black) ice|(?:diesel|fuel|oil|chemical|acid|battery) (?:spill|leak))"
)
# Water loose, told as it runs: "4号楼跑水了", "配电柜在漏电", "河水还在涨", "渗水 一直在冒",
# "the floor by the sink is flooded", "roof's leaking", "leaking pipe", "river rising fast",
# "water over the road", "water coming in from the loading bay" (not "if any are flooded",
# "防止跑水", "漏不漏水"). Read by the hazards and the hazards that need no word for now.
WATER_LOOSE = (
    r"(?:(?:跑水|漏水|漏电|冒水|渗水)了|(?<![防别])在(?:跑水|漏水|漏电|冒水|渗水)|还在涨|一直在冒"
    r"|涨得(?:很|好|太)?快"
    r"|(?<!any )\b(?:is|'s|are) (?:leaking|flooded|flooding|overflowing|under water)\b"
    r"|\bleaking (?:pipe|roof)|\boverflowing!|\brising (?:fast|faster)\b"
    r"|\bwater (?:over|across) the road\b"
    r"|\bwater (?:coming|pouring|flowing) (?:in|out|through|down|into)\b)"
)

# The top of each warning scale as it is typed: red and orange, Hong Kong's black
# rainstorm, an evacuation order. A typhoon signal is mostly told ahead ("T8 likely
# after 2pm"): it is no call-out by itself.
WARNING = led(
    r"(?:红色|橙色)(?:预警|警报)|(?:一级|二级|I级|II级|Ⅰ级|Ⅱ级)(?:应急)?响应"
    r"|黑色(?:暴雨)?(?:预警|警告|信号)|黑雨"
    r"|\b(?:red|orange|amber)\b(?:[ -][a-z]+){0,3} (?:alert|warning)\b|\bamber for\b"
    # a weather warning told for today ("wind warning from 10 -", "winter storm warning:
    # 25-35 cm tonight", "freezing rain warning for us from 3am"); a yellow one is no call-out
    r"|(?<!yellow )\b(?:wind|snow|ice|storm|winter storm|freezing rain|rain|blizzard|snow-ice"
    r"|severe storm)(?: and ice)? warning\b[^.!?\n]{0,30}(?:\b(?:today|tonight|now|in force"
    r"|in effect|from midnight)\b|\bfrom \d)|\b(?:today|tonight)\b[^.!?\n]{0,10}\bwarning\b"
    r"|\bblack (?:rainstorm )?(?:warning|signal|rain)\b"
    r"|\bevacuation (?:order|warning)\b"
    r"|\b(?:severe thunderstorm|extreme heat|extreme weather|emergency) warning\b"
    # a warning said to be in force, and the top of Malaysia's scale ("tahap bahaya")
    r"|\bwarning (?:is )?(?:now |still )?in (?:force|effect)\b|(?:警告|预警)(?:已|正式)?生效"
    r"|\b(?:tahap|paras) bahaya\b|\bdanger[- ]level\b"
)
# A countdown says the deadline is near without naming it: "还有40分钟", "还剩半个小时",
# "就剩一个钟头了", "sends this up in 30 minutes", "20 min left". Two hours at most, as
# the due window.
COUNTDOWN = led(
    r"(?:还有|还剩|只剩|就剩|剩下|不到)\s*(?:[1-9]\d?|1[01]\d|120|[一二两三四五六七八九十半几]+|十来|几十)"
    r"\s*(?:来|多)?\s*(?:分钟|分种)"
    r"|(?:还有|还剩|只剩|就剩|不到)\s*(?:1|2|一|两|半|一个半?|半个|个把)\s*(?:个)?\s*(?:小时|钟头)"
    # a chase that ends on the time left: "信访周报还差河口村，一个小时", "还差两个村 20分钟"
    # (a meeting's "十五分钟" at the end is how long it lasts)
    r"|(?:还差|就差|还没|没交|没报)[^。!?\n]{0,30}[,，\s]"
    r"(?:(?:[1-9]\d?|[一二两三四五六七八九十半]+)\s*(?:来)?分钟"
    r"|(?:1|一|一个半?|半个|个把)\s*(?:个)?\s*(?:小时|钟头))\s*$"
    # (not a time measured: "everyone out in 3 min 40", "in 6 min 40 s")
    r"|\b(?:in|within) (?:the next )?(?:[1-9]|[1-9]\d|1[01]\d|120) ?min(?:ute)?s?\b(?! ?\d)"
    # the minutes alone, as a start is announced: "huddle in 5, nurses' station", "Teams in
    # 6 - link's in the calendar" (a round figure at a clause's end, not "room in 3.02")
    r"|\bin (?:[1-9]|10|15|20|25|30|45)(?![.:]?\d)(?=\s*(?:$|[,.!;]|\s[-–]))"
    # an answer asked for within the hour, not someone due to arrive in it
    r"|\b(?:call|ring|reply|respond|sign|send|report|confirm|get back|let me know|tell me)\b"
    r"[^.!?\n]{0,40}\bwithin (?:the|an|one|1) hour\b"
    r"|\b(?:[1-9]|[1-9]\d|1[01]\d|120) ?min(?:ute)?s? (?:left|to go)\b"
    # the last stretch named: "最后五分钟", "最后半小时", "Final 15 min on staffing",
    # "就剩李店，一刻钟", "快开始了", and a message that opens on the time left:
    # "20 min - toolbox in the crib room", "50 min for the trip forms"
    r"|最后\s*(?:[1-9]\d?|[一二两三四五六七八九十半]+)\s*(?:分钟|分种)|最后(?:一刻钟|半个?小时)"
    r"|\bfinal (?:[1-9]\d?) ?min|(?:还有|还剩|只剩|就剩|[,，\s])\s*(?:一|1)刻钟\s*$|快开始了"
    r"|^(?:[1-9]\d?|1[01]\d) ?mins?\b\s*(?:[-–:]|for\b|more\b|till\b|until\b)"
    # the time left said as a chase ends, or as hours and minutes: "就20分钟了", "最后一个
    # 多钟头了", "1h40 left", "an hour and a bit to go", "30 minutes to the cutoff",
    # "just Round 4 to come, 50 mins", "only one left, 10 min ya"
    r"|就\s*(?:[1-9]\d?)\s*分钟了|最后\s*(?:一|1)个多?\s*(?:钟头|小时)"
    r"|\b(?:[1-9]h[0-5]\d|an? hour(?: and a (?:bit|half))?|half an hour) (?:left|to go)\b"
    r"|\b(?:[1-9]\d?) ?min(?:ute)?s? to (?:the )?(?:cut-?off|deadline)\b"
    r"|\b(?:still|just|only|outstanding|missing|waiting|to come)\b[^.!?\n]{0,40}[,–-]\s*"
    r"[1-9]\d? ?(?:mins?|minutes)\b(?: ya| y'?all)?[\s!.]*$|\b[1-9]\d? ?mins? (?:ya|y'?all)\b"
)

# An order to keep away from a place or a thing, or to get out of it, given to the people
# there now: "不准往主斜井那边走", "莫靠近山边", "配电柜门莫碰", "先不要进车间", "先往北门
# 集合点撤", "原地待命", "Stay off Augusta Rd", "nobody goes back in", "keep everyone out of
# the kitchen", "Everybody out of the charging area", "do NOT try to put it out yourself".
# A standing rule ("不准进楼道充电", "do not use the lift in a fire") is read with the
# hazard topics of the sentence, as before.
KEEP_CLEAR = led(
    r"(?:别|莫|不要|不准|嫑|唔好|谁也不准|任何人不准)(?:碰(?=[\s,，。!！]|$)|靠近|围着看"
    r"|往[^,，。!！\s]{0,8}(?:走|跑|去|来|派车)|进[去来]?(?=[^,，。!！\s]{0,4}(?:间|屋|里|库|井|去))"
    r"|回[去来]?(?:屋|工作面|井下|库里|里面))"
    r"|先(?:出去|撤|出来|往[^,，。!！\s]{0,8}撤)|撤到|撤出去|原地待命|在[^,，。!！\s]{0,8}待命"
    # a way barred where something is: "放学的娃娃莫走那条路", "别过那段" (not "尽量别走")
    r"|(?<!尽量)(?:别|莫|不要|甭|嫑)(?:走|过|去)[那这](?:条|段|边|里)"
    # people there moved off first: "先把附近的人疏散开", "先让住户撤"
    r"|先(?:把|让|叫)[^,，。!！\s]{0,10}(?:疏散|撤)"
    r"|\b(?:stay|keep|keeps|keeping)\b(?: [a-z]+)? (?:off|out of|away from|clear of|upwind)\b"
    r"|\bkeep (?:everyone|everybody|people|them|all|anyone)\b[^.!?\n]{0,10}"
    r"\b(?:out|away|clear|back)\b"
    r"|\b(?:nobody|no one|noone)\b (?:in|into|goes|walks|uses|crosses|takes|drives|touches)\b"
    r"|\b(?:everyone|everybody|all) out of\b|\beveryone stop\b"
    r"|\bdo not (?:touch|enter|go|drive|try|cross|approach)\b|\bdon'?t (?:touch|go near)\b"
)
# A spark forbidden where gas may have gathered: "别开灯别按门铃", "别开灯别点火", "don't
# switch any lights on". It says gas is in the air now, whatever the word for it.
NO_SPARK = led(
    r"(?:别|莫|不要|不准|千万别|嫑|唔好)(?:开灯|关灯|点火|打火|按门铃|开关电器|开关灯|用明火)"
    r"|\b(?:don'?t|do not|no one|nobody)\b[^.!?\n]{0,10}\b(?:switch|turn|flick)\b[^.!?\n]{0,12}"
    r"\blights?\b"
)
# A call for help, or the emergency services rung or on their way, told by the one at the
# scene: "需要人 快快快", "护士站就我一个人 谁来一下", "打120送医院", "119我打了", "need
# backup", "someone call an ambulance", "calling rapid response", "fire brigade on the
# way". Not the standing advice "急的打120", not "if you need help", nor "119到了" after it.
EMERGENCY_CALL = led(
    r"(?<!急的)(?<!急了)(?:打了?|报了?|叫了?|拨了?)(?:110|119|120)"
    r"|(?:110|119|120)(?:我|已经|已|也)*(?:打了|报了|叫了|在路上)"
    r"|\b(?:called|rang|calling|phoned|ringing) (?:999|911|000|112|the fire brigade"
    r"|an ambulance|ambulance|rapid response|rrt)\b"
    r"|\b(?:fire brigade|ambulance|ems|fire service|tfs|rfs|bfp|scdf)"
    r" (?:called|on (?:the|its|their) way|coming|en route)\b"
    r"|(?<!if you )(?<!you )\bneed (?:help|backup)\b(?!:)"
    r"|\b(?:someone|somebody|pls|please|quick)\b[^.!?\n]{0,6}\b(?:call|ring) (?:an )?"
    r"(?:ambulance|999|911|000|112)\b"
    r"|快快快|快点来人|谁来一下|快啲嚟|快点过来"
)
