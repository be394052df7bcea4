"""Whether an edit changes what a notice asks (a correction) or only how it is typed.

A corrected due moment, venue, cancellation or figure must reach everyone who
read the notice; a fixed typo or punctuation must not. Every figure (Arabic or
Chinese numerals, which is how floors, rooms, dates and counts are written),
a cancellation word and the due moment are compared exactly; any other change
counts only when it is more than a slip of a few characters.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from difflib import SequenceMatcher

from nlp.due import Candidate, explain_due, prepare
from nlp.leading import led

__all__ = [
    "Corrected",
    "CorrectionNotice",
    "corrected_due",
    "has_correction_cue",
    "is_material_edit",
    "pick_corrected",
    "read_correction",
]

_FIGURES = re.compile(r"[0-9０-９〇零一二两三四五六七八九十百千万亿.:：%％]+")
_CANCEL = led(r"取消|暂停|延期|推迟|改期|作废|不再|cancel|postpone|call(?:ed)? off", re.I)
_PUNCTUATION = re.compile(r"[\s\W_]+", re.UNICODE)
_SLIP_CHARS = 2  # a changed, dropped or added character or two is a typo


def _figures(text: str) -> list[str]:
    return [f.strip(".:：") for f in _FIGURES.findall(text) if f.strip(".:：")]


def is_material_edit(
    old_text: str, new_text: str, old_due: datetime | None, new_due: datetime | None
) -> bool:
    """True when the edit changes the due moment, a figure, a cancellation or
    more than a slip of the words; False for typos, punctuation and spacing."""
    if old_due != new_due or _figures(old_text) != _figures(new_text):
        return True
    if bool(_CANCEL.search(old_text)) != bool(_CANCEL.search(new_text)):
        return True
    old_words = _PUNCTUATION.sub("", old_text).lower()
    new_words = _PUNCTUATION.sub("", new_text).lower()
    if old_words == new_words:
        return False
    matcher = SequenceMatcher(None, old_words, new_words, autojunk=False)
    changed = sum(
        max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"
    )
    return changed > _SLIP_CHARS


# A message that says an earlier notice was wrong. "Update" says so only with a
# change verb ("Update: the deadline moves to Friday"); a bare "update" is
# usually a progress report. "有误" is said of data too ("上次数据有误，这次请认真
# 核对"): only of the notice, its time or its place does it correct one.
_CUE = led(
    r"更正|纠正|勘误|订正|(?:通知|刚才|刚刚|上条|上一条|前面|之前|时间|日期|地点|地址|会议室)\S{0,4}有误"
    r"|(?:说|写|发|打|搞|弄)错了|\bcorrect(?:ion|ed)\b|\berratum\b|\bamend(?:ment|ed)\b"
    r"|\bmistake\b|\btypo\b|\bwrong\b"
)
# Any cue above, in the raw text of either script: most messages stop here.
_HINT = led(
    r"更正|纠正|糾正|勘误|勘誤|订正|訂正|有误|有誤|错了|錯了|correct|errat|amend|mistake|typo|wrong"
    r"|update|change of|please note",
    re.IGNORECASE,
)
# A label that opens the message ("更正：", "Correction:") needs no change verb after it.
_OPENING = re.compile(r"^\W{0,3}(?:更正|勘误|订正|correction|erratum|amendment)\s*[:：]")
_WEAK_CUE = led(r"\bupdate[sd]?\b|\bchange of\b|\bplease note\b")
# A label that opens the message and says a time or place was changed ("调整：会议推迟到…",
# "Change: the briefing moves to…"): a correction when a change verb follows it too.
_CHANGE_LABEL = led(
    r"^\W{0,3}(?:(?:时间|会议|地点|通知)?(?:调整|变更|改期|延期|推迟|提前)|change|rescheduled)\s*[:：]",
    re.IGNORECASE,
)
# What comes after one of these is the new value; what comes before names the object.
_VERB = led(
    r"改到|改为|改在|改成|改至|换到|换成|换在|调整到|调整为|调整至|提前到|提前至|推迟到|推迟至|延期到|延期至"
    r"|延后到|延后至|顺延至|顺延到|变更为|更改为|应为|应是|实为|是在|定在|放在"
    r"|\bmove[sd]? to\b|\bmoving to\b|\bchanged? to\b|\bis now\b|\bare now\b|\bnow (?:in|at|on)\b"
    r"|\brescheduled (?:to|for)\b|\bpostponed (?:to|until)\b|\bbrought forward to\b"
    r"|\bshould (?:read|be)\b|\bwill (?:now )?be (?:held )?(?:in|at|on)\b"
)
_CLAUSE_BREAK = re.compile(r"[，,。；;！!？?\n]|(?<=[a-z])\.\s")
_LABEL = re.compile(r"^[^:：]{0,12}[:：]")  # "更正：", "Correction:"
_VENUE = led(r"\d+\s*(?:楼|层|号|室)|会议室|礼堂|大厅|\broom\b|\bhall\b|\bfloor\b|\bvenue\b")
# Naming the thing rather than which one: "会议时间", "the deadline".
_GENERIC = led(
    r"刚才|刚刚|之前|上面|上述|以上|原定|原来|原|本次|这次|此次|今天|明天|后天|今日|明日|下周|本周"
    r"|周[一二三四五六日天1-7]|星期.|[上下中]午|晚上|早上|\d+|[月日号点时分]"
    r"|的|会议|开会|会|时间|地点|日期|截止|通知|有误|一下|大家|各位|请|把|将|[a-z']+"
)
_ENGLISH_WORDS = (
    "the a an this that our today's tomorrow's meeting deadline time venue date place "
    "location of for on in at is are will be now sorry it its please note all everyone "
    "update correction monday tuesday wednesday thursday friday saturday sunday today "
    "tomorrow am pm"
)
_ENGLISH_GENERIC = frozenset(_ENGLISH_WORDS.split())
_MEETING = led(r"会|meeting|briefing|training|session|培训|座谈|讲座")
_DEADLINE = led(r"截止|报送|上报|交|填报|表|材料|deadline|submit|due|form|return|report")
# Moments a correction states, even those the due resolver would not take as its due.
_STATED = (None, "superseded", "informational")
_DAY = led(r"\d+\s*[月日号]|周|星期|礼拜|[今明后]天|[今明]日|day|\d+/\d+")
_CLOCK = led(r"\d\s*[点时:]|[上下中]午|晚上|早上|\bam\b|\bpm\b|noon|半")


@dataclass(frozen=True, slots=True)
class CorrectionNotice:
    """What a separate correction message says: which thing, and its new value."""

    words: frozenset[str]  # words naming the object ("防汛", "briefing"); empty: unnamed
    meeting: bool  # names a meeting ("会议", "the briefing")
    deadline: bool  # names a deadline or a form
    value: str  # the new value, as written after the change verb
    moment: Candidate | None  # the new due moment it states, if any


@dataclass(frozen=True, slots=True)
class Corrected:
    """A notice a correction may correct: a recent one of the same group."""

    key: int
    text: str
    kind: str
    due_at: datetime | None


def has_correction_cue(text: str) -> bool:
    """Whether a text says an earlier one was wrong or changed (a cheap first test)."""
    if _HINT.search(text) is None and _CHANGE_LABEL.search(text) is None:
        return False  # nearly every message: a scan or two of the raw text
    prepared = prepare(text)
    weak = _WEAK_CUE.search(prepared) or _CHANGE_LABEL.search(prepared)
    return _CUE.search(prepared) is not None or (
        weak is not None and _VERB.search(prepared) is not None
    )


def read_correction(text: str, sent_at: datetime) -> CorrectionNotice | None:
    """The correction a message makes of an earlier notice, or None.

    A correction cue ("更正", "刚才通知有误", "Correction") and a changed field
    (a new moment, venue or value after a change verb) are both needed; without
    a change verb the message must open with its label ("更正：…").
    """
    explanation = explain_due(text, sent_at)
    prepared = explanation.text
    verb = _VERB.search(prepared)
    if not has_correction_cue(text) or (verb is None and _OPENING.search(prepared) is None):
        return None
    moments = [c for c in explanation.candidates if c.dropped in _STATED]
    after = [c for c in moments if verb is not None and c.start >= verb.start()]
    moment = after[0] if after else (moments[-1] if len(moments) == 1 else None)
    if verb is None and moment is None and _VENUE.search(prepared) is None:
        return None  # a cue and nothing changed: an apology, a thank-you
    if verb is not None:
        head = prepared[_clause_start(prepared, verb.start()) : verb.start()]
        value = _clause_tail(prepared, verb.end())
    else:  # "更正：白水大桥维修提前完工，…": the first clause names the thing
        head, value = _clause_tail(_OPENING.sub("", prepared), 0), ""
    return CorrectionNotice(
        _object_words(_LABEL.sub("", head.strip())),
        _MEETING.search(head) is not None,
        _DEADLINE.search(head) is not None,
        value,
        moment,
    )


def _clause_start(text: str, at: int) -> int:
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, at)]
    return breaks[-1] if breaks else 0


def _clause_tail(text: str, at: int) -> str:
    found = _CLAUSE_BREAK.search(text, at)
    return text[at : found.start() if found else len(text)].strip()


def _object_words(head: str) -> frozenset[str]:
    """Chinese pairs of characters and English words that name the corrected thing."""
    english = {w for w in re.findall(r"[a-z][a-z'-]{2,}", head) if w not in _ENGLISH_GENERIC}
    han = _GENERIC.sub(" ", _CUE.sub(" ", head))
    pairs = {run[i : i + 2] for run in re.findall(r"[\u4e00-\u9fff]{2,}", han)
             for i in range(len(run) - 1)}  # fmt: skip
    return frozenset(english | pairs)


def pick_corrected(correction: CorrectionNotice, candidates: Sequence[Corrected]) -> int | None:
    """The one notice among ``candidates`` (newest first) the correction corrects, or None.

    A named object must be named by exactly one best candidate; an unnamed
    one ("更正：会议改到周四") links only when one candidate of its sort is
    there. Ties, and candidates it would not change, link nothing: rewriting
    the wrong meeting is worse than a correction shown on its own.
    """
    sorts = [c for c in candidates if _fits(correction, c)]
    if correction.words:
        scored = sorted(((_named(correction, c), i) for i, c in enumerate(sorts)), reverse=True)
        if not scored or scored[0][0] < 0.5 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
            return None
        chosen = sorts[scored[0][1]]
    elif len(sorts) == 1:
        chosen = sorts[0]
    else:
        return None
    return chosen.key if _changes(correction, chosen) else None


def _fits(correction: CorrectionNotice, candidate: Corrected) -> bool:
    if candidate.kind == "chatter":
        return False
    if correction.meeting and not correction.deadline:
        return candidate.kind in ("meeting", "notice")
    if correction.deadline and not correction.meeting:
        return candidate.kind in ("report", "task", "checkin", "notice")
    return candidate.due_at is not None or correction.moment is None


def _named(correction: CorrectionNotice, candidate: Corrected) -> float:
    text = prepare(candidate.text)
    return sum(word in text for word in correction.words) / len(correction.words)


def _changes(correction: CorrectionNotice, candidate: Corrected) -> bool:
    """Whether the correction says something the notice does not (else nothing to correct)."""
    due = corrected_due(correction, candidate.due_at)
    if due is not None and due != candidate.due_at:
        return True
    value = _PUNCTUATION.sub("", correction.value)
    return bool(value) and value not in _PUNCTUATION.sub("", prepare(candidate.text))


def corrected_due(correction: CorrectionNotice, old_due: datetime | None) -> datetime | None:
    """The due moment after the correction: a new time keeps the old day when
    it names none ("改为下午4点"), a new day keeps the old time ("改到周五")."""
    moment = correction.moment
    if moment is None:
        return old_due
    new = moment.moment
    if old_due is None:
        return new
    old = old_due.astimezone(new.tzinfo)
    if _DAY.search(moment.surface) is None:
        return datetime.combine(old.date(), new.timetz())
    if _CLOCK.search(moment.surface) is None:
        return datetime.combine(new.date(), old.timetz())
    return new
