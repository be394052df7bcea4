"""The regex that finds the pieces of date/time expressions, over prepared text.

The text has been through :func:`nlp.due.prepare` and look-alike masking (see
:mod:`nlp.due._patterns`). ``PIECE`` finds the building blocks of a date/time
expression (a day, a clock time, a "within N days"), each alternative with
named groups that :mod:`nlp.due._pieces` reads; ``PIECE_START`` says where one
can begin.
"""

from __future__ import annotations

import re

from nlp.due._holidays import HOLIDAYS
from nlp.due._lexicon import (
    CLOSE_OF_DAY,
    COUNT_WORDS,
    DAY_OFFSETS,
    ENGLISH_DAY_OFFSETS,
    ENGLISH_DAY_PARTS,
    ENGLISH_MINUTES,
    ENGLISH_MONTHS,
    ENGLISH_NUMBERS,
    ENGLISH_WEEKDAYS,
    PERIOD_SYNONYMS,
)
from nlp.leading import led

__all__ = [
    "CLOCK_DAY_BEFORE",
    "CLOCK_WORD_BEFORE",
    "COUNT_AFTER",
    "DAY_AFTER",
    "LABEL_BEFORE",
    "PIECE",
    "PIECE_START",
    "SAID_ALONE_AFTER",
    "YEAR_BEFORE",
]

_PERIOD = "|".join(
    ("上午|早上|早晨|清晨|凌晨|中午|午间|下午|傍晚|晚上|晚间|夜间|夜里|半夜|午夜", *PERIOD_SYNONYMS)
)
_CLOCK = (
    r"(?P<h>\d{1,2})\s*(?::(?P<mi>[0-5]\d)(?::[0-5]\d)?(?!\d)"
    r"|[点时](?!钟头)(?:\s*(?P<half>半)|\s*(?P<q>[13一三])刻|\s*(?P<mi2>[0-5]?\d)(?!\d)\s*分?|整|钟)?)"
)
_MONTHS = "|".join(sorted(ENGLISH_MONTHS, key=len, reverse=True))
_EN_DAYS = "|".join(sorted(ENGLISH_DAY_OFFSETS, key=len, reverse=True))
_EN_PARTS = "|".join(ENGLISH_DAY_PARTS)
_CLOSE_OF_DAY = "|".join(re.escape(words) for words in sorted(CLOSE_OF_DAY, key=len, reverse=True))
_EN_NUMBER = r"\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|an?"
_HOLIDAY_NAMES = "|".join(sorted(HOLIDAYS, key=len, reverse=True))
_HOUR_WORDS = sorted((word for word in ENGLISH_NUMBERS if len(word) > 2), key=len, reverse=True)
_EN_HOURS = "|".join((r"\d{1,2}", *_HOUR_WORDS))
_EN_MINUTES = "|".join(sorted(ENGLISH_MINUTES, key=len, reverse=True))
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
    # lunar dates: "腊月二十三", "正月初八", "农历8月15", "10月初一" (初 days are lunar
    # only), Cantonese "年二十八" (the 28th of 腊月); before the solar month below
    r"(?:(?:农历|阴历)\s*(?P<lm>1[0-2]|[1-9]|[正冬腊])|(?P<lm2>[正冬腊])"
    r"|(?<![\d年])(?P<lm3>1[0-2]|[1-9])(?=月\s*初))月\s*(?P<ld>初[一二三四五六七八九十]"
    r"|[二三]?十[一二三四五六七八九]?|\d{1,2}(?!\d))"
    r"|(?<![\d今明去本当每前后])年(?P<ly>二十[一二三四五六七八九]|三十)"
    r"(?![\d一二三四五六七八九十个名人户位家条项份次届岁])",
    # "12月1日", "11月20", "12月底", "11月下旬"
    r"(?<![\d.])(?P<m>1[0-2]|0?[1-9])(?!\d)\s*月\s*(?:(?P<d>\d{1,2})(?!\d)\s*[日号]?"
    r"|(?P<mpart>底|末|上旬|中旬|下旬))",
    # "12.1", "12/1", "12-01": only where a date can stand, see _pieces
    # "3.30-5pm", "2–4pm", "6 to 7:30 pm": a range's start, said with the am/pm of its end
    # (read by _clocks.range_head); before the dates below, which would take "3.30"
    r"(?<![\d:.])(?P<rh>\d{1,2})(?:[:.](?P<rmi>[0-5]\d))?(?=\s*(?:-|–|—|to)\s*(?P<rth>\d{1,2})"
    r"(?:[:.][0-5]\d)?\s*(?P<rampm>[ap])\.?m(?![a-z]))",
    # "9:30 am", "8.00pm": before the dates and bare clocks below, which would take "8.00"
    # "(?![a-z])", not "\b": "明天3pm开会" has a letter-like CJK character after "pm"
    r"(?<![\d:.])(?P<eh>\d{1,2})(?:[:.](?P<emi>[0-5]\d)(?::[0-5]\d)?)?\s*"
    r"(?P<ampm>a\.?m(?![a-z])\.?|p\.?m(?![a-z])\.?)",
    # (also "8.30" and "8.30-9.30", which _clocks reads as a time where one can stand)
    r"(?<![\d.#/-])(?<!\d:)(?P<nm>\d{1,2})(?P<sep>[./-])(?P<nd>\d{1,2})"
    r"(?![\d%:/#]|\.\d|-(?!\d{1,2}[.:][0-5]\d(?!\d)))",
    r"(?P<mo>本|这个?|当|下个?)?(?<![\d年])月(?:底|末)",
    r"(?P<mo2>本|这个?|下个?)月(?P<md>\d{1,2})\s*[日号]",
    r"(?<![\d#])(?P<dd>\d{1,2})\s*[日号](?!内)",
    r"(?P<rel>明儿个|明儿|今儿个|今儿|大后天|后天|(?<!前)后日(?!子)|今天之内|今天|今日|当天|当日|本日|今早|今晨|今晚|今夜|明天|明日|明早|明晨"
    r"|明晚|昨天|昨日|昨晚|昨夜|今朝|听日(?![语文本剧])|听朝|听晚|寻日|琴日"
    r"|明朝(?![代人末初时的官])|天光日)",
    r"(?:(?P<wk>下下个?|下个?|上个?|本|这个?)\s*)?(?:周|星期|礼拜)(?P<wd>[一二三四五六日天]|[1-7](?!\d))",
    r"(?P<wk2>本|这个?|下个?)(?:周|星期|礼拜)(?:之内|以内|内|末)",
    # "下班前", and "今天下班截止", "下班交" said without 前 (not "下班交接", "下班后")
    r"(?P<offwork>下班)(?=\s*(?:之前|以前|前|截止|为止|交(?!接)|报上|发给))",
    # "春节前", "元旦放假前": by the eve of the holiday, or of its official break
    rf"(?P<hol>{_HOLIDAY_NAMES})(?P<hbreak>\s*(?:小长假|长假|假期|放假|休假))?"
    r"(?=\s*(?:之前|以前|前(?!后)))",
    # "周日晚9点", "早8点": the one-character periods, only before a clock ("最晚9点" is a limit)
    rf"(?:(?P<period>{_PERIOD}|(?<!最)[早晚])\s*)?{_CLOCK}",
    # "at 9", "8 tonight", "9 tomorrow morning": an hour alone, where only a clock can stand
    # "by 5", "before 4": a limit at an hour, as office English writes it (the word
    # stays outside the piece, where the deadline rules read it)
    rf"(?:\bat\s+|(?<=\bby )|(?<=\bbefore ))(?P<ebh>\d{{1,2}})(?![\d:%/-]|\.\d)"
    # (or the people told: "on my desk by 10 lads, signed")
    rf"(?=\s*(?:$|[^\sa-z]|(?:{_AFTER_BARE_HOUR}|please|pls|latest|lads|guys|folks|everyone|team)\b))"
    # (a temperature is no clock: "going to -3 tonight", "minus 4 tonight")
    rf"|(?<![\d:.])(?<![\s(]-)(?<!^-)(?<!minus )(?P<ebh2>\d{{1,2}})(?=\s+(?:{_AFTER_BARE_HOUR})\b)",
    # "找了一晚上", "忙了一整个下午": a length of time, not a part of a day ("周一上午" is)
    rf"(?<!(?<![周期拜])一)(?<!整)(?<!整个)(?P<palone>{_PERIOD})",
    # English
    # ("within the hour" is an hour from now; "within 24 hrs of arrival" counts from
    # another moment, see _pieces)
    rf"\bwithin\s+(?:the\s+next\s+)?(?P<edn>{_EN_NUMBER}|the(?=\s+hour\b))\s+"
    r"(?P<edu>(?:working\s+|business\s+)?days?|hours?|hrs?|weeks?|minutes?|mins?|months?)\b",
    # "还有30分钟", "只剩半小时", "30 minutes left", "an hour to go": the time left to act in
    # ("还有一个钟", "还有一个半钟头", "还有不到1钟头", "最后两个钟头": the hours as said aloud)
    r"(?:还有|还剩下?|只剩下?|剩下|仅剩|只有|仲有|仲剩|最后)\s*(?:不到|不足|差不多)?\s*"
    r"(?P<left_n>\d{1,3}|半|[一两])(?P<left_half>\s*个半)?\s*个?\s*"
    r"(?P<left_unit>小时|钟头|钟(?![点表楼声])|分钟|天(?=\s*就?\s*(?:截止|到期)))"
    r"(?!\s*(?:之后|以后|后))",
    rf"\b(?P<eleft_n>{_EN_NUMBER}|half an)\s+(?P<eleft_u>hours?|hrs?|minutes?|mins?)\s+"
    r"(?P<eleft_how>left|to go|remaining|from now)\b",
    # a chase that ends on the minutes left: "Kelly timesheet? 5 mins", "G10 tutors?? 50 mins"
    r"(?:(?<=[?？])|(?<=[?？]\s))(?P<qleft_n>\d{1,3})\s?(?P<qleft_u>mins?|minutes?)\s*[.!]*\s*$",
    # a message that opens on the minutes to go: "20 mins, program room", "50 mins. G10 tutors??"
    r"^\s*(?P<eopen>\d{1,3})\s?mins?\b(?=\s*[.,!?]|\s*$)",
    # "in 30 minutes", "in half an hour": a start that moment
    rf"\bin\s+(?:(?P<ein>{_EN_NUMBER})\s+(?P<einu>hours?|hrs?|minutes?|mins?)"
    r"|(?P<einh>half an hour))\b",
    # "half eight" (8:30), "half past two", "quarter to five", "ten past 9"; minutes in
    # figures only after a limit or "at" ("by 10 to 5"): "from 10 to 5" is a range
    rf"(?<![a-z])(?:(?P<sqm>{_EN_MINUTES}|(?:(?<=\bby )|(?<=\bbefore )|(?<=\bat ))(?:5|10|20|25))"
    r"\s+(?P<sqrel>past|to|after)|(?P<sqhalf>half))\s+"
    rf"(?P<sqh>{_EN_HOURS})(?:\s*(?P<sqampm>[ap])\.?m(?![a-z])\.?)?(?![a-z\d])",
    # "tomorrow", "tmrw afternoon", "this evening"
    # (letters, not word boundaries, end an English word: "tmr10am", "Weds 25th前")
    rf"(?<![a-z\d])(?P<erel>{_EN_DAYS})(?![a-z])(?:\s+(?P<epart>{_EN_PARTS})(?![a-z]))?",
    # "Friday", "next Weds.", "Thu 3rd", "Tuesday the 19th", "Friday evening"
    rf"(?<![a-z])(?:(?P<ewk>this|next|coming)\s+)?(?P<ewd>{_WEEKDAY_NAMES}|{_WEEKEND_SHORT})"
    r"(?![a-z])\.?(?:,?\s+(?:the\s+)?(?P<ewdd>\d{1,2})(?:st|nd|rd|th)(?![a-z])"
    rf"(?!\s+(?:of\s+)?(?:{_MONTHS}|{_ORDINAL_NOUNS})\b))?"
    rf"(?:\s+(?P<ewpart>{_EN_PARTS})(?![a-z]))?"
    r"(?:\s+(?P<ewk2>next|this|the following)\s+week\b|\s+(?P<eweek>week)\b(?!\s*\d))?",
    rf"\b(?P<edd>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<emon>{_MONTHS})\b\.?"
    r"(?:,?\s*(?P<ey>20\d\d)\b)?",
    rf"\b(?P<emon2>{_MONTHS})\.?\s+(?P<edd2>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s*(?P<ey2>20\d\d)\b)?",
    # "Tuesday the 19th", "by the 25th": a day of the month, where a date can stand
    r"(?:(?<=the )|(?<=by )|(?<=on )|(?<=day )|(?<=before )|(?<=until ))"
    rf"(?P<eord>\d{{1,2}})(?:st|nd|rd|th)\b(?!\s+(?:{_ORDINAL_NOUNS})\b)",
    # (not "\b": "今天EOD截止" has a letter-like CJK character before "eod")
    # ("12 noon", "12 midnight": the hour restates the word, "by Wednesday 12 noon" is
    # noon on Wednesday, not a bare 12 between a day and its part of the day)
    rf"(?<![a-z0-9])(?:12\s*(?=noon|midday|midnight))?"
    rf"(?P<eword>noon|midday|midnight|{_CLOSE_OF_DAY})(?![a-z])",
    r"\b(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?P<eend>month|week)\b",
    # "1600", "1430hrs", "0930 h": a 24-hour clock, where _clocks finds one can stand
    r"(?<![\d:.#/-])(?P<fh>[01]\d|2[0-3])(?P<fm>[0-5]\d)(?![\d%]|[.,:]\d)"
    r"(?:\s?(?P<fsuf>hrs|hr|hours|h)(?![a-z]))?",
    # "this morning 9", "today from 9", "Sat the 28th, 10 at": an hour after a day, ditto
    r"(?<=[\s,])(?P<dbh>\d{1,2})(?![\da-z:%/-]|[.,]\d)",
)
# Each alternative opens with a lookahead of the characters it can start with
# (nlp.leading): at a position where it cannot match, the engine leaves it after
# one test instead of walking its lookbehinds and words. Same matches, and the
# scan of a message costs a third less.
PIECE = re.compile("|".join(led(alternative).pattern for alternative in _PIECES))
# Every piece starts with one of these; trying PIECE only where one stands is
# what keeps long forwarded documents cheap (the lookbehinds at the head of
# PIECE stop the regex engine from skipping ahead by itself).
PIECE_START = re.compile(
    r"[\d半今本年这当下月大后明昨上周星礼早清凌中午傍晚夜元国劳五三六七八十春除端重腊小妇建教青儿农阴正冬"
    r"还只剩仅晌朝晏听寻琴仲天最]"
    r"|(?<![a-z])[a-z]"
)

# Where a number can only be a clock time (read by _clocks): right after a day
# ("tomorrow 8.30", "Tue 17 Nov 1600", "Sat the 28th, 10 at"), with at most a comma
# or a word that leads into a time between them.
_DAY_WORD = (
    rf"(?<![a-z])(?:(?P<relative>{_EN_DAYS})|{_WEEKDAY_NAMES}|sat|sun)\.?(?:\s+(?:{_EN_PARTS}))?"
    rf"|(?<!\d)\d{{1,2}}(?:st|nd|rd|th)|(?<![a-z])(?:{_MONTHS})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?"
    r"(?:,?\s+20\d\d)?|\d{1,2}/\d{1,2}(?:/\d{2,4})?"
    rf"|(?P<relative2>{'|'.join(DAY_OFFSETS)}|{_PERIOD})|[日号]"
)
CLOCK_DAY_BEFORE = led(
    rf"(?:{_DAY_WORD})\s*(?P<glue>,\s*|(?:at|from|by|until|till|til|starting|around|about)\s+)?$"
)
# Words that lead into a time: "at 8.30", "by 5.15", "gate opens 5.30"; not a change
# by a figure ("rose by 2.45").
CLOCK_WORD_BEFORE = led(
    r"(?:(?<![a-z])(?:at|from|until|till|til|around|about|approx\.?|starting|starts?|opens?"
    r"|closes?|begins?|before)|(?<!rose )(?<!fell )(?<!up )(?<!down )(?<!grew )(?<!cut )\bby)\s*$"
    r"|\d[.:][0-5]\d\s*(?:-|–|to|until|till)\s*$"  # the end of "8.30-9.30"
)
# A day said straight after a number makes it a clock: "8.30 today", "0730 tomorrow".
DAY_AFTER = re.compile(rf"\s*(?:{_EN_DAYS})(?![a-z])")
# A count or a figure: "10 volunteers", "3.25 million", "8.5%".
COUNT_AFTER = re.compile(rf"\s*(?:%|(?:{'|'.join(COUNT_WORDS)})(?![a-z]))")
# A number that labels something: "Ward 6", "Room 10", "No. 8", "Year 9", "P6", "G5".
LABEL_BEFORE = led(
    r"(?:(?<![a-z])(?:no|nos|number|room|rm|ward|block|blk|level|lvl|year|yr|floor|bed|bay"
    r"|unit|gate|platform|grade|class|bus|route|flat|zone|page|section|sec|version|ver|item"
    r"|step|table|line|p|g|y|q|v"
    # the parts of a programme or a workforce: "session 1 tomorrow", "shift 2 today"
    r"|session|round|phase|stage|part|group|team|shift|batch|wave|module|lesson|period)\.?\s*"
    r"|[#№])$"
)
# A year after a month: "Nov 2026" is no 20:26.
YEAR_BEFORE = led(rf"(?<![a-z])(?:{_MONTHS})\.?,?\s*$")
# After an hour said straight after a day, what shows it is a time: the end of the
# line, "at", "sharp" ("this morning 9", "Sat the 28th, 10 at Mill Lane").
SAID_ALONE_AFTER = re.compile(
    r"\s*(?:[.!?;)]*\s*(?:$|\n)|(?:at|sharp|o'?clock|start(?:s|ing)?|onwards?|please|pls"
    r"|latest)(?![a-z]))"
)
