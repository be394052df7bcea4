"""The glossary of office objects: a Chinese notice and its English retelling
share the object's word; another object by the same deadline does not."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from nlp.dedup import ClusterIndex, DedupItem
from nlp.dedup._canonical import canonical
from nlp.dedup._glossary import concepts
from tests.helpers.dedup import understood_item

CST = timezone(timedelta(hours=8))
MONDAY = datetime(2026, 12, 28, 9, 0, tzinfo=CST)
ROSTER = "各企业：元旦假期谁值班，名字和手机号周三下午5点前报园区办，英文群也发了"


def _item(key: int, text: str, minutes: int, group: int) -> DedupItem:
    return understood_item(key, text, MONDAY + timedelta(minutes=minutes), group)


def test_english_words_become_the_chinese_word_of_their_object() -> None:
    found = concepts(canonical("Holiday on-call names and mobile numbers, please"))
    assert {"假期", "值班", "名单", "手机号"} <= set(found)
    assert "值班" in concepts(canonical("元旦排班表今天报"))  # a near word names it too


def test_a_society_s_agm_a_drill_and_marks_are_named_either_way() -> None:
    assert "周年大会" in concepts(canonical("AGM tomorrow 2pm, volunteers at the table by 1:15"))
    assert "周年大会" in concepts(canonical("協會週年大會11月28號下午兩點"))
    assert "演练" in concepts(canonical("A座同B座有走火警演習"))
    assert "成绩" in concepts(canonical("SA2 marks entry closes 5pm today"))
    assert "成绩" in concepts(canonical("SA2分数今天下午5点前要输完"))
    assert "台风" in concepts(canonical("Signal 8 is likely between 2 and 4pm"))


def test_a_word_the_glossary_lacks_names_nothing() -> None:
    assert concepts(canonical("请周五前报送蚕桑产业巡查情况")) == []


def test_a_chinese_notice_and_its_english_retelling_merge() -> None:
    index = ClusterIndex()
    first = index.assign(_item(1, ROSTER, 0, group=11))
    retold = _item(2, "Dear members, please send the name and mobile number of your on-call "
                   "person for the New Year holiday by Wednesday 5pm.", 20, group=12)  # fmt: skip
    assert index.assign(retold) == first, index.explain(_item(1, ROSTER, 0, 11), retold)


def test_another_object_by_the_same_deadline_stays_apart() -> None:
    index = ClusterIndex()
    first = index.assign(_item(1, ROSTER, 0, group=11))
    other = _item(2, "Plot B companies: copies of your forklift certificates for the safety "
                  "audit by Wednesday 5pm please.", 20, group=12)  # fmt: skip
    assert index.assign(other) != first


TRIP_SLIP = "Grade 4 parents: the consent slip for Friday's museum trip, signed, by Wednesday 5pm."
LUNCH = "Grade 4 parents: packed lunch orders for Friday's museum trip, by Wednesday 5pm please."


def test_two_things_asked_by_one_deadline_in_one_group_stay_apart() -> None:
    index = ClusterIndex()
    slip = index.assign(_item(1, TRIP_SLIP, 0, group=21))
    assert index.assign(_item(2, LUNCH, 5, group=21)) != slip
    chase = _item(3, "Reminder: trip consent slips due 5pm Wednesday, 6 still missing", 60, 21)
    assert index.assign(chase) == slip  # the slip's own reminder still finds it


def test_an_inspection_warning_retold_in_english_merges() -> None:
    warning = (
        "【紧急】市安委会暗访组今天上午10点左右到我县，重点检查危化品企业和加油站，"
        "请各乡镇安监站立即通知辖区企业，主要负责人必须在岗。"
    )
    retold = (
        "Heads up: the city safety inspection team arrives around 10am today, unannounced, "
        "focus on hazmat companies and petrol stations. Plant EHS leads be on site."
    )
    index = ClusterIndex()
    first = index.assign(_item(1, warning, 0, group=11))
    assert index.assign(_item(2, retold, 15, group=12)) == first


def test_another_hazard_by_the_same_hour_stays_apart() -> None:
    warning = "请各乡镇今天上午10点前把辖区加油站的安全检查情况报县应急局。"
    other = "Please send the forklift certificates of your drivers to the park office by 10am."
    index = ClusterIndex()
    first = index.assign(_item(1, warning, 0, group=11))
    assert index.assign(_item(2, other, 15, group=12)) != first


def test_a_reminder_naming_the_list_in_other_words_joins_in_its_group() -> None:
    notice = (
        "Dear building managers, please submit the updated list of foreign residents in your "
        "building (name, nationality, passport expiry, visa type) by 5pm Wednesday."
    )
    reminder = "Reminder: the expat list is due 5pm today. Still missing: Block C, Maple Court."
    index = ClusterIndex()
    first = index.assign(_item(1, notice, 0, group=11))
    assert index.assign(_item(2, reminder, 60 * 48, group=11)) == first


def test_common_office_objects_name_one_concept_in_either_language() -> None:
    found = concepts(canonical("Check fire extinguishers, e-bike charging, subsistence allowance"))
    assert {"灭火器", "电动车", "低保"} <= set(found)
    assert {"电动车", "滑坡", "走访"} <= set(concepts(canonical("电瓶车 塌方 入户")))


def test_a_programme_said_in_plain_words_names_its_formal_name() -> None:
    """Retellings in village groups swap a programme's formal name for the words
    people use: the two share the programme's word."""
    pairs = [
        ("县里开展退役军人信息采集", "村里当过兵的把退伍证拍给我", "退役军人"),
        ("摸排春节返乡人员", "过年回来的人报一下从哪回", "返乡"),
        ("开展撂荒耕地排查", "家里有荒着的田没种的说一声", "撂荒"),
        ("高龄津贴资格认证开始", "八十岁以上的老人都要刷脸", "高龄"),
        ("居民医保集中征缴", "明年的合作医疗要交钱了", "医保"),
        ("annual pension contributions", "养老金这个月底前交", "养老保险"),
    ]
    for formal, plain, word in pairs:
        assert word in concepts(canonical(formal)), formal
        assert word in concepts(canonical(plain)), plain


def test_neighbouring_programmes_stay_distinct() -> None:
    assert "医保" not in concepts(canonical("养老保险缴费还有三天截止"))
    assert "养老保险" not in concepts(canonical("合作医疗还有三天截止"))
