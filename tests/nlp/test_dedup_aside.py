"""Two asks by one deadline in one group: the second says it is another thing
("另外…也是今天下午4点前", "Separately, …", "跟总结分开发"), and stays apart; a
chase of either still finds its own. A shared link names one object."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from nlp.dedup import ClusterIndex, DedupItem, could_follow_up
from nlp.dedup._canonical import canonical
from nlp.dedup._cues import has_change, is_aside, object_text
from nlp.dedup._words import WordTable
from tests.helpers.dedup import understood_item

CST = timezone(timedelta(hours=8))
THURSDAY = datetime(2026, 11, 12, 9, 0, tzinfo=CST)


def _item(key: int, text: str, minutes: int = 0, group: int = 1) -> DedupItem:
    return understood_item(key, text, THURSDAY + timedelta(minutes=minutes), group)


def test_an_aside_by_the_same_deadline_stays_apart_and_each_chase_finds_its_own() -> None:
    index = ClusterIndex()
    summary = index.assign(_item(1, "年度工作总结今天下午4点前报党政办，已收到8家"))
    aside = index.assign(_item(2, "另外巡察反馈问题整改销号表也是今天下午4点前，跟总结分开发", 1))
    assert aside != summary
    assert index.assign(_item(3, "整改销号表还差东山、南塘", 330)) == aside


def test_an_english_aside_by_the_same_noon_stays_apart() -> None:
    first = "Extinguisher certificates: 11 of 17 uploaded. Deadline tomorrow noon."
    second = "Separately, the boiler room CO detector logs are due the same Friday noon."
    assert not ClusterIndex().explain(_item(1, first), _item(2, second, 6)).merge


def test_a_reminder_that_starts_with_another_still_chases() -> None:
    """"另外提醒一下" chases: the aside is only one that chases nothing."""
    assert is_aside(canonical("另外巡察整改销号表也是今天下午4点前"))
    assert is_aside(canonical("Also: grit bin requests, same deadline"))
    assert not is_aside(canonical("还有3个村没交"))
    notice = "各村：巡察反馈问题整改销号表今天下午4点前报党政办。"
    chase = "另外提醒一下，整改销号表还差东山、南塘，今天下午4点前"
    assert ClusterIndex().explain(_item(1, notice), _item(2, chase, 5)).merge


def test_what_a_notice_says_it_is_not_names_no_object() -> None:
    text = object_text(canonical("明年养老保险续保缴费名单下周五下班前报，跟认证不是一回事"))
    assert "认证" not in text and "续保" in text
    kept = object_text(canonical("民兵花名册周四交，跟征兵名单是两张表，别混在一起"))
    assert "征兵" not in kept and "民兵" in kept


def test_a_shared_link_is_the_heaviest_word() -> None:
    table = WordTable()
    vote = "为石桥镇投票！https://wj.qq.com/s2/2401034/215f/ 每天5票"
    words = table._pieces(canonical(vote))
    links = [w for w in words if w.startswith("\x00")]
    assert links == ["\x00wj.qq.com/s2/2401034/215f"]
    assert table.weight(links[0]) == 10.0
    other = table._pieces(canonical("请投票 https://wj.qq.com/s2/2409999/77aa/ 每天5票"))
    assert links[0] not in other


def test_a_reminder_after_a_change_repeats_it_and_the_replaced_notice_stays_apart() -> None:
    """"7点四楼会议室，别记成7点半了" after "明早的会提前到7点" is that change again;
    the notice the change replaced is not, even at the changed time."""
    change = "改一下：明早的会提前到7点，县里8点半就要听汇报，地点不变，四楼会议室"
    reminder = "7点四楼会议室，别记成7点半了，包子我买了放会议室"
    score = ClusterIndex().explain(_item(1, change), _item(2, reminder, 60 * 9))
    assert score.conflict != "one changes what the other announced", score.conflict
    first = "明早8点社区门口集合，去老街扫雪铲冰，楼栋长和志愿者能来的都来"
    moved = "改一下：集合地点改到老街口牌坊下面，时间不变，社区门口那段物业扫"
    assert not ClusterIndex().explain(_item(1, first), _item(2, moved, 50)).merge


def test_a_time_moved_is_a_change_however_it_is_typed() -> None:
    assert has_change(canonical("老高 镇里下午的会改三点了 你跟我去"))
    assert has_change(canonical("今天上午的周例会往后挪到十一点"))
    assert not has_change(canonical("修改3处错别字"))


def test_a_reply_that_reports_its_part_done_is_no_bare_follow_up() -> None:
    replies = (
        "一组看完了 二组还有三户 明天上午跑完",
        "西岭村17户全部看完，1户窗户破损已临时处理",
        "高山今晚加班录完",
        "报了 41户 有一户电热毯线烧焦了",
    )
    for reply in replies:
        assert not could_follow_up(reply), reply
    for chase in ("医保 三组五组的还没给我", "出租房的今天最后一天", "志愿活动计划 龙潭 下坪 上坪"):
        assert could_follow_up(chase), chase


def test_an_aside_a_day_later_by_the_same_deadline_stays_apart() -> None:
    # the aside names the first form's deadline in passing; it asks for another form
    form = "各位村医：慢病随访核查表下周一中午12点前交到中心公卫科，表在群文件。"
    aside = (
        "各位村医：还有老年人体检汇总表，跟随访那个表不是一回事，"
        "先把随访的弄完（下周一中午截止）"
    )
    assert not ClusterIndex().explain(_item(1, form), _item(2, aside, 30 * 60)).merge
