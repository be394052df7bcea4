"""Due moments per the Due section of ../shared/corpus-format.md, case by case.

Unless a case says otherwise the message is sent on Monday 16 November 2026
at 09:00 (+08:00); that week runs from Monday 16 to Sunday 22 November.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta, timezone

import pytest

from nlp.due import resolve_due

TZ = timezone(timedelta(hours=8))
MONDAY = datetime(2026, 11, 16, 9, 0, tzinfo=TZ)


def _at(month: int, day: int, hour: int = 23, minute: int = 59, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=TZ)


def _sent(iso: str) -> datetime:
    return datetime.fromisoformat(iso + ":00+08:00")


CONVENTIONS = [
    ("请于11月25日下午5点前报送", _at(11, 25, 17, 0)),
    ("11月25日下午5点前", _at(11, 25, 17, 0)),
    ("本周五前报送", _at(11, 20)),
    ("请各网格员今天下班前完成入户走访", _at(11, 16, 17, 30)),
    ("请于上午报送统计表", _at(11, 16, 12, 0)),
    ("请于下午报送统计表", _at(11, 16, 17, 30)),
    ("今晚报送", _at(11, 16, 21, 0)),
    ("3天内反馈", _at(11, 19)),
    ("三天内反馈", _at(11, 19)),
    ("月底前完成整改", _at(11, 30)),
    ("下周一开会", _at(11, 23)),
    ("下周一上午9点开会", _at(11, 23, 9, 0)),
    ("下下周三前报送", _at(12, 2)),
    ("周三前报送", _at(11, 18)),
    ("星期三前报送", _at(11, 18)),
    ("礼拜三前报送", _at(11, 18)),
    ("今天之内完成答题", _at(11, 16)),
    ("明天上午9点开会", _at(11, 17, 9, 0)),
    ("后天报送", _at(11, 18)),
    ("大后天下午3点开会", _at(11, 19, 15, 0)),
    ("明早8点前点赞", _at(11, 17, 8, 0)),
    ("今晚9点半前发照片", _at(11, 16, 21, 30)),
]

CLOCKS = [
    ("下午三点半开会", _at(11, 16, 15, 30)),
    ("下午3点开会", _at(11, 16, 15, 0)),
    ("15:00开会", _at(11, 16, 15, 0)),
    ("15点30分开会", _at(11, 16, 15, 30)),
    ("9:30前报到", _at(11, 16, 9, 30)),
    ("十点一刻前报到", _at(11, 16, 10, 15)),
    ("十点三刻前报到", _at(11, 16, 10, 45)),
    ("上午九时三十分召开", _at(11, 16, 9, 30)),
    ("中午12点前", _at(11, 16, 12, 0)),
    ("中午1点开会", _at(11, 16, 13, 0)),
    ("3点开会", _at(11, 16, 15, 0)),  # an afternoon hour in office time
    ("周二三点开会", _at(11, 17, 15, 0)),
    ("晚上8点开会，请7点半前到场", _at(11, 16, 19, 30)),
    # a bare call time within the hour before an event dated in full serves the event
    ("明天上午9点检查，请各村书记8点半前到镇政府集合", _at(11, 17, 9, 0)),
    ("下午2点开会，请1点半前签到", _at(11, 16, 13, 30)),
]

ABSOLUTE = [
    ("2026年12月1日前报送", _at(12, 1)),
    ("二〇二六年十二月一日前报送", _at(12, 1)),
    ("十二月一日前报送", _at(12, 1)),
    ("12月1日前报送", _at(12, 1)),
    ("12.1前报送", _at(12, 1)),
    ("12/1前报送", _at(12, 1)),
    ("12-01前报送", _at(12, 1)),
    ("2026-12-01前报送", _at(12, 1)),
    ("2026/12/1 下午3点开会", _at(12, 1, 15, 0)),
    ("25号截止", _at(11, 25)),
    ("请于20日前报送", _at(11, 20)),
    ("11月18日开会，20日前交材料", _at(11, 20)),
    ("12月底前完成", _at(12, 31)),
    ("本月25日前报送", _at(11, 25)),
    ("下个月5号前报送", _at(12, 5)),
    ("本周三（11月18日）下午3点半在镇综治中心开展培训", _at(11, 18, 15, 30)),
    ("11月19日（周四）下午5点前", _at(11, 19, 17, 0)),
    ("截止时间由11月20日调整为11月19日下午5点", _at(11, 19, 17, 0)),
    ("原定11月20日的会议改为11月24日上午9点", _at(11, 24, 9, 0)),
    ("本周内完成", _at(11, 22)),
    ("3个工作日内报送", _at(11, 19)),
    ("1小时内反馈", MONDAY + timedelta(hours=1)),
    ("半小时内到岗", MONDAY + timedelta(minutes=30)),
    ("两天内报送", _at(11, 18)),
    ("1周内整改到位", _at(11, 23)),
    ("1个月内整改", _at(12, 16)),
]

ENGLISH = [
    ("Please submit the checklist by 5pm Friday.", _at(11, 20, 17, 0)),
    ("Reply before noon tomorrow", _at(11, 17, 12, 0)),
    ("no later than 28 November", _at(11, 28)),
    ("Submit by Nov 28", _at(11, 28)),
    ("Submit by November 28th, 2026", _at(11, 28)),
    ("Meeting tomorrow 9am in room 3", _at(11, 17, 9, 0)),
    ("Briefing at 9:30 am tomorrow", _at(11, 17, 9, 30)),
    ("Send the photos tonight", _at(11, 16, 21, 0)),
    ("Send the list by EOD", _at(11, 16, 17, 30)),
    ("Send the list by end of day", _at(11, 16, 17, 30)),
    ("Reply within 3 days", _at(11, 19)),
    ("Reply within two hours", MONDAY + timedelta(hours=2)),
    ("Finish by the end of the month", _at(11, 30)),
    ("Training next Monday", _at(11, 23)),
    ("Report this Friday", _at(11, 20)),
    ("Inspection on Friday", _at(11, 20)),
    ("Visit on Thursday 19 November; submit by 5pm Wednesday", _at(11, 18, 17, 0)),
]  # fmt: skip

TRADITIONAL_AND_FORMS = [
    ("下週二14:00召開入園企業座談會", _at(11, 24, 14, 0)),
    ("11月19日(星期四)12時前務必報齊", _at(11, 19, 12, 0)),
    ("定於23號上午8:30在鎮綜治中心召開培訓", _at(11, 23, 8, 30)),
    ("請於6天內完成並反饋", _at(11, 22)),
    ("培训时间:12/22 10时", _at(12, 22, 10, 0)),
    ("各位同事:11.18下午4点在镇政府开会", _at(11, 18, 16, 0)),
    ("重点人员走访记录表截止时间为12/16", _at(12, 16)),
    ("我11.20统计完成情况", _at(11, 20)),
    ("未报送的单位请于11月20日(星期五)前补报", _at(11, 20)),
    ("县农业农村局将每日通报进度，请于11月20日前补报", _at(11, 20)),
    ("the orientation session is at 8.00pm on wednesday next week", _at(11, 25, 20, 0)),
    ("please send it by 4.04pm today", _at(11, 16, 16, 4)),
    ("the briefing is at 3.30pm on nov 20", _at(11, 20, 15, 30)),
    ("the monthly meeting will be held at 9:30 am on 23 november 2026", _at(11, 23, 9, 30)),
    ("the meeting will be held on thursday at 10 am", _at(11, 19, 10, 0)),
    ("please send it to the expat desk cob december 2nd", _at(12, 2, 17, 30)),
    ("submit the form by 20/11", _at(11, 20)),
    ("before Friday 5pm", _at(11, 20, 17, 0)),
    ("by tomorrow noon", _at(11, 17, 12, 0)),
    ("no later than Friday, 20 November 2026", _at(11, 20)),
    # ranges: an event starts at the start, a window to submit in closes at the end
    ("11月18日上午9点至11点召开培训会", _at(11, 18, 9, 0)),
    ("下周一至周三开展检查", _at(11, 23)),
    ("请于12月5日至12月10日期间报送", _at(12, 10)),
    ("11月20日至25日报名", _at(11, 25)),
    ("请于11月20日至25日前报送", _at(11, 25)),
]

# Asides, weekday-plus-date and holidays: each was a miss on the train or dev split.
ASIDES_AND_HOLIDAYS = [
    ("请于明天上午10点前报送接种情况（截至今天下午5点），县里要汇总", _at(11, 17, 10, 0)),
    ("县委组织部要党费收缴明细（截至10月底），17号截止，按支部分开填", _at(11, 17)),
    ("请于11月20日前报送统计表，统计口径截至2026年10月31日", _at(11, 20)),
    ("Please join the meeting at 4pm on Monday 30 November in the hall.", _at(11, 30, 16, 0)),
    ("Please submit the manifests no later than 9:00 on Wednesday 25 November.", _at(11, 25, 9, 0)),
    ("请本周内（周五前）到辖区每户老年人家里宣传一次防诈骗知识", _at(11, 20)),
    ("请在元旦前对辖区公车停放情况开展一次检查", _at(1, 1, year=2027)),
    ("紧急：请各乡镇今晚至明天上午立即组织开展一次安全检查", _at(11, 17, 12, 0)),
    ("为石桥镇投票！每天5票，本周五中午12:00之前结束，拜托大家", _at(11, 20, 12, 0)),
]

NO_DUE = [
    # signature dates, publication times, what already happened
    "特此通知：截至10月24日，全县城乡居民医保参保率达86.3%。\n县医保局\n11月16日",
    "特此通知：本月全县网格员共走访群众225户。\n县委政法委\n11月16日\n联系人：白磊 15241620955",
    "特此通知：大楼停电，电脑无法使用。 县委办公室 11月16日 联系人：江芳刚 18713591812",
    "【预警】县气象台11月16日17时发布森林火险红色预警，请各乡镇严阵以待。",
    "火情通报：高山村林火已于8时45分扑灭，过火面积约15亩，无人员伤亡。",
    "Last quarter the Expat Desk handled 173 enquiries, 75.3% of them resolved within a day.",
    # notices of closures and timetables, recurring demands
    "县政府门户网站11月22日凌晨进行系统升级，期间网站暂停访问。",
    "乡卫生院本周六、周日照常开诊，流感疫苗到货200支，请各村医帮忙宣传。",
    "园区B区周六停水检修，请企业提前准备。Plot B water supply off Sat 21 Nov, 8am-4pm.",
    "各校：期末考试时间为1月18日至20日，寒假自1月23日开始，2月24日开学。",
    "请大家每天至少学满30分，月底县里要通报。",
    "请关注三个公众号，每天对推文点赞、在看，月底统计。",
    "每天9点前打卡",
    "每周五下班前报送巡查台账",
    "即日起至12月31日开展巡查，每周五下班前报送巡查台账",
    "Please check in every Friday",
    "the radiators bang every night at 11, like a drum solo",
    "Submit the log daily before 9am",
    "完成率12.1%",
    "同比增长12.1%，共计1.5万元",
    "资金12.1万已下达",
    "联系电话13812345678，0531-87654321",
    "详见 https://example.gov.cn/notice?date=2026-12-01&t=15:30",
    "升级到v1.2.3版本",
    "根据〔2026〕12号文件精神",
    "请到3号楼会议室领取",
    "到2027年底前完成改造",
    "2025年底前完成全部整改",
    "力争年底前基本建成省级平台",
    "自2027年1月1日起执行",
    "提醒：12月1日起镇政府冬季作息时间调整为上午8:30-12:00，下午13:30-17:00。",
    "明天停电检修，镇政府大楼上午8点至12点停电，请大家提前保存好电脑文件。",
    "11月10日召开的会议强调要抓好安全生产",
    "2019年12月9日至16日16时报送",
    "请大家每天在app巡查打卡不少于2次，纳入月底考核",
    "每年12月底之前向我部报送年度工作总结",
    "water supply to plot b will be interrupted on 26 november from 8am to 4pm",
    "the government service hall will close early at 3pm on 2 december for maintenance",
    "the exit-entry counter moves to the ground floor from 18 december",
    "school will close for winter break on 13 january",
    "出入境业务窗口自12月18日起搬至县政务服务中心一楼",
    "温馨提示：年度考核结果已公示，公示期至12月7日",
    "推进会定于11月28日召开，由曹敏同志代表参加，其他同志正常上班，不用参会",
    "收到",
    "收到，今天报",
    "will check today.",
    "好的，明天上午交",
    "好的，马上到",
    "请各村认真落实",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    CONVENTIONS + CLOCKS + ABSOLUTE + ENGLISH + TRADITIONAL_AND_FORMS + ASIDES_AND_HOLIDAYS,
    ids=lambda v: str(v)[:24],
)
def test_resolves(text: str, expected: datetime) -> None:
    assert resolve_due(text, MONDAY) == expected


@pytest.mark.parametrize("text", NO_DUE)
def test_no_due(text: str) -> None:
    assert resolve_due(text, MONDAY) is None


@pytest.mark.parametrize(
    ("text", "sent", "expected"),
    [
        # weekdays across month and year ends
        ("本周五前报送", "2026-12-28T10:00", _at(1, 1, year=2027)),
        ("下周二开会", "2026-12-25T10:00", _at(12, 29)),
        ("周一前报送", "2026-12-31T10:00", _at(1, 4, year=2027)),
        ("下周一报送", "2026-11-29T10:00", _at(11, 30)),
        ("Friday", "2026-11-20T08:00", _at(11, 20)),  # on or after: the same day
        ("周三前报送", "2026-11-19T08:00", _at(11, 25)),
        # sent on a Sunday: 本周 is the week now ending, 下周 the one starting tomorrow
        ("本周日前报送", "2026-11-22T10:00", _at(11, 22)),
        ("下周一开会", "2026-11-22T10:00", _at(11, 23)),
        ("周一开会", "2026-11-22T10:00", _at(11, 23)),
        # year rollover and passed days of month
        ("1月5日前报送", "2026-12-28T10:00", _at(1, 5, year=2027)),
        ("Jan 5", "2026-12-28T10:00", _at(1, 5, year=2027)),
        ("25日前报送", "2026-11-28T10:00", _at(12, 25)),
        ("月底前", "2026-12-20T10:00", _at(12, 31)),
        ("3个工作日内报送", "2026-11-20T10:00", _at(11, 25)),
        ("明天报送", "2026-12-31T10:00", _at(1, 1, year=2027)),
        # a late message keeps its stated day: 下班前 before close of business is today's
        ("请各网格员今天下班前完成走访，还没有报的抓紧！", "2026-11-16T16:35", _at(11, 16, 17, 30)),
        # a clock time with no day that passed hours ago means tomorrow
        ("8点前在文章下点赞", "2026-11-16T22:30", _at(11, 17, 8, 0)),
        ("凌晨3点前报送", "2026-11-16T22:00", _at(11, 17, 3, 0)),
    ],
)  # fmt: skip
def test_relative_to_when_sent(text: str, sent: str, expected: datetime) -> None:
    assert resolve_due(text, _sent(sent)) == expected


def test_past_week_day_is_not_a_due() -> None:
    assert resolve_due("本周五前报送", _sent("2026-11-22T10:00")) is None


def test_result_keeps_the_offset_of_sent_at() -> None:
    utc = datetime(2026, 11, 16, 1, 0, tzinfo=UTC)
    due = resolve_due("明天下午3点开会", utc)
    assert due == datetime(2026, 11, 17, 15, 0, tzinfo=UTC)
    assert due is not None and due.utcoffset() == timedelta(0)


def test_close_of_business_is_configurable() -> None:
    assert resolve_due("下班前报送", MONDAY, close_of_business=time(18, 0)) == _at(11, 16, 18, 0)
    assert resolve_due("by EOD", MONDAY, close_of_business=time(17, 0)) == _at(11, 16, 17, 0)


def test_naive_sent_at_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        resolve_due("明天开会", datetime(2026, 11, 16, 9, 0))


def test_wrappers_do_not_change_the_answer() -> None:
    text = "请于11月25日下午5点前报送"
    for copy in ("【转发】" + text, "转：" + text + " 请各村落实！", "@所有人 " + text + "👍"):
        assert resolve_due(copy, MONDAY) == _at(11, 25, 17, 0)


def test_the_same_instant_in_another_zone_resolves_on_its_own_calendar() -> None:
    shanghai = datetime(2026, 11, 16, 23, 30, tzinfo=TZ)
    berlin = shanghai.astimezone(timezone(timedelta(hours=1)))  # 16:30 the same Monday
    assert resolve_due("明天前报送", shanghai) == _at(11, 17)
    assert resolve_due("明天前报送", berlin) == datetime(
        2026, 11, 17, 23, 59, tzinfo=timezone(timedelta(hours=1))
    )
    assert resolve_due("今晚报送", berlin) != resolve_due("今晚报送", shanghai)
