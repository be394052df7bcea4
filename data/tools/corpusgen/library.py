"""All material in one place, checked for the mistakes that would mislabel data.

A family marked ``cue`` must say something urgent in every wording (its label
is urgent whatever the due time), and any other family must not, unless it is
marked ``trap`` and uses an urgent-looking word as a mere topic; otherwise the
urgent label and the text would disagree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from corpusgen.copies import Frames
from corpusgen.material import (
    MaterialError,
    read_chats,
    read_pools,
    read_sections,
    read_templates,
)
from corpusgen.records import Chat, Family, PoolEntry

__all__ = ["CUE", "Library", "load_library"]

CUE = re.compile(r"紧急|特急|加急|立即|立刻|马上|火速|红色预警|火情|疫情|"
                 r"(?i:urgent|immediately|emergency|right away|at once|asap)")
# A day or time written into a template would contradict the due label, which
# comes only from {due}/{when}; recurring demands ("每周五下班前") are exempt.
_FIXED_TIME = re.compile(
    r"今天|明天|后天|今晚|明早|本周|下周|这周|周[一二三四五六日天]|星期|礼拜|月底|天内|下班|"
    r"上午|下午|中午|晚上|\d+\s*[点时]|\d+月|\d+日|\d+号|"
    r"\b(?:today|tomorrow|tonight|noon|EOD|COB|\w+day|\d+\s*[ap]m)\b")
_FRAME_SECTIONS = ("prefix zh", "suffix zh", "quote zh", "prefix en", "suffix en",
                   "quote en", "ack zh", "ack en", "urgent zh", "urgent en")


@dataclass(frozen=True)
class Library:
    """Chats, content pools, template families and copy frames."""

    chats: tuple[Chat, ...]
    pools: dict[str, list[PoolEntry]]
    families: tuple[Family, ...]
    frames: Frames

    def chats_for(self, lang: str, topic: str) -> list[Chat]:
        """Groups where a notice on ``topic`` in ``lang`` would be posted."""
        return [c for c in self.chats
                if c.writes(lang) and (topic == "any" or topic in c.topics)]


def _check_family(family: Family) -> None:
    for form in family.forms:
        fixed = _FIXED_TIME.search(re.sub(r"\{\w+\}", "", form))
        if fixed and family.timing != "recurring":
            raise MaterialError(f"{family.source}: {family.name}: fixed time {fixed.group(0)!r}")
        cue = bool(CUE.search(form))
        if family.cue and not cue:
            raise MaterialError(f"{family.source}: {family.name}: cue family, calm wording")
        if cue and not family.cue and not family.trap:
            raise MaterialError(f"{family.source}: {family.name}: urgent word, not cue/trap")


def _check_topics(library: Library) -> None:
    for family in library.families:
        entries = library.pools.get(family.pool)
        if not entries:
            raise MaterialError(f"{family.source}: {family.name}: no pool {family.pool!r}")
        for entry in entries:
            if not library.chats_for(family.lang, entry.topic):
                raise MaterialError(
                    f"pool {family.pool}: topic {entry.topic!r} has no {family.lang} group")


def load_library(root: Path) -> Library:
    """Read ``root`` (data/tools/material) and validate it as a whole."""
    pools: dict[str, list[PoolEntry]] = {}
    for path in sorted((root / "pools").glob("*.txt")):
        for name, entries in read_pools(path).items():
            pools.setdefault(name, []).extend(entries)
    families: list[Family] = []
    for path in sorted((root / "templates").glob("*.txt")):
        families.extend(read_templates(path))
    names = [f.name for f in families]
    if len(set(names)) != len(names):
        doubled = sorted({n for n in names if names.count(n) > 1})
        raise MaterialError(f"duplicate family names: {doubled}")
    frames = read_sections(root / "frames.txt")
    missing = [s for s in _FRAME_SECTIONS if not frames.get(s)]
    if missing:
        raise MaterialError(f"frames.txt lacks sections {missing}")
    library = Library(tuple(read_chats(root / "chats.txt")), pools, tuple(families), frames)
    for family in families:
        _check_family(family)
    _check_topics(library)
    return library
