"""The text of a notice as duplicate matching sees it.

Copies of one notice differ in wrapping, not substance: relay prefixes such
as 【转发】 or "请各村落实！", @mentions, emoji, width, script (traditional vs
simplified), punctuation and spacing. The due resolver's prepared text
(:func:`nlp.due.prepare`, which the understanding carries as
:class:`nlp.types.Prepared`) already folds all of that, so matching starts
from it and folds only relay exhortations in mid-text and numerals before
counters such as 组 and 批.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from datetime import datetime

from nlp.dedup._asks import issuers, quotas, receivers, to_townships
from nlp.dedup._cues import without_status
from nlp.dedup._figures import DENIED, denied, particular
from nlp.due import prepare
from nlp.types import Prepared

__all__ = [
    "ASKS",
    "FACT_KINDS",
    "LABEL",
    "MOMENT",
    "NUMBER",
    "PLACE",
    "Facts",
    "canonical",
    "compact",
    "dated",
    "facts",
    "from_prepared",
    "same_venue",
    "shingles",
    "undated_facts",
]

_RELAY = re.compile(
    r"(?:^|[\s，,。！!])(?:请各(?:村|社区|单位|部门|科室|网格|镇|乡|街道)[^，,。！!\n]{0,16}"
    r"(?:落实|执行|知悉|周知|转发|传达|办理|抓好落实|认真落实|遵照执行)[！!。]*)"
)
_NOISE = re.compile(r"[\W_]+", re.UNICODE)
_NUMBER = re.compile(r"\d+")
# What a status line lists: figures, and names (of villages, wards, units).
_NAMES = re.compile(
    r"\d+|[\u4e00-\u9fff]{2,3}(?=[、和及,，与 ]|村|镇|乡|社区|网格|$)|\b[a-z]{3,}\b"
)
_PLACE = re.compile(r"([\u4e00-\u9fff0-9]{2})(村|社区|镇|乡|街道|会议室|小区|广场)")
_GENERIC = re.compile(r"[各本全每该此贵我你请到在于和与及]")
# A venue: what follows 在/到/地点 up to the last place word before the clause ends.
_VENUE_RUN = re.compile(
    r"(?:在|到|于|赴|来|至|地点(?:不变)?\s*[:：(（]?\s*|venue[:：]?\s*|\b(?:at|in)\s+(?:the\s+)?)"
    r"([\u4e00-\u9fffa-z0-9]{2,20})"
)
_VENUE_MARK = re.compile(r"[在到于赴来至]")
_VENUE_END = re.compile(
    r".*(?:会议室|中心|大厅|礼堂|报告厅|会场|广场|大楼|楼|馆|站|所|院|村委会|村部|基地|园区|学校"
    r"|中学|小学|幼儿园|医院|卫生院|公司|办公室|大队|局|厂|车间|教室|党校|食堂|仓库|码头|政府)"
)
_ENGLISH_VENUE = re.compile(
    r"\b(?:at|in)\s+(?:the\s+)?((?:[a-z0-9'-]+\s){0,4}(?:hall|room|centre|center|building"
    r"|office|auditorium|school|library|gym|canteen|workshop|plant|lab|park|square|stadium"
    r"|station|clinic|hospital)\b(?:\s+\d+)?)"
)
_NUMERALS = str.maketrans("〇零一二两三四五六七八九", "001223456789")
_CN_NUMBER = re.compile(
    r"([〇零一二两三四五六七八九十]+)(?=[月日号点时天周年个项人名户份组队批期届次栋楼层排班])"
)


def _cn_number(match: re.Match[str]) -> str:
    """十二 → 12, 二十五 → 25, 二〇二六 → 2026, 三 → 3."""
    text = match.group(1)
    if "十" not in text:
        return text.translate(_NUMERALS)
    head, _, tail = text.partition("十")
    tens = int(head.translate(_NUMERALS) or "1") if len(head) <= 1 else 0
    units = int(tail.translate(_NUMERALS)) if tail and len(tail) == 1 else 0
    return str(tens * 10 + units) if tens or units or not head else text


def canonical(text: str) -> str:
    """Folded text: no wrappers, simplified script, digits for numerals."""
    return from_prepared(prepare(text))


def from_prepared(prepared: str) -> str:
    """:func:`canonical` of a text whose :func:`nlp.due.prepare` the caller has."""
    return _CN_NUMBER.sub(_cn_number, _RELAY.sub(" ", prepared))


def compact(text: str) -> str:
    """Letters and digits only: what shingles are made of."""
    return _NOISE.sub("", text)


def shingles(text: str, size: int = 3) -> set[str]:
    """Character n-grams over letters and digits only (as strings, for inspection)."""
    compact = _NOISE.sub("", text)
    if len(compact) <= size:
        return {compact} if compact else set()
    return {compact[i : i + size] for i in range(len(compact) - size + 1)}


NUMBER, MOMENT, PLACE, STATUS, LABEL = 1, 2, 3, 4, 5  # kinds of fact key, in the top bits
# The ask's particulars (nlp.dedup._asks): compared only between unrelated groups,
# and those of a notice to townships only with another's to townships
RECEIVER, ISSUER, QUOTA = 6, 7, 8
ASKS = (RECEIVER, ISSUER, QUOTA)
_UPSTREAM = 3  # added to the kinds of a notice to townships
FACT_KINDS = {
    NUMBER: "numbers", MOMENT: "dates or times", PLACE: "places", STATUS: "status lines",
    LABEL: "rooms, grades or groups", RECEIVER: "offices handed to",
    ISSUER: "offices asking", QUOTA: "figures asked", RECEIVER + _UPSTREAM: "offices handed to",
    ISSUER + _UPSTREAM: "offices asking", QUOTA + _UPSTREAM: "figures asked",
}  # fmt: skip
# A number that names which room, grade, ward or group: unlike a count, a
# retelling keeps it, so "Grade 4 reps, Room 204" and "Grade 5 reps, Room 210"
# are two notices however little wording they share (status lines excluded).
_LABEL = re.compile(
    r"\b(room|rm|grade|year|ward|plot|block|building|floor|class|gate|zone|hall|bay|lot)\s*"
    r"(\d+[a-z]?)\b"
    r"|(\d+)\s*(号楼|栋|单元|层|楼|年级|班|组|网格|号会议室|会议室|车间)"
    # a document's number, which a retelling drops but never changes: 青工信规〔2020〕3号
    r"|([\u4e00-\u9fff]{1,6}[〔\[]\d{4}[〕\]]\d{1,4})号"
)


@dataclass(frozen=True, slots=True)
class Facts:
    """What must agree between copies of one notice."""

    numbers: frozenset[str]  # figures, phone numbers, group numbers: not dates or times
    moments: frozenset[datetime]  # every date/time expression, resolved
    places: frozenset[str]  # villages, towns, rooms named in so many words
    venues: tuple[str, ...]  # where to go ("县教育局三楼会议室"), compared loosely
    status: frozenset[str] = frozenset()  # figures and places of status lines ("还差西岭")
    labels: frozenset[str] = frozenset()  # "room 204", "3号楼": which one, not how many
    # who gets the work, who asked for it, the figure asked (nlp.dedup._asks)
    asks: tuple[frozenset[str], frozenset[str], frozenset[str]] = (frozenset(),) * 3
    upstream: bool = False  # the asks are made of townships (nlp.dedup._asks.to_townships)
    denied: frozenset[str] = frozenset()  # figures it says it is not (nlp.dedup._figures)

    def keys(self) -> frozenset[int]:
        """The exact facts as integers (kind in the top bits): cheap to keep, cheap to compare."""
        return frozenset(
            [(NUMBER << 60) | particular(n) | zlib.crc32(n.encode()) for n in self.numbers]
            + [(DENIED << 60) | zlib.crc32(n.encode()) for n in self.denied]
            + [(MOMENT << 60) | int(m.timestamp()) // 60 for m in self.moments]
            + [(PLACE << 60) | zlib.crc32(p.encode()) for p in self.places]
            + [(STATUS << 60) | zlib.crc32(s.encode()) for s in self.status]
            + [(LABEL << 60) | zlib.crc32(s.encode()) for s in self.labels]
            + [
                ((kind + _UPSTREAM * self.upstream) << 60) | zlib.crc32(s.encode())
                for kind, said in zip(ASKS, self.asks, strict=True)
                for s in said
            ]
        )


def facts(prepared: Prepared, folded: str) -> Facts:
    """The facts of a text, from its ``prepared`` form and dates (as of its sending
    time) and ``folded``, its :func:`canonical` form.

    Dates and times are compared as the moments they name, since a copy
    forwarded a day later says "今天" where the first said "明天"; every other
    figure is compared as written, except in a status line ("还有3个村没交"):
    how far the work got is not a fact of the notice.
    """
    return dated(undated_facts(prepared.undated, folded), prepared.moments)


def undated_facts(undated: str, folded: str) -> Facts:
    """:func:`facts` but the moments, which alone depend on the sending time: from
    the prepared text with its dates blanked and the folded text, so a copy seen
    again need not be read again."""
    undated = _CN_NUMBER.sub(_cn_number, undated)
    kept, status = without_status(undated)
    refused = denied(kept)
    numbers = frozenset(_NUMBER.findall(kept)) - refused
    places = frozenset(_places(without_status(folded)[0]))
    named = _NAMES.findall(" ".join(status))
    labels = frozenset(_label(match) for match in _LABEL.finditer(kept))
    asks = (receivers(kept), issuers(kept), quotas(kept))
    return Facts(
        numbers, frozenset(), places, _venues(folded), frozenset(named), labels, asks,
        to_townships(kept), refused,
    )  # fmt: skip


def dated(found: Facts, moments: frozenset[datetime]) -> Facts:
    """``found`` (:func:`undated_facts`) with the moments the dates resolve to."""
    return Facts(
        found.numbers, moments, found.places, found.venues, found.status, found.labels,
        found.asks, found.upstream, found.denied,
    )  # fmt: skip


def _label(match: re.Match[str]) -> str:
    """"Room 204" and "rm204" alike; "3号楼" and "3楼" kept apart (a block, a floor);
    a document by its number ("青工信规〔2020〕3号")."""
    if match.group(1):
        word = "room" if match.group(1) == "rm" else match.group(1)
        return f"{word} {match.group(2)}"
    if match.group(5):
        return f"{match.group(5)}号"
    return f"{match.group(3)}{match.group(4)}"


def _places(text: str) -> list[str]:
    return [head + tail for head, tail in _PLACE.findall(text) if not _GENERIC.search(head)]


def _venues(folded: str) -> tuple[str, ...]:
    found = [venue for venue in _ENGLISH_VENUE.findall(folded)]
    for run in _VENUE_RUN.findall(folded):
        venue = _VENUE_END.match(run)
        place = _VENUE_MARK.split(venue.group())[-1] if venue else ""
        if len(place) >= 3:
            found.append(place)
    return tuple(found)


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def same_venue(first: str, second: str) -> bool:
    """Typo-tolerant: "五楼会议室" and "五楼楼会议室" are one room.

    "县教育局" and "县教师发展中心" are two, and so are "room 204" and "room 210":
    a typo never changes a room number.
    """
    if _NUMBER.findall(first) != _NUMBER.findall(second):
        return False
    a, b = _bigrams(first), _bigrams(second)
    return len(a & b) >= 0.5 * len(a | b)
