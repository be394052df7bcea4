"""Due phrasings that other projects' suites use and the resolver once missed (issue 12).

Each row is a group message written the way cadres type them, the moment it
was sent and the due moment. Unless a row says otherwise the message is sent
on Monday 16 November 2026 at 09:00 (+08:00).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from nlp.due import resolve_due

TZ = timezone(timedelta(hours=8))
MONDAY = "2026-11-16T09:00"


def _at(iso: str) -> datetime:
    """A due moment: "2026-11-20" is that day's 23:59, "2026-11-20T15:00" that minute."""
    return datetime.fromisoformat(iso if "T" in iso else iso + "T23:59").replace(tzinfo=TZ)


def _after(minutes: int, sent: str = MONDAY) -> datetime:
    return _at(sent) + timedelta(minutes=minutes)


MINUTES_AND_SECONDS = [
    ("请各村支书下午三点十五到镇政府二楼开会", MONDAY, _at("2026-11-16T15:15")),
    ("明天下午两点零五准时开视频调度会，提前五分钟进会场", MONDAY, _at("2026-11-17T14:05")),
    ("今天下午四点四十前把走访表发群里", MONDAY, _at("2026-11-16T16:40")),
    ("明早八点二十在村口集合，坐大巴去县里", MONDAY, _at("2026-11-17T08:20")),
    ("两点半开会，别迟到", MONDAY, _at("2026-11-16T14:30")),
    ("12月十五下午三点开年终总结会", MONDAY, _at("2026-12-15T15:00")),
    ("培训15:30:00开始，请提前签到", MONDAY, _at("2026-11-16T15:30")),
    ("请于2026-11-20 17:00:00前在系统提交", MONDAY, _at("2026-11-20T17:00")),
    # with the seconds read, "前" after them still makes a deadline, which beats a start
    ("下午3点开会，会议材料请于明天12:00:00前提交", MONDAY, _at("2026-11-17T12:00")),
]

# "X前" counts the named day, as "本周五前" counts the Friday; "春节前" is by 除夕.
HOLIDAYS = [
    ("春节前各村要把低保户走访一遍，照片发群里", MONDAY, _at("2027-02-05")),
    ("除夕前完成烟花爆竹销售点检查", MONDAY, _at("2027-02-05")),
    ("元宵节前把灯会安全方案报镇里", "2027-01-10T10:00", _at("2027-02-20")),
    ("清明前请各村落实护林员上山巡查", "2027-03-20T10:00", _at("2027-04-05")),
    ("端午节前完成河道清障，注意安全", "2027-05-10T10:00", _at("2027-06-09")),
    ("中秋节前把慰问名单报上来", "2027-08-20T10:00", _at("2027-09-15")),
    ("三八妇女节前请各支部报送优秀女干部事迹材料", "2027-02-20T10:00", _at("2027-03-08")),
    ("妇女节前把表交了", "2027-02-20T10:00", _at("2027-03-08")),
    ("七一前各支部完成党员信息核对", "2027-06-01T10:00", _at("2027-07-01")),
    ("八一前走访辖区退役军人，记录发我", "2027-07-10T10:00", _at("2027-08-01")),
    ("重阳节前请各村统计80岁以上老人名单", "2026-10-01T10:00", _at("2026-10-18")),
    ("腊八前把困难户名单报上来", MONDAY, _at("2027-01-15")),
    ("小年前完成年终考核材料", MONDAY, _at("2027-01-30")),
    ("国庆前把办公楼消防通道清理干净", "2026-09-10T10:00", _at("2026-10-01")),
    ("五一前完成", "2027-04-10T10:00", _at("2027-05-01")),
    ("元旦前", MONDAY, _at("2027-01-01")),
    # half a year ahead is no plan horizon for a holiday
    ("五一前各村把山塘警示牌更新到位", "2027-01-11T10:00", _at("2027-05-01")),
    # "放假前": the day before the official break, where the state calendar is known
    ("春节放假前各单位要完成一次安全检查", "2026-01-20T10:00", _at("2026-02-14")),
    ("元旦放假前请完成一次全面安全检查，关闭非必要设备", "2026-12-23T10:00", _at("2026-12-31")),
    ("中秋假期前报送值班表", "2026-09-10T10:00", _at("2026-09-24")),
    # the next one on or after the sent date; on 除夕 itself "春节前" is today
    ("春节前报送", "2027-02-05T10:00", _at("2027-02-05")),
]

DURATIONS = [
    ("30分钟后在村委会门口集合", MONDAY, _after(30)),
    ("半小时后开视频会，大家准备一下", MONDAY, _after(30)),
    ("2小时后县里来检查，各站所把卫生搞好", MONDAY, _after(120)),
    ("一个半小时后出发去现场", MONDAY, _after(90)),
    ("只剩半小时了，还没交的抓紧", MONDAY, _after(30)),
    ("还有两个小时截止，白水、枫林还没报", MONDAY, _after(120)),
    ("Still missing forms from Plant 2 and Plant 5. 30 minutes left!", MONDAY, _after(30)),
    ("Everyone at the east gate an hour from now", MONDAY, _after(60)),
    ("Ward figures by 5 please, Ward 2 and 6 still missing", MONDAY, _at("2026-11-16T17:00")),
    ("Please drop the consent forms at the office before 4", MONDAY, _at("2026-11-16T16:00")),
    ("两个小时后开会", MONDAY, _after(120)),
    # what a correction says it is not is no due
    ("Correction: the photo is THURSDAY not Wednesday", MONDAY, _at("2026-11-19")),
    # the dash sets off what it is, it opens no range with what it is not
    (
        "Correction: the staff photo is THURSDAY not Wednesday – Thursday 19 Nov, 8:15, hall",
        MONDAY,
        _at("2026-11-19T08:15"),
    ),
    ("更正一哈 明天开会是八点半 不是八点", MONDAY, _at("2026-11-17T08:30")),
    ("Submit not later than Friday", MONDAY, _at("2026-11-20")),
    # a chase that ends on the minutes left, in English or Cantonese
    ("Kelly timesheet? 5 mins", MONDAY, _after(5)),
    ("20 mins, program room. Jordan can you cover the desk?", MONDAY, _after(20)),
    ("Round 6 sheet?? 10 mins", MONDAY, _after(10)),
    ("灾情初报东坑村仲差 仲有廿分钟", MONDAY, _after(20)),
    ("十分钟后开始点名", MONDAY, _after(10)),
    ("请20分钟内到岗", MONDAY, _after(20)),
    ("半小时内回复收到情况", MONDAY, _after(30)),
    ("一个半小时内把数据报过来", MONDAY, _after(90)),
    ("请两个礼拜内整改到位", MONDAY, _at("2026-11-30")),
    ("两周内完成自查", MONDAY, _at("2026-11-30")),
    ("一个星期内把台账补齐", MONDAY, _at("2026-11-23")),
    ("三个礼拜内完成", MONDAY, _at("2026-12-07")),
    # the week said as a village cadre says it: 礼拜 like 周 and 星期
    ("这礼拜内每家都去看一眼 炭盆别放床边", "2026-11-18T19:40", _at("2026-11-22")),
    ("本礼拜内把表交上来", MONDAY, _at("2026-11-22")),
    ("下礼拜内弄完", MONDAY, _at("2026-11-29")),
]

PM_AGAINST_CHINESE = [
    ("明天3pm开会，地点三楼", MONDAY, _at("2026-11-17T15:00")),
    ("周五5pm前交材料", MONDAY, _at("2026-11-20T17:00")),
    ("今天4:30pm前报送", MONDAY, _at("2026-11-16T16:30")),
    ("明天10am在县政府开会", MONDAY, _at("2026-11-17T10:00")),
    ("11月20日3 pm召开推进会", MONDAY, _at("2026-11-20T15:00")),
    ("周三8pm线上会议，链接稍后发", MONDAY, _at("2026-11-18T20:00")),
]

TENS_AND_MONTH_DAYS = [
    ("廿五号前报送材料", MONDAY, _at("2026-11-25")),
    ("本月廿三日召开全体会", MONDAY, _at("2026-11-23")),
    ("卅日前完成", MONDAY, _at("2026-11-30")),
    ("十二月廿日前报县里", MONDAY, _at("2026-12-20")),
    ("廿八日下午三点开会", MONDAY, _at("2026-11-28T15:00")),
    ("一月二十三前把年终总结交上来", "2026-12-28T10:00", _at("2027-01-23")),
    ("12月5前报送", MONDAY, _at("2026-12-05")),
    ("十二月八号前", MONDAY, _at("2026-12-08")),
    ("十一月二十前把表交了", MONDAY, _at("2026-11-20")),
]

ENGLISH = [
    ("Please send the forms by Tuesday the 19th.", "2027-01-14T10:00", _at("2027-01-19")),
    ("Site visit Thursday the 19th, bring your helmets.", MONDAY, _at("2026-11-19")),
    ("Registration closes on the 25th.", MONDAY, _at("2026-11-25")),
    # the day of the month names the day; the weekday beside it only picks between months
    ("Reply by Monday the 7th", MONDAY, _at("2026-12-07")),
    ("Inspection Tuesday the 19th", MONDAY, _at("2026-11-19")),
    ("Audit on Saturday the 19th", "2026-11-20T10:00", _at("2026-12-19")),
    ("Call-in at 8 tonight for all village heads.", MONDAY, _at("2026-11-16T20:00")),
    ("Drill at 9 tomorrow morning, meet at the gate.", MONDAY, _at("2026-11-17T09:00")),
    ("Please submit by 4/25 at 4:00pm.", "2027-04-20T10:00", _at("2027-04-25T16:00")),
    ("Meeting 12/18 3pm in Room 2", "2026-12-14T10:00", _at("2026-12-18T15:00")),
    ("Reply by noon tomorrow", MONDAY, _at("2026-11-17T12:00")),
    ("Roll call in 30 minutes, everyone to the hall.", MONDAY, _after(30)),
    ("Briefing in half an hour", MONDAY, _after(30)),
    ("Please confirm within 2 hours.", MONDAY, _after(120)),
    ("Send your figures within 45 mins", MONDAY, _after(45)),
    ("Submit the report by 4:30pm Friday.", MONDAY, _at("2026-11-20T16:30")),
    ("Come to the office this morning at 9.", "2026-11-16T08:00", _at("2026-11-16T09:00")),
    ("Finish the survey by end of the month.", MONDAY, _at("2026-11-30")),
    ("Meet at 3 tomorrow in the hall", MONDAY, _at("2026-11-17T15:00")),
    ("The workshop is tomorrow afternoon at 2", MONDAY, _at("2026-11-17T14:00")),
]

# Chat spellings of tomorrow and of weekdays, with or without a dot
SHORTHAND = [
    ("Sign-in sheets back to me tmrw pls", MONDAY, _at("2026-11-17")),
    ("forms by tmr, Block C still missing", MONDAY, _at("2026-11-17")),
    ("Toolbox talk 2moro 7.30am at the site hut", MONDAY, _at("2026-11-17T07:30")),
    ("tmr10am县里来检查，各村准备", MONDAY, _at("2026-11-17T10:00")),
    ("Fire warden list by Weds please", MONDAY, _at("2026-11-18")),
    ("Rota swaps to Jo by Thur.", MONDAY, _at("2026-11-19")),
    ("Timesheets due Tues", MONDAY, _at("2026-11-17")),
    ("Wed. 2pm site walk, hi-vis on", MONDAY, _at("2026-11-18T14:00")),
]

# The day of the month decides; the weekday beside it picks the month where it fits
WEEKDAY_AND_DAY = [
    ("District want the attendance return by 3pm Fri 20th", "2026-11-09T09:00",
     _at("2026-11-20T15:00")),
    ("Lesson plans by Thursday 10th please", "2026-12-01T09:00", _at("2026-12-10")),
    ("S2 comments by close of business Thu 3rd", "2026-11-26T13:30", _at("2026-12-03T17:30")),
    ("Open evening Tuesday the 19th, 6pm", "2027-01-14T10:00", _at("2027-01-19T18:00")),
    ("Litter pick Sat the 28th, meet at the church", MONDAY, _at("2026-11-28")),
    ("Fri, 4th - deadline for the grant form", "2026-11-30T10:00", _at("2026-12-04")),
    ("Stock count Friday 1st", MONDAY, _at("2027-01-01")),  # 1 December is a Tuesday
    ("周报 Weds 25th前交", MONDAY, _at("2026-11-25")),
    # the month another date named does not move a weekday's day of the month
    ("Names for the 2nd Jan shifts by Thursday 10th", "2026-12-01T09:00", _at("2026-12-10")),
    # the weekday before a numeric date picks its order: 2 December is the Wednesday
    ("Fire drill next Wed 2/12 10am", "2026-11-25T09:00", _at("2026-12-02T10:00")),
    ("Fire drill Thu 2/12 10am", "2026-01-05T09:00", _at("2026-02-12T10:00")),
    # British "Thursday week": the Thursday a week after the coming one
    ("Report comments to me by COB Thursday week pls", "2026-11-26T13:20",
     _at("2026-12-03T17:30")),
    ("Parents' evening Tuesday week, 6pm", MONDAY, _at("2026-11-24T18:00")),
]

# A part of the day after a day, read as 上午, 下午 and 今晚 are
PARTS_OF_DAY = [
    ("Smoke alarm sign-ups by Wednesday afternoon pls", MONDAY, _at("2026-11-18T17:30")),
    ("Stats form to the FAO by Thursday morning? Thanks!", MONDAY, _at("2026-11-19T12:00")),
    ("Carol service Friday evening, bring a torch", MONDAY, _at("2026-11-20T21:00")),
    ("Sat morning litter pick, gloves provided", MONDAY, _at("2026-11-21T12:00")),
    ("tmrw afternoon the auditors arrive, desks clear", MONDAY, _at("2026-11-17T17:30")),
    ("next Tuesday morning fire drill", MONDAY, _at("2026-11-24T12:00")),
    # a clock time said too is the time
    ("Tues afternoon at 2, walk the new estate", MONDAY, _at("2026-11-17T14:00")),
    ("Friday night 8pm quiz, teams of four", MONDAY, _at("2026-11-20T20:00")),
]

# The end of the working day said with a day: the configured close of business, as 下班前
CLOSE_OF_DAY = [
    ("Receipts to me by COB Thursday", MONDAY, _at("2026-11-19T17:30")),
    ("EOD Fri for the mileage claims", MONDAY, _at("2026-11-20T17:30")),
    ("COB tmrw please, the auditor wants it", MONDAY, _at("2026-11-17T17:30")),
    ("Friday COB latest", MONDAY, _at("2026-11-20T17:30")),
    ("close of play Friday for the risk assessments", MONDAY, _at("2026-11-20T17:30")),
    ("by c.o.b. Tuesday", MONDAY, _at("2026-11-17T17:30")),
    ("本周四下班前报 / by COB Thursday", MONDAY, _at("2026-11-19T17:30")),
]

# Midnight at the end of a day is its last minute, 23:59, as 24点 and a day alone are
MIDNIGHT = [
    ("沿河低洼户今晚12点前必须全部转移到村委会", "2026-11-16T22:48", _at("2026-11-16")),
    ("积分截图晚上12点前发我", MONDAY, _at("2026-11-16")),
    ("夜里12点前把巡查记录传上来", MONDAY, _at("2026-11-16")),
    ("半夜12点水库开闸，下游群众提前转移", MONDAY, _at("2026-11-16")),
    ("零点前必须报齐", MONDAY, _at("2026-11-16")),
    ("明晚12点前", MONDAY, _at("2026-11-17")),
    # a bare 12点 to beat, typed late, is tonight's midnight; typed earlier, or an event, noon
    ("还有哪户没转的？离12点只有十几分钟了", "2026-11-16T23:48", _at("2026-11-16")),
    ("12点前报齐", "2026-11-16T21:00", _at("2026-11-16")),
    ("12点前报齐", "2026-11-16T19:00", _at("2026-11-17T12:00")),
    ("12点开会", "2026-11-16T21:00", _at("2026-11-17T12:00")),
    ("凌晨0点前", "2026-11-16T21:00", _at("2026-11-17T00:00")),  # the start of a day
    ("headcount sheet by midnight tonight", "2026-11-16T16:00", _at("2026-11-16")),
    ("Vote by midnight Friday", MONDAY, _at("2026-11-20")),
    ("forms in by 12am", MONDAY, _at("2026-11-16")),
]

# Dialect and Cantonese days and periods, in either script
DIALECT = [
    ("明天晌午之前各组把这些户为啥没缴问清楚报给我", MONDAY, _at("2026-11-17T12:00")),
    ("晌午前报", MONDAY, _at("2026-11-16T12:00")),
    ("今日下晝2點半開會", MONDAY, _at("2026-11-16T14:30")),
    ("聽日下晝三點喺會議室開會", MONDAY, _at("2026-11-17T15:00")),
    ("聽日朝早9點前交表", MONDAY, _at("2026-11-17T09:00")),
    ("听日朝头早十点半集合", MONDAY, _at("2026-11-17T10:30")),
    ("今朝10点前报数", "2026-11-16T08:00", _at("2026-11-16T10:00")),
    ("下昼前交返张表", MONDAY, _at("2026-11-16T17:30")),
    ("寻日讲咗嘅表听日交", MONDAY, _at("2026-11-17")),
]

# British clock talk, dotted and 24-hour times, where only a time can stand
UK_CLOCKS = [
    ("Minibus leaves half eight tomorrow, don't be late", MONDAY, _at("2026-11-17T08:30")),
    ("Carol practice at half past two in the hall", MONDAY, _at("2026-11-16T14:30")),
    ("Everyone back by quarter past nine please", MONDAY, _at("2026-11-16T09:15")),
    ("Gates lock at quarter to five", MONDAY, _at("2026-11-16T16:45")),
    ("Tomorrow 8.30 briefing in the waiting room", MONDAY, _at("2026-11-17T08:30")),
    ("staff briefing tmr 7.15 hall", MONDAY, _at("2026-11-17T07:15")),
    ("Christmas meal is Fri 18th, 7.30pm at the Fox", MONDAY, _at("2026-12-18T19:30")),
    ("Pharmacy returns back by 5.30 today", MONDAY, _at("2026-11-16T17:30")),
    ("明天8.30开会", MONDAY, _at("2026-11-17T08:30")),
    ("Same briefing for Shift C, Tue 17 Nov 1600", MONDAY, _at("2026-11-17T16:00")),
    ("Briefing 1430hrs ops room", MONDAY, _at("2026-11-16T14:30")),
    ("Muster 0930 h tomorrow at the yard", MONDAY, _at("2026-11-17T09:30")),
    ("Pump check Tomorrow 0300 hrs", MONDAY, _at("2026-11-17T03:00")),
    ("Parade Sat 21 Nov 2026 1000, best boots", MONDAY, _at("2026-11-21T10:00")),
]

# An hour said straight after a day: 7-11 the morning, 1-6 the afternoon
BARE_HOURS = [
    ("Come to the office this morning 9", "2026-11-16T07:00", _at("2026-11-16T09:00")),
    ("Block A: gas check today from 9, someone home please", "2026-11-16T07:00",
     _at("2026-11-16T09:00")),
    ("the hedge day is Sat the 28th, 10 at Mill Lane", MONDAY, _at("2026-11-28T10:00")),
    ("Fire drill tomorrow at 9", MONDAY, _at("2026-11-17T09:00")),
    ("Litter pick from 9 tomorrow, gloves at the gate", MONDAY, _at("2026-11-17T09:00")),
    ("Quiz tonight 8 at the hall", MONDAY, _at("2026-11-16T20:00")),
    ("Tuesday from 2, bring the keys", MONDAY, _at("2026-11-17T14:00")),
]

# Figures, counts and labels beside a day are no times: the day alone is the due
NOT_TIMES = [
    ("Tomorrow 3.25 million doses arrive, clear the fridge", MONDAY, _at("2026-11-17")),
    ("See section 4.15 by Friday", MONDAY, _at("2026-11-20")),
    ("Sales rose by 2.45 points, report today", MONDAY, _at("2026-11-16")),
    ("Tomorrow 1500 households get the letter", MONDAY, _at("2026-11-17")),
    ("Results: today 1200, tomorrow 1350", MONDAY, _at("2026-11-16")),
    ("Volunteers logged 1200 hours of service today", MONDAY, _at("2026-11-16")),
    ("tomorrow 10 volunteers needed at the food bank", MONDAY, _at("2026-11-17")),
    ("today from 9 pax max in the hall", MONDAY, _at("2026-11-16")),
    ("Visits: today 3, tomorrow 4", MONDAY, _at("2026-11-16")),
    ("签到人数：昨日 12 今日 5", MONDAY, _at("2026-11-16")),  # Chinese writes 点 for hours
    ("Ward 6 tomorrow, Ward 7 Friday", MONDAY, _at("2026-11-17")),
    ("Tomorrow Year 9 assembly, Room 10", MONDAY, _at("2026-11-17")),
    ("明天 1200 户要走访完", MONDAY, _at("2026-11-17")),
    ("12.1前报送", MONDAY, _at("2026-12-01")),  # a date, as before
]


# A bare 7-11 o'clock typed in the evening, still ahead tonight, is tonight; a day or a
# period said with it, or a morning message, keeps the morning.
EVENING_CHASES = [
    ("危房转移还差白水村、龙潭没报数，10点前", "2026-11-16T21:15", _at("2026-11-16T22:00")),
    ("独居老人走访还差两个网格没报，9点前哈", "2026-11-16T20:30", _at("2026-11-16T21:00")),
    ("明早9点前报", "2026-11-16T20:30", _at("2026-11-17T09:00")),
    ("9点开会", "2026-11-16T21:30", _at("2026-11-17T09:00")),
    ("10点前报", "2026-11-16T08:00", _at("2026-11-16T10:00")),
    # the weather as a meeting's topic does not make its time background
    ("下午3点县里雨雪冰冻视频调度会，镇三楼视频室", "2026-11-16T13:05", _at("2026-11-16T15:00")),
]

# Spoken days, one-character periods and the days left, as village groups type them
SPOKEN = [
    ("明儿个八点村部集合 上县里看现场会 穿厚点", "2026-11-16T18:30", _at("2026-11-17T08:00")),
    ("今儿下午三点开会", MONDAY, _at("2026-11-16T15:00")),
    ("转发朋友圈，并于周日晚9点前截图发小梅", MONDAY, _at("2026-11-22T21:00")),
    ("早8点到岗", "2026-11-16T18:30", _at("2026-11-17T08:00")),
    ("医保还有9天截止 上弄还差3个", MONDAY, _at("2026-11-25")),
    ("还有3天就到期了，抓紧", MONDAY, _at("2026-11-19")),
    # a closing date in a clause of its own beside a recurring demand
    ("请各村11月20日前在冰面边上设置警示牌，安排人员每天巡查，拍照报应急办", MONDAY,
     _at("2026-11-20")),
    ("12月25日前完成率要100%，每天下午5点在群里报一次各年级完成率", MONDAY, _at("2026-12-25")),
    ("养老金认证 还差46 月底截止", MONDAY, _at("2026-11-30")),  # 46 is no month
    ("医保仲有三十一个未交 后日就截止", MONDAY, _at("2026-11-18")),
    ("Manifest due this Friday 20 November, 5pm, same as last month.", MONDAY,
     _at("2026-11-20T17:00")),
]


@pytest.mark.parametrize(
    ("text", "sent", "expected"),
    SPOKEN
    + MINUTES_AND_SECONDS
    + EVENING_CHASES
    + HOLIDAYS
    + DURATIONS
    + PM_AGAINST_CHINESE
    + TENS_AND_MONTH_DAYS
    + ENGLISH
    + SHORTHAND
    + WEEKDAY_AND_DAY
    + PARTS_OF_DAY
    + CLOSE_OF_DAY
    + MIDNIGHT
    + DIALECT
    + UK_CLOCKS
    + BARE_HOURS
    + NOT_TIMES,
    ids=lambda v: str(v)[:24],
)
def test_resolves(text: str, sent: str, expected: datetime) -> None:
    assert resolve_due(text, _at(sent)) == expected


@pytest.mark.parametrize(
    ("text", "sent"),
    [
        ("春节前完成", "2026-02-20T10:00"),  # the next 春节 is a plan horizon away
        ("中秋节前把慰问名单报上来", MONDAY),
        ("原定周三 - 周四的培训改到下周", MONDAY),  # a range the change replaces, as a whole
        ("视频看满30分钟后才能答题", MONDAY),  # a length of viewing, not a moment
        ("还有3个村没报，抓紧", MONDAY),  # villages left, not time
        ("Food parcels by 5 households this week", MONDAY),  # a count after "by"
        ("清明前后雨水多", "2027-03-20T10:00"),
        ("Conference on the 3rd floor", MONDAY),
        ("还有3天过年了", MONDAY),  # days left to a holiday, no deadline
        ("晚点再说", MONDAY),  # 晚 before no clock
        ("每天9点前打卡 11月30日前不能断", MONDAY),  # the demand's own span, one clause
        ("每天9点前在群里报数", MONDAY),
        ("前后日子都差不多", MONDAY),
        ("半夜手机响个不停", MONDAY),  # 半夜 with no clock is no time
        ("尋日已經交咗", MONDAY),  # yesterday
        ("我在听日语课", MONDAY),  # 听 日语, not 听日
        ("Net zero by 2030", MONDAY),  # a year
        ("Inflation was 8.5% in 2025", MONDAY),
        ("Mr Okafor was found safe last night at 7.55", MONDAY),  # yesterday evening
        ("The wedding photos are on the drive", MONDAY),  # "wed" only as a word of its own
        ("We sat 3 papers and the sun came out", MONDAY),  # sat/sun need a day's company
        ("can you do it? 10 mins is fine", MONDAY),  # minutes left only at the chase's end
        ("took me 20 mins, traffic was awful", MONDAY),  # minutes that open no message
    ],
)
def test_no_due(text: str, sent: str) -> None:
    assert resolve_due(text, _at(sent)) is None
