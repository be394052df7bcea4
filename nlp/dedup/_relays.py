"""Relays: a notice retold in a related group within the hour.

A township's notice is relayed into a village group within minutes, retold in
the relayer's words ("县气象台将台风预警升级为红色预警，所有人员停止外出" →
"台风红色预警了 大家都待在屋里"; "Holiday hours: closed Dec 25-28" → "holiday
hrs: closed 25-28, updating the voicemail now"): the two share no LSH band and
often no rare word, so nothing else offers the one to the other. Where someone
carries notices from one group to the other (:mod:`nlp.dedup._peers`), the
latest notices there are worth scoring; the scorer and the guards decide.
"""

from __future__ import annotations

from nlp.dedup._batch import Batch
from nlp.dedup._groups import GroupRecency
from nlp.dedup._store import EntryStore

__all__ = ["relays"]

RELAY_MINUTES = 60  # a relay comes within the hour
_RELAYS = 4  # the related groups' latest notices offered, newest first


def relays(
    batch: Batch, row: int, peers: list[int], groups: GroupRecency, store: EntryStore
) -> list[int]:
    """The latest notices of the groups in ``peers`` (stored or earlier in the batch)
    sent within :data:`RELAY_MINUTES` before the notice of ``row``, due when it is due.

    A relay keeps the notice's due, or its lack of one: a message that sets a due
    of its own beside an alert ("incident report in the system by 5pm today" after
    "battery acid leak at Dock B"; "下午3点前将初步情况报疾控股" after "高家塔小学疑似
    诺如") is a task the alert set off. Offering those too took precision (dev pairs
    0.963 / 0.740 -> 0.957 / 0.749, against 0.963 / 0.745 kept to the same due).
    """
    if not peers:
        return []
    view = batch.views[row]
    since = view.sent - RELAY_MINUTES
    earlier = [
        slot for slot in batch.earlier(row, since, set(peers))
        if batch.views[slot - batch.first].due == view.due
    ]  # fmt: skip
    stored = groups.latest_among(peers, store.alive.data, store.sent.data, since)
    due = store.due.data
    return (earlier + [slot for slot in stored if due[slot] == view.due])[:_RELAYS]
