"""Links that merged two notices into one cluster: two townships' asks by one
Friday that go to different offices or ask for different figures, and a roll
call that names nothing carrying a later chase into the request it took."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from nlp.dedup import ClusterIndex, DedupItem
from nlp.dedup._asks import issuers, quotas, receivers, to_townships
from tests.helpers.dedup import placed_one_by_one as _placed
from tests.helpers.dedup import understood_item

CST = timezone(timedelta(hours=8))
MONDAY = datetime(2026, 11, 9, 8, 30, tzinfo=CST)
CST6 = timezone(timedelta(hours=-6))
TUESDAY = datetime(2026, 12, 1, 8, 0, tzinfo=CST6)

# two townships, two forms, one Friday 17:00
PENSION = (
    "各村（社区）：今年高龄津贴年审开始了，请各村逐户核实八十岁以上老人认证情况，"
    "汇总表11月13日（周五）下午5点前报民政办。"
)
INSURANCE = (
    "各村书记：城乡居民医保征缴进入收尾，请逐户核实本村未缴人员，写清外出务工原因，"
    "核实表11月13日（周五）下午5点前报医保所。"
)
POINTS_150 = "各位书记：本周五前把党员学习强国积分截图发我，每人周积分不低于150分，党委要通报。"
POINTS_100 = "各村：本周学习强国积分截图本周五前发组织办，每名党员周积分不低于100分，县里要排名。"


def _item(key: int, text: str, hours: float, group: int) -> DedupItem:
    return understood_item(key, text, MONDAY + timedelta(hours=hours), group)


def _explain(first: DedupItem, second: DedupItem) -> str | None:
    return ClusterIndex().explain(first, second).conflict


def test_the_particulars_of_an_ask_are_read() -> None:
    assert receivers("汇总表周五下午5点前报镇民政办。") == {"民政办"}
    assert receivers("台账下周一前交到乡安监站") == {"安监站"}
    assert receivers("名单下班前报于站长") == frozenset()  # a person, not an office
    assert issuers("根据县林业局通知，请于周四前报送") == {"林业局"}
    assert quotas("每人周积分不低于150分") == {"150"}
    assert quotas("不够100分的这几天抓紧刷一刷") == {"100"}
    assert quotas("每人150分往上") == {"150"}
    assert quotas("each zone to collect at least 50 responses") == {"50"}
    assert to_townships("各乡镇民政办：请于周五前报送")
    assert not to_townships("各村：请于周五前报送")


def test_two_townships_forms_by_one_friday_to_two_offices_are_two_notices() -> None:
    reason = _explain(_item(1, INSURANCE, 0, 1), _item(2, PENSION, 0.5, 2))
    assert reason is not None and reason.startswith("asks differ")


def test_two_floors_asked_in_two_groups_are_two_notices() -> None:
    first, second = _placed(_item(1, POINTS_100, 0, 1), _item(2, POINTS_150, 0.5, 2))
    assert first != second
    english = (
        "Zone leads: the satisfaction survey needs at least 50 responses per zone, "
        "collected from traders and residents by Friday 5pm.",
        "Survey drive this week, volunteers - at least 30 responses each, Friday 5pm.",
    )
    reason = _explain(_item(3, english[0], 0, 3), _item(4, english[1], 0.2, 4))
    assert reason is not None and reason.startswith("asks differ")


def test_a_retelling_that_names_the_same_office_is_not_kept_apart() -> None:
    retold = "医保未缴人员核实表周五下午5点前报医保所，外出打工的写清楚"
    reason = _explain(_item(1, INSURANCE, 0, 1), _item(2, retold, 1, 2))
    assert reason is None or not reason.startswith("asks differ")


def test_a_townships_relay_naming_its_own_office_is_not_kept_apart() -> None:
    county = (
        "各乡镇：今晚冻雨，请立即组织对陡坡、弯道、桥面撒盐防滑，"
        "明早7点前把撒盐点位和人员报县应急局。"
    )
    town = (
        "各村（社区）：县里通知今晚冻雨，马上安排人给陡坡、弯道、桥面撒盐，"
        "明早7点前把撒盐点位报镇应急办。"
    )
    reason = _explain(_item(1, county, 0, 1), _item(2, town, 0.3, 2))
    assert reason is None or not reason.startswith("asks differ")


def test_one_group_keeps_its_own_figures_to_the_scorer() -> None:
    """In one group a chaser restates the floor in passing: no office or figure rule."""
    reason = _explain(_item(1, POINTS_100, 0, 1), _item(2, POINTS_150, 3, 1))
    assert reason is None or not reason.startswith("asks differ")


def _at(key: int, text: str, hours: float, group: int = 7) -> DedupItem:
    return understood_item(key, text, TUESDAY + timedelta(hours=hours), group)


STOCK = "Morning! Each clinic please send flu vaccine doses on hand and lot numbers by 3pm today."
AUDITS = "Chart audits for November: every clinic to upload theirs by Friday 12/4 at 5pm."
ROLL = "Riverside? Mobile?"


def _rolled(*items: DedupItem) -> list[int | None]:
    """Clusters placed one at a time, :data:`ROLL` as ingest hands a roll call over
    (taken for chatter: it only joins)."""
    index = ClusterIndex()
    return [
        index.place_batch([item], {item.key}, None, {item.key})[0]
        if item.text == ROLL else index.place_batch([item])[0]
        for item in items
    ]  # fmt: skip


def test_a_roll_call_never_carries_a_later_chase_into_its_request() -> None:
    audits, stock, roll, chase = _rolled(
        _at(1, AUDITS, 0), _at(2, STOCK, 0.25), _at(3, ROLL, 5),
        _at(4, "audits pls - Northgate, Riverside, Mobile still out", 55),
    )  # fmt: skip
    assert roll == stock != audits
    assert chase != stock


def test_a_second_roll_call_still_chases_what_the_group_waits_for() -> None:
    stock, roll, again = _rolled(_at(1, STOCK, 0), _at(2, ROLL, 5), _at(3, ROLL, 5.5))
    assert roll == stock
    assert again == stock


VISITS_4PM = (
    "Morning team, October household visit summaries are due at the dispensary by "
    "Thursday 5th Nov, 4pm. Make sure the register numbers agree."
)
VISITS_DAY = (
    "Good morning team. Please ensure all volunteers have submitted their October "
    "household visit data in the app by Thursday 5th November."
)


def test_a_vaguer_due_in_an_unrelated_group_is_that_groups_own_deadline() -> None:
    monday = datetime(2026, 11, 2, 8, 30, tzinfo=CST)
    first = understood_item(1, VISITS_DAY, monday, 1)
    second = understood_item(2, VISITS_4PM, monday + timedelta(minutes=10), 2)
    assert _explain(first, second) == "a vaguer due in an unrelated group"


def test_a_vaguer_due_in_the_same_group_is_left_to_the_scorer() -> None:
    monday = datetime(2026, 11, 2, 8, 30, tzinfo=CST)
    first = understood_item(1, VISITS_4PM, monday, 1)
    second = understood_item(
        2, "household visit summaries still missing, due Thursday", monday + timedelta(hours=5), 1
    )
    assert _explain(first, second) != "a vaguer due in an unrelated group"
