"""False merges the scorer made: what happens at the moment a notice named is
news of its own, and an aside ("另外…", "跟…不是一回事") sets itself apart from
the request it names in any group, not only its own. Near-misses stay merged."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from nlp.dedup import ClusterIndex, DedupItem
from tests.helpers.dedup import understood_item

CST = timezone(timedelta(hours=8))
MONDAY = datetime(2026, 11, 16, 9, 0, tzinfo=CST)

DRILL = (
    "本周三（11月18日）上午10点食堂燃气泄漏疏散演练，"
    "警报响后全员到东门广场集合，各班组长清点人数"
)
# Wednesday 10:01, the drill itself: no due, chases nothing
UNDER_WAY = "【演练】食堂燃气泄漏！所有人立即从东门撤到广场集合，班组长清点人数（演练）"
# Wednesday 08:30, before the drill: a retelling that states no moment of its own
RETOLD = "今天上午10点食堂燃气泄漏疏散演练别忘了，警报一响都去东门广场集合，班组长清点人数"

SCREENING = (
    "各卫生室：根据县卫健委安排，请对签约的慢阻肺患者开展本季度随访，"
    "逐人填写《慢阻肺患者季度随访表》，11月23日（下周一）中午12点前报公卫科。"
)
# a day later, in another group: another form, set apart from the one it names
ASIDE = (
    "各位村医：还有慢阻肺患者的肺功能检查汇总表，下周一中午12点前报公卫科，"
    "这个跟季度随访表不是一回事，签约患者逐人填写，分开报。"
)
RELAYED = "各位村医：慢阻肺随访表下周一中午12点前交公卫科，每个签约病人一行，别漏了"


def _item(key: int, text: str, hours: float, group: int = 1) -> DedupItem:
    return understood_item(key, text, MONDAY + timedelta(hours=hours), group)


def test_the_drill_under_way_is_no_copy_of_its_notice() -> None:
    index = ClusterIndex()
    notice = index.assign(_item(1, DRILL, 0))
    assert index.assign(_item(2, UNDER_WAY, 49 + 1 / 60)) != notice


def test_a_retelling_before_the_drill_still_joins_it() -> None:
    index = ClusterIndex()
    notice = index.assign(_item(1, DRILL, 0))
    assert index.assign(_item(2, RETOLD, 47.5, group=2)) == notice


def test_an_aside_in_another_group_stays_apart_from_what_it_names() -> None:
    index = ClusterIndex()
    notice = index.assign(_item(1, SCREENING, 0))
    assert index.assign(_item(2, ASIDE, 31, group=2)) != notice


def test_a_relay_into_another_group_still_joins() -> None:
    index = ClusterIndex()
    notice = index.assign(_item(1, SCREENING, 0))
    assert index.assign(_item(2, RELAYED, 2, group=2)) == notice
