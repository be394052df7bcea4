"""Groups one person posts in are related, and a retelling carried into a related
group that asks by the notice's very minute is its copy, however few words the two
share; groups no one has in common meet by chance."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from nlp.dedup import ClusterIndex, DedupItem
from nlp.dedup._peers import GroupPeers
from tests.helpers.dedup import understood_item

CST = timezone(timedelta(hours=8))
TUESDAY = datetime(2026, 11, 3, 9, 30, tzinfo=CST)

NOTICE = (
    "明天（11月4日）中午12:30在行政楼二楼会议室开冬季呼吸道疾病救治准备会，"
    "呼吸、急诊、儿科、ICU主任参加，其他科室不参加"
)
RETOLD = "几位主任注意下 明儿个十二点半行政楼那边要碰个头 讲冬天收治的事 我们科也得去人"


def _item(key: int, text: str, minutes: int, group: int) -> DedupItem:
    return understood_item(key, text, TUESDAY + timedelta(minutes=minutes), group)


def _placed(index: ClusterIndex, *items: DedupItem) -> list[int | None]:
    return [index.place_batch([item])[0] for item in items]


def test_groups_one_person_posts_in_are_related() -> None:
    peers = GroupPeers()
    peers.note(1, 700)
    peers.note(2, 700)
    peers.note(3, 800)
    peers.note(4, 0)  # an unknown sender relates nothing
    peers.note(5, 0)
    assert peers.related(1, 2) and peers.related(2, 1)
    assert not peers.related(1, 3)
    assert not peers.related(4, 5)
    assert not peers.related(1, 1)


def test_the_retelling_shares_too_few_words_to_merge_on_its_own() -> None:
    notice, retold = _item(1, NOTICE, 0, 1), _item(2, RETOLD, 40, 2)
    assert notice.due_at == retold.due_at
    assert not ClusterIndex().explain(notice, retold).merge


def test_a_retelling_in_a_related_group_by_the_very_minute_joins() -> None:
    index = ClusterIndex()
    index.note_posters([(1, 700), (2, 700)])  # the head nurse sits in both
    notice, retold = _placed(index, _item(1, NOTICE, 0, 1), _item(2, RETOLD, 40, 2))
    assert retold == notice


def test_in_a_group_no_one_shares_it_stays_apart() -> None:
    index = ClusterIndex()
    index.note_posters([(1, 700), (2, 800)])
    notice, retold = _placed(index, _item(1, NOTICE, 0, 1), _item(2, RETOLD, 40, 2))
    assert retold != notice


def test_in_a_related_group_another_minute_is_another_notice() -> None:
    index = ClusterIndex()
    index.note_posters([(1, 700), (2, 700)])
    other = RETOLD.replace("十二点半", "下午三点")
    notice, retold = _placed(index, _item(1, NOTICE, 0, 1), _item(2, other, 40, 2))
    assert retold != notice
