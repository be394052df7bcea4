"""Compiled regexes of the due resolver, over normalised, digit-numeral text.

The text they read has been through :func:`nlp.normalize.normalize_text`,
:func:`nlp.normalize.chinese_numerals_to_digits`, ASCII lower-casing and
look-alike masking, so "十二月一日" arrives as "12月1日" and full-width "：" as
":". :mod:`nlp.due._piece_patterns` finds the building blocks of a date/time
expression (a day, a clock time, a "within N days"); these patterns read the
words around an expression that decide what it means.
"""

from __future__ import annotations

import re

from nlp.due._lexicon import ENGLISH_WEEKDAYS
from nlp.leading import led

__all__ = [
    "ACKNOWLEDGEMENT",
    "ASK",
    "AS_OF_BEFORE",
    "AS_OF_LEAD",
    "CAMPAIGN",
    "CAMPAIGN_START_BEFORE",
    "COUNTED_AFTER",
    "DEADLINE_AFTER",
    "DEADLINE_BEFORE",
    "DEADLINE_QUERY",
    "FORECAST_BEFORE",
    "FORECAST_BEFORE_EN",
    "FROM_AFTER",
    "FROM_BEFORE",
    "GLUE",
    "HISTORY_AFTER",
    "HISTORY_BEFORE",
    "HISTORY_CLAUSE",
    "INFO_CLAUSE",
    "INFO_SERVES",
    "INFO_SERVES_BEFORE",
    "ON_DUTY_AFTER",
    "PERIOD_END_BEFORE",
    "PLAN_CLAUSE",
    "PROGRESS_AFTER",
    "PUBLIC_EVENT",
    "RANGE_GLUE",
    "RECURRING",
    "REQUEST",
    "ROSTER",
    "SEEN_AFTER",
    "SUPERSEDED_AFTER",
    "SUPERSEDED_BEFORE",
    "TO_BE_ANNOUNCED",
    "WEATHER",
    "WINDOW_AFTER",
]

_FULL_WEEKDAYS = "|".join(name for name in ENGLISH_WEEKDAYS if len(name) > 4)

# Between two pieces of one expression: "本周三（11月18日）下午", "5pm on Friday".
GLUE = re.compile(r"(?:[\s()的,、]|on\b|at\b|the\b|of\b){0,6}")
RANGE_GLUE = re.compile(r"\s*(?:至|到|-|~|—|–|―|until|to|till)\s*")

DEADLINE_AFTER = re.compile(r"[\s)]*(?:之前|以前|前(?!后)|为止|止|截止|之内|以内|内(?![容部网外]))")
DEADLINE_BEFORE = led(
    # "离12点只有十几分钟了": a countdown to the time
    r"(?:截止|截至|截止到|截止至|截止时间|截止日期|最迟|最晚|不晚于|不迟于|务必在|限|deadline|due"
    r"|(?<![远撤脱分隔偏])离|距离?"
    r"|(?<![a-z])(?:by|before|no later than|not later than|prior to|until|till))\s*(?:[为是:]\s*)?$"
)
# "12月1日起执行" names when something takes effect, not when to act.
FROM_AFTER = re.compile(r"\s*(?:起|以来|以后|之后|后|开始执行|开始实施|开始施行|onwards|onward)")
# "自11月11日起", "from 18 December", "as of Monday": when a change takes effect.
FROM_BEFORE = led(
    r"(?:自|从|(?<![a-z])(?:from|starting|effective|as of|beginning))\s*(?:on\s+)?$"
)
# What a change or correction says it is not: "原定", "THURSDAY not Wednesday", "是八点半不是八点"
SUPERSEDED_BEFORE = led(
    r"(?:原定(?:于|为)?|原计划|原|(?:而|并)?不是|并非|\bnot|\bisn't|\baren't)\s*$", re.IGNORECASE
)
SUPERSEDED_AFTER = re.compile(
    r"\s*(?:前|之前)?\s*(?:的?(?:截止时间|时间|日期)|的[^,;。!?\s]{1,6}?)?\s*(?:调整为|调整到|改为|改到|改成|推迟到|推迟至"
    r"|延期到|延期至|延迟到|延迟至|延长到|延长至|提前到|提前至|变更为|更改为|更改到)"
)
HISTORY_AFTER = re.compile(
    r"\s*(?:已经|已|召开的|举行的|举办的|印发的|发布的|下发的|开展的|发布|印发|公布|下发)"
)
# A sighting or a departure told after its time: "1点20在车站看到过", "中午出的门到现在没回".
SEEN_AFTER = re.compile(
    r"\s*(?:左右)?[^,，。;!?]{0,6}?(?:看到过|出现过|见过|来过|到过|出的门|出的事|走的|发生的|打的电话)"
)
# A day that picks out people, not a deadline: "今天值班的马上联系交管", "今晚值班的手机开着".
ON_DUTY_AFTER = re.compile(r"\s*(?:值班|在岗|当班|值守|带班|轮班)的")
# The end of a closure or a works period: "停业整改到12月7日", "明天起封5天，到20号".
PERIOD_END_BEFORE = led(
    r"(?:整改|停业|停水|停电|停气|封路?|封闭|关闭|停运|暂停|施工|维修|检修|管制|闭馆|停课|限行)"
    r"[^。;!?]{0,8}(?:到|至)\s*$"
)
# "已于22时45分扑灭", "missing since Thursday": what already happened.
HISTORY_BEFORE = led(r"(?:已于|已经于|已在|已经在|(?<![a-z])since\s+(?:about\s+|around\s+|~)?)\s*$")
# A sentence about a past period that asks nothing: "last quarter 75% were resolved within a day".
HISTORY_CLAUSE = led(r"\blast (?:quarter|month|year)\b|上季度|上个季度|去年同期")
REQUEST = led(r"请|务必|必须|须|要求|\bplease\b|\bmust\b|\bneed to\b")
# "（截至今天下午5点）" in a request for figures is the cut-off of the data, not a deadline.
AS_OF_BEFORE = led(r"[(]\s*截至\s*$")
# A chase that counts what is in at a moment: "截至下午4点，莲花学区还有5所没报",
# "截至今早收到：…", "as of 4pm, 6 still to come". The moment is when the count was
# taken; the deadline, if any, is said elsewhere ("…下班前必须报来"). (Counts arrive
# masked: "还有##学校".)
AS_OF_LEAD = led(r"(?:截至|截止到|截止至|截止|(?<![a-z])as (?:of|at))\s*$")
COUNTED_AFTER = re.compile(
    r"\s*(?:时|为止|止)?\s*(?:收到|已收到|共收到"
    r"|[,:]\s*[^,;。!?\n]{0,12}?(?:已经?有?|共|累计|还有|仍有|尚有|还剩|还差|只有|仅有)\s*[\d#]"
    r"|[,:]\s*(?:only\s+)?[\d#]{1,3}\s+(?:of|out of|still|outstanding|in|received|returned)\b)"
)
# After a range, these make it a window to act within, so its end is the due:
# "12月5日至12月10日期间报送", "accept applications from 1 to 5 December".
WINDOW_AFTER = re.compile(
    r"[\s)]*(?:期间|之间)?\s*(?:报送|上报|提交|填报|报名|申报|反馈|完成|办理|受理|立即)"
    r"|\s*(?:for|to)?\s*(?:submit|submission|apply|applications|register|registration)"
)

# One demand repeated on a schedule has no single due moment: "每天9点前打卡",
# "每周五下班前报送", "every Friday". The schedule word must lead into a time, so
# "县农业农村局将每日通报进度" (what the county does) and "the monthly meeting"
# (a name) are no schedule for the reader.
RECURRING = led(
    r"(?:每|逢)个?(?:天|日|晚|早|周|星期|礼拜|月|季度?|年|工作日|旬|半月)[一二三四五六日天1-7]?"
    r"(?=\s*(?:的|都|均|要|须|需|请)?\s*(?:上午|下午|中午|晚上|早上|凌晨|下班|前|之前|以前|截止"
    r"|\d(?!\d*\s*[票次个位人份条篇张遍项])))"  # "每天5票" is how many a day, not when
    r"|(?<!将)每(?:天|日|晚|周|月)[^,，。;；!\n]{0,14}(?:打卡|签到|报送|上报|填报|巡查|截图|答题|提交"
    r"|点赞|评论|转发|学满|学习|登录|阅读|浏览|在看|抽查|检查|通报|例会|刷满|投票|统计|截数据|巡)"
    # "以后天天都要开轨迹", "照片每天都得发": every day from now on
    r"|(?:天天|每天)都?(?:要|得|须)"
    r"|\b(?:every|each)\s+(?:day|week|month|morning|afternoon|evening|night|working day|shift|"
    rf"{_FULL_WEEKDAYS}|mon|tues?|weds?|thu|thur|thurs|fri|sat|sun)\b"
    r"|\b(?:daily|weekly|monthly)\s+(?:before|by|at|until|from)\b"
    # "by 9am daily", "twice a day (8am and 2pm)", "every 3 hours starting 6pm"
    r"|\b(?:by|before|at)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?\s+(?:daily|every day)\b"
    r"|\b(?:once|twice|three times) (?:a|per) (?:day|week|shift)\b"
    r"|\bevery \d+ (?:hours?|hrs?|days|minutes|mins)\b"
    # "updated by the 10am board round, daily."
    r"|,\s*(?:daily|weekly|every day)\s*[.!;]?\s*(?:$|\n)"
    rf"|\bon\s+(?:{_FULL_WEEKDAYS})s\b"
)
# Clauses that announce an outage, a timetable or the weather state times nobody acts by.
# So does one that tells the reader to carry on as usual, or what is published.
INFO_CLAUSE = led(
    r"停水|停电|停气|断水|断电|限电|(?:暂停|停止)供[水电气暖]|检修|停运|封闭施工|交通管制|作息时间"
    r"|办公时间|上班时间|营业时间"
    r"|开放时间|服务时间|气温|降温|降雨|降雪|雨量|风力|阵风|天气|搬至|搬迁|迁至|暂停办理|停止办理"
    r"|公示|其他同志正常上班|放假|闭馆|休馆|停课|系统升级|停机|宕机|暂停访问|暂停服务|施工期间|禁止通行|照常"
    r"|开诊|营业|寒假|暑假|开学|期末考试|开饭|开伙|出诊|看病|开门|关门|放学"
    # works on a road: "明天上午新街主路挖管子", "今天9点到4点桥头那段封了"
    r"|挖管子|挖路|铺沥青|封路|要封|封了"
    # opening hours ("周六上午9点到12点开放"), road closures ("今天全天封闭抢通")
    r"|封闭(?![式型])|绕行|绕(?:道|开|一下|着走|白|大)"
    r"|(?<!对外)(?<!改革)(?<!扩大)开放(?![式型性度日])|接待时间|受理时间|咨询时间|门诊时间|坐诊"
    r"|\b(?:opening hours|office hours|is open|are open|open (?:from|daily|to the public)|opens? at"
    r"|no (?:water|power|electricity|gas|school bus|bus|buses|classes|school)"
    r"|running (?:\d+ min(?:ute)?s? )?late|delayed)\b"
    r"|\b(?:interrupted|outage|power cut|maintenance|will (?:be )?close[sd]?|close[sd]? early"
    r"|closed|winter[ -]break|summer[ -]break|reopens?|moves? to|relocat\w*|suspended"
    r"|classes (?:end|start|resume)|term (?:ends|starts|begins)"
    r"|(?:water|power|electricity|gas)(?: supply)? (?:off|cut|interrupted)"
    r"|no need to (?:attend|come))\b"
    # Malay, as typed in Malaysian groups: "gangguan bekalan air", "air putus today 9 to 5"
    r"|\b(?:gangguan bekalan|bekalan (?:air|elektrik) (?:terputus|ditutup)|air putus)\b"
)
# An interruption or an opening that serves the ask instead of being its news: the
# event as the cut-off ("明天下午5点放学前收齐", "在下午5点系统关闭前完成", "before the
# office closes"), a meeting held all the same ("照常召开", "照常举行"), the records of
# a repair brought along ("带上检修记录"). Read right after the informational word.
INFO_SERVES = re.compile(r"\s*(?:之前|以前|前(?!后)|召开|举行|开会|记录|台账|报告)")
INFO_SERVES_BEFORE = re.compile(r"\bbefore (?:it|the \w+|\w+)(?: is| are|'s)?\s*$")
# A short reply that opens with an acknowledgement ("收到,今天报", "will check today")
# states the sender's own plan; it sets nobody a due moment.
ACKNOWLEDGEMENT = re.compile(
    r"(?:收到|好的?|嗯|明白|已[发报办到交]|ok|okay|noted|received|roger|got it|sure|thanks"
    r"|thank you|will|i'll|we'll|on it)(?:[!,。.~\s]|$)"
)
# Policy targets ("力争年底前基本建成", "到2027年") are horizons, not deadlines.
PLAN_CLAUSE = led(
    r"力争|到20\d\d年|(?<!截)至20\d\d年|基本建成|全面建成|基本完成|逐步|规划期"
)

# Words before an expression that make it a forecast of progress or weather, not an ask:
# "预计12月20日前完工", "expected to be completed by 20 December". Nothing between them
# may ask anything ("预计参会人数请于周五前报送" is a deadline), and in Chinese the words
# after it must say what is forecast (PROGRESS_AFTER): "预计下周一来检查" is a visit to
# prepare for.
FORECAST_BEFORE = led(
    r"(?:预计|预估|估计|有望|可望|预期|预报|预测)[^,;。!?\n请须务要]{0,10}$"
)
PROGRESS_AFTER = re.compile(
    r"[^,;。!?\n请须务要]{0,8}?(?:完工|完成|竣工|恢复|建成|结束|投用|投入使用|通车|到货|开通|上线|交付"
    r"|修复|修好|修得好|抢通|有|出现|迎来|转晴|降温|升温)"
)
FORECAST_BEFORE_EN = led(
    r"\b(?:estimated|projected|forecast(?:ed)?|expected to (?:be )?(?:complete|finish|end|reopen"
    r"|resume|restore|last|open)\w*)\b[^,;.!?\n]{0,24}$"
)
# The lookahead that opens the next patterns names every first character of their
# alternatives: it lets the regex engine skip ahead, several times faster on long texts.
# A clause about the weather: "明天下午有雨夹雪", "heavy snow tomorrow afternoon";
# not weather as a topic ("防御大风工作部署会", "防范寒潮").
WEATHER = led(
    r"(?<![防御抗对范])(?=[雨小中大暴阵雷有下寒冷霜冰雾多晴阴台a-z])(?:雨夹雪|[小中大暴]雨|阵雨|雷雨|[小中大暴]雪|有雨|有雪|下雨|下雪|大风|寒潮|冷空气|霜冻|冰冻"
    r"|大雾|雾霾|多云|晴转|阴转|冰雹|台风|有结冰|道路结冰"
    r"|\b(?:rain|snow|showers?|sleet|gales?|storms?|thunderstorms?|fog|frost|windy|heatwave"
    r"|ice|icy|blizzard|hail)\b)"
    # the weather as the topic of a meeting, a plan or a check: "雨雪冰冻视频调度会",
    # "寒潮防范工作", "暴雪排查 柳溪 石门的数还没给我"
    r"(?![^,，。;\s]{0,4}?(?:视频)?(?:调度会|部署会|会议|工作会|灾害|防范|应对|预案|排查|巡查|隐患))"
)
# The time is still to come: "具体时间另行通知", "时间待定", "date TBC".
# A place still to come ("地点另行通知") leaves the time standing.
TO_BE_ANNOUNCED = led(
    r"(?=[时日另什定到a-z])(?:(?:时间|日期)(?:、|和|及)?(?:地点)?\s*:?\s*(?:另行通知|另行告知|另行安排|另定|待定|待通知|未定|未确定)"
    r"|另行通知具体时间|什么时候[^,。;!?\n]{0,8}另行通知|(?:定了|到时候)(?:以后|之后)?再(?:通知|说)"
    r"|\b(?:date|time|timing)s?\s*(?:is |are )?(?:tbc|tbd|to be (?:confirmed|announced|determined"
    r"|advised))\b)"
)
# A duty roster: "本周值班：周六老李，周日小王", "元旦值班安排：1月1日 李主任；1月2日 …".
# Its lines are sentences of their own, so it is looked for in the whole message.
ROSTER = re.compile(
    r"值班(?:表|安排|人员|领导|干部)?\s*:|排班表?\s*:|轮值|轮班|有人值班"
    r"|\b(?:on[- ]call|duty (?:roster|rota)|rota)\b|\bduty\s*:"
    # a roster without its colon: "元旦值班表 [图片] 1号徐医生…", "元旦三天护理部值班，1日马主任、
    # 2日杨敏", "Tonight's standby: Bazza 6pm-midnight"
    r"|(?:值班|排班)表?[^，。,.!！?？]{0,12}[，,、\s\]]\s*\d{1,2}[日号](?![前后])|\bstandby\s*:"
)
# A campaign period told to the public: "即日起至12月31日开展冬季消防安全专项整治行动".
CAMPAIGN = led(
    r"专项(?:行动|整治|检查|治理|活动)|集中整治|百日(?:行动|攻坚)|宣传[月周]|安全生产月|大检查|大排查"
    r"|大整治|攻坚行动|\bcampaign\b"
)
CAMPAIGN_START_BEFORE = led(
    r"(?:即日起|今日起|即日|自即日起|从即日起|从今天起|自今日起|今天起)\s*(?:至|到|-|~|—)\s*$"
)
# An event held for the public, not attended by the reader: "周六上午社区义诊，欢迎居民参加".
PUBLIC_EVENT = led(
    r"(?=[欢义想要需有都可a-z])(?:都可以来|可以来看|都能来|欢迎(?:广大|社区|辖区|全体|各位)?(?:居民|群众|市民|村民|家长|老年人|老人|朋友|游客|患者)|义诊"
    r"|(?:想|要|需要|有兴趣)[^,;。!?\n]{0,12}的[^,;。!?\n]{0,6}(?:可以|自己|直接)(?:去|来|过来)"
    r"|\b(?:open to (?:the )?(?:public|residents|all|everyone)|nothing to book|no need to book"
    r"|no need to send anyone|free entry|opens? for the season"
    r"|all (?:residents )?(?:are )?welcome"
    r"|residents (?:are )?welcome|everyone (?:is )?welcome)\b)"
)
# Who is asked: a request word, or units addressed to act ("各村开展排查").
ASK = re.compile(
    # 申请, 邀请, 请假 ask the reader nothing: "我周日陪她去申请补贴"
    r"(?<![申邀聘])请(?!假)|务必|必须|须|要求|\bplease\b|\bmust\b|\bneed to\b"
    # "跟各村讲一下" tells the units something; it asks them nothing
    r"|(?<![跟和给])各(?:村|乡镇|单位|部门|社区|网格|企业|站所|办所|支部|学校|科室|成员单位)"
)
# A question about what a deadline means sets none: "周五下班前是按五点半还是六点？",
# "元旦前是指31号前吧", "五一前係今年五一吧", "is the 3rd a hard cutoff?", "is 6pm firm?",
# "the names are due tomorrow noon, right?". The one asking waits for an answer.
DEADLINE_QUERY = led(
    r"(?<!以)前\s*(?:就|到底)?(?:是|係|系)\s*(?:按|指|算)?[^,;。!\n]{0,14}?(?:还是|吧|吗|嘛|\?)"
    r"|\b(?:is|does)\b[^.!?\n]{0,40}\b(?:cut-?off|deadline|due date)\b[^.!?\n]{0,40}\?"
    r"|\bis\s+(?:it\s+|that\s+)?(?:firm|fixed|final|flexible)\s*\?"
    r"|\b(?:due|deadline|cut-?off)\b[^.!?\n]{0,30}\bright\s*\?"
)
