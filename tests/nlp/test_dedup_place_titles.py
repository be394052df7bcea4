"""Groups named for one place (a township, a village, a street, a community) are
related as groups that share a poster are: a retelling carried into one of them
by the notice's very minute is its copy; a county, a district or a place named in
another group's title relates nothing."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from nlp.dedup import ClusterIndex, DedupItem
from nlp.dedup._peers import GroupPeers, title_places
from tests.helpers.dedup import understood_item

CST = timezone(timedelta(hours=8))
TUESDAY = datetime(2026, 11, 3, 9, 30, tzinfo=CST)
NOTICE = "各组长：明天（11月4日）上午10点在村委会开冬季防火会，各组长和护林员参加，不得请假"
RETOLD = "明儿个十点村部碰个头 讲冬天山上的事 都来"


@pytest.mark.parametrize(
    ("title", "places"),
    [
        ("板吉村两委工作群", ["板吉村"]),
        ("那坤镇镇村干部工作群", ["那坤镇"]),
        ("七星岗街道社区工作联络群", ["七星岗街道"]),
        ("金汤街社区网格员群", ["金汤街社区"]),
        ("哈日根台嘎查牧民群", ["哈日根台嘎查"]),
        ("各村书记群", []),
        ("县乡村振兴局工作群", []),
        ("望都县教育局中小学校长群", []),
        ("Ward 6 team", []),
    ],
)
def test_the_places_a_title_names(title: str, places: list[str]) -> None:
    assert title_places(title) == places


def test_the_retelling_shares_too_few_words_to_merge_on_its_own() -> None:
    notice, retold = _item(1, NOTICE, 0, 1), _item(2, RETOLD, 20, 2)
    assert notice.due_at == retold.due_at
    assert not ClusterIndex().explain(notice, retold).merge


def test_groups_named_for_one_place_are_related() -> None:
    peers = GroupPeers()
    peers.note_title(1, "板吉村两委工作群")
    peers.note_title(2, "板吉村各屯屯长群")
    peers.note_title(3, "弄怀村两委群")
    assert peers.related(1, 2) and peers.related(2, 1)
    assert not peers.related(1, 3)


def _placed(titles: dict[int, str], *items: DedupItem) -> list[int | None]:
    index = ClusterIndex()
    index.note_titles(titles.items())
    return [index.place_batch([item])[0] for item in items]


def _item(key: int, text: str, minutes: int, group: int) -> DedupItem:
    return understood_item(key, text, TUESDAY + timedelta(minutes=minutes), group)


def test_a_retelling_in_a_group_of_the_same_village_joins() -> None:
    titles = {1: "板吉村两委工作群", 2: "板吉村各屯屯长群"}
    notice, retold = _placed(titles, _item(1, NOTICE, 0, 1), _item(2, RETOLD, 20, 2))
    assert retold == notice


def test_in_a_group_of_another_village_it_stays_apart() -> None:
    titles = {1: "板吉村两委工作群", 2: "弄怀村各屯屯长群"}
    notice, retold = _placed(titles, _item(1, NOTICE, 0, 1), _item(2, RETOLD, 20, 2))
    assert retold != notice
