"""The pieces that let real copies merge: object words, status lines, changes,
day-only dues, room numbers, group recency and the scorer's threshold."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np

from nlp.dedup import ClusterIndex, DedupItem, follow_up
from nlp.dedup._canonical import canonical, facts, same_venue
from nlp.dedup._cues import has_change, object_text
from nlp.dedup._fit import _threshold
from nlp.dedup._groups import GroupRecency
from nlp.dedup._words import WordTable
from nlp.due import prepare_message
from tests.helpers.dedup import understood_item

ROOT = Path(__file__).resolve().parents[2]

CST = timezone(timedelta(hours=8))
MONDAY = datetime(2026, 11, 16, 9, 0, tzinfo=CST)


def _item(key: int, text: str, minutes: int = 0, group: int = 1) -> DedupItem:
    return understood_item(key, text, MONDAY + timedelta(minutes=minutes), group)


def test_words_are_cut_not_scanned_so_none_straddles_two() -> None:
    words = WordTable()._pieces(canonical("困难残疾人生活补贴"))
    assert "残疾人" in words and "补贴" in words
    assert "人生" not in words


def test_a_pair_the_dictionary_lacks_is_a_word_of_its_own() -> None:
    table = WordTable()
    assert "自评" in table._pieces(canonical("自评表收了15份了"))
    assert table.weight("自评") > 0
    assert table.weight("组长") == 0  # an addressee names no object


def test_the_object_text_drops_who_is_asked_and_who_is_behind() -> None:
    left = object_text(canonical("信访周报还差河口村、龙岗村"))
    assert "信访周报" in left and "河口" not in left and "龙岗" not in left
    kept = object_text(canonical("请报送秸秆、垃圾、污水处理情况"))
    assert "秸秆" in kept  # a list of objects is not a status line
    that_form = object_text(canonical("医保那个还有5个村没报哈"))
    assert "医保" in that_form  # "那个" points at a form; "石门那边" at a place
    assert "石门" not in object_text(canonical("石门那边还没交"))


def test_a_reminder_carries_its_status_line_and_a_retelling_none() -> None:
    chase = follow_up("低保复核的收入申报表还差二组、五组，中午前哈")
    assert chase.reminder and chase.status == "低保复核的收入申报表还差二组、五组"
    english = follow_up("Flu jab numbers due 5pm today. So far only Wards 1 and 3 - Sofia, Mike?")
    assert english.reminder and english.status == "So far only Wards 1 and 3"
    retold = follow_up("各组长：乡里要统计过年回来的打工人员，31号下班前报阿兰")
    assert not retold.reminder and retold.status is None


def test_a_change_is_told_from_a_reminder() -> None:
    assert has_change(canonical("今天8点老街口牌坊集合扫雪 不是社区门口哈"))
    assert has_change(canonical("the briefing moved to Room 210"))
    assert not has_change(canonical("今天下午两点的培训别忘了"))


def test_an_all_clear_is_no_copy_of_the_call_it_calls_off() -> None:
    fire = "5栋2单元一楼楼道里电动车着火了冒黑烟 楼上的人都在往下跑 快打119"
    out = "5栋电动车起火已扑灭，无人受伤，住户可以回家，楼道烟味大请开窗"
    assert has_change(canonical(out))
    assert has_change(canonical("TC2 cleared, wind 11 m/s. lifting can resume"))
    assert not has_change(canonical(fire))
    assert not ClusterIndex().explain(_item(1, fire), _item(2, out, 22)).merge
    # relays of one all-clear are copies of each other
    relay = "转：5栋电动车起火已扑灭，无人受伤，住户可以回家，楼道烟味大请开窗"
    assert ClusterIndex().explain(_item(1, out), _item(2, relay, 3, group=2)).merge


def test_a_typo_never_changes_a_room_number() -> None:
    assert same_venue("五楼会议室", "五楼楼会议室")
    assert not same_venue("room 204", "room 210")


def test_a_retelling_with_its_own_households_and_villages_merges() -> None:
    notice = (
        "各乡镇民政办：请对分散供养特困人员开展过冬物资需求摸底，"
        "填写特困人员冬季物资需求统计表，于11月20日前报社救股。"
    )
    retold = "镇民政办要特困户过冬物资需求，咱们社区分散供养的就4户，小温两户、阿梅两户，20号前报我"
    assert ClusterIndex().explain(_item(1, notice), _item(2, retold, 30, group=2)).merge


def test_the_same_template_for_another_village_stays_apart() -> None:
    first = "请东山村于11月20日下午5点前报送秸秆禁烧巡查台账。"
    second = first.replace("东山村", "西岭村")
    assert not ClusterIndex().explain(_item(1, first), _item(2, second, 5)).merge


def test_today_is_the_deadline_agrees_with_five_oclock_today() -> None:
    notice = "各乡镇：临时救助季度统计表本周五下午5点前报社救股，金额要和系统一致。"
    chase = "临时救助统计表今天也截止，目前只有青石报了"
    score = ClusterIndex().explain(_item(1, notice), _item(2, chase, 60 * 24 * 4 + 30))
    assert not (score.conflict or "").startswith(("due", "dates")), score.conflict
    other_day = ClusterIndex().explain(_item(1, notice), _item(2, chase, 60 * 24 * 3 + 30))
    assert other_day.conflict == "due times differ"


def test_the_groups_latest_notices_are_remembered_alive_and_recent() -> None:
    recency = GroupRecency(kept=2)
    for slot in (0, 1, 2):
        recency.add(7, slot)
    recency.add(0, 3)  # no group: never a candidate by group
    alive = np.asarray([True, True, False, True])
    sent = np.asarray([10, 20, 30, 40], dtype=np.int32)
    assert recency.of(7, alive, sent, oldest=0) == [1]  # 0 fell out, 2 is dead
    assert recency.of(7, alive, sent, oldest=25) == []
    assert recency.of(0, alive, sent, oldest=0) == []


def test_one_unlucky_pair_at_the_top_does_not_disable_the_scorer() -> None:
    probability = np.asarray([0.99] + [0.9] * 60 + [0.6] * 10)
    same = np.asarray([0] + [1] * 60 + [0] * 10, dtype=np.int8)
    assert _threshold(probability, same) == 0.9


def test_a_status_line_keeps_the_object_it_chases() -> None:
    assert "医保" in object_text(canonical("医保 三组五组的还没给我"))
    assert "认证" in object_text(canonical("养老认证 还差二组四组"))
    assert "周报" in object_text(canonical("周报还差下桥村和岭头村"))
    listed = object_text(canonical("巡山日志 高山 桃坑还没传"))
    assert "巡山日志" in listed and "高山" not in listed


def test_rooms_and_grades_by_number_are_facts_and_counts_in_a_status_line_are_not() -> None:
    sent = datetime(2026, 12, 1, 15, 0, tzinfo=timezone(timedelta(hours=8)))
    text = "Reminder: Grade 4 reps, 3:45 today, Room 204"
    assert facts(prepare_message(text, sent), canonical(text)).labels == {"grade 4", "room 204"}
    chase = "still missing Wards 2 and 6"
    assert not facts(prepare_message(chase, sent), canonical(chase)).labels


def test_two_documents_by_their_numbers_are_two_notices() -> None:
    qingdao = (
        "【学习资料】根据《关于加快工业互联网高质量发展若干措施实施细则的通知》（青工信规〔2020〕3号）"
        "文件精神，市工业和信息化局研究制定了人工智能十佳场景示范奖补项目申报指南，现印发施行。"
    )
    jinan = (
        "转：为贯彻落实《关于进一步支持企业专精特新发展的若干政策措施》（济办发电〔2022〕4号），"
        "加快推进人工智能岛建设，现制定人工智能岛核心展示区建设运营补贴资金实施细则。"
    )
    sent = datetime(2026, 11, 21, 10, 53, tzinfo=timezone(timedelta(hours=8)))
    labels = facts(prepare_message(qingdao, sent), canonical(qingdao)).labels
    assert labels == {"青工信规〔2020〕3号"}
    score = ClusterIndex().explain(_item(1, qingdao, 0, 1), _item(2, jinan, 300, 2))
    assert not score.merge and "rooms, grades or groups" in (score.conflict or "")
    # a retelling that drops the number is not kept apart by it
    retold = "青岛那个人工智能场景示范奖补的申报指南出来了，有意向的企业抓紧准备"
    assert not facts(prepare_message(retold, sent), canonical(retold)).labels


def test_times_of_day_and_form_nouns_name_no_object() -> None:
    table = WordTable()
    table.words("")  # loads the dictionary
    assert table.weight("今天下午") == 0 and table.weight("下周一") == 0
    assert table.weight("下班前") == 0
    assert 0 < table.weight("台账") < table.weight("医保")


def test_a_code_of_letters_and_digits_is_a_word_in_either_language() -> None:
    table = WordTable()
    codes = [canonical(t) for t in ("SA2分数今天下午5点前输完", "SA2 marks entry closes 5pm")]
    shared = set(table.words(codes[0]).tolist()) & set(table.words(codes[1]).tolist())
    assert shared, "sa2 names the assessment in both"
    assert table.weight("sa2") > table.weight("q3") > 0
    assert table.weight("5pm") == 0  # a time, which the fact guards compare


def test_words_are_weighed_alike_in_a_process_that_never_cut_a_text() -> None:
    """The weights read jieba's dictionary: a fresh process (an index before any
    tokenising, as in bench_dedup) must load it before weighing the first word."""
    text = "Flood warning: 12月4日至6日大风降温，注意保暖，防汛值班表周五前报"
    code = (
        "import json, sys; from nlp.dedup._words import WordTable; "
        "from nlp.dedup._canonical import canonical; "
        f"print(json.dumps(WordTable().words(canonical({text!r})).tolist()))"
    )
    fresh = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert json.loads(fresh.stdout) == WordTable().words(canonical(text)).tolist()
