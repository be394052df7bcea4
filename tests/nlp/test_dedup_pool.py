"""Shared runs and interned values of the duplicate index's store, and wide band links."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest

import nlp.dedup._bands as bands_module
from nlp.dedup._bands import BandIndex
from nlp.dedup._pool import Interned, RunPool


def _runs(*runs: list[int]) -> list[np.ndarray]:
    return [np.asarray(run, dtype=np.uint16) for run in runs]


def test_a_run_held_by_many_slots_is_stored_once() -> None:
    pool = RunPool(np.uint16)
    pool.append(_runs([1, 2, 3], [4, 5], [1, 2, 3]))  # a copy inside one batch
    pool.append(_runs([4, 5], [], [6]))  # and one in a later batch
    assert [pool.run(slot).tolist() for slot in range(6)] == [[1, 2, 3], [4, 5], [1, 2, 3],
                                                              [4, 5], [], [6]]  # fmt: skip
    assert pool.values.size == 6  # 1 2 3, 4 5 and 6


def test_compaction_keeps_the_runs_of_the_living_and_their_sharing() -> None:
    pool = RunPool(np.uint16)
    pool.append(_runs([1, 2, 3], [9, 9], [1, 2, 3], [], [7, 8]))
    pool.compact(np.asarray([0, 2, 3, 4]))
    assert [pool.run(slot).tolist() for slot in range(4)] == [[1, 2, 3], [1, 2, 3], [], [7, 8]]
    assert pool.values.size == 5  # the dead slot's run is gone, the shared one kept once
    pool.append(_runs([7, 8], [5]))
    assert pool.values.size == 6 and pool.run(4).tolist() == [7, 8]


def test_an_interned_value_lives_while_a_slot_holds_it() -> None:
    venues = Interned()
    venues.append([(("三楼会议室",), ""), None, (("三楼会议室",), "")])
    assert venues.get(1, "none") == "none" and venues.get(2, None) == (("三楼会议室",), "")
    venues.drop([0])
    assert venues.get(2, None) == (("三楼会议室",), "")
    venues.drop([2])
    assert len(venues._id_of) == 0
    venues.append([(("礼堂",), "")])
    venues.compact(np.asarray([1, 3]))
    assert [venues.get(slot, None) for slot in range(2)] == [None, (("礼堂",), "")]


def test_links_widen_when_slots_outgrow_24_bits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bands_module, "_NARROW", 50)
    bands = BandIndex(2, table_bits=4, cap=4)
    rows = np.random.default_rng(2).integers(0, 2**63, size=(80, 2), dtype=np.uint64)
    rows[::10] = 7, 8
    bands.add(0, rows[:40], np.ones((40, 2), dtype=np.bool_))
    assert bands._links.data.dtype == np.uint32
    bands.add(40, rows[40:], np.ones((40, 2), dtype=np.bool_))
    assert bands._links.data.dtype == np.uint64
    alive, sent = np.ones(80, dtype=np.bool_), np.zeros(80, dtype=np.int32)
    values, used = np.asarray([[7, 8]], dtype=np.uint64), np.ones((1, 2), dtype=np.bool_)
    _, _, slot = bands.walk(values, used, alive, sent, np.zeros(1, dtype=np.int64))
    assert Counter(slot.tolist()) == {70: 2, 60: 2, 50: 2, 40: 2}
