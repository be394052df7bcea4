"""The compact parts of the duplicate index: columns, chained bands, compaction."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import numpy as np
import pytest

import nlp.dedup._index as index_module
from nlp.dedup import ClusterIndex, DedupItem
from nlp.dedup._bands import BandIndex
from nlp.dedup._columns import Column

TZ = timezone(timedelta(hours=8))
T = datetime(2026, 11, 16, 9, 0, tzinfo=TZ)


def test_a_column_grows_in_place_and_keeps_its_values() -> None:
    column = Column(np.int32, fill=-1)
    first = column.append(np.arange(1000))
    second = column.append(np.arange(5000))
    assert (first, second, column.size) == (0, 1000, 6000)
    assert column.view()[999] == 999 and column.view()[1000] == 0
    column.reserve(column.data.size + 1)
    assert column.data[-1] == -1  # room made is filled, not garbage


def test_bands_find_the_newest_matches_despite_crowded_buckets() -> None:
    bands = BandIndex(2, table_bits=6, cap=4)  # 64 buckets for 400 nodes: shared chains
    same = BandIndex(3, table_bits=0, cap=4)  # one bucket: a notice's own bands collide
    same.add(0, np.asarray([1, 2, 3], dtype=np.uint64), 3)
    one = np.ones(1, dtype=np.bool_), np.zeros(1, dtype=np.int32)
    assert same.votes(np.asarray([1, 2, 3], dtype=np.uint64), 3, *one, 0)[1].tolist() == [3]
    rng = np.random.default_rng(1)
    others = rng.integers(0, 2**63, size=(200, 2), dtype=np.uint64)
    target = np.asarray([12345, 67890], dtype=np.uint64)
    matching = (40, 90, 150, 160, 170, 180)
    for slot in range(200):
        bands.add(slot, target if slot in matching else others[slot], 2)
    alive, sent = np.ones(200, dtype=np.bool_), np.arange(200, dtype=np.int32)

    def votes(present: int, oldest: int = 0) -> dict[int, int]:
        slots, counts = bands.votes(target, present, alive, sent, oldest)
        return dict(zip(slots.tolist(), counts.tolist(), strict=True))

    assert votes(2) == {150: 2, 160: 2, 170: 2, 180: 2}  # the newest four: cap 4
    alive[160:] = False
    assert votes(2) == {40: 2, 90: 2, 150: 2}
    assert votes(1, oldest=50) == {90: 1, 150: 1}


def _notice(number: int) -> str:
    return f"请第{number}网格于11月20日前报送编号{number * 7919}的独居老人走访台账"


def _item(key: int, text: str) -> DedupItem:
    return DedupItem(key, text, T + timedelta(hours=key), None)


def test_compaction_keeps_the_living_and_their_clusters(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(index_module, "_COMPACT_AFTER", 10)
    index = ClusterIndex()
    for key in range(1, 61):
        index.assign(_item(key, _notice(key)))
    assert index.assign(_item(61, "【转发】" + _notice(50))) == 50
    assert index.expire(T + timedelta(hours=45)) == 44 and len(index) == 17
    assert index._store.slots == 17  # compacted: the dead outnumbered the living
    assert index.assign(_item(62, "转：" + _notice(50) + " 请各村落实！")) == 50
    assert index.assign(_item(63, "@所有人 " + _notice(10))) == 63  # expired: a new cluster
    index.forget(62)
    assert len(index) == 18
