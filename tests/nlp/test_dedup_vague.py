"""A vaguer telling of one deadline ("礼拜四下午" of 周四下午4点) is no other
deadline; another part of the day, another day or another form still is."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from nlp.dedup import ClusterIndex, DedupItem
from nlp.dedup._vague import vague_minutes
from tests.helpers.dedup import understood_item

CST = timezone(timedelta(hours=8))
TUESDAY = datetime(2026, 12, 1, 9, 0, tzinfo=CST)


def _item(key: int, text: str, minutes: int = 0, group: int = 1) -> DedupItem:
    return understood_item(key, text, TUESDAY + timedelta(minutes=minutes), group)


def _conflict(first: str, second: str, minutes: int = 30, groups: tuple[int, int] = (1, 2)) -> str:
    one, two = _item(1, first, 0, groups[0]), _item(2, second, minutes, groups[1])
    score = ClusterIndex().explain(one, two)
    return score.conflict or ""


@pytest.mark.parametrize(
    ("notice", "retelling"),
    [
        (  # 下午 alone: 17:30 by the rules
            "各村：征兵初检名单于12月3日（周四）下午4点前报镇武装部，写清姓名、身份证号。",
            "征兵的事 屋里有想去当兵的伢子跟我讲一声 礼拜四下午我要报到镇里去",
        ),
        (  # 今天晚上: 21:00
            "各楼栋长：今晚8点前把独居老人的电话和家属电话核对一遍，发小葛汇总。",
            "楼栋长们 今天晚上把独居老人电话跟家属电话对一下发我哈",
        ),
        (  # 下班前: 17:30
            "各村：党报党刊征订回执单请于12月4日（周五）下午4点前交党政办。",
            "党报党刊明年的订阅回执 礼拜五下班前要交镇里",
        ),
        (  # English: Wednesday afternoon
            "Please send me each ward's list of who wants a smoke alarm by Wednesday 4pm.",
            "smoke alarm list: rest by Wednesday afternoon pls",
        ),
    ],
)
def test_a_vaguer_telling_of_the_same_day_is_not_another_deadline(
    notice: str, retelling: str
) -> None:
    first, second = _item(1, notice), _item(2, retelling, 30, 2)
    assert first.due_at is not None and second.due_at is not None
    assert first.due_at != second.due_at and first.due_at.date() == second.due_at.date()
    conflict = _conflict(notice, retelling)
    assert not conflict.startswith(("due", "dates")), conflict


def test_a_vaguer_retelling_merges_when_the_object_is_named() -> None:
    notice = "各楼栋长：今晚8点前把自己楼栋独居老人的电话和家属电话核对一遍，有变的发小葛汇总。"
    retelling = "楼栋长们 今天晚上把独居老人的电话跟家属电话对一下发我哈 没变的也说一声"
    assert ClusterIndex().explain(_item(1, notice), _item(2, retelling, 20)).merge


def test_another_part_of_the_day_is_another_deadline() -> None:
    """下午 does not cover 上午10点, nor 上午 a deadline at 4 in the afternoon."""
    morning = "各村：明天上午10点前报送森林防火巡查台账。"
    assert _conflict(morning, "森林防火巡查台账明天下午交", groups=(1, 1)) == "due times differ"
    afternoon = "各村：明天下午4点前报送森林防火巡查台账。"
    assert _conflict(afternoon, "森林防火巡查台账明天上午交", groups=(1, 1)) == "due times differ"


def test_the_same_part_of_another_day_is_another_deadline() -> None:
    notice = "各村：征兵初检名单于12月3日（周四）下午4点前报镇武装部。"
    assert _conflict(notice, "征兵初检名单礼拜五下午报镇里") == "due times differ"


def test_a_time_written_out_is_exact_even_on_a_default_minute() -> None:
    """下午5点半 is 17:30 because it says so: against 下午4点 it is another time."""
    exact = datetime(2026, 12, 3, 17, 30, tzinfo=CST)
    assert vague_minutes(exact, "周四下午5点半前交") == 0
    assert vague_minutes(exact, "周四下午交") > 0
    assert vague_minutes(datetime(2026, 12, 3, 23, 59, tzinfo=CST), "12月3日前交") > 0
    assert vague_minutes(datetime(2026, 12, 3, 16, 0, tzinfo=CST), "周四下午交") == 0
    notice = "各村：党报党刊征订回执单请于12月4日（周五）下午4点前交党政办。"
    assert _conflict(notice, "党报党刊订阅回执周五下午5点半前交镇里") == "due times differ"


def test_another_form_told_as_vaguely_in_the_same_group_stays_apart() -> None:
    """Two forms chased in one group on one day: the vaguer day is no licence."""
    first = "还有一个，民兵整组的基干民兵花名册也是周四下午4点前交武装部。"
    second = "征兵的事 有想去当兵的伢子跟我讲一声 礼拜四下午我要报到镇里去"
    score = ClusterIndex().explain(_item(1, first), _item(2, second, 30, 1))
    assert not score.merge


def test_a_relay_that_sets_its_own_earlier_time_beside_the_upstream_one_stays_apart() -> None:
    """"今天下班前要报，各办所4点半前报给我" names the county's 下班前 and its own
    4点半: the township's own deadline is another notice, not a vaguer telling."""
    county = "各乡镇：元旦期间严格落实24小时值班和领导带班，值班表今天下班前报应急局。"
    relay = "县应急局要元旦值班表，今天下班前要报，各办所还没报人的4点半前报给我"
    assert _conflict(county, relay) == "due times differ"


def test_a_chase_taken_for_chatter_joins_despite_its_own_plans() -> None:
    """"还剩四组6个老人，明天上午彭姐有空吗": 明天上午 is when the chaser plans to go,
    not the notice's due; the chase still joins the notice it names."""
    index = ClusterIndex()
    notice = (
        "乡卫生院要求这周把高血压、糖尿病的老人第四季度随访做完，血压血糖量了要录系统，"
        "周五下班前必须录完。一组二组我去，三组四组彭姐陪我去，各组长提前跟老人说一声在家等着"
    )
    chase = "慢病随访还剩四组6个老人，明天上午彭姐有空吗"
    monday, wednesday_evening = -24 * 60, 24 * 60 + 9 * 60 + 10  # due Friday 17:30
    cluster = index.assign(_item(1, notice, monday))
    assert index.place_batch([_item(2, chase, wednesday_evening)], joining={2}) == [cluster]
    other = ClusterIndex()
    other.assign(_item(1, notice, monday))
    unrelated = "低保复核表还剩二组没交，明天上午给我"
    assert other.place_batch([_item(2, unrelated, wednesday_evening)], joining={2}) == [None]


def test_the_same_chase_a_week_later_chases_this_weeks_report() -> None:
    """"安全周报还差红星社区" is typed every Friday: the second joins the second week's
    report, not the first week's chase of the same words."""
    index = ClusterIndex()
    week = 7 * 24 * 60
    report = "本周安全生产周报今天下午4点前报综治中心，没有隐患的也要报。"
    first = index.assign(_item(1, report, 0))
    assert index.assign(_item(2, "安全周报还差红星社区、石桥村", 300)) == first
    second = index.assign(_item(3, report, week))
    assert second != first
    assert index.assign(_item(4, "安全周报还差红星社区", week + 300)) == second



def test_a_retelling_by_the_very_due_may_name_moments_of_its_own() -> None:
    notice = "各村：本周（11.30-12.4）防火巡查周报，今天下午4点前报农办，格式跟上周一样。"
    relay = "巡查周报今天下午4点前报我，我明天上午要去县里开会"
    assert not _conflict(notice, relay).startswith("dates")
    later = "巡查周报今天下午5点前报我，我明天上午要去县里开会"
    assert _conflict(notice, later) == "due times differ"


def test_in_its_own_group_by_its_very_minute_a_middling_word_names_the_object() -> None:
    notice = "各办所：年度考核登记表今天下午5点前交党政办，本人手写签名，别打印名字。"
    one = _item(1, notice, 0, 1)
    chase = "考核那个还有7个人没交哈，今天下午5点截止，抓紧"
    assert ClusterIndex().explain(one, _item(2, chase, 240, 1)).merge
    other_form = "疫苗那个还有7个人没交哈，今天下午5点截止，抓紧"
    assert not ClusterIndex().explain(one, _item(2, other_form, 240, 1)).merge


def test_a_clock_minute_both_state_relays_a_notice_into_a_related_group() -> None:
    notice = "各村：年度考核登记表请于今天下午4点前交党政办，本人手写签名。"
    relay = "考核那个表 下午4点前要交到镇上 不会写的老人小周帮忙代写一下"
    index = ClusterIndex()
    index.note_posters([(1, 7), (2, 7)])  # the village secretary sits in both groups
    assert index.explain(_item(1, notice, 0, 1), _item(2, relay, 30, 2)).merge
    # the day's default minute states no clock: in a group no one posts in both of,
    # the middling word is not enough
    undated, by_today = notice.replace("下午4点", ""), relay.replace("下午4点", "今天")
    assert not ClusterIndex().explain(_item(1, undated, 0, 1), _item(2, by_today, 30, 2)).merge


def test_a_text_of_a_few_characters_is_a_copy_only_in_its_own_group() -> None:
    for text in ("三组？", "红崖 下坝", "208？"):
        assert not ClusterIndex().explain(_item(1, text, 0, 1), _item(2, text, 30, 2)).merge
        assert ClusterIndex().explain(_item(1, text, 0, 1), _item(2, text, 30, 1)).merge
    chase = "秸秆禁烧台账还差二组、五组，今天下午5点截止"
    assert ClusterIndex().explain(_item(1, chase, 0, 1), _item(2, chase, 30, 2)).merge


FLOOD_REPORT = "县三防办催灾情初报，各村16:30前把房屋损坏、农业受灾面积、渔排损失报上来，冇就报零"


def test_a_countdown_a_minute_off_its_deadline_still_chases_it() -> None:
    # "仲有廿分钟" at 16:09 reads as 16:29: the same 16:30, counted down to
    notice = _item(1, FLOOD_REPORT, 6 * 60 + 35)
    chase = understood_item(
        2, "灾情初报东坑村仲差 边个睇住个群 仲有廿分钟", datetime(2026, 12, 1, 16, 9, tzinfo=CST)
    )
    assert chase.due_at == datetime(2026, 12, 1, 16, 29, tzinfo=CST)
    assert "due" not in (ClusterIndex().explain(notice, chase).conflict or "")
    index = ClusterIndex()
    assert index.place_batch([notice])[0] == index.place_batch([chase])[0]


def test_two_set_times_minutes_apart_are_two_deadlines() -> None:
    later = FLOOD_REPORT.replace("16:30", "16:35")
    assert "due times differ" in _conflict(FLOOD_REPORT, later)
