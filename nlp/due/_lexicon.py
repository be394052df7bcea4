"""Words the due resolver understands, kept apart from the regexes that use them.

Each table is the single place where a word gets its meaning, so a new
spelling (礼拜, "thurs") is added here and every pattern picks it up.
"""

from __future__ import annotations

from datetime import time

__all__ = [
    "CHINESE_WEEKDAYS",
    "CLOSE_OF_DAY",
    "COUNT_WORDS",
    "DAY_OFFSETS",
    "DAY_PERIODS",
    "ENGLISH_DAY_OFFSETS",
    "ENGLISH_DAY_PARTS",
    "ENGLISH_MINUTES",
    "ENGLISH_MONTHS",
    "ENGLISH_NUMBERS",
    "ENGLISH_WEEKDAYS",
    "MONTH_STEMS",
    "NIGHT_PERIODS",
    "PERIOD_ALONE",
    "PERIOD_SHIFT",
    "PERIOD_SYNONYMS",
    "WEEKDAY_STEMS",
    "WEEK_OFFSETS",
]

# Monday is 0, as in datetime.weekday().
CHINESE_WEEKDAYS = {
    "一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6,
    "1": 0, "2": 1, "3": 2, "4": 3, "5": 4, "6": 5, "7": 6,
}  # fmt: skip

ENGLISH_WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1,
    "wednesday": 2, "wed": 2, "weds": 2, "thursday": 3, "thu": 3, "thur": 3, "thurs": 3,
    "friday": 4, "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip

ENGLISH_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

# The three letters that name a month or a weekday in English, for a search that only
# asks whether a day is named ("4 December", "this Friday"), not which.
MONTH_STEMS = "|".join(sorted({name[:3] for name in ENGLISH_MONTHS}))
WEEKDAY_STEMS = "|".join(sorted({name[:3] for name in ENGLISH_WEEKDAYS}))

ENGLISH_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "an": 1,
}  # fmt: skip
# Minutes said before past/to an hour ("quarter to five", "ten past nine"), and the
# "half" of British "half eight" (8:30).
ENGLISH_MINUTES = {
    "half": 30, "quarter": 15, "five": 5, "ten": 10, "twenty": 20, "twenty-five": 25,
    "twenty five": 25,
}  # fmt: skip
# What makes the number before it a count or a figure, never a clock time:
# "tomorrow 10 volunteers", "today from 9 forms", "Tomorrow 3.25 million", "1200 hours of".
COUNT_WORDS = (
    "people", "persons", "person", "pax", "ppl", "names", "name", "forms", "form", "households",
    "homes", "houses", "families", "residents", "staff", "students", "pupils", "kids",
    "children", "volunteers", "patients", "cases", "beds", "units", "copies", "doses", "items",
    "boxes", "bags", "packs", "sheets", "pages", "places", "seats", "slots", "tickets", "votes",
    "replies", "responses", "signatures", "entries", "visits", "calls", "cars", "vehicles",
    "buses", "teams", "groups", "classes", "rooms", "more", "others", "extra", "new", "of",
    "out", "each", "per", "x", "times", "million", "billion", "thousand", "hundred", "k", "m",
    "mn", "bn", "percent", "per cent", "pct", "points", "pts", "kg", "km", "metres", "meters",
    "miles", "hours", "hrs", "mins", "minutes", "days", "weeks", "months", "years", "left",
    "to go", "remaining", "in total", "total", "spent", "logged",
)  # fmt: skip

# Days after sent_at's date.
DAY_OFFSETS = {
    "今天": 0, "今日": 0, "当天": 0, "当日": 0, "本日": 0, "今早": 0, "今晨": 0,
    "今晚": 0, "今夜": 0, "今天之内": 0, "明天": 1, "明日": 1, "明早": 1, "明晨": 1,
    "明晚": 1, "明儿": 1, "明儿个": 1, "今儿": 0, "今儿个": 0, "后天": 2, "后日": 2, "大后天": 3,
    "昨天": -1, "昨日": -1, "昨晚": -1, "昨夜": -1, "前天": -2,
    # dialect and Cantonese: 今朝 today, 听日 tomorrow (听朝 its morning, 听晚 its
    # evening), 寻日/琴日 yesterday
    "今朝": 0, "听日": 1, "听朝": 1, "听晚": 1, "寻日": -1, "琴日": -1,
    # Wu 明朝 tomorrow, Hakka 天光日 tomorrow
    "明朝": 1, "天光日": 1,
}  # fmt: skip
# Chat spellings ("tmrw", "2moro") count as the word; a part of the day may follow
# any of them ("tmrw morning"), see ENGLISH_DAY_PARTS.
ENGLISH_DAY_OFFSETS = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "tomorrow": 1, "tmrw": 1, "tmr": 1, "tmro": 1, "tmoro": 1, "tmorrow": 1, "tomorow": 1,
    "2moro": 1, "2morro": 1, "2morrow": 1, "2mrw": 1, "the day after tomorrow": 2,
    "this arvo": 0,
    "yesterday": -1, "last night": -1,
}  # fmt: skip
# A part of the day said after a day ("tomorrow afternoon", "Friday evening"): the
# Chinese period word it stands for, whose meanings PERIOD_SHIFT and PERIOD_ALONE give.
ENGLISH_DAY_PARTS = {
    "morning": "上午", "afternoon": "下午", "evening": "今晚", "night": "今晚",
    "arvo": "下午",  # Australian "Friday arvo"
}  # fmt: skip

# The period a day word carries with it ("今晚9点" is 21:00, "今晚" alone 21:00).
DAY_PERIODS = {
    "今晚": "今晚", "明晚": "今晚", "今夜": "今晚", "tonight": "今晚", "this evening": "今晚",
    "今早": "上午", "明早": "上午", "今晨": "上午", "明晨": "上午", "this morning": "上午",
    "this afternoon": "下午", "this arvo": "下午", "last night": "今晚", "听朝": "上午",
    "听晚": "今晚", "昨晚": "今晚", "昨夜": "今晚",
}  # fmt: skip

# Weeks after sent_at's week (weeks run Monday to Sunday).
WEEK_OFFSETS = {
    "本": 0, "这": 0, "这个": 0, "本个": 0, "下": 1, "下个": 1, "下下": 2, "下下个": 2,
    "上": -1, "上个": -1, "this": 0, "next": 1, "coming": 0, "last": -1,
    "the following": 1,
}  # fmt: skip

# Dialect and Cantonese period words, read as the standard word they stand for:
# 晌午 is 中午, 下昼 (下晝), 晏昼, northern 后晌 and Wu 下半天 下午, 朝早, 朝头早
# and Hakka 朝晨 上午.
PERIOD_SYNONYMS = {
    "晌午": "中午", "下昼": "下午", "晏昼": "下午", "朝早": "上午", "朝头早": "上午",
    "后晌": "下午", "下半天": "下午", "下半日": "下午", "上半天": "上午", "朝晨": "上午",
}  # fmt: skip

# Hours added to a clock time said with this period word ("下午3点" is 15:00);
# None leaves the hour as said.
PERIOD_SHIFT: dict[str, int | None] = {
    "上午": None, "早上": None, "早晨": None, "清晨": None, "凌晨": None, "早": None,
    "今早": None, "明早": None, "今晨": None, "明晨": None, "中午": 12, "午间": 12,
    "下午": 12, "傍晚": 12, "晚上": 12, "晚间": 12, "夜间": 12, "夜里": 12,
    "晚": 12, "今晚": 12, "明晚": 12, "今夜": 12, "半夜": None, "午夜": 12, "pm": 12, "am": None,
}  # fmt: skip
# Periods of the night, in which 12点 and 零点 are midnight at the end of the day:
# "今晚12点前", "半夜12点", "晚上零点".
NIGHT_PERIODS = frozenset({
    "晚上", "晚间", "夜间", "夜里", "晚", "今晚", "明晚", "今夜", "半夜", "午夜",
})  # fmt: skip

# The moment a period word stands for when no clock time follows it:
# the end of the period, because "上午报送" means "by the end of the morning".
# None is replaced by the configured close of business.
PERIOD_ALONE: dict[str, time | None] = {
    "上午": time(12, 0), "中午": time(12, 0), "下午": None, "今晚": time(21, 0),
    "明晚": time(21, 0), "晚上": time(21, 0), "今夜": time(21, 0), "下班": None,
    "tonight": time(21, 0), "this evening": time(21, 0), "noon": time(12, 0),
    "midday": time(12, 0), "midnight": time(23, 59), "午夜": time(23, 59),
}  # fmt: skip

# The end of the working day in English: a deadline at the configured close of
# business, as 下班前 is ("EOD Friday", "by close of play tomorrow").
CLOSE_OF_DAY = (
    "close of business", "end of business", "close of play", "end of play", "end of the day",
    "end of day", "eod", "cob", "e.o.d.", "c.o.b.", "e.o.d", "c.o.b",
)  # fmt: skip
PERIOD_ALONE.update(dict.fromkeys(CLOSE_OF_DAY))
