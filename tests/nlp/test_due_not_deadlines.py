"""Dates that are not the reader's deadline stay null, without killing real ones (issue 12).

Rosters, opening and office hours, progress forecasts, weather, past events,
times still to be announced, campaigns that ask nothing of the reader and
events held for the public. Sent on Monday 16 November 2026 at 09:00 (+08:00).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from nlp.due import resolve_due

TZ = timezone(timedelta(hours=8))
MONDAY = datetime(2026, 11, 16, 9, 0, tzinfo=TZ)


def _at(month: int, day: int, hour: int = 23, minute: int = 59) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=TZ)


NOT_DEADLINES = [
    "The outdoor pool opens for the season Sat 21 Nov, 11am-7pm daily, free entry",
    # a supply cut, however its hours are typed: it asks nothing
    "水務署通知：11月18號（星期三）凌晨12點至早上6點A座暫停供水，更換水管",
    "FYI PBAPP gangguan bekalan air Selasa 17/11, 9am–5pm, kawasan Jalan Perak",
    "Reminder air putus today 9 to 5 ya",
    # every shift, every day from now on, a daily board round
    "Right lads, from today it's the TimeTrack app every shift, in and out.",
    "护林员那个APP 镇里讲了以后天天都要开轨迹 少于四个钟头扣补助",
    "Whiteboards: EDD for every patient updated by the 10am board round, daily.",
    # a numbered tank, pump house or workshop is no day of the month
    "恒达三号罐区盐酸管线法兰泄漏 往北门集合点撤",
    "二号泵房漏水 马上去看",
    # what lasts until then, what went out then, the speaker's own doing by then
    "Lost property is on the table in the sports hall until Friday, then it goes to charity.",
    "Water company: supply off on Alder St and Birch Rd until approx 4pm.",
    "Letter to Y1 parents went out on ParentMail at 8:15.",
    "Sorry, running behind - I'll text everyone by 7am.",
    # a daily demand's last day; the middays and evenings of a stretch; an ice warning
    "县里评最美乡村 每人每天能投五票 投到月底 每天投完截个图发群里",
    "各村巡河员这段时间中午和傍晚多去闸口转转",
    "Met Office yellow warning for ice from Tuesday 9pm to Wednesday 10am.",
    # rosters
    "本周值班：周六老李，周日小王，有事打值班电话。",
    "周末值班安排：周六 张伟，周日 李娜",
    "元旦值班安排：1月1日 李主任、小蒋；1月2日 黄站长；1月3日 马主任。值班期间严禁脱岗。",
    # a sighting or a departure told after its time; a day that picks out who is on duty
    "派出所说1点20在车站看到过，往梅溪那边去了，在那头的都往梅溪路找",
    "刘大爷中午出的门到现在没回，大家在自己片区找找",
    "北坪那段路结冰了 今天值班的马上联系交管中队去撒盐",
    # the end of a closure or a works period
    "刘记卤味停业整改到12月7日，有居民问起照实说就行。",
    "白水大桥明天起封5天，到20号，来镇里的走河口便道。",
    # a weekend heading the roster is no 本周内
    "本周末值班：周六 小蒋、小郑，周日 孙主任，带班李主任。",
    "这周末值班安排：周六 老李，周日 小王",
    # a schedule: "every Mon and Thu", "每周三随机抽查"
    "Btw from next week the hall floor will be cleaned every Mon and Thu 7 to 9am",
    "从下周起医务科每周三随机抽查运行病历，请各科室提前自查",
    # ... and a roster without the colon
    "元旦值班表 [图片] 1号徐医生、小彭，2号蒋老师、小唐，3号钱院长、老吴。",
    "护理部补充：元旦三天护理部值班，1日马主任、2日杨敏、3日赵娟，有事直接打值班手机。",
    "Tonight's standby: Bazza 6pm-midnight, Nguyen midnight-6am. Call Mick if it needs more",
    # opening and office hours
    "便民服务中心周六上午9点到12点开放。",
    "办公时间8:30-17:30，中午不休息。",
    "三道弯今天全天封闭抢修，预计下午5点左右能通车，这两天尽量别走那条路。",
    "The service hall is open Saturday 9am to 12pm.",
    "食堂从下个礼拜开始 中午改成十一点半开饭 晚饭不开了",
    "📢下礼拜一开始 卫生室上午看病 下午出诊 有事打我电话",
    # progress forecasts
    "新建的文化广场预计12月20日前完工。",
    "自来水管网改造预计12月20日完成，届时恢复供水。",
    "The bridge repairs are expected to be completed by 20 December.",
    # weather
    "明天下午有雨夹雪，出门注意保暖。",
    "预计今晚到明天有大风，最低气温零下3度。",
    "气象台预报周四有中到大雪。",
    "Heavy snow expected tomorrow afternoon.",
    # past events
    "昨天下午的会议精神要认真传达。",
    "上周五已召开全镇安全生产会议。",
    # to be announced
    "年终考核会议具体时间另行通知。",
    "培训拟于12月中旬举行，具体时间另行通知。",
    "下周三召开表彰大会，时间待定。",
    "下周三召开表彰大会，时间：待定",
    "Training for new volunteers next Tuesday, date TBC.",
    # campaigns with no ask of the reader
    "即日起至12月31日在全县开展冬季消防安全专项整治行动。",
    "11月20日至12月20日开展农村自建房安全隐患排查专项行动。",
    # events held for the public
    "周六上午社区义诊，欢迎居民参加。",
    "本周日上午9点在文化广场举办反诈宣传活动，欢迎广大群众前来咨询。",
    "Free health checks for residents on Saturday morning, all welcome.",
    "周三县里在镇中学办招聘会，村里有想打工的可以去看看，不用报名",
    "下周二上午卫生院来村里量血压，要量的自己来",
    "Carol singing in the square on Saturday at 4, open to all, nothing to book.",
    # what something will manage by then, said of itself
    "泵房在修，中午前能来水",
    "供电所讲下午3点前能修好，大家再等等",
    "The lift should be back by Wednesday, engineer is on it.",
    "lift in block 4 is out of order until Thursday, sorry all",
    # what already happened, what the speaker will do, what the reader need not do
    "今天早上的防火演练搞完了，来了六十多人，谢谢大家",
    "刘大爷早上出去挖笋到现在没回来，家里人在找",
    "镇里早上打电话来，说下个月可能有人来看厕所改造",
    "the open day on Saturday went well, thanks to everyone who helped",
    "桥上的栏杆松了，先别让人靠，明天我叫人来焊",
    "检查组今天去了白水，明天不用准备了",
    # rosters, timetables, times still to come, told in a line
    "这周便民中心中午不休息，十二点到两点有人轮班",
    "Weekend duty: Saturday Tom, Sunday Lucy.",
    "今天食堂不开伙，中午各自解决",
    "No bus to the park this afternoon, the road is being resurfaced.",
    "明天上午新街口挖管子，车子绕一下",
    "年底表彰大会什么时候开另行通知",
    "冬训12月10日开始，具体怎么安排定了以后再通知",
    # a greeting, a system back at a time, someone else's arrival, a day that went well
    "各位早上好，昨晚全镇无突发情况",
    "系统在维护，11点恢复，群众先登记",
    "burst main on Mill Lane, gritting truck due at 7, avoid it",
    "valve off. plumber coming at 11",
    "Logged. Contractor says engineer with you by 9",
    "Gail's logged it, engineer by 9",
    "今天敬老院的活动圆满结束，谢谢各位",
    "文化礼堂周六晚上放电影，村里老人小孩都可以来看",
    # nothing to attend any more
    "明天上午的例会取消，书记去县里",
    "no meeting tomorrow, Rachel is off sick",
    # weather that already came, the nights of a stretch, a wait, a crew's own work
    "夜里下了冻雨 上山那段水泥路全是冰",
    "党员同志注意下 这几天晚上冷 住你们隔壁的独居老人早晚去看一眼",
    "转出来的群众先别让回家，等中午邹站长看过堤再说",
    "屋檐的冰凌子挂了半米长，底下别站人，物业下午两点搭梯子敲掉。",
    "供电所明天上午来换变压器，屋里有冰箱的提前准备一下",
    # the day a ban holds
    "上山那段路全是冰 今天莫骑摩托上山",
    "明天上午别往水库边上去，冰还薄",
]

REAL_DEADLINES_BESIDE_THEM = [
    ("明天有雨，各村今晚8点前把大棚加固情况报上来", _at(11, 16, 20, 0)),
    # the weather clause is background, but its evening still anchors "9点前"
    ("今晚强寒潮，各组独居老人马上去看一眼，9点前跟我说看了几户", _at(11, 16, 21, 0)),
    ("本周值班：周六老李，周日小王。值班人员请于周五下班前到党政办领钥匙", _at(11, 20, 17, 30)),
    ("彭护士长 元旦护理值班表明天上午给我 我一起报医务科", _at(11, 17, 12, 0)),
    ("预计明天有大风降温，请各村今天下午5点前完成大棚加固", _at(11, 16, 17, 0)),
    ("预计参会人数请于周五前报送", _at(11, 20)),
    ("年终考核会议时间另行通知，请各村周五前报送考核材料", _at(11, 20)),
    ("周六上午社区义诊，欢迎居民参加。请各网格员周五前通知到户", _at(11, 20)),
    ("即日起至12月31日开展专项整治，请各村11月25日前报送排查清单", _at(11, 25)),
    ("便民中心周六上午9点到12点开放。周六值班同志请8点半前到岗", _at(11, 21, 8, 30)),
    ("昨天下午的会议精神要传达到每个网格员，今天下班前报传达情况", _at(11, 16, 17, 30)),
    ("明天下午有雨，明天下午3点的现场会改在村部会议室开", _at(11, 17, 15, 0)),
    ("下周一上午9点开会，地点另行通知", _at(11, 23, 9, 0)),
    ("本周末前把值班表报上来", _at(11, 22)),
    ("请各村整改到11月20日前完成", _at(11, 20)),
    ("今天值班的同志下午3点前到值班室", _at(11, 16, 15, 0)),
    # weather as a topic, an open day to attend, an expected visit: not background
    ("明天下午3点召开防御大风工作部署会", _at(11, 17, 15, 0)),
    ("明天上午9点开放日活动，请各科室派员参加", _at(11, 17, 9, 0)),
    ("县里预计下周一来检查，各村把台账准备好", _at(11, 23)),
    ("Rain expected tonight; please send the shelter checklist by 6pm today.", _at(11, 16, 18, 0)),
    # beside the shapes above, the reader's own deadline still stands
    ("泵房中午前能来水，各户明天上午10点前把水表读数报上来", _at(11, 17, 10, 0)),
    ("今天早上的演练搞完了，下午5点前把照片发我", _at(11, 16, 17, 0)),
    ("明天我去县里，各村今天下班前把表交给小付", _at(11, 16, 17, 30)),
    ("跟各村讲一下，周三前把招聘会想去的人数报上来", _at(11, 18)),
    ("周五前能报吗？县里催了", _at(11, 20)),
    ("明早九点前搞好，老谢你带几个人", _at(11, 17, 9, 0)),
    # a time replaced ("本周四下午的培训改到…") gives way to the new day
    ("本周四下午的培训改到下周四，地点不变", _at(11, 26)),
    ("晚上的会改到8点了，熊主任要来听", _at(11, 16, 20, 0)),
    ("原定周三的例会取消，改到周四上午9点开", _at(11, 19, 9, 0)),
    ("Tuesday's briefing is cancelled; the new one is Thursday at 10am.", _at(11, 19, 10, 0)),
    ("下午好，各村今天下午5点前报名单", _at(11, 16, 17, 0)),
    # road works as a meeting's topic do not make its start background
    ("明天下午两点半村委会开代表大会，讨论修路的项目", _at(11, 17, 14, 30)),
    # beside the new shapes: a deadline, a crew's inspection, a night that is asked for
    ("这几天晚上冷，各组今天下班前把独居老人名单报上来", _at(11, 16, 17, 30)),
    ("等下午三点前报上来", _at(11, 16, 15, 0)),
    ("物业明天上午来检查消防通道，各楼栋长陪同", _at(11, 17, 12, 0)),
    ("今晚下了班把表交上来", _at(11, 16, 21, 0)),
    # the weather as what is checked, not a forecast
    ("寒潮排查 还差两个村 10点要报县里", _at(11, 16, 10, 0)),
    ("今天别忘了把表交上来", _at(11, 16)),
    ("明天上午9点开会 别迟到", _at(11, 17, 9, 0)),
    ("三号前把表交上来", _at(12, 3)),
    ("You have until Friday to submit the forms", _at(11, 20)),
    ("Please send the forms until Friday", _at(11, 20)),
    ("Ice on the path - please grit by 10am", _at(11, 16, 10, 0)),
    ("今天下午和晚上把表交了", _at(11, 16, 17, 30)),
    ("天天加班 今天下午5点前交表", _at(11, 16, 17, 0)),
    ("Please send the daily report by 5pm", _at(11, 16, 17, 0)),
]


@pytest.mark.parametrize("text", NOT_DEADLINES, ids=lambda v: str(v)[:24])
def test_stays_null(text: str) -> None:
    assert resolve_due(text, MONDAY) is None


@pytest.mark.parametrize(
    ("text", "expected"), REAL_DEADLINES_BESIDE_THEM, ids=lambda v: str(v)[:24]
)
def test_real_deadline_survives(text: str, expected: datetime) -> None:
    assert resolve_due(text, MONDAY) == expected
