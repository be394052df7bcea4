"""The guards: what keeps the same template about something else apart.

Another due time, figure, date, place or venue means another notice, however
alike the wording; so does the same undated short text a week apart. The
plain tests (near-verbatim copies) hold the smaller notice to every fact of
the larger. A retelling or a reminder drops facts and adds its own (a
status line, an addressee), so the learned path only refuses a pair when
both sides state a fact of one kind and neither's are the other's.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from difflib import SequenceMatcher

import numpy as np
import numpy.typing as npt

from nlp.dedup._canonical import ASKS, FACT_KINDS, LABEL, MOMENT, STATUS, same_venue
from nlp.dedup._figures import DENIED, denies
from nlp.dedup._store import NO_DUE, View

__all__ = [
    "asks_apart",
    "by_size",
    "conflict",
    "differing",
    "dues_agree",
    "membership",
    "named_again",
    "not_verbatim",
    "overlap",
    "undated",
]

# Long texts merge only as verbatim excerpts. Shared boilerplate, another
# version, a sentence dropped mid-text: another document.
WRAPPER, LEAD_IN, TAIL = 24, 80, 2
_LONG = 200


def _shared(small: npt.NDArray[np.uint16], large: npt.NDArray[np.uint16]) -> int:
    """How many values two sorted, unique arrays share (faster than np.intersect1d)."""
    if not small.size or not large.size:
        return 0
    at = np.searchsorted(large, small)
    at[at == large.size] = 0
    return int(np.count_nonzero(large[at] == small))


def membership(own: npt.NDArray[np.uint16]) -> npt.NDArray[np.bool_]:
    """A table of which 16-bit shingle hashes a notice has: against its ten or so
    candidates, one lookup each counts what they share (see :func:`overlap`)."""
    member = np.zeros(1 << 16, dtype=np.bool_)
    member[own] = True
    return member


def overlap(
    small: View, large: View, member: tuple[View, npt.NDArray[np.bool_]] | None = None
) -> tuple[float, float]:
    """Jaccard similarity and containment of the smaller in the larger (``member``:
    one of the two and its :func:`membership` table, when the caller keeps one)."""
    if member is None:
        shared = _shared(small.hashes, large.hashes)
    else:
        other = large if member[0] is small else small
        shared = int(np.count_nonzero(member[1].take(other.hashes)))
    union = small.hashes.size + large.hashes.size - shared
    jaccard = shared / union if union else 1.0
    return jaccard, shared / small.hashes.size if small.hashes.size else 0.0


def by_size(a: View, b: View) -> tuple[View, View]:
    """The pair with fewer shingles first (the first of two equals)."""
    return (a, b) if a.hashes.size <= b.hashes.size else (b, a)


def conflict(
    small: View,
    large: View,
    undated_window: timedelta,
    *,
    explain: bool = True,
    soft: bool = False,
    loose: bool = False,
) -> str | None:
    """Why two notices cannot be one, or None.

    Without ``explain`` the reason is a bare one: matching asks for a verdict
    ten times a notice, and only explanations need the differing facts. With
    ``soft`` facts disagree only where both sides have their own (see the
    module docstring). With ``loose`` (two wordings that share little: a
    retelling, not a template sibling) only dates and times and venues are
    compared, and the rooms, grades and groups named by number: a retelling
    names its own villages, households and figures, and the place words read
    from free wording ("名单镇里要核") are not places.
    """
    if denies(small.keys, large.keys) or denies(large.keys, small.keys):
        return "one says it is not what the other names"
    dues = small.due != NO_DUE and large.due != NO_DUE
    if dues and small.due != large.due and not (
        soft and (dues_agree(small, large) or named_again(small, large))
    ):
        return "due times differ"
    if soft and small.change != large.change and not _repeats_change(small, large):
        return "one changes what the other announced"
    apart = abs(small.sent - large.sent)
    long_verbatim = len(small.text) >= _LONG and len(large.text) >= _LONG
    # two chases chase one deadline: "周报还差红星社区" a week after the same words
    # chases this week's report, not last week's
    window = undated_window.total_seconds() / (2 if small.cue and large.cue else 1)
    if apart * 60 > window and not (_dated(small) or _dated(large) or long_verbatim):
        return f"undated, {apart // 1440} days apart" if explain else "undated"
    unmatched = differing(small.keys, large.keys, soft=soft)
    if soft and small.due != large.due and dues_agree(small, large):  # both say one moment
        unmatched -= {(MOMENT << 60) | small.due, (MOMENT << 60) | large.due}
    if loose:
        # a retelling that asks by the notice's very due names its own asides
        # ("我晚上有空", "aim to have ours done Tuesday"): no other moment
        kept = (LABEL,) if dues and dues_agree(small, large) else (MOMENT, LABEL)
        unmatched = frozenset(key for key in unmatched if key >> 60 in kept)
    if unmatched:
        if not explain:
            return "facts differ"
        kinds = sorted({FACT_KINDS[key >> 60] for key in unmatched})
        return f"{' and '.join(kinds)} differ" + _detail(small, large)
    return _venues(small, large, explain=explain, soft=soft)


def differing(small: frozenset[int], large: frozenset[int], *, soft: bool) -> frozenset[int]:
    """The small side's facts the large lacks; with ``soft`` only of kinds where
    the large side also has facts the small lacks.

    Status keys say how far the work got, no fact of the notice: one side's
    progress is dropped when the other states none, and with ``soft`` two
    reminders' progress is dropped too (each says how far it got by then).
    """
    unmatched = small - large
    if unmatched and max(unmatched) >> 60 >= ASKS[0]:
        unmatched = frozenset(key for key in unmatched if key >> 60 < ASKS[0])  # asks_apart's
    if not unmatched:
        return unmatched  # the common case, and dropping status keys cannot change it
    if _has_status(unmatched):  # else dropping status keys changes nothing
        if soft or not _has_status(large):
            unmatched = _without_status(unmatched)
        if not soft:
            return unmatched
    if not soft or not unmatched:
        return unmatched
    theirs = {key >> 60 for key in large - small}
    return frozenset(key for key in unmatched if key >> 60 in theirs)


def asks_apart(small: View, large: View) -> bool:
    """Both name who gets the work, or who asked for it, or the figure asked, and
    they name none of one kind alike (:mod:`nlp.dedup._asks`): two townships'
    requests by one Friday ("…汇总表于周五下午5点前报民政办" and "…核实表周五下午5点前报医保所";
    "不低于150分" and "不低于100分"). Asked of two groups that share no poster and
    no place only: in one township a relay names its own office ("交到民政办，
    我统一报县里" of "…报社会救助股") and breaks a quota down ("每屯最少40户")."""
    mine = [key for key in small.keys if ASKS[0] <= key >> 60 < DENIED]
    if not mine:
        return False
    theirs = [key for key in large.keys if ASKS[0] <= key >> 60 < DENIED]
    for kind in {key >> 60 for key in mine} & {key >> 60 for key in theirs}:
        if not {k for k in mine if k >> 60 == kind} & {k for k in theirs if k >> 60 == kind}:
            return True
    return False


def _has_status(keys: frozenset[int]) -> bool:
    # kinds above STATUS (labels, asks) are rare: most sets settle on their largest key alone
    if not keys or max(keys) < STATUS << 60:
        return False
    return any(key >> 60 == STATUS for key in keys)


def _without_status(keys: frozenset[int]) -> frozenset[int]:
    return frozenset(key for key in keys if key >> 60 != STATUS)


def _venues(small: View, large: View, *, explain: bool, soft: bool) -> str | None:
    if not large.venues or (soft and not small.venues):
        return None
    for venue in small.venues:
        if not any(same_venue(venue, other) for other in large.venues):
            if soft and any(
                same_venue(other, mine) for other in large.venues for mine in small.venues
            ):
                continue
            detail = f": {venue} not in {list(large.venues)}" if explain else ""
            return "venues differ" + detail
    return None


def undated(view: View) -> View:
    """``view`` without its due and its dates and times: a chase taken for chatter
    names the moments of its own plans, not those of the notice it chases."""
    keys = frozenset(key for key in view.keys if key >> 60 != MOMENT)
    return replace(view, due=NO_DUE, vague=0, keys=keys)


def _repeats_change(a: View, b: View) -> bool:
    """The one that changes nothing comes after the change and names its very due:
    a reminder of the new arrangement ("7点四楼会议室，别记成7点半了" after
    "明早的会提前到7点"), not the notice the change replaced."""
    change, plain = (a, b) if a.change else (b, a)
    return change.due != NO_DUE and change.due == plain.due and plain.sent > change.sent


def dues_agree(a: View, b: View) -> bool:
    """The same due, or a vaguer telling of it: one due is a phrase's default
    and the other falls in the part of the day that phrase covers (see
    nlp.dedup._index._vague). "今天截止" said of a deadline at 17:00 is that
    deadline, and so is "礼拜四下午" of 周四下午4点 or "今天晚上" of 今晚8点;
    "下午" of a deadline at 上午10点 is not."""
    if a.due == NO_DUE or b.due == NO_DUE:
        return False
    return a.due == b.due or _counted(a, b) or _covers(a, b) or _covers(b, a)


def named_again(a: View, b: View) -> bool:
    """In one group, the later asks by a clock time the earlier names beside its own
    due: one event told by another of its times ("flu clinic Saturday, doors 9am,
    volunteers at the surgery by 8.30" and "be at the surgery by half eight for the
    briefing"; "大会八点开始，七点五十前到四楼签到"). Another week's or day's notice
    names neither moment; a message sent once that moment has passed sets a new one
    ("已经过了十二点，…下午两点前必须送到"). The copy that names the notice's own due
    beside its own earlier one ("消防十点到，小普李文九点半前回社区") would be the same
    event, but joined a cluster another group's notice had wrongly entered, on dev
    (pairs P 0.963 -> 0.962 for R 0.753 -> 0.757)."""
    if a.group != b.group or not a.group or a.vague or b.vague:
        return False  # both clocks stated: a day's default ("明天") is named by anything
    earlier, later = (a, b) if a.sent <= b.sent else (b, a)
    if later.sent > min(earlier.due, later.due):
        return False
    return (MOMENT << 60) | later.due in earlier.keys


# A countdown ("还有半个小时开会" at 9:28, "仲有廿分钟", "Kelly? 5 mins") is read
# as the sending minute plus its minutes, so it lands off the five-minute marks
# that people set deadlines on, a minute or two from the moment it counts down to.
_COUNTED = 5


def _counted(a: View, b: View) -> bool:
    """Two dues a few minutes apart, one of them off the five-minute marks: the
    same moment, one of them counted down to. Two set times never are (10:00 and
    10:05 are two meetings)."""
    return abs(a.due - b.due) <= _COUNTED and bool(a.due % 5 or b.due % 5)


def _covers(vague: View, timed: View) -> bool:
    """``vague``'s phrase covers ``timed``'s moment, which is exact or the default
    of a narrower phrase ("今天" covers "下班前"; "下午" does not cover "今晚"),
    unless ``timed`` names ``vague``'s moment too and writes its own out: a relay
    that sets its own earlier deadline beside the upstream one ("今天下班前要报，
    各办所4点半前报给我"). A part of the day said beside the day's deadline is
    when the chaser collects, not another deadline ("今天最后一天，还没交的今晚交",
    "明天就截止了，台账晚上给我", "last day today, get them in this evening")."""
    return (
        timed.vague < vague.vague and 0 < vague.due - timed.due <= vague.vague
        and (timed.vague > 0 or (MOMENT << 60) | vague.due not in timed.keys)
    )  # fmt: skip


def _dated(view: View) -> bool:
    return any(key >> 60 == MOMENT for key in view.keys)


def _detail(small: View, large: View) -> str:
    """The differing facts in words, when both notices are at hand in full."""
    if small.facts is None or large.facts is None:
        return ""
    numbers = sorted(small.facts.numbers - large.facts.numbers)
    moments = sorted(m.isoformat() for m in small.facts.moments - large.facts.moments)
    places = sorted(small.facts.places - large.facts.places)
    return ": " + ", ".join(map(str, numbers + moments + places))


def not_verbatim(first: str, second: str) -> str | None:
    """None when the shorter text is a wrapper plus an excerpt of the longer, verbatim.

    The excerpt must run to the end of the shorter text and start within the
    first few characters of both (relay wrappers and short lead-ins): a
    sentence dropped or a line changed inside breaks the run, and a passage
    from the middle of another document is shared boilerplate, not a copy.
    """
    small, large = (first, second) if len(first) <= len(second) else (second, first)
    matcher = SequenceMatcher(None, small, large, autojunk=False)
    block = matcher.find_longest_match(0, len(small), 0, len(large))
    starts_both = block.a <= WRAPPER and block.b <= LEAD_IN
    if starts_both and block.a + block.size >= len(small) - TAIL:
        return None
    return f"long texts differ inside (verbatim run {block.size}/{len(small)})"
