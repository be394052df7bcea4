"""Urgent words and hazards that ask for nothing at once (nlp.urgent_decoys), and the
real call-outs of the same shapes, which stay urgent."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from nlp.urgency import is_urgent, urgent_cue

TZ = timezone(timedelta(hours=8))
SENT = datetime(2026, 11, 16, 9, 0, tzinfo=TZ)


@pytest.mark.parametrize(
    "text",
    [
        # a joke dressed as an alarm
        "紧急通知‼️ 二楼茶水间有人带了月饼 😋",
        "特急！！谁借我一根数据线 手机快没电了 😭",
        "紧急情况 办公室空调又坏了 哈哈",
        "URGENT!!! someone finished the biscuits again 🙄",
        "urgent: the kettle is broken, lol",
        # the word in the name of a thing
        "系统里那个“紧急工单”按钮只给停电停水用，别的事别点",
        "快递单上印的'加急件'是快递公司的产品名，照常排",
        "Please stop pressing the 'Urgent Restock' button for normal orders",
        "Emergency First Aid at Work course next Tuesday, two places left",
        "Holiday cover: emergency-only service from the 24th, rota is pinned",
        "Office shut on Monday. Urgent matters go to the district office",
        "Send them to casualty only if it's an emergency",
        # an alarm over or called off
        "管道修好了，紧急情况解除，大家可以正常通行",
        "今晚的紧急会议取消了，改天再通知",
        "预警解除了，转移的群众可以回家，墙有裂缝的先莫进去",
        "The amber warning has now expired, log any damage by Friday",
        # a promise to pass news on
        "开学时间还没定，定了我第一时间发群里",
        "等县里文件，有了第一时间说",
        "值班表在群文件里，有情况第一时间报带班领导",
        # the speaker's own haste
        "三网格马上",
        "东片的马上到，还差一户",
        "档案室还差两份，马上",
        "表格收齐了，马上送过去",
        "他还没看到群消息，我让他马上回你",
        # on sight, within a standing duty
        "这段时间每天早晚各巡一次河堤，看到裂缝马上报群里",
        "这几天每天巡一遍山，看到冒烟马上喊",
    ],
)
def test_words_that_ask_for_nothing_now(text: str) -> None:
    assert not is_urgent(text, SENT, None), urgent_cue(text, SENT, None)


@pytest.mark.parametrize(
    "text",
    [
        # over, explained, written up, a case, a role, a scammer's story
        "落水的那个小孩没事了，在卫生院观察",
        "物业查过了，是热水器软管老化漏气，已经换好",
        "周五下午复盘上个月电梯被困的事，各班组长参加",
        "把老人走失的时间写进交班记录",
        "小李扮失联，小王扮家属",
        "派出所提醒：有骗子冒充民警打电话，说家人出车祸了",
        "有骗子打电话说孩子溺水了，要紧急转钱，都是骗子",
        "Scam calls again: they say your son is in hospital and you must pay immediately",
        "各组摸一下今年房子塌了的、出过车祸的，周五前报",
        "各村把有走失史的老人名单报上来",
        # a hazard to prevent
        "降温了，各户炉子看一下，别中了煤烟",
        "后坡那段挡墙雨后去看看，莫搞得塌了",
    ],
)
def test_hazards_that_are_not_happening(text: str) -> None:
    assert not is_urgent(text, SENT, None), urgent_cue(text, SENT, None)


@pytest.mark.parametrize(
    "text",
    [
        # the same words as a real call-out
        "紧急通知：今天下午两点前各村上报受灾情况",
        "URGENT: the server room is flooding, need hands now",
        "第一时间上报灾情",
        "赶紧把报表发过来 马上",
        "看到的马上打我电话，老人穿灰色外套",
        "有消息马上告诉我，孩子还没找到",
        "后山冒烟了 谁离得近 别是着火了",
        "三楼楼道着火了 人已救出 还在烧",
        "路口结冰了 刚才有人滑倒 人没事 大家慢点",
        "水管爆了，阀门还没关上，快来人",
    ],
)
def test_real_call_outs_stay_urgent(text: str) -> None:
    assert is_urgent(text, SENT, None), text


def test_a_joke_keeps_a_due_within_two_hours() -> None:
    assert is_urgent("报表十点前交哈 😂", SENT, SENT + timedelta(hours=1))


@pytest.mark.parametrize(
    "text",
    [
        # the demand recurs: it has no single due
        "From today every site sends the head count by 10am daily",
        "Please log the fridge temperatures every morning by 9:30",
        "从今晚开始每晚九点到十点巡一趟河堤",
        "各位老师每人每天投票一次，十点前截图",
        # the speaker's own time
        "在路上了，九点半前到",
        "在弄了，十点前",
        "扫着呢",
        "ward 4 list sent 9:20",
        "Drill ended 9:05, thanks all",
    ],
)
def test_a_time_near_sending_that_is_no_deadline(text: str) -> None:
    assert not is_urgent(text, SENT, SENT + timedelta(minutes=40)), text


@pytest.mark.parametrize(
    "text",
    [
        "十点前把名单报上来",
        "Need the figures from today's clinic by 9:40",
        "还差三组，九点四十前发我，我在路上",
        "doses due at 9:40, the fridge log is done",
    ],
)
def test_a_deadline_near_sending_stays_urgent(text: str) -> None:
    assert is_urgent(text, SENT, SENT + timedelta(minutes=40)), text


@pytest.mark.parametrize(
    "text",
    [
        # an urgent word talked about, not said
        "去年那次发紧急通知，结果是虚惊一场",
        "大前天那个紧急通知的材料还用交吗",
        "邻镇群里发紧急通知了，我还以为是咱们这边",
        "暖气片漏点水算紧急不",
        # someone's own thing
        "紧急！！谁看到我的钥匙 蓝色挂绳的",
        "URGENT: whoever borrowed my charger, bring it back",
        # a hazard as a condition, or behind a sweep
        "周末降温，山路结冰了就叫养护站撒砂",
        "东片下午杂物堆着火了，各网格这周把楼道杂物排查一遍",
    ],
)
def test_more_words_and_hazards_that_ask_for_nothing_now(text: str) -> None:
    assert not is_urgent(text, SENT, None), urgent_cue(text, SENT, None)


@pytest.mark.parametrize(
    "text",
    [
        "紧急通知！！办公室暖气又不热了 冻死了 🥶",
        "特急 今天三十五度 食堂没开空调 🥵",
        "URGENT: the meeting room projector remote has vanished again 😩",
        "Emergency!! the office fridge smells like a crime scene 😫",
    ],
)
def test_a_weary_or_freezing_face_makes_an_alarm_a_complaint(text: str) -> None:
    assert not is_urgent(text, SENT, None)


def test_a_complaint_face_keeps_a_near_due() -> None:
    # a real deadline two hours off is urgent however the sender feels about it
    assert is_urgent("排查表11点前必须报上来 我也很累 😩", SENT, SENT + timedelta(hours=2))


@pytest.mark.parametrize(
    "text",
    [
        "Office closed Monday for the audit. Any urgent matter, ring the duty phone",
        "I'm on leave till the 3rd; for anything urgent email Sam",
        "Back Thursday. If urgent, call the front desk",
    ],
)
def test_whatever_urgent_may_come_up_is_no_call_out(text: str) -> None:
    assert not is_urgent(text, SENT, None)


@pytest.mark.parametrize(
    "text",
    [
        "从今天起跌倒风险高的老人床边一律放防滑垫",
        "今天起进山路口有人值守，发现火情的打护林站电话",
        "从今日开始 漏气投诉统一走热线登记",
    ],
)
def test_a_rule_from_today_names_no_happening(text: str) -> None:
    assert not is_urgent(text, SENT, None)


def test_a_hazard_today_is_still_one() -> None:
    assert is_urgent("今天一早三号楼老人跌倒了 在地上起不来", SENT, None)
