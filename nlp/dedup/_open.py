"""The requests a group is waiting for, which a chase that names nothing else chases.

A bare follow-up ("志愿活动计划 龙潭 下坪"), a chase that names only who is behind
and a moment ("六组呢 就差你们组了 明天最后一天") and a roll call ("三组？") say
which request they chase only through their group and their time: these find it
among the candidates the index already holds.
"""

from __future__ import annotations

from datetime import timedelta

import numpy as np
import numpy.typing as npt

from nlp.dedup._batch import Batch
from nlp.dedup._guards import by_size, conflict, dues_agree
from nlp.dedup._pair import in_window
from nlp.dedup._store import NO_DUE, EntryStore, View

__all__ = ["nearest_open", "open_in_group", "sole_open"]

_ROLL_REACH = 24 * 60  # minutes: how far ahead a roll call's request may fall due


def open_in_group(
    view: View, slots: npt.NDArray[np.int64], batch: Batch, store: EntryStore
) -> npt.NDArray[np.int64]:
    """The candidates posted in ``view``'s group whose due ``view`` comes before."""
    kept = [
        slot for slot in slots.tolist()
        if (other := batch.read(slot, store)[0]).group == view.group
        and other.due != NO_DUE and in_window(other, view)
    ]  # fmt: skip
    return np.asarray(kept, dtype=np.int64)


def nearest_open(
    view: View, slots: npt.NDArray[np.int64], batch: Batch, store: EntryStore
) -> int | None:
    """The cluster of the request in ``view``'s group due soonest after it, within a
    day: a roll call chases what is about to fall due, not the month's levy. Two
    requests due at that minute leave it unplaced."""
    due: dict[int, int] = {}
    for slot in open_in_group(view, slots, batch, store).tolist():
        other, cluster = batch.read(slot, store)
        if cluster >= 0 and other.due <= view.sent + _ROLL_REACH:
            due[cluster] = min(other.due, due.get(cluster, other.due))
    if not due:
        return None
    soonest = min(due.values())
    found = [cluster for cluster, minute in due.items() if minute == soonest]
    return found[0] if len(found) == 1 else None


def sole_open(
    view: View,
    slots: npt.NDArray[np.int64],
    batch: Batch,
    store: EntryStore,
    undated_window: timedelta,
) -> int | None:
    """The one notice open in a chase's group ("六组呢 就差你们组了", "还差上坪、
    下坪，明天最后一天"): a chase that names nothing but who is behind chases what
    its group is waiting for by the moment the chase names, when that is one notice
    only. A chase that names no moment is left alone: in a group with one request
    open, a short remark with a cue word is too often no chase."""
    found: set[int] = set()
    for slot in open_in_group(view, slots, batch, store).tolist():
        other, cluster = batch.read(slot, store)
        if cluster < 0 or not dues_agree(view, other):
            continue
        small, large = by_size(view, other)
        if conflict(small, large, undated_window, explain=False, soft=True, loose=True):
            continue
        found.add(cluster)
    return found.pop() if len(found) == 1 else None
