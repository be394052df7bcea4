"""Chatter is a verdict that needs evidence: what the classifier calls chatter is kept
unless the text is plainly a reply or talk."""

from __future__ import annotations

import pytest

from nlp.chatter import chatter_evidence, keep_evidence, settle_kind
from nlp.normalize import normalize_text
from nlp.types import Kind

# The classifier's failure the verdict exists for: sure it is chatter, task a distant second.
FOOLED = {
    "report": 0.02,
    "meeting": 0.02,
    "task": 0.06,
    "checkin": 0.01,
    "notice": 0.04,
    "chatter": 0.85,
}
UNSURE = {
    "report": 0.05,
    "meeting": 0.05,
    "task": 0.2,
    "checkin": 0.05,
    "notice": 0.2,
    "chatter": 0.45,
}
CONFIDENT = {
    "report": 0.01,
    "meeting": 0.01,
    "task": 0.01,
    "checkin": 0.01,
    "notice": 0.01,
    "chatter": 0.95,
}


def verdict(text: str, scores: dict[str, float], *, has_due: bool = False) -> Kind:
    return settle_kind(scores, normalize_text(text), text, has_due=has_due, sure=0.6).kind


@pytest.mark.parametrize(
    "text",
    [
        "河口那边冒烟了 谁离得近",
        "后山着火了！！快",
        "3号楼有煤气味，物业赶紧去看下",
        "老周家那堵墙塌了一半，路过的注意",
        "刘大爷走失了，穿灰棉袄，大家留意一下",
        "电梯困人了 5号楼",
        "督查组半小时后到，各组把路边垃圾弄一下",
        "听说明天有暗访",
        "下午的会改到3点了",
        "明天食堂不开伙",
        "@所有人 明早8点村委集合🙏🙏",
        "@老吴 @钱婶 你们两个组的表还没交",
        "大家记得今天把医保费交了",
        "各组长今晚把名单报上来",
        "tree down across Bridge St, need someone there now",
        "heads up: water off in Block C 2-4pm",
        "pls remember the headcount by noon",
        "Correction: the briefing is now in Room 4",
        "三季度统计数据已发布，见局网站",
    ],
)
def test_informal_notices_are_kept_however_short(text: str) -> None:
    assert verdict(text, FOOLED) is not Kind.CHATTER


@pytest.mark.parametrize(
    "text",
    [
        "收到",
        "好的👍",
        "收到，马上去",
        "收到😂又停电",
        "已到现场，明火已灭",
        "三组已报",
        "东山村检查完毕，无异常",
        "哈哈哈冻成狗了",
        "中午吃啥？",
        "周五那个表要盖章吗？",
        "我在路上了，晚十分钟",
        "我马上过来",
        "照片发您微信了",
        "辛苦了🙏",
        "Noted, thanks",
        "who's getting lunch?",
        "freezing out here lol",
        "on my way",
        "Merry Christmas everyone! 🎄",
        "竹坑今晚报",
        "石门中午前发",
        "这么冷 晚上去田里🥶",
        "上午就结束，回家😂",
        "👍👍",
    ],
)
def test_plain_chatter_stays_chatter(text: str) -> None:
    assert verdict(text, CONFIDENT) is Kind.CHATTER
    assert verdict(text, FOOLED) is Kind.CHATTER


def test_a_reply_that_asks_the_group_again_is_kept() -> None:
    assert verdict("收到！请各村今晚8点前把名单报上来", FOOLED) is not Kind.CHATTER


def test_without_evidence_either_way_the_classifier_must_be_sure() -> None:
    text = "东山村委会门口那段路"  # neither plainly talk nor an ask
    assert chatter_evidence(normalize_text(text)) is None
    assert keep_evidence(normalize_text(text), text) is None
    assert verdict(text, CONFIDENT) is Kind.CHATTER
    assert verdict(text, UNSURE) is not Kind.CHATTER


def test_a_deadline_without_chatter_evidence_keeps_the_message() -> None:
    assert verdict("明天上午十点前 村委会", FOOLED, has_due=True) is not Kind.CHATTER
    assert verdict("form to Ben by 5", FOOLED, has_due=True) is not Kind.CHATTER


@pytest.mark.parametrize(
    "text", ["下午去拉", "今天填好", "礼拜天人在屋里 好开会", "perfect, telling them 3pm"]
)
def test_a_time_alone_does_not_make_a_remark_a_notice(text: str) -> None:
    # "下午跑完" names when the speaker will do it; only a limit (前, by) asks the group
    assert verdict(text, FOOLED, has_due=True) is Kind.CHATTER


def test_a_kept_message_takes_the_classifier_next_best_kind() -> None:
    result = settle_kind(
        FOOLED, normalize_text("后山着火了"), "后山着火了", has_due=False, sure=0.6
    )
    assert result.kind is Kind.TASK
    assert result.reason.startswith("kept (hazard")


def test_a_non_chatter_prediction_is_left_alone() -> None:
    scores = dict(CONFIDENT, chatter=0.01, meeting=0.95)
    assert verdict("收到", scores) is Kind.MEETING


@pytest.mark.parametrize(
    "text",
    [
        # bans and warnings to others, typed by a village cadre
        "钱婶跟三组那几家讲一下 看好自己屋里的伢 莫到水库边上去",
        "今起进入森林防火紧要期，严禁野外用火",
        "Lucy keep people off the 3rd floor landing, I'm calling the water company",
        # a danger seen, not named
        "电站坝水涨得好快 离警戒那道红漆就两巴掌了",
        "老街口那根电线杆歪了 电线垂下来离地就一人多高",
        # a countdown or a chase of the silent ones
        "还有十来分钟 在外面的都回办公室啊",
        "往梅溪那边去了，在那头的都往梅溪路找",
        "田边情况 还有三组五组没讲",
        "竹坑那15户核实表今天下班前要，郝书记进度怎么样了？",
        "morning all, cinema walk-through this morning at 9, front gate on Mill Rd",
        # a meeting point said in passing, an emoji one-liner about a service's hours
        "三点一刻堤上见，邹站长别又忘了带卷尺😂",
        "📢下礼拜一开始 卫生室上午看病 下午出诊 有事打我电话",
        # a document passed on
        "关于严禁违规收送节礼的通知",
        "寒假从1月23日开始，具体见附件",
    ],
)
def test_colloquial_notices_of_more_shapes_are_kept(text: str) -> None:
    assert verdict(text, FOOLED) is not Kind.CHATTER


@pytest.mark.parametrize(
    "text",
    [
        "青石的在盖章，马上发",
        "在食堂洗碗 马上回",
        "好的 明天九点见",
        "2号上午我值班吗？",
        "我看好了 没问题",
    ],
)
def test_the_speakers_own_haste_and_plans_stay_chatter(text: str) -> None:
    assert verdict(text, FOOLED) is Kind.CHATTER


@pytest.mark.parametrize(
    "text",
    [
        "一组的明早补张照片", "高山今晚加班录完", "收到熊主任，明天进山", "还剩3户，下午跑完",
        "dropping it at the office at 4", "will bring them over at 3",
        "看了 渗得不大 水利站明早来人 今晚先这样",
    ],
)  # fmt: skip
def test_a_promise_taken_for_a_notice_keeps_no_due(text: str) -> None:
    scores = dict(CONFIDENT, chatter=0.3, task=0.6)
    result = settle_kind(scores, normalize_text(text), text, has_due=True, sure=0.6)
    assert result.kind is Kind.TASK  # the classifier's kind stands
    assert not result.due_kept  # but the time is the speaker's own


@pytest.mark.parametrize(
    "text",
    [
        "收到！请各村今晚8点前把名单报上来", "各组明早九点前把照片发群里", "明天下午3点开会",
        "Sending this to all wards now, please check it by 5",
    ],
)  # fmt: skip
def test_a_notice_keeps_its_due(text: str) -> None:
    scores = dict(CONFIDENT, chatter=0.3, task=0.6)
    assert settle_kind(scores, normalize_text(text), text, has_due=True, sure=0.6).due_kept


@pytest.mark.parametrize(
    "text",
    [
        # the English chases: these cues were once written with a backspace for \b
        "over-80s list: still waiting on Ward 3",
        "EHS self-assessments, deadline is Thursday",
        "Morning all - district wants a list of every shop still selling fireworks, Monday noon "
        "at the latest",
    ],
)
def test_english_chases_and_asks_said_in_passing_are_kept(text: str) -> None:
    assert verdict(text, FOOLED) is not Kind.CHATTER


@pytest.mark.parametrize(
    "text", ["perfect, telling them 3pm", "no, same as before, 7am to 10pm", "great!"]
)
def test_english_answers_that_name_times_stay_chatter(text: str) -> None:
    assert verdict(text, FOOLED, has_due=True) is Kind.CHATTER


def test_good_news_is_no_reply() -> None:
    text = "Great news: the grant came through, letter in the drive"
    assert chatter_evidence(normalize_text(text), text) is None


@pytest.mark.parametrize(
    "text",
    ["今天饭堂有红烧肉 去晚了就没了 赶紧😂", "马上就下班了 哈哈", "快去抢奶茶 赶紧哈哈"],
)
def test_small_talk_that_laughs_jokes_with_its_haste(text: str) -> None:
    assert verdict(text, FOOLED) is Kind.CHATTER


@pytest.mark.parametrize("text", ["后山着火了 赶紧来人😂", "哈哈 各组今晚8点前把名单报上来"])
def test_laughter_does_not_drop_a_hazard_or_an_ask(text: str) -> None:
    assert verdict(text, FOOLED) is not Kind.CHATTER


@pytest.mark.parametrize("text", ["仓库门口那几托盘 马上挪", "马上送过来", "二组马上安排"])
def test_the_speakers_own_promised_haste_is_no_call_out(text: str) -> None:
    assert verdict(text, FOOLED) is Kind.CHATTER


def test_a_notice_the_classifier_is_sure_of_has_no_due() -> None:
    # a notice asks nothing: "明天上午新街口挖管子" dates the works, not the reader's act
    text = "明天上午新街口挖管子 车绕一下"
    sure = dict(CONFIDENT, chatter=0.05, notice=0.8)
    result = settle_kind(sure, normalize_text(text), text, has_due=True, sure=0.6)
    assert result.kind is Kind.NOTICE and not result.due_kept
    # half taken for a notice, a task keeps its time
    torn = dict(CONFIDENT, chatter=0.05, notice=0.42, task=0.4)
    assert settle_kind(torn, normalize_text(text), text, has_due=True, sure=0.6).due_kept


@pytest.mark.parametrize(
    "text",
    [
        # those concerned told what to do, in a village cadre's words
        "老李家的狗又跑出来了 见人就追 上学的走后门那条路",
        "堤上水位上来好多 守闸的盯紧点",
        "这个周末值班的 手机都别关",
        "卫生院门口的车挪一下 挡着消防通道了",
        "东坡那边有烟 看着不小",
        "@老何 @小郑 你俩下午去趟学校 锅炉又坏了",
        "@老何 @小郑 学校锅炉又坏了",
        "那个花名册 今天要",
        "anyone nearby block 7? water everywhere in the bike store",
        "fire alarm going off in the annex, someone check pls",
        # an order from above retold
        "县里要我们把村里的空房子都登记一下 谁家的 有没有人住",
        "the district wants us to check the stairwells for bikes on charge",
        # rosters, a late bus, a closed clinic, a polite ask, a meeting chased
        "本周值班：周二小许，周三小苏，晚上住值班室",
        "Desk rota for the holidays: 24th Tom, 31st Lucy",
        "bus 3 is running 20 min late this morning",
        "今天卫生室不开门 我去县里培训",
        "另外麻烦派出所派人来看一下",
        "8点的两委会，书记已经到了，大家别迟到😄",
        "今天八点半冬训 已经到了十几个 还没出门的搞快点",
        "坝下芦苇滩也着了！！人手不够 附近的来帮下",
        "5号楼电梯卡在8楼9楼中间了 里面关着个阿姨 物业的人呢",
        "十月的會議通報已經發了 我們村被表揚了 收到請回復",
        # changes from a day on, a date still open, an event for anyone
        "去河口的公交从12月1日起改走新路 站点不变",
        "便民大厅明天起中午不休息",
        "年终考核可能下旬搞 具体时间还没定",
        "礼堂周六晚上放电影 老人小孩都可以来看",
        # the same in English: two called out, hands asked for, people to tell, plans called off
        "@Tom @Lucy can you two cover the desk tomorrow, I'm at the district",
        "anyone free to help unload the food parcels at 3?",
        "snow tonight, grit bins are full, tell residents to take what they need",
        "tree fell on a car on Elm St, police are there",
        "no meeting tomorrow, Rachel is off sick",
        "明天的会不开了 书记去县里",
    ],
)
def test_call_outs_typed_in_a_village_cadres_words_are_kept(text: str) -> None:
    assert verdict(text, FOOLED) is not Kind.CHATTER


@pytest.mark.parametrize(
    "text",
    [
        "五组的都走完了 表在我车上",
        "@小吴 盒饭放你桌上了",
        "各位一年来辛苦了！值班的同志注意安全🎉",
        "anyone around at 2? left my charger on the desk",
        "周末谁值班 我这边排不过来了",
        "白水已报，麻烦于股长查收邮箱",
        "I'm running late, bus stuck on the bridge",
        "2号小温，3号你，排班表上写着呢😄",
        "anyone free for lunch?",
        "great, I'll tell the Petrovs",
        "ok I'll tell them",
        "@Tom thanks, got it",
    ],
)
def test_remarks_that_look_like_call_outs_stay_chatter(text: str) -> None:
    assert verdict(text, FOOLED) is Kind.CHATTER


# A second classifier's scores among the five kinds that are not chatter.
KINDS = {"report": 0.7, "meeting": 0.05, "task": 0.15, "checkin": 0.05, "notice": 0.05}


def test_the_second_classifier_picks_the_kind_the_first_decides_chatter() -> None:
    text = "请于周五前报送统计表"
    first = dict(CONFIDENT, chatter=0.1, task=0.8, report=0.05)
    result = settle_kind(first, normalize_text(text), text, has_due=True, sure=0.6, kinds=KINDS)
    assert result.kind is Kind.REPORT
    # kept against the first classifier's chatter: the second one's best kind
    kept = settle_kind(FOOLED, "后山着火了", "后山着火了", has_due=False, sure=0.6, kinds=KINDS)
    assert kept.kind is Kind.REPORT and kept.reason.startswith("kept (hazard")
    # plainly a reply: chatter, whatever the second classifier prefers
    reply = settle_kind(CONFIDENT, "收到", "收到", has_due=False, sure=0.6, kinds=KINDS)
    assert reply.kind is Kind.CHATTER


def test_a_notice_keeps_its_due_unless_both_classifiers_are_sure_of_it() -> None:
    text = "周五起食堂改为每天11点半开饭"
    sure = {"report": 0.02, "meeting": 0.02, "task": 0.02, "checkin": 0.02, "notice": 0.92}
    # not chatter by 0.6 and a notice by 0.92 among the rest: 0.55 of all, sure enough
    first = dict(UNSURE, chatter=0.4, notice=0.5)
    informs = settle_kind(first, normalize_text(text), text, has_due=True, sure=0.6, kinds=sure)
    assert informs.kind is Kind.NOTICE and not informs.due_kept
    # the first classifier half takes it for chatter: 0.52 × 0.92 is not sure
    half = dict(UNSURE, chatter=0.48, notice=0.49)
    torn = settle_kind(half, normalize_text(text), text, has_due=True, sure=0.6, kinds=sure)
    assert torn.kind is Kind.NOTICE and torn.due_kept


@pytest.mark.parametrize(
    ("text", "due_kept"),
    [
        ("Morning! Still on for 10, dry at the moment", False),  # the time of a plan, told
        ("kettle's on, back office in 5", False),
        ("PGR panel forms by 4pm", True),  # a limit: the group is asked by then
        ("补贴面积 二组六组 下午5点前", True),
    ],
)
def test_a_message_kept_for_want_of_certainty_keeps_a_time_only_with_a_limit(
    text: str, due_kept: bool
) -> None:
    result = settle_kind(UNSURE, normalize_text(text), text, has_due=True, sure=0.6)
    assert result.kind is not Kind.CHATTER
    assert result.due_kept is due_kept


@pytest.mark.parametrize(
    "text",
    [
        "龙潭正在盖章，11点前到",
        "东滩在装订 三点前送到",
        "4点前发你 在等白沙那边确认讲解人",
        "我这表还差两张 今晚十一点前能弄完",
        "still counting, will send by 6:25",
    ],
)
def test_a_unit_saying_when_it_hands_over_stays_chatter(text: str) -> None:
    # the limit is the speaker's own: no deadline for the group
    assert chatter_evidence(normalize_text(text), text) == "promise"
    assert verdict(text, FOOLED, has_due=True) is Kind.CHATTER


@pytest.mark.parametrize("text", ["大家正在填的表，5点前交", "各村正在整理的表，下午5点前交镇里"])
def test_an_order_to_hand_over_by_a_time_is_no_promise(text: str) -> None:
    assert chatter_evidence(normalize_text(text), text) != "promise"
    assert verdict(text, FOOLED, has_due=True) is not Kind.CHATTER


@pytest.mark.parametrize(
    "text",
    [
        "喇叭那个 坡头 弄团 上弄的视频呢",
        "六组呢 @杨柳湾六组-组长秦叔 就差你们组了",
        "下湾 石陂 人呢 快开始了",
        "Jun, yours?",
        "3 hours to go on comments. Jordan, yours?",
    ],
)
def test_a_chase_asked_as_a_question_is_kept(text: str) -> None:
    assert keep_evidence(normalize_text(text).lower(), text) is not None
    assert verdict(text, UNSURE) is not Kind.CHATTER


@pytest.mark.parametrize(
    "text", ["is this yours?", "whose phone is this, yours?", "你吃饭了没 人呢"]
)
def test_a_question_about_a_thing_or_a_person_is_no_chase(text: str) -> None:
    assert keep_evidence(normalize_text(text).lower(), text) is None


@pytest.mark.parametrize("text", ["马上", "马上收", "车打着火没 别又趴窝了"])
def test_haste_said_of_oneself_and_an_engine_started_are_no_call_out(text: str) -> None:
    assert verdict(text, FOOLED) is Kind.CHATTER


def test_a_hand_over_the_classifier_takes_for_a_report_keeps_no_due() -> None:
    scores = {
        "report": 0.8, "meeting": 0.02, "task": 0.1, "checkin": 0.01, "notice": 0.04,
        "chatter": 0.03,
    }  # fmt: skip
    own = "我这表还差两张 今晚十一点前能弄完"
    assert not settle_kind(scores, normalize_text(own), own, has_due=True, sure=0.6).due_kept
    order = "大家正在填的表，5点前交"
    assert settle_kind(scores, normalize_text(order), order, has_due=True, sure=0.6).due_kept
