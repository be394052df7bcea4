"""Corrections and stale copies: one notice keeps one, corrected, due.

A message that corrects an earlier notice ("更正：会议改到周四下午3点",
"Correction: the briefing is now in Room 4") restates only what changed, so
duplicate matching cannot find the notice by its wording: it is looked for
among the group's recent notices by the object it names (nlp.corrections),
and joins that notice's cluster. Every copy then takes the corrected due.
A copy of the old version forwarded afterwards still matches the old wording
and joins the cluster; it takes the corrected due, not its own.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from sqlmodel import Session

from nlp.corrections import (
    Corrected,
    corrected_due,
    has_correction_cue,
    pick_corrected,
    read_correction,
)
from nlp.dedup import answers_for_own_part, changes, chases, could_follow_up
from nlp.types import Kind
from nlp.urgency import is_urgent
from nlp.urgent_copies import pressed_by_due
from storage import repository as repo
from storage.repository import RecentNotice, StoredNotice

__all__ = [
    "LINK_WINDOW",
    "Chased",
    "Link",
    "chased_dues",
    "corrects",
    "find_link",
    "pressed_copies",
    "stale_dues",
]

# A correction follows its notice within days, in the group the notice was posted in.
LINK_WINDOW = timedelta(days=7)
_GRACE = timedelta(hours=1)  # a meeting that began an hour ago may still be moved


@dataclass(frozen=True, slots=True)
class Link:
    """A correction message and the notice it corrects (its cluster, its words before)."""

    cluster_id: int
    old_text: str
    old_due: datetime | None
    due_at: datetime | None  # the due after the correction
    kind: str  # the corrected notice's
    urgent: bool


def corrects(text: str) -> bool:
    """A cheap first look: whether a text has a correction cue at all."""
    return has_correction_cue(text)


def _local(moment: datetime, zone: tzinfo | None) -> datetime:
    return moment.astimezone(zone) if zone is not None else moment


def find_link(
    session: Session, notice: StoredNotice, chat_id: int, zone: tzinfo | None
) -> Link | None:
    """The notice this one corrects, if it is a correction of one of its group."""
    text = " ".join(filter(None, (notice.text, notice.attachment)))
    read = read_correction(text, _local(notice.sent_at, zone))
    if read is None:
        return None
    rows = repo.recent_in_chat(
        session=session, chat_id=chat_id, since=notice.sent_at - LINK_WINDOW, before_id=notice.id
    )
    by_cluster: dict[int, list[RecentNotice]] = {}
    for row in rows:  # newest first; a cluster's copies (and earlier corrections) together
        by_cluster.setdefault(row.cluster_id, []).append(row)
    candidates = [_candidate(cluster, copies) for cluster, copies in by_cluster.items()]
    live = [c for c in candidates if c.due_at is None or c.due_at > notice.sent_at - _GRACE]
    cluster = pick_corrected(read, live)
    if cluster is None:
        return None
    copies = by_cluster[cluster]
    old_due = copies[0].due_at
    due = corrected_due(read, old_due)
    urgent = any(c.urgent for c in copies)
    return Link(cluster, copies[-1].text, old_due, due, copies[-1].kind, urgent)


def _candidate(cluster: int, copies: Sequence[RecentNotice]) -> Corrected:
    """A cluster as a correction sees it: all its words, its current due (the newest copy's)."""
    oldest = copies[-1]
    return Corrected(cluster, " ".join(c.text for c in copies), oldest.kind, copies[0].due_at)


def stale_dues(
    session: Session,
    joined: Mapping[int, int],
    notices: Sequence[StoredNotice],
    zone: tzinfo | None,
) -> dict[int, datetime]:
    """Copies that joined (``joined``: notice id → cluster) a notice whose due was
    corrected, and state the old one: notice id → the corrected due they take.
    A copy that itself changes the notice keeps its own, and so does a day-only
    due said of a timed one on the same day."""
    own = {n.id: n for n in notices if n.id in joined and n.due_at is not None}
    if not own:
        return {}
    current = repo.cluster_dues(
        session=session, cluster_ids={joined[key] for key in own}, besides={n.id for n in notices}
    )
    stale: dict[int, datetime] = {}
    for key, notice in own.items():
        due, mine = current.get(joined[key]), notice.due_at
        if due is None or mine is None or due == mine or changes(notice.text):
            continue
        mine, theirs = _local(mine, zone), _local(due, zone)
        if (mine.hour, mine.minute) == (23, 59) and mine.date() == theirs.date():
            continue
        stale[key] = due
    return stale


@dataclass(frozen=True, slots=True)
class Chased:
    """The due a follow-up takes from the notice it chases, whether that makes it
    urgent, and the kind it takes: a chase of a task ("六组呢", "大棚 一组三组还没报数")
    is that task, however much its words read as a report."""

    due_at: datetime
    urgent: bool
    kind: str


def chased_dues(
    session: Session,
    joined: Mapping[int, int],
    notices: Sequence[StoredNotice],
    rolls: Set[int] = frozenset(),
    asked: Set[int] = frozenset(),
) -> dict[int, Chased]:
    """Follow-ups that joined (``joined``: notice id → cluster) a dated notice while it
    is open, chase it (:func:`nlp.dedup.chases`, or a bare follow-up that names the
    object and who is behind, :func:`nlp.dedup.could_follow_up`: "外出人员 一组四组")
    and state no due of their own ("安全周报还差红星社区", "still missing Wards 2
    and 6"): they ask by the notice's due, and are urgent when it is near. A bare
    line urgent on its own (a hazard called out) is news, not a chase. A reply
    that only joined its notice asks by nothing, and neither does a message taken
    for chatter: on three sets written outside the project, giving those the
    notice's kind and due cost macro-F1 and added false dues; so does a status in which
    the speaker answers for their own part (:func:`nlp.dedup.answers_for_own_part`:
    "小河还差三组，马上"). ``rolls`` are the
    notices that call a roll of who is behind (:func:`nlp.chatter.calls_roll`),
    which chase as well; ``asked``, a name asked alone by the sender of the request
    it joined ("Moston?"), chases it even taken for chatter."""
    bare = [
        n for n in notices
        if n.id in joined and n.due_at is None
        and (n.kind != Kind.CHATTER.value or n.id in asked)
        and (chases(n.text) or (could_follow_up(n.text) and not n.urgent) or n.id in rolls)
        and not answers_for_own_part(n.text)
    ]  # fmt: skip
    if not bare:
        return {}
    # the notice chased may have come in the same batch: only the chases are left out
    requests = repo.cluster_requests(
        session=session, cluster_ids={joined[n.id] for n in bare}, besides={n.id for n in bare}
    )
    found: dict[int, Chased] = {}
    for notice in bare:
        due, kind = requests.get(joined[notice.id], (None, notice.kind))
        if due is not None and due > notice.sent_at:
            due = due.astimezone(notice.sent_at.tzinfo)
            # a near due presses a chase, not a part reported done in passing
            near = is_urgent(notice.text, notice.sent_at, due)
            urgent = notice.urgent or (near and pressed_by_due(notice.text, notice.sent_at, due))
            found[notice.id] = Chased(due, urgent, kind)
    return found


def pressed_copies(
    session: Session,
    joined: Mapping[int, int],
    notices: Sequence[StoredNotice],
    taken: Set[int],
) -> set[int]:
    """Copies and chases that joined (``joined``: notice id → cluster) a notice due
    within two hours, state no due of their own and were not urgent by their own
    words ("花名册呢？" at 9:20 of a roster due at 10:00, "Absence lists: Gr 5?"):
    the corpus format gives a copy its notice's due, and that due makes it urgent
    (:func:`nlp.urgent_copies.pressed_by_due`). Chatter stays chatter, a status that
    answers for its own part presses nobody ("扫着呢"), and the
    follow-ups in ``taken`` (that took the due, :func:`chased_dues`) were decided."""
    plain = [
        n for n in notices
        if n.id in joined and n.id not in taken and n.due_at is None and not n.urgent
        and n.kind != Kind.CHATTER.value and not answers_for_own_part(n.text)
    ]  # fmt: skip
    if not plain:
        return set()
    requests = repo.cluster_requests(
        session=session, cluster_ids={joined[n.id] for n in plain}, besides={n.id for n in plain}
    )
    return {
        n.id for n in plain
        if pressed_by_due(n.text, n.sent_at, requests.get(joined[n.id], (None, ""))[0])
    }  # fmt: skip
