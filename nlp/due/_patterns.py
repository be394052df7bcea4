"""Compiled regexes of the due resolver, over normalised, digit-numeral text.

The text they read has been through :func:`nlp.normalize.normalize_text`,
:func:`nlp.normalize.chinese_numerals_to_digits`, ASCII lower-casing and
look-alike masking, so "十二月一日" arrives as "12月1日" and full-width "：" as
":". ``PIECE`` finds the building blocks of a date/time expression (a day, a
clock time, a "within N days"); the other patterns read the words around an
expression that decide what it means.
"""

from __future__ import annotations

import re

from nlp.due._holidays import HOLIDAYS
from nlp.due._lexicon import (
    CLOSE_OF_DAY,
    ENGLISH_DAY_OFFSETS,
    ENGLISH_DAY_PARTS,
    ENGLISH_MONTHS,
    ENGLISH_WEEKDAYS,
    PERIOD_SYNONYMS,
)
from nlp.leading import led

__all__ = [
    "ACKNOWLEDGEMENT",
    "ASK",
    "AS_OF_BEFORE",
    "CAMPAIGN",
    "CAMPAIGN_START_BEFORE",
    "DEADLINE_AFTER",
    "DEADLINE_BEFORE",
    "FORECAST_BEFORE",
    "FORECAST_BEFORE_EN",
    "FROM_AFTER",
    "FROM_BEFORE",
    "GLUE",
    "HISTORY_AFTER",
    "HISTORY_BEFORE",
    "HISTORY_CLAUSE",
    "INFO_CLAUSE",
    "ON_DUTY_AFTER",
    "PERIOD_END_BEFORE",
    "PIECE",
    "PIECE_START",
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

_PERIOD = "|".join(
    ("上午|早上|早晨|清晨|凌晨|中午|午间|下午|傍晚|晚上|晚间|夜间|夜里|半夜|午夜", *PERIOD_SYNONYMS)
)
_CLOCK = (
    r"(?P<h>\d{1,2})\s*(?::(?P<mi>[0-5]\d)(?::[0-5]\d)?(?!\d)"
    r"|[点时](?!钟头)(?:\s*(?P<half>半)|\s*(?P<q>[13一三])刻|\s*(?P<mi2>[0-5]?\d)(?!\d)\s*分?|整|钟)?)"
)
_MONTHS = "|".join(sorted(ENGLISH_MONTHS, key=len, reverse=True))
_FULL_WEEKDAYS = "|".join(name for name in ENGLISH_WEEKDAYS if len(name) > 4)
_EN_DAYS = "|".join(sorted(ENGLISH_DAY_OFFSETS, key=len, reverse=True))
_EN_PARTS = "|".join(ENGLISH_DAY_PARTS)
_CLOSE_OF_DAY = "|".join(re.escape(words) for words in sorted(CLOSE_OF_DAY, key=len, reverse=True))
_EN_NUMBER = r"\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|an?"
_HOLIDAY_NAMES = "|".join(sorted(HOLIDAYS, key=len, reverse=True))
# What may follow a bare hour ("at 9", "8 tonight") for it to be a clock time, not a count.
_AFTER_BARE_HOUR = rf"{_EN_DAYS}|in the (?:morning|afternoon|evening)|on|sharp|o'?clock"
# "the 3rd floor", "the 2nd round": ordinals that count something else.
_ORDINAL_NOUNS = (
    r"floor|round|batch|time|place|grade|year|quarter|phase|edition|session|term|week|item|step"
    r"|prize|anniversary|class|century|stage|level|meeting|group|team"
)

# Weekday names; "sat" and "sun" are words too, so they name a day only where a day
# stands: after "by"/"on"/"this", or before a day of the month, a clock or a part of day.
_WEEKDAY_NAMES = "|".join(
    sorted((name for name in ENGLISH_WEEKDAYS if name not in ("sat", "sun")), key=len, reverse=True)
)
_WEEKEND_SHORT = (
    r"(?:(?<=by )|(?<=on )|(?<=this )|(?<=next )|(?<=coming )|(?<=until )|(?<=till )"
    r"|(?<=before ))(?:sat|sun)"
    r"|(?:sat|sun)(?=\.?,?\s+(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b|\d{1,2}\s*[ap]\.?m(?![a-z])"
    rf"|\d{{1,2}}[:.][0-5]\d|\d{{1,2}}\s+(?:{_MONTHS})\b|(?:{_EN_PARTS})\b))"
)

_PIECES = (
    # "3天内", "24小时内", "半小时内", "3个工作日内", "两个礼拜内"; "一个半小时后", "30分钟后"
    r"(?P<dur_n>\d{1,3}|半|(?P<dur_x>\d{1,2})个半)\s*(?P<dur_unit>个工作日"
    r"|工作日|个小时|小时|个钟头|钟头|分钟|天|日|个星期|星期|个礼拜|礼拜|周|个月)"
    r"\s*(?:之内|以内|内|(?P<dur_after>之后|以后|后))",
    # "2026年12月1日", "2026年12月底", "2026-12-01", "2026/12/1", "2026.12.1"
    r"(?<!\d)(?P<y>20\d\d)\s*(?:年\s*(?P<ym>\d{1,2})\s*月\s*(?:(?P<yd>\d{1,2})(?!\d)\s*[日号]?"
    r"|(?P<ypart>底|末|上旬|中旬|下旬))|[-/.](?P<ym2>\d{1,2})[-/.](?P<yd2>\d{1,2})(?!\d))",
    r"(?P<ye>(?<!\d)20\d\d\s*年|今年|本年|年)(?:底|末)",
    # "12月1日", "11月20", "12月底", "11月下旬"
    r"(?<![\d.])(?P<m>1[0-2]|0?[1-9])(?!\d)\s*月\s*(?:(?P<d>\d{1,2})(?!\d)\s*[日号]?"
    r"|(?P<mpart>底|末|上旬|中旬|下旬))",
    # "12.1", "12/1", "12-01": only where a date can stand, see _pieces
    # "9:30 am", "8.00pm": before the dates and bare clocks below, which would take "8.00"
    # "(?![a-z])", not "\b": "明天3pm开会" has a letter-like CJK character after "pm"
    r"(?<![\d:.])(?P<eh>\d{1,2})(?:[:.](?P<emi>[0-5]\d)(?::[0-5]\d)?)?\s*"
    r"(?P<ampm>a\.?m(?![a-z])\.?|p\.?m(?![a-z])\.?)",
    r"(?<![\d.#/-])(?<!\d:)(?P<nm>\d{1,2})(?P<sep>[./-])(?P<nd>\d{1,2})(?![\d.%:/#-])",
    r"(?P<mo>本|这个?|当|下个?)?(?<![\d年])月(?:底|末)",
    r"(?P<mo2>本|这个?|下个?)月(?P<md>\d{1,2})\s*[日号]",
    r"(?<![\d#])(?P<dd>\d{1,2})\s*[日号](?!内)",
    r"(?P<rel>明儿个|明儿|今儿个|今儿|大后天|后天|(?<!前)后日(?!子)|今天之内|今天|今日|当天|当日|本日|今早|今晨|今晚|今夜|明天|明日|明早|明晨"
    r"|明晚|昨天|昨日|今朝|听日(?![语文本剧])|听朝|听晚|寻日|琴日)",
    r"(?:(?P<wk>下下个?|下个?|上个?|本|这个?)\s*)?(?:周|星期|礼拜)(?P<wd>[一二三四五六日天]|[1-7](?!\d))",
    r"(?P<wk2>本|这个?|下个?)(?:周|星期|礼拜)(?:之内|以内|内|末)",
    r"(?P<offwork>下班)(?=\s*(?:之前|以前|前))",
    # "春节前", "元旦放假前": by the eve of the holiday, or of its official break
    rf"(?P<hol>{_HOLIDAY_NAMES})(?P<hbreak>\s*(?:小长假|长假|假期|放假|休假))?"
    r"(?=\s*(?:之前|以前|前(?!后)))",
    # "周日晚9点", "早8点": the one-character periods, only before a clock ("最晚9点" is a limit)
    rf"(?:(?P<period>{_PERIOD}|(?<!最)[早晚])\s*)?{_CLOCK}",
    # "at 9", "8 tonight", "9 tomorrow morning": an hour alone, where only a clock can stand
    # "by 5", "before 4": a limit at an hour, as office English writes it (the word
    # stays outside the piece, where the deadline rules read it)
    rf"(?:\bat\s+|(?<=\bby )|(?<=\bbefore ))(?P<ebh>\d{{1,2}})(?![\d:%/-]|\.\d)"
    rf"(?=\s*(?:$|[^\sa-z]|(?:{_AFTER_BARE_HOUR}|please|pls|latest)\b))"
    rf"|(?<![\d:.])(?P<ebh2>\d{{1,2}})(?=\s+(?:{_AFTER_BARE_HOUR})\b)",
    rf"(?P<palone>{_PERIOD})",
    # English
    rf"\bwithin\s+(?:the\s+next\s+)?(?P<edn>{_EN_NUMBER})\s+(?P<edu>(?:working\s+|business\s+)?"
    r"days?|hours?|hrs?|weeks?|minutes?|mins?|months?)\b",
    # "还有30分钟", "只剩半小时", "30 minutes left", "an hour to go": the time left to act in
    r"(?:还有|还剩下?|只剩下?|剩下|仅剩|只有)\s*(?P<left_n>\d{1,3}|半)\s*个?\s*"
    r"(?P<left_unit>小时|钟头|分钟|天(?=\s*就?\s*(?:截止|到期)))(?!\s*(?:之后|以后|后))",
    rf"\b(?P<eleft_n>{_EN_NUMBER}|half an)\s+(?P<eleft_u>hours?|hrs?|minutes?|mins?)\s+"
    r"(?P<eleft_how>left|to go|remaining|from now)\b",
    # "in 30 minutes", "in half an hour": a start that moment
    rf"\bin\s+(?:(?P<ein>{_EN_NUMBER})\s+(?P<einu>hours?|hrs?|minutes?|mins?)"
    r"|(?P<einh>half an hour))\b",
    # "tomorrow", "tmrw afternoon", "this evening"
    # (letters, not word boundaries, end an English word: "tmr10am", "Weds 25th前")
    rf"(?<![a-z\d])(?P<erel>{_EN_DAYS})(?![a-z])(?:\s+(?P<epart>{_EN_PARTS})(?![a-z]))?",
    # "Friday", "next Weds.", "Thu 3rd", "Tuesday the 19th", "Friday evening"
    rf"(?<![a-z])(?:(?P<ewk>this|next|coming)\s+)?(?P<ewd>{_WEEKDAY_NAMES}|{_WEEKEND_SHORT})"
    r"(?![a-z])\.?(?:,?\s+(?:the\s+)?(?P<ewdd>\d{1,2})(?:st|nd|rd|th)(?![a-z])"
    rf"(?!\s+(?:of\s+)?(?:{_MONTHS}|{_ORDINAL_NOUNS})\b))?"
    rf"(?:\s+(?P<ewpart>{_EN_PARTS})(?![a-z]))?"
    r"(?:\s+(?P<ewk2>next|this|the following)\s+week\b)?",
    rf"\b(?P<edd>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<emon>{_MONTHS})\b\.?"
    r"(?:,?\s*(?P<ey>20\d\d)\b)?",
    rf"\b(?P<emon2>{_MONTHS})\.?\s+(?P<edd2>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s*(?P<ey2>20\d\d)\b)?",
    # "Tuesday the 19th", "by the 25th": a day of the month, where a date can stand
    r"(?:(?<=the )|(?<=by )|(?<=on )|(?<=day )|(?<=before )|(?<=until ))"
    rf"(?P<eord>\d{{1,2}})(?:st|nd|rd|th)\b(?!\s+(?:{_ORDINAL_NOUNS})\b)",
    rf"\b(?P<eword>noon|midday|midnight|{_CLOSE_OF_DAY})(?![a-z])",
    r"\b(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?P<eend>month|week)\b",
)
PIECE = re.compile("|".join(_PIECES))
# Every piece starts with one of these; trying PIECE only where one stands is
# what keeps long forwarded documents cheap (the lookbehinds at the head of
# PIECE stop the regex engine from skipping ahead by itself).
PIECE_START = re.compile(
    r"[\d半今本年这当下月大后明昨上周星礼早清凌中午傍晚夜元国劳五三六七八十春除端重腊小妇建教青儿"
    r"还只剩仅晌朝晏听寻琴]"
    r"|(?<![a-z])[a-z]"
)

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
SUPERSEDED_BEFORE = led(r"(?:原定(?:于|为)?|原计划|原)\s*$")
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
# "已于22时45分扑灭": what already happened.
HISTORY_BEFORE = led(r"(?:已于|已经于|已在|已经在)\s*$")
# A sentence about a past period that asks nothing: "last quarter 75% were resolved within a day".
HISTORY_CLAUSE = led(r"\blast (?:quarter|month|year)\b|上季度|上个季度|去年同期")
REQUEST = led(r"请|务必|必须|须|要求|\bplease\b|\bmust\b|\bneed to\b")
# "（截至今天下午5点）" in a request for figures is the cut-off of the data, not a deadline.
AS_OF_BEFORE = led(r"[(]\s*截至\s*$")
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
    r"|(?<!将)每(?:天|日|周|月)[^,，。;；!\n]{0,14}(?:打卡|签到|报送|上报|填报|巡查|截图|答题|提交"
    r"|点赞|评论|转发|学满|学习|登录|阅读|浏览|在看)"
    # "以后天天都要开轨迹": every day from now on
    r"|天天都?(?:要|得|须)"
    r"|\b(?:every|each)\s+(?:day|week|month|morning|afternoon|evening|night|working day|shift|"
    rf"{_FULL_WEEKDAYS})\b|\b(?:daily|weekly|monthly)\s+(?:before|by|at|until|from)\b"
    # "updated by the 10am board round, daily."
    r"|,\s*(?:daily|weekly|every day)\s*[.!;]?\s*(?:$|\n)"
    rf"|\bon\s+(?:{_FULL_WEEKDAYS})s\b"
)
# Clauses that announce an outage, a timetable or the weather state times nobody acts by.
# So does one that tells the reader to carry on as usual, or what is published.
INFO_CLAUSE = led(
    r"停水|停电|停气|断水|断电|限电|检修|停运|封闭施工|交通管制|作息时间|办公时间|上班时间|营业时间"
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
)
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
    r"|all (?:residents )?(?:are )?welcome"
    r"|residents (?:are )?welcome|everyone (?:is )?welcome)\b)"
)
# Who is asked: a request word, or units addressed to act ("各村开展排查").
ASK = re.compile(
    r"请|务必|必须|须|要求|\bplease\b|\bmust\b|\bneed to\b"
    # "跟各村讲一下" tells the units something; it asks them nothing
    r"|(?<![跟和给])各(?:村|乡镇|单位|部门|社区|网格|企业|站所|办所|支部|学校|科室|成员单位)"
)
