"""Chases in a cadre's words and flagged one-liners keep a message the classifier
took for chatter; the talk that looks like them stays chatter (issue 12)."""

from __future__ import annotations

import pytest

from nlp.chatter import keep_evidence, settle_kind
from nlp.due import simplified
from nlp.normalize import normalize_text
from nlp.types import Kind

# sure it is chatter, some other kind a distant second: what the keep rules exist for
FOOLED = {
    "report": 0.05,
    "meeting": 0.02,
    "task": 0.05,
    "checkin": 0.01,
    "notice": 0.02,
    "chatter": 0.85,
}


def verdict(text: str) -> Kind:
    return settle_kind(FOOLED, normalize_text(text), text, has_due=False, sure=0.6).kind


@pytest.mark.parametrize(
    "text",
    [
        "巡山日志 高山 桃坑还没传",
        "医保 三组五组的还没给我",
        "消防自查 新桥 龙潭 上坪还没跟我讲情况",
        "慢病随访还剩四组6个老人，明天上午彭姐有空吗",
        "入户核查还剩三户",
        "lunch forms 4B?",
        "Kelly timesheet? 5 mins",
        "一巷水浸街了 有个阿伯在一楼出不来 要人来帮手！",
        "提提大家，沙包post今晚之前轉發，轉咗就截圖俾我",
        "今日最後一日交會費",
        "Hour and a half to the 5pm cutoff and I have Lena's tab only",
        "烧煤的屋里都得装一氧化碳报警器 没装的先登记",
        "灾情初报东坑村仲差 边个睇住个群",
        "heating counts: have 2, 5 and 6. Ward 1 and 3?",
        "trip slips - 5A and 5C?",
        "⚠️明天上午新街主路挖管子 车进不来",
        "🚨菜场门口那个下坡冻住了",
        "📢下礼拜一开始 卫生室上午看病 下午出诊",
        "🚧 east gate closed till 2pm",
        # what to bring, a file put up, a duty called off, who to find, a time due
        "下午两点党课 带好笔记本 茶水已经备好了",
        "要打疫苗的自己来 身份证带上",
        "元旦值班表已发群文件",
        "复核组不来了 明天不用到岗",
        "今天上午我在县里开会 村里有事先找小陈",
        "Flu forms due 5pm today, so far only Ward 2 - Sofia?",
        # everyone told to come early, a meeting at a time, a limit with the work done
        # by it, a thing owed asked after
        "督导组已经到院里了 两点半三楼 大家提前五分钟到",
        "今晚七点半两委会 村部 吃完饭就过来",
        "顺便说一下：本月低保数据要在停机前录完",
        "上洞 岩口 这周的探访表呢",
        "大伟 走访记录呢",
        # a dialect's 俺 and 明儿, an English limit said the British way, a huddle at a time
        "征兵摸底名单 明儿就得报 一组三组还没给俺",
        "Saturday, be at the surgery by half eight for the briefing",
        "any Christmas lunch receipts to me EOD Friday 😬",
        "Short staff huddle at 3:30 today in the library",
        "演练完了各班把湿毛巾带回去 莫丢在操场上",
        # an object and the units still owing it
        "烟感 三网格 四网格",
        "流感疫苗数 柳塘村 石陂村",
        # those who want it told how to ask, a limit to hand it to the speaker, a duty
        # that needs doing
        "物业说明年夏天统一换老暖气片 想换的登记一下 不急 这周末之前跟我说就行",
        "填好月底前给我 我签字后统一送人事科 莫一个一个跑",
        "Vaccine fridge log needs signing every day btw, not just the days I'm in",
        "各村中午前搞定，县里等着要",
        # a thing owed asked after with a question mark, a colleague asked for their unit,
        # English names in a row
        "大周 出车检查表？",
        "思思——照片？",
        "老邓，三组？",
        "Riverside? Mobile?",
        # asked whether it is done, the township calling the roll, people awaited
        "塘子的表 小何 你那边弄好没有 水利站点名了",
        "二军？乡里点名了",
        "要开会了，熊湾、李店的人到哪了",
        # a place put right in passing, one colleague's part asked after by name
        "Tomorrow 10am, north gate, not Mill Lane! A few people went to the wrong car park",
        "Kenny Glenbeg nursery done? Opens at 8",
        # a colleague's share of a thing owed, asked after across a dash
        "Kayla — counts?",
        "Sam — PAT certificates?",
        "Ade, syringe driver booking?",
    ],
)
def test_chases_and_flags_are_kept(text: str) -> None:
    assert verdict(text) is not Kind.CHATTER


@pytest.mark.parametrize(
    "text",
    [
        # the speaker's own, or food, or a count that is no chase
        "饺子还剩两个 谁要",
        "我还没吃饭",
        "他还没给我回电话😂",
        "还剩三天就放假了",
        "is Ward 3 coming to lunch?",
        "what time is it in Dublin?",
        "哈哈 下雪了❄️",
        "收到👍",
        "好的 我带身份证",
        "我带了饭 要不要",
        "值班表出了没？",
        "你不用来了 我自己搞定",
        "the delay is due to the rain I think",
        "我明天上午去开会",
        "今天的例会开完了吗",
        "饭呢 谁拿走了",
        "I missed the briefing at 9am, sorry",
        "the meeting at 3pm was long lol",
        "一组三组报了",
        # the work in hand done by a time, and nothing else said
        "4I中午前输好",
        "划线2点前搞定",
        "我们团队今天下班前点完",
        # questions about a form
        "这个是不是就是上回说的医保那个表？",
        "用上次那个表？",
        "述职报告要打印几份？",
        "really? why?",
        "is it done? lol",
        "how was the survey?",
        "what about the forms?",
    ],
)
def test_talk_that_looks_like_a_chase_stays_chatter(text: str) -> None:
    assert verdict(text) is Kind.CHATTER


def test_a_flag_is_named_as_the_evidence() -> None:
    text = "⚠️明天上午新街主路挖管子"
    assert keep_evidence(normalize_text(text), text, only=("flag",)) == "flag: ⚠"
    assert keep_evidence(normalize_text(text), text, only=("ask",)) is None


def test_a_status_word_quoted_is_no_reply() -> None:
    """'连着两周都是“无异常”' chides the replies; the notice's 4 pm still stands."""
    scores = {"report": 0.12, "meeting": 0.0, "task": 0.84, "checkin": 0.01,
              "notice": 0.01, "chatter": 0.02}
    text = "各位网格员，本周走访周报下午4点前交。有几个人连着两周都是“无异常”，我不信😂"
    verdict = settle_kind(scores, normalize_text(text), text, has_due=True, sure=0.6)
    assert verdict.kind is Kind.TASK and verdict.due_kept
    reply = "三组巡查无异常"
    assert settle_kind(FOOLED, normalize_text(reply), reply, has_due=False, sure=0.6).kind is (
        Kind.CHATTER
    )


def test_a_classifier_certain_of_chatter_outweighs_an_ask_but_not_a_hazard() -> None:
    certain = {"report": 0.01, "meeting": 0.0, "task": 0.01, "checkin": 0.0,
               "notice": 0.01, "chatter": 0.97}
    reply = "算，拍个照发我"
    hazard = "后山冒烟了"

    def settle(text: str, at: float) -> Kind:
        normalized = normalize_text(text)
        return settle_kind(
            certain, normalized, text, has_due=False, sure=0.6, certain=at
        ).kind

    assert settle(reply, 1.0) is not Kind.CHATTER  # kept for its 发我 unless told otherwise
    assert settle(reply, 0.95) is Kind.CHATTER
    assert settle(hazard, 0.95) is not Kind.CHATTER


def test_a_long_document_without_a_deadline_is_a_notice() -> None:
    """A policy passed on says 报送 and 落实 throughout and sets the reader no deadline."""
    scores = {"report": 0.2, "meeting": 0.0, "task": 0.7, "checkin": 0.0,
              "notice": 0.08, "chatter": 0.02}
    duty = "各乡镇要落实属地责任，加强隐患排查，及时报送情况。"
    policy = "关于做好冬春季安全生产工作的通知。" + duty * 9
    short = "各村今天把隐患排查情况报上来"

    def settle(text: str, has_due: bool) -> Kind:
        return settle_kind(scores, normalize_text(text), text, has_due=has_due, sure=0.6).kind

    assert len(policy) >= 200
    assert settle(policy, False) is Kind.NOTICE
    assert settle(policy, True) is Kind.TASK  # a deadline makes it a request
    assert settle(short, False) is Kind.TASK


CERTAIN = {**FOOLED, "chatter": 0.97, "report": 0.01}


@pytest.mark.parametrize(
    "text",
    ["三组？", "三组？四组？", "208？", "熊湾？李店？", "红崖 下坝", "坡头 弄团", "上弄呢 人呢"],
)
def test_a_roll_call_of_who_is_behind_is_kept_however_sure_the_classifier(text: str) -> None:
    kept = settle_kind(CERTAIN, normalize_text(text), text, has_due=False, sure=0.6, certain=0.95)
    assert kept.kind is not Kind.CHATTER, text


@pytest.mark.parametrize(
    "text",
    ["真的？", "今天？明天？", "真的？假的？", "吃了？", "收到 收到", "老王呢", "北京？"],
)
def test_short_questions_that_name_no_unit_stay_chatter(text: str) -> None:
    said = settle_kind(CERTAIN, normalize_text(text), text, has_due=False, sure=0.6, certain=0.95)
    assert said.kind is Kind.CHATTER, text


def test_a_document_is_no_chatter_and_asks_nothing_without_a_deadline() -> None:
    body = "人工智能是人类发展新领域。当前，全球人工智能技术快速发展，目前看来影响深远。" * 6
    sure = {**CERTAIN, "report": 0.02}
    kept = settle_kind(sure, normalize_text(body), body, has_due=False, sure=0.6, certain=0.95)
    assert kept.kind is Kind.NOTICE, kept
    news = "转：8月30日，世界人工智能大会全球工业智能峰会在上海举办，司长参加会议并致辞。" * 6
    told = {"meeting": 0.7, "notice": 0.2, "report": 0.05, "task": 0.03, "checkin": 0.01,
            "chatter": 0.01}  # fmt: skip
    said = settle_kind(told, normalize_text(news), news, has_due=False, sure=0.6, certain=0.95)
    assert said.kind is Kind.NOTICE, said


@pytest.mark.parametrize(
    "text",
    [
        "外湾渔排松了！！我拿望远镜看 阿水那片连着老陈那片整排在漂 往外航道那边去了",
        "Code Blue Ward 7B Bay 3 bed 15, code team activated, I'm going up",
        "化学品仓一桶天那水倒了，流了一地，味道好大！！仓门口我先拉了线",
        "我爷爷早上骑摩托出去到现在没回 手机关机 有摩托的帮着找找",
        "Mr Li collapsed in the day room, nurse with him, call it in",
    ],
)
def test_someone_taken_ill_a_spill_or_a_search_is_a_hazard_told_in_ones_own_words(
    text: str,
) -> None:
    assert (keep_evidence(normalize_text(text).lower(), text) or "").startswith("hazard"), text
    kept = settle_kind(FOOLED, normalize_text(text), text, has_due=False, sure=0.6, certain=0.95)
    assert kept.kind is not Kind.CHATTER, text


@pytest.mark.parametrize(
    "text",
    [
        "外湾渔排松了！！我拿望远镜看 阿水那片连着老陈那片整排在漂 往外航道那边去了",
        "化学品仓一桶天那水倒了，流了一地，味道好大！！仓门口我先拉了线",
        "后山冒烟了",
    ],
)
def test_a_hazard_happening_outweighs_a_classifier_certain_of_chatter(text: str) -> None:
    kept = settle_kind(CERTAIN, normalize_text(text), text, has_due=False, sure=0.6, certain=0.95)
    assert kept.kind is not Kind.CHATTER, text


@pytest.mark.parametrize(
    "text",
    [
        "又停水 上个月才停过",
        "上回演练三楼老太太以为真着火了 抱着猫就往下跑 这回可得说明白",
        "Last year Jalan Genting Klang flooded until knee level 😩",
    ],
)
def test_a_certain_classifier_outweighs_talk_about_a_hazard_not_happening(text: str) -> None:
    said = settle_kind(CERTAIN, normalize_text(text), text, has_due=False, sure=0.6, certain=0.95)
    assert said.kind is Kind.CHATTER, text


@pytest.mark.parametrize(
    "text",
    [
        "Signal lifted. Evacuees can go home, river level normal",
        "Stood down, she's back in her room",
        "人找到了 在北梁南边 没大碍 不用找了",
        "暴雨预警已解除，各村撤回值守人员",
    ],
)
def test_the_all_clear_of_a_call_out_is_kept(text: str) -> None:
    kept = settle_kind(FOOLED, normalize_text(text), text, has_due=False, sure=0.6)
    assert kept.kind is not Kind.CHATTER, text


@pytest.mark.parametrize(
    "text", ["fridge count?", "Carmel, stats? 😊", "Ade, syringe driver booking?"]
)
def test_a_thing_owed_asked_after_in_english_is_kept(text: str) -> None:
    kept = settle_kind(FOOLED, normalize_text(text), text, has_due=False, sure=0.6)
    assert kept.kind is not Kind.CHATTER, text


@pytest.mark.parametrize("text", ["is this the form?", "what list?", "any forms?"])
def test_a_question_about_a_form_is_no_chase(text: str) -> None:
    assert not (keep_evidence(normalize_text(text).lower(), text) or "").startswith("deadline")


def test_traditional_script_is_read_by_the_same_word_lists() -> None:
    # the verdict component reads the simplified script: 記得去 is 记得去, an ask
    text = "今日下晝2點半防火訓練，LT2，A更同事記得去，我會頂住個ward"
    assert keep_evidence(normalize_text(text).lower(), text) is None
    assert (keep_evidence(simplified(normalize_text(text)).lower(), text) or "").startswith("ask")
