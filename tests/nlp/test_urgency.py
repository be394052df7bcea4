"""Urgent per the corpus format, and the look-alike uses that are not."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from nlp.urgency import is_urgent, urgent_cue

TZ = timezone(timedelta(hours=8))
SENT = datetime(2026, 11, 16, 9, 0, tzinfo=TZ)


@pytest.mark.parametrize(
    "text",
    [
        "紧急通知：请各村今天报送名单",
        "特急！请各镇于今天下午报送受灾情况",
        "请加急办理",
        "请立即组织排查大棚和危房",
        "请各网格员立刻到岗",
        "请马上核实并报送",
        "火速上报！",
        "速报受灾人数",
        "十万火急，请各村书记回电",
        "第一时间上报灾情",
        "【转发】紧急通知：寒潮来袭",
        "气象台发布暴雨红色预警，请做好防范",
        "县气象台发布台风橙色预警",
        "寒潮橙色预警：明天最低气温零下10度",
        "东山村后山发生火情，请附近网格员赶赴现场",
        "我镇发现1例新冠疫情病例，请各村立即排查密接人员",  # words and hazard
        "刚刚发生地震，请各村组织群众撤离",
        "青石河出现险情，请抢险队集合",
        "URGENT: submit the list",
        "Please reply ASAP",
        "Evacuate the school immediately",
        "Emergency: the bridge on route 3 is closed",
        "启动防汛二级应急响应",
        "急！请各村第一书记动员亲友转发文章，礼拜二之前报完成人数",
    ],
)
def test_urgent(text: str) -> None:
    assert is_urgent(text, SENT, None), text


@pytest.mark.parametrize(
    "text",
    [
        "下周三举办紧急救护培训，请各村推荐2人参加",
        "下周开展紧急避险知识讲座",
        "县应急管理局关于开展安全生产检查的通知",
        "请到应急局领取物资",
        "此事不紧急，本周内完成即可",
        "无需紧急处理，下周再议",
        "不用马上回复，周五前反馈即可",
        "不是很急",
        "发现隐患立即整改，每周五报送巡查台账",
        "如遇险情请第一时间报告",
        "紧急联系人：张三 13812345678",
        "明天停水，请提前储水",
        "下周举行地震应急演练",
        "新冠肺炎疫情暴发以来，老年人出行不便",
        "加强防震减灾领域科技创新",
        "气象台发布大风蓝色预警",
        "The Emergency Management Bureau will host a workshop next week",
        "Emergency drill next Tuesday",
        "This is not urgent, reply by Friday",
        "No rush, send it next week",
        "If you find a hazard, report it immediately.",
        "网格员业务培训（含紧急救护实操）定于18号14时举行",
        "Please check the emergency showers and eyewash stations when you can",
        "县消防救援大队刚刚转来《冬春季火灾防控十条提示》，请认真学习",
        "我国急需培养人工智能领域高层次人才",
        "收到，马上到",
        "好的，马上安排",
        "收到，马上去",
        "请于本周五前报送统计表",
        # "soon", and a document shared "for now"
        "马上就放假了，心都飞了",
        "马上就到年底了，各村把资料整理一下，25号前交",
        "Sharing the new guidance from the district, nothing needed from us for now.",
        "No action needed, the new rota is in the drive",
        # a fire already out, a category of people, someone's promised or reported haste
        "火情通报：林场那处山火已于21时10分扑灭，无人员伤亡。",
        "对失联党员，要通过亲属多渠道查找，月底前报台账",
        "石门的我打电话了，说马上",
        "一户老人烧垃圾，已经劝导，情况说明马上发您",
    ],
)
def test_not_urgent(text: str) -> None:
    assert not is_urgent(text, SENT, None), urgent_cue(text, SENT, None)


@pytest.mark.parametrize(
    ("due", "urgent"),
    [
        (SENT + timedelta(minutes=50), True),
        (SENT + timedelta(hours=2), True),
        (SENT + timedelta(hours=2, minutes=1), False),
        (SENT + timedelta(hours=3), False),
        (SENT - timedelta(minutes=10), True),  # "今天上午9点前" sent a little late
        (SENT - timedelta(hours=2), False),  # a late reminder of a passed deadline
        (None, False),
    ],
)
def test_due_window(due: datetime | None, urgent: bool) -> None:
    assert is_urgent("请报送统计表", SENT, due) is urgent


def test_cue_says_why() -> None:
    assert urgent_cue("请立即排查", SENT, None) == "立即"
    assert urgent_cue("请报送", SENT, SENT + timedelta(minutes=30)) == "due in 0:30:00"
    assert urgent_cue("东山村后山发生火情", SENT, None) == "火情"
    assert urgent_cue("请报送", SENT, None) is None


def test_wrapping_does_not_matter() -> None:
    assert is_urgent("【转发】@所有人 ＵＲＧＥＮＴ 请各村落实！", SENT, None)


@pytest.mark.parametrize(
    "text",
    [
        "河口那边冒烟了 谁离得近",
        "5号楼电梯困人了，物业赶紧",
        "刘大爷走失了，穿灰棉袄，大家留意",
        "老街那栋房子塌了一角，附近的去看看",
        "tree down across Bridge St, need someone there now",
        "strong smell of gas in Block C stairwell, anyone near?",
        # typed on a phone with no urgent word and no "now"
        "water pouring out of the boiler room under block 6, pipe must have burst",
        "gas smell on the landing of block 3, 2nd floor",
        "man trapped under the collapsed shed roof behind the market",
        "smoke coming from the garages behind Elm St",
    ],
)
def test_a_hazard_typed_in_a_hurry_is_urgent(text: str) -> None:
    assert is_urgent(text, SENT, None)


@pytest.mark.parametrize(
    "text",
    [
        "heating forms still missing from Ward 3",
        "下周三开展电梯困人应急演练",
        "冬季防走失宣传册已印好，各村来领",
    ],
)
def test_hazard_words_as_topic_or_report_are_not_urgent(text: str) -> None:
    assert not is_urgent(text, SENT, None)


@pytest.mark.parametrize(
    "text",
    [
        "秋防进度还有40分钟，河口村的数还是零",
        "周报还差小刘、杨帆，还有20分钟",
        "还有一个小时，白水、枫林还没反馈寒潮巡查情况",
        "still need Fenglin and Shiqiao, Director Liang sends this up in 30 minutes",
        # the time left said last
        "信访周报还差河口村，一个小时",
        "入户走访表还差两个网格 20分钟",
    ],
)
def test_a_countdown_within_two_hours_is_urgent(text: str) -> None:
    assert is_urgent(text, SENT, None)


@pytest.mark.parametrize(
    "text",
    [
        "还有三天就截止了",
        "离过年还有一个多月",
        "还有五个小时才下班",
        "防走失手环发放培训",
        "培训时长一个小时",
        "周报还差两个网格，三个小时",
        "🔔下午两点 三楼小会议室 讲年底考核材料 十五分钟",
    ],
)
def test_a_far_countdown_or_a_topic_is_not_urgent(text: str) -> None:
    assert not is_urgent(text, SENT, None)


def test_a_missing_person_is_happening_without_a_time_word() -> None:
    text = "各网格员：红星社区一位老人走失（78岁，深蓝棉袄），请留意辖区车站、河边"
    assert is_urgent(text, SENT, None)


def test_people_in_hardship_are_not_people_trapped() -> None:
    text = "各村：县民政局要摸一下分散供养特困人员过冬缺什么，下周二前报民政办"
    assert not is_urgent(text, SENT, None)


@pytest.mark.parametrize(
    "text",
    [
        "二组有户人家烟囱冒黑烟 像是烧着了 谁在附近",
        "快来人 王奶奶在屋里摔倒了 起不来",
        "西坡那边有烟 看着不小",
        "fire alarm going off in block 2, someone check pls",
        # smoke still rising, a burst seen from its water
        "楼道里一股烧焦味 三楼窗户在冒烟 不知道哪家",
        "water coming from under the pump house door on Canal St, looks like a burst main",
    ],
)
def test_call_outs_without_an_urgent_word_are_urgent(text: str) -> None:
    assert is_urgent(text, SENT, None), text


@pytest.mark.parametrize(
    "text",
    [
        "有烟花表演，欢迎观看",
        "他屋里有烟酒票据，要核一下",
        # a hazard as a topic, or one looked back on
        "冬季还在开展防火灾宣传，各村继续张贴",
        "the burst pipe last week looks like it was the frost, report attached",
    ],
)
def test_smoke_words_that_are_no_hazard_are_not_urgent(text: str) -> None:
    assert not is_urgent(text, SENT, None)


def test_a_call_to_come_at_once_is_urgent() -> None:
    sent = datetime(2026, 11, 10, 10, 0, tzinfo=timezone(timedelta(hours=8)))
    text = "burst pipe 14/F Block D, water coming down the lift shaft. Sam pls come now"
    assert urgent_cue(text, sent, None) == "come now"
    assert urgent_cue("what time do you go now", sent, None) is None


@pytest.mark.parametrize(
    "text",
    [
        "三组后山那个坡又在掉石头了 大家别往那边走",
        "天文台掛咗黑雨，今日所有活動取消，同事留喺屋企",
        "Tree down across Mill Rd just now and power lines down too, keep people back",
        "lift stuck at Block 4, two residents inside",
        "二组河边那段水浸了 快去看看",
        "值班的速到村委会",
        "急急急 二组那户的老人找不到了",
        "Severe thunderstorm warning for the Lockyer, crews to the shed",
        "二病区18床老爷子自己下床摔倒了，额头擦伤，谁能先过来帮一下",
        "哈日嘎查一名73岁老人早上骑摩托出门未归 手机关机 正在组织找",
        "老人一早出门 现在找不到人了 大家帮忙",
        "Fire at Blk 315 #08, residents being moved to the CC hall",
        "Brook's over the road by the ford, a foot deep and still rising",
        "外湾渔排松了 阿水那片连着老陈那片整排在漂 往外航道那边去了",
        "化学品仓一桶天那水倒了，流了一地，味道好大",
        "3床老人叫不醒 昏迷了 快叫救护车",
    ],
)
def test_call_outs_as_they_are_typed_are_urgent(text: str) -> None:
    assert is_urgent(text, SENT, None), text


@pytest.mark.parametrize(
    "text",
    [
        "上周的黑雨影响了出行，补课安排另行通知",
        "last week's flooding cost us two days on the rota",
        "上周五的红色预警期间大家辛苦了，加班费月底一起算",
        "防落石宣传周的展板下周一送到",
        "Observatory says T8 likely after 2pm, we'll decide on the evening class by noon",
        "明火已扑灭，现场留两个人看着，其他人回去休息",
        "明火灭了 在清烟点 是有人上坟放鞭炮引的",
        "本月全院已发生4例跌倒坠床，周五前重新做一次跌倒风险评估",
        "防跌倒宣传周下周一开始",
        "Mrs Lee had a fall yesterday, family informed, incident form done",
        "FYI amber wind warning Sat. Expect trees down on the park paths",
    ],
)
def test_past_and_topical_warnings_are_not(text: str) -> None:
    assert not is_urgent(text, SENT, None), text


@pytest.mark.parametrize(
    "text",
    [
        # an order to act now, or "now" shouted
        "Water main split on Kent St, Dave and Ali get the pump truck there now please",
        "Tree across the school drive, go now with the chainsaw and cones",
        "Chemical smell in Lab 4, everyone to the assembly point on the field now",
        "Need two porters on ward 9 NOW, patient on the floor",
        # a call to come, or to send someone
        "5号楼老人摔在楼梯口了 起不来 小林快来",
        "仓库后面那根水管裂了 到处是水 赶紧叫人来关总阀",
        "村口那棵树压在电线上了 供电所赶紧派人来",
        # the top of a warning scale, a warning in force
        "Status Orange wind warning for the county from 6pm, crews on standby",
        "Cold weather warning is in force tonight, ring every elder on the list",
        "寒冷天气警告已生效，今晚开放避寒中心",
        "Sungai Kelang dah paras bahaya, pindahkan warga sekarang",
    ],
)
def test_orders_calls_and_warnings_in_force_are_urgent(text: str) -> None:
    assert is_urgent(text, SENT, None), text


@pytest.mark.parametrize(
    "text",
    [
        # the speaker's own coming or doing
        "在倒车 马上上来",
        "马上马上，章还没盖好",
        "马上，就差两户了",
        "刚下班，马上填",
        "老王在打印 马上",
        "Form went in just now, pls check",
        "what do you do now with the spare keys",
        # a drill: its script words are no call-out
        "【演练】二号仓库起火 全体人员立即撤到大门口集合",
        "下周四上午全乡搞防汛紧急转移演练，各村两委参加",
        "Emergency evacuation drill for Block B next Monday at 10am",
        # a warning lifted or lowered, a fire or a leak that was none, or is over
        "市气象台已解除暴雨红色预警，各社区继续巡查",
        "台风红色预警降为黄色了，转移群众先别回",
        "Orange warning lifted at 6, crews can stand down",
        "查过了 是电热毯焦了 不是着火",
        "燃气公司测过了 没有泄漏 大家可以回家",
        "走失的李奶奶已经找到了，谢谢大家",
        "把起火原因和损失情况写个材料报我",
        "昨晚隔壁村电动车起火了 各组今天排查楼道充电",
        "早上车子打不着火了 晚点到",
        # a service or a day that carries the word
        "The new Urgent Care Centre on Level 2 opens Monday, 8am to 10pm",
        "Emergency Preparedness Day is on Sat 5 Dec at the community hall",
        "Out-of-hours line covers emergency repairs over the break",
        "社区紧急应变日周六上午九点，欢迎居民参加",
    ],
)
def test_own_haste_drills_lifted_warnings_and_names_are_not_urgent(text: str) -> None:
    assert not is_urgent(text, SENT, None), text


def test_a_drill_keeps_its_start_and_a_flagged_notice_its_flag() -> None:
    assert urgent_cue("Fire drill in 20 mins, save your work", SENT, None) is not None
    flagged = "[Urgent] send this quarter's fire-drill records to Paula by Friday"
    assert is_urgent(flagged, SENT, None)
    assert is_urgent("This is not a drill: gas smell in Block C, everyone out now", SENT, None)


@pytest.mark.parametrize(
    "text",
    [
        # smelt now
        "4栋1单元楼道里好大一股煤气味！谁有燃气公司电话",
        # ground giving way, a pole or wire down, a pipe burst, fumes, a vehicle over
        "后山又滑坡了 还在往下走 坡下几户先转出来",
        "菜场门口路面塌陷了一个坑 已经围起来 市政在路上",
        "村口电线杆被风刮倒了 电线拖在路上 都别靠近",
        "7号楼暖气主管冻裂了 正往外喷水",
        "二组老陈家煤烟中毒 两个人迷糊了 已打120",
        "坡上一辆面包车侧翻了 交警在处理",
        # a snake, a car alight, a lift stopped with someone in it, someone missing
        "Tiger snake behind the canteen bins, keep the kids inside",
        "Car on fire in the staff car park, fire service called",
        "Lift A stuck between 4 and 5 with a resident inside",
        "MISPER: 79yo man, dementia, left the ward 20 mins ago, blue jumper",
        "Missing since 3pm, girl aged 6, pink coat, last seen by the swings",
        # hazard workers moving away from it
        "化工区储罐阀门泄漏 大家往南门撤",
    ],
)
def test_hazards_as_typed_are_urgent(text: str) -> None:
    assert is_urgent(text, SENT, None), text


@pytest.mark.parametrize(
    "text",
    [
        "如闻到煤气味，请先开窗再打电话",
        "学校发了防煤气中毒的海报，各班周五前贴好",
        "滑坡隐患点的台账下周一前报国土所",
        "Share the page's post on fire prevention by Friday",
        "Falls review Monday: the missing person in October and two falls in November",
        "Please finish the Code Blue e-learning by 31 Dec",
    ],
)
def test_hazard_words_as_topics_are_not_urgent(text: str) -> None:
    assert not is_urgent(text, SENT, None), text


@pytest.mark.parametrize(
    "text",
    [
        "三组 @三组-组长老吴 最后十分钟",
        "最后半小时，东坪、西坪",
        "Final 20 min on the rota returns. Ward 3?",
        "就剩河口，老陈，一刻钟",
        "人呢 快开始了 上湾的还没到",
        "15 min - safety huddle at the loading bay",
        "40 mins for the consent slips. Room 12?",
    ],
)
def test_the_last_stretch_named_is_urgent(text: str) -> None:
    assert urgent_cue(text, SENT, None) is not None, text


@pytest.mark.parametrize(
    "text",
    [
        "最后一次提醒，周五前交",
        "Toolbox talk Monday 7am, 30 min",
        "10 mins, on my way from the depot",
    ],
)
def test_times_that_are_no_countdown_are_not_urgent(text: str) -> None:
    assert urgent_cue(text, SENT, None) is None, text
