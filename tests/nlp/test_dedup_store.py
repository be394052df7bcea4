"""The compact parts of the duplicate index: columns, chained bands, compaction."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta, timezone

import numpy as np
import pytest

import nlp.dedup._compaction as compaction_module
from nlp.dedup import ClusterIndex, DedupItem
from nlp.dedup._bands import BandIndex, ranked
from nlp.dedup._columns import Column
from nlp.dedup._signature import BANDS, band_values, fold, shingle_hashes, signatures

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


def _one(values: list[int]) -> tuple[np.ndarray, np.ndarray]:
    return np.asarray([values], dtype=np.uint64), np.ones((1, len(values)), dtype=np.bool_)


def test_bands_find_the_newest_matches_despite_crowded_buckets() -> None:
    bands = BandIndex(2, table_bits=6, cap=4)  # 64 buckets for 400 nodes: shared chains
    same = BandIndex(3, table_bits=0, cap=4)  # one bucket: a notice's own bands collide
    same.add(0, *_one([1, 2, 3]))
    one = np.ones(1, dtype=np.bool_), np.zeros(1, dtype=np.int32), np.zeros(1, dtype=np.int64)
    assert ranked(same.walk(*_one([1, 2, 3]), *one), 1)[0].tolist() == [0]
    assert sorted(same.walk(*_one([1, 2, 3]), *one)[1].tolist()) == [0, 1, 2]  # each band once
    rng = np.random.default_rng(1)
    others = rng.integers(0, 2**63, size=(200, 2), dtype=np.uint64)
    target = [12345, 67890]
    matching = (40, 90, 150, 160, 170, 180)
    rows = np.asarray([target if slot in matching else others[slot] for slot in range(200)])
    bands.add(0, rows[:120].astype(np.uint64), np.ones((120, 2), dtype=np.bool_))
    for slot in range(120, 200):  # a batch, then one at a time: the same chains
        bands.add(slot, *_one(rows[slot].tolist()))
    alive, sent = np.ones(200, dtype=np.bool_), np.arange(200, dtype=np.int32)

    def votes(present: int, oldest: int = 0) -> dict[int, int]:
        values = np.asarray([target], dtype=np.uint64)
        floor = np.asarray([oldest], dtype=np.int64)
        used = np.arange(2)[None, :] < present  # the first ``present`` bands
        row, _, slot = bands.walk(values, used, alive, sent, floor)
        assert set(row.tolist()) <= {0}
        return Counter(slot.tolist())

    assert votes(2) == {150: 2, 160: 2, 170: 2, 180: 2}  # the newest four: cap 4
    alive[160:] = False
    assert votes(2) == {40: 2, 90: 2, 150: 2}
    assert votes(1, oldest=50) == {90: 1, 150: 1}


def test_votes_rank_by_shared_bands_then_newest() -> None:
    row = np.asarray([0, 0, 0, 0, 0, 1, 1], dtype=np.int64)
    band = np.asarray([0, 0, 0, 1, 1, 0, 1], dtype=np.int64)
    slot = np.asarray([5, 9, 7, 5, 3, 2, 8], dtype=np.int64)
    first, second, third = ranked((row, band, slot), 3)
    assert first.tolist() == [5, 9, 7, 3]  # 5 shares two bands, then newest first
    assert second.tolist() == [8, 2] and third.tolist() == []


def test_a_walk_takes_only_the_room_left_per_band() -> None:
    bands = BandIndex(2, table_bits=8, cap=4)
    for slot in range(6):
        bands.add(slot, *_one([7, 8]))
    alive, sent = np.ones(6, dtype=np.bool_), np.zeros(6, dtype=np.int32)
    room = np.asarray([[1, 3]], dtype=np.int64)
    _, band, slot = bands.walk(*_one([7, 8]), alive, sent, np.zeros(1, dtype=np.int64), room)
    taken = sorted(zip(band.tolist(), slot.tolist(), strict=True))
    assert taken == [(0, 5), (1, 3), (1, 4), (1, 5)]  # the newest, as many as there is room


def test_a_batch_joins_copies_inside_it_and_stored_ones() -> None:
    index = ClusterIndex()
    index.assign(_item(1, _notice(1)))
    batch = [
        _item(2, "【转发】" + _notice(2)),
        _item(3, _notice(2) + " 请各村落实！"),
        _item(4, "转：" + _notice(1)),
        _item(5, _notice(3)),
    ]
    assert index.assign_batch(batch) == [2, 2, 1, 5]
    one_by_one = ClusterIndex()
    one_by_one.assign(_item(1, _notice(1)))
    assert [one_by_one.assign(item) for item in batch] == [2, 2, 1, 5]


def _notice(number: int) -> str:
    return f"请第{number}网格于11月20日前报送编号{number * 7919}的独居老人走访台账"


def _item(key: int, text: str) -> DedupItem:
    return DedupItem(key, text, T + timedelta(hours=key), None)


def test_compaction_keeps_the_living_and_their_clusters(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(compaction_module, "_COMPACT_AFTER", 10)
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


def test_a_batch_signs_each_text_as_if_it_were_alone() -> None:
    texts = ["请各村报送台账", "", "好", "收到", "ab", "c", "请各村报送台账" * 30]
    together = fold(shingle_hashes(texts))
    alone = [fold(shingle_hashes([text])) for text in texts]
    assert [run.tolist() for run in together.split()] == [a.split()[0].tolist() for a in alone]
    signed = signatures(together)
    assert all((signed[i] == signatures(a)[0]).all() for i, a in enumerate(alone))
    assert together.split()[1].size == 0 and not signed[1].any()  # no shingle, no signature
    # shingles never cross from one text into the next: "ab" + "c" is not "abc"
    assert together.split()[4].tolist() != fold(shingle_hashes(["abc"])).split()[0].tolist()
    assert band_values(signed).shape == (len(texts), BANDS)
