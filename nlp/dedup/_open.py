"""The requests a group is waiting for, which a chase that names nothing else chases.

A bare follow-up ("志愿活动计划 龙潭 下坪"), a chase that names only who is behind
and a moment ("六组呢 就差你们组了 明天最后一天") or presses them ("其他组抓紧") and
a roll call ("三组？") say which request they chase only through their group and
their time: these find it among the candidates the index already holds.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

import numpy as np
import numpy.typing as npt

from nlp.chatter import asked_alone, keep_evidence
from nlp.dedup._batch import Batch
from nlp.dedup._canonical import MOMENT, canonical
from nlp.dedup._cues import reports_done, without_status
from nlp.dedup._guards import by_size, conflict, dues_agree, overlap
from nlp.dedup._own import names_other
from nlp.dedup._own_part import opens_as_answer, replies_for_own_part
from nlp.dedup._pair import in_window
from nlp.dedup._store import NO_DUE, EntryStore, View
from nlp.normalize import normalize_text

__all__ = [
    "SHORT_CHASE",
    "bridges",
    "chases_by_due",
    "chases_unnamed",
    "named_soon",
    "names_nothing",
    "nearest_open",
    "open_in_group",
    "presses",
    "restates_soon",
    "sole_open",
    "takes_sole",
    "waited_for",
]

# At most this many shingles: a chase that names nothing but who is behind.
SHORT_CHASE = 24
_ROLL_REACH = 24 * 60  # minutes: how far ahead a roll call's request may fall due
# What chases, as the chatter verdict reads it: a deadline stated, the silent ones
# asked after ("还差", "就差你的截图了", "表呢"), a roll call ("三组？")
_CHASE_CUES = ("deadline", "roll")
# ... turned to those still behind: an @mention, a question, haste, the time left
_TURNED_TO_THEM = re.compile(
    r"@|[?？]|抓紧|尽快|赶紧|快点|搞快|催|请|麻烦|最后|分钟|\b(?:pls|please|by|asap)\b"
)


# Asked after: a question, 呢 ("居委呢"), eyes on those behind ("6K 👀")
_ASKS_AFTER = re.compile(r"[?？]|呢|\U0001F440")


# A restatement close to its due: "九点的会照开", "Starting in 25 mins, same link",
# "还有十分钟演练", "EOD today please": at most this many shingles, sent at most
# this many minutes before the due it names.
_RESTATED = 32
_SOON = 3 * 60
_MINUTES = (1 << 60) - 1  # a fact key's value
# At this Jaccard similarity or more a chase is a sibling of the template, whose
# facts all count (nlp.dedup._judge's loose cut)
_LOOSE = 0.25


def restates_soon(view: View) -> bool:
    """A short message naming a due that falls within hours of its sending: a
    countdown or a same-day reminder of what its group is about to do, which
    shares too few words with the notice for the scorer and carries no chase
    cue. It then joins the one open request of its group that falls due at that
    moment (:func:`sole_open`; dev pairs 0.937 / 0.720 -> 0.935 / 0.730, train
    0.867 / 0.704 -> 0.866 / 0.715). A day ahead instead of hours, new requests
    that fall due with another took its cluster (train precision 0.852)."""
    return (
        view.due != NO_DUE and 0 <= view.due - view.sent <= _SOON
        and view.hashes.size <= _RESTATED
    )  # fmt: skip


def named_soon(view: View) -> View | None:
    """A short message with no due of its own that names one clock time within hours
    of its sending ("九点的会照开，路上有暗冰" at 8:00, "十點到，大家放鬆啲", "10点他们就到，
    候诊室先收拾一下"): the moment its group is about to meet or be visited, told
    again as news, which understanding gave no due. Read as due then, it is a
    :func:`restates_soon` (dev pairs R 0.749 -> 0.751 at P 0.963, train 0.730 ->
    0.731 at 0.878). Up to 32 shingles, "今天上午9点我在镇里开会，村里有事先找小陈"
    took a request of its group."""
    if view.due != NO_DUE or view.hashes.size > SHORT_CHASE:
        return None  # a longer one says more than the moment ("今天上午9点我在镇里开会…")
    soon = {
        minute for key in view.keys
        if key >> 60 == MOMENT and 0 < (minute := key & _MINUTES) - view.sent <= _SOON
    }  # fmt: skip
    return replace(view, due=soon.pop(), vague=0) if len(soon) == 1 else None


def takes_sole(view: View, text: str) -> bool:
    """Whether a message that matched nothing may take the one request open in its
    group (:func:`sole_open`): a short chase that names a moment or :func:`presses`
    those behind, or a short restatement close to its due (:func:`restates_soon`)."""
    if restates_soon(view):
        return True
    return _short_chase(view) and (view.due != NO_DUE or presses(text))


def chases_by_due(view: View, text: str) -> bool:
    """A status chase of any length ("Oct numbers: have Bundy and Mobile, still need
    Childers and Gin Gin by tomorrow please", "2 OT sheets still outstanding, Tamavua
    and Toorak. Tomorrow 12 noon", "Thank you — I have Cedar Ridge and Riverbend.
    Still need Northview"): it says how far the work got and calls its request by a
    nickname, or only by who is behind, so it shares no word of weight with it; the
    one request of its group open by the moment it names, or open at all when it
    names none, is the one it chases (:func:`sole_open`, unless it names another
    object). Not a reply that reports the sender's own part ("Done for today! …",
    "I got 2 left, will try again tmr morning"). Dev pairs P / R 0.963 / 0.745 ->
    0.963 / 0.749, train 0.878 / 0.727 -> 0.878 / 0.730 naming a moment; naming
    none too, dev R 0.753 -> 0.754, train 0.731 -> 0.732. A cue alone, without a
    status, took new notices worded as pressing ("…的工作要抓紧，请明日中午十二点前
    完成") into requests of their day (train P 0.876)."""
    if not view.cue or replies_for_own_part(text):
        return False
    folded = canonical(text)
    return bool(without_status(folded)[1]) and not reports_done(folded)


def bridges(view: View) -> bool:
    """Whether a message that joined only as what its group waited for may still be
    a candidate of a later one: a chase long enough to name its object ("2 OT sheets
    still outstanding, Tamavua and Toorak") may; a roll call or a short restatement
    names who is behind or when, not what, and never does."""
    return view.hashes.size > _RESTATED


def presses(text: str) -> bool:
    """Whether a chase (``text`` as received) presses the ones still behind
    ("目前一组3户、六组2户发了，其他组抓紧", "@207班-农老师 表呢？", "七组 最后五分钟"),
    so that with no moment of its own it may still chase the one request its group
    is waiting for. A status typed by one who owes the work ("二组收了41户 还差9户在外头
    打工的", "马上，还差4个") presses nobody: on the dev split of 7 December those
    took a request's cluster as often as chases did, until this was asked."""
    lowered = text.lower()
    if opens_as_answer(lowered) or not _TURNED_TO_THEM.search(lowered):
        return False
    return keep_evidence(normalize_text(text), text, only=_CHASE_CUES) is not None


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


def chases_unnamed(view: View) -> bool:
    """A short chase that names no moment ("还差石门、李店，抓紧", "still waiting on
    Ward 4 and 6"): matching no notice, it chases what its group waits for next, as
    a roll call does. With two requests open, the one falling due within the day
    (dev pairs 0.936 / 0.690 -> 0.937 / 0.700, train 0.874 / 0.688 -> 0.874 /
    0.698); without the cue, any short remark would (precision 0.936 -> 0.920)."""
    return _short_chase(view) and view.due == NO_DUE


def _short_chase(view: View) -> bool:
    return view.cue and view.hashes.size <= SHORT_CHASE


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
    text: str | None = None,
    reach: int | None = None,
) -> int | None:
    """The one notice open in a chase's group ("六组呢 就差你们组了", "还差上坪、
    下坪，明天最后一天"): a chase that names nothing but who is behind chases what
    its group is waiting for by the moment the chase names, when that is one notice
    only. A chase that names no moment is left to its caller: in a group with one
    request open, a short remark with a cue word is too often no chase, unless it
    :func:`presses` those behind; then any one open request is the one. With the
    chase's ``text`` (a long one, :func:`chases_by_due`) a request it shares much
    wording with is a template's sibling the matcher refused (another clinic's
    return), and one it names another object beside is not the one
    (:func:`~nlp.dedup._own.names_other`). With ``reach``, only a request falling
    due within that many minutes of the chase counts (:func:`names_nothing`)."""
    found: set[int] = set()
    for slot in open_in_group(view, slots, batch, store).tolist():
        other, cluster = batch.read(slot, store)
        if cluster < 0 or (view.due != NO_DUE and not dues_agree(view, other)):
            continue
        if reach is not None and other.due > view.sent + reach:
            continue
        small, large = by_size(view, other)
        if conflict(small, large, undated_window, explain=False, soft=True, loose=True):
            continue
        if text is not None and (
            overlap(small, large)[0] >= _LOOSE or names_other(view, text, other)
        ):
            continue  # a template's sibling (another clinic's return), another object
        found.add(cluster)
    return found.pop() if len(found) == 1 else None


def waited_for(
    view: View,
    text: str,
    slots: npt.NDArray[np.int64],
    batch: Batch,
    store: EntryStore,
    undated_window: timedelta,
    roll: bool,
    *,
    notice: bool = True,
) -> int | None:
    """The cluster of the request its group waits for that a message matching nothing
    chases (:func:`sole_open`, then :func:`nearest_open` for a roll call or a short
    chase naming no moment), or None. What joins this way short names nothing of its
    own: the index never offers it as a candidate to a later notice (:func:`bridges`).
    Only a ``notice`` (not a message taken for chatter) restates a moment
    (:func:`named_soon`): taken for chatter, "正在弄，十点前给" promises its own."""
    found = None
    if takes_sole(view, text):
        found = sole_open(view, slots, batch, store, undated_window)
    elif chases_by_due(view, text):  # it may name another object (nlp.dedup._own)
        found = sole_open(view, slots, batch, store, undated_window, text)
    if found is None and notice and not replies_for_own_part(text):
        restated = named_soon(view)
        if restated is not None:
            found = sole_open(restated, slots, batch, store, undated_window)
    if found is None and (roll or chases_unnamed(view)):
        found = nearest_open(view, slots, batch, store)
    if found is None and notice and names_nothing(view, text):
        found = sole_open(view, slots, batch, store, undated_window, text, _ROLL_REACH)
    return found


def names_nothing(view: View, text: str) -> bool:
    """A short notice with no moment and no cue of its own, which no other test
    placed ("Odogunyan? Halima the line list", "@红崖村-李支书 红崖的", "四季度随访进度
    柳沟 红崖 不到一半", "6K 👀"): it names who is behind, or the object in a word or
    two, and asks after it only by being said in the group while the request is
    about to fall due. It chases the one request of its group open then, falling
    due within the day, that it names nothing beside (:func:`sole_open` with its
    ``text``): a short notice of its own names its own object ("明天停水"). It asks
    after them (a question, 呢, an eyes emoji); a statement so short is a worker's
    answer ("5C dah siap 👍", "在填了 十分钟") as often as a chase: on dev, those
    took requests' dues (false dues 2.0 -> 2.2 %) until this was asked. Not a reply
    for the sender's own part ("收到18户…", "我三点有台手术")."""
    if view.cue or view.due != NO_DUE or view.hashes.size > SHORT_CHASE:
        return False
    if not _ASKS_AFTER.search(text) or asked_alone(text):
        # "5C dah siap 👍", "在填了 十分钟", "all in": a worker's word; a name asked
        # alone ("Moston?") chases only from the one who asked (ingest tells)
        return False
    return not replies_for_own_part(text) and not reports_done(canonical(text))
