"""The kind a copy takes from the notice it joined: one notice, one kind.

A chase ("三张表还差小柯的，快下班了"), a reminder or a relay retold in a cadre's
own words ("水利站要山坪塘的表 … 各组把自己组的塘去看一眼 … 下礼拜一下午五点前要交")
names less of the ask than the notice it follows, and what it does name reads
either way: a form chased by the villages still behind looks like work on the
ground, and "go and look at the ponds" hides the form the township asked for.
Read alone, such copies are called a task or a report at about a coin's toss,
while the notice that opened them states what it wants handed in or done. The
corpus format gives every copy of a notice that notice's kind, so a copy whose
own words leave its kind in doubt takes the kind the cluster's first copy was
given. One whose words say plainly what they ask keeps its own: copies are
matched, and a plain ask is better evidence than a match that may be wrong.
A message taken for chatter stays chatter, and a correction already takes the
kind of what it corrects (bot.ingest._revisions).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Set

from sqlmodel import Session

from nlp.types import Kind
from storage import repository as repo
from storage.repository import StoredNotice

__all__ = ["DOUBT", "copied_kinds"]

# Below this share of the kind classifier's weight among the five notice kinds a
# copy's own kind is in doubt (chosen on the dev split).
DOUBT = 0.9


def copied_kinds(
    session: Session,
    clusters: Mapping[int, int],
    notices: Sequence[StoredNotice],
    kind_sure: Mapping[int, float],
    taken: Set[int] = frozenset(),
) -> dict[int, str]:
    """Notice id → the kind it takes, for the ``notices`` placed in a cluster
    (``clusters``: notice id → cluster) whose first copy was read as another kind,
    when understanding was less sure of their own than :data:`DOUBT`
    (``kind_sure``); not chatter, and not the follow-ups in ``taken``, which already
    took their notice's kind with its due."""
    doubted = [
        n for n in notices
        if n.id in clusters and n.id not in taken and n.kind != Kind.CHATTER.value
        and kind_sure.get(n.id, 1.0) < DOUBT
    ]  # fmt: skip
    if not doubted:
        return {}
    # each cluster's first copy as it was read (this batch's copies are stored)
    requests = repo.cluster_requests(
        session=session, cluster_ids={clusters[n.id] for n in doubted}, besides=()
    )
    found: dict[int, str] = {}
    for notice in doubted:
        _, kind = requests.get(clusters[notice.id], (None, notice.kind))
        if kind not in (notice.kind, Kind.CHATTER.value):
            found[notice.id] = kind
    return found
