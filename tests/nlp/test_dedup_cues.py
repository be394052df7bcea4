"""What says a message chases an earlier one: the cue that lets a chase share little
wording with its notice and take the notice's due at ingest."""

from __future__ import annotations

import pytest

from nlp.dedup import chases


@pytest.mark.parametrize(
    "text",
    [
        "@207班-农老师 表呢？",
        "上洞 岩口 这周的探访表呢",
        "大伟 走访记录呢",
        "节目单呢 下午要交",
        "名单呢 今天要交",
        "Malanday yours?",
        "Jun, yours?",
        "still missing Wards 2 and 6",
        "还差三个村没报",
        "@客服三组-坐席小黄 @客服三组-坐席阿辉 回访表？",
        "疫苗名单：三网格、四网格？",
        "Kayla — counts?",
        "rota from Level 2?",
        "vulnerable calls - Donegall Pass and Village done, Finaghy?",
        "audits pls - Northgate, Riverside, Mobile still out",
        "stock sheet - dressings and IV cupboard still blank",
        "timesheets, hour and a half left. Tuck, Shane",
    ],
)
def test_a_thing_owed_asked_after_is_a_chase(text: str) -> None:
    assert chases(text), text


@pytest.mark.parametrize(
    "text",
    [
        "你呢？", "表格模板在群文件里", "Is this one yours?", "is it yours?", "今天吃什么呢",
        "is this the form?", "what list?", "any forms?", "Which sheet do we use for the counts?",
        "这个表是哪个科室的？",
    ],
)
def test_questions_that_ask_after_nothing_owed_are_no_chase(text: str) -> None:
    assert not chases(text), text


def test_cues_are_read_after_numbers_are_folded_to_digits() -> None:
    # matching reads "还1个村都没交": the cue must not need the character 一
    from nlp.dedup._canonical import from_prepared
    from nlp.dedup._cues import has_cue, is_aside
    from nlp.due import prepare

    assert has_cue(from_prepared(prepare("意外险名单 今天下班前返 还一个村都没交")))
    assert has_cue(from_prepared(prepare("最后一次提醒：周报今天截止")))
    assert is_aside(from_prepared(prepare("还有一个事，慰问名单也是今天下午4点前")))
    assert is_aside(from_prepared(prepare("另一个表，跟台账分开报")))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("例会改到下午三点，地点不变", True),
        ("培训提前到周四上午", True),
        ("验收提前至12月3日", True),
        ("请各位提前到场签到", False),
        ("明早提前到岗，八点前打卡", False),
        ("整改到哪一步了，周五前报个进度", False),
        ("上次检查的问题整改到位没有", False),
        ("各村把整改台账交上来，整改为零的也要报", False),
    ],
)
def test_arriving_early_or_how_far_a_rectification_got_is_no_change(
    text: str, expected: bool
) -> None:
    """整改 (rectification) is one word, and 提前到场 is to arrive early: neither moves
    anything announced, so a chase saying so is still a copy of its notice."""
    from nlp.dedup import changes

    assert changes(text) is expected


@pytest.mark.parametrize(
    "text",
    [
        "@党政办-小刘 马上开会了 人呢",
        "东片 西片 人呢 快开始了",
        "石门村到了没？签到表还空着",
        "二组来了没",
        "培训马上开始 到没到",
        "要开会了，东片、西片的人到哪了",
        "ward returns - just Eastgate to go",
        "only Ward 4 and 6 to come",
        "rosters: just Block C and D to come",
    ],
)
def test_who_is_still_behind_asked_after_is_a_chase(text: str) -> None:
    """A roll call of who has not come to a meeting about to start, or the few units
    "just … to go": each chases what its group is waiting for."""
    assert chases(text), text


@pytest.mark.parametrize(
    "text", ["他人呢很好", "just wanted to say thanks, good to go", "好人呢也有", "ready to go"]
)
def test_a_person_or_a_readiness_is_no_roll_call(text: str) -> None:
    assert not chases(text), text
