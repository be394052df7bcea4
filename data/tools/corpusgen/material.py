"""Readers for the hand-written material in ``data/tools/material``.

The material is plain text rather than Python so that Chinese sentences can be
written and reviewed as they will appear; every reader is strict and names the
file and line of a malformed entry, because a silently skipped line would
quietly shift the corpus.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal, cast

from corpusgen.records import KINDS, Chat, Family, Lang, PoolEntry, Timing

__all__ = [
    "MaterialError",
    "read_chats",
    "read_pools",
    "read_sections",
    "read_templates",
    "unescape",
]

_TIMINGS = ("deadline", "event", "none", "recurring", "hours")
_SLOT = re.compile(r"\{(\w+)\}")


class MaterialError(ValueError):
    """A malformed material line; the message says file and line."""


def unescape(text: str) -> str:
    r"""Material writes a line break as ``\n`` and a significant space as ``\s``."""
    return text.replace("\\n", "\n").replace("\\s", " ")


def _lines(path: Path) -> list[tuple[int, str]]:
    """Numbered lines without comments; blank lines are kept as ``""``."""
    out = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip()
        if not line.lstrip().startswith("#"):
            out.append((number, line))
    return out


def _split(value: str) -> tuple[str, ...]:
    return tuple(unescape(part.strip()) for part in value.split("|") if part.strip())


def _chat(where: str, head: str, attrs: dict[str, str]) -> Chat:
    parts = head.split(maxsplit=3)
    if len(parts) != 4 or parts[2] not in ("zh", "en", "mix"):
        raise MaterialError(f"{where}: expected '@ key chat_id zh|en|mix title'")
    missing = {"topics", "who", "greet", "members", "villages", "places"} - set(attrs)
    if missing:
        raise MaterialError(f"{where}: chat {parts[0]} lacks {sorted(missing)}")
    try:
        chat_id = int(parts[1])
    except ValueError as exc:
        raise MaterialError(f"{where}: chat id {parts[1]!r} is not an integer") from exc
    return Chat(
        key=parts[0], chat_id=chat_id, title=parts[3], lang=cast(Lang, parts[2]),
        topics=tuple(attrs["topics"].split()), who=_split(attrs["who"]),
        greet=_split(attrs["greet"]), members=_split(attrs["members"]),
        villages=_split(attrs["villages"]), places=_split(attrs["places"]),
    )


def read_chats(path: Path) -> list[Chat]:
    """Chats as ``@ key id lang title`` followed by ``name: a|b|c`` lines."""
    chats: list[Chat] = []
    head, where = "", ""
    attrs: dict[str, str] = {}
    for number, line in [*_lines(path), (0, "@")]:
        if line.startswith("@"):
            if head:
                chats.append(_chat(where, head, attrs))
            head, where, attrs = line[1:].strip(), f"{path.name}:{number}", {}
        elif line.strip():
            name, sep, value = line.partition(":")
            if not sep or not head:
                raise MaterialError(f"{path.name}:{number}: expected 'name: values'")
            attrs[name.strip()] = value.strip()
    return chats


def read_pools(path: Path) -> dict[str, list[PoolEntry]]:
    """Pools as ``pool: name``, ``fields: topic a b``, then ``topic | a | b`` rows."""
    pools: dict[str, list[PoolEntry]] = {}
    name, fields = "", [""]
    for number, line in _lines(path):
        where = f"{path.name}:{number}"
        if line.startswith("pool:"):
            name, fields = line[5:].strip(), []
            pools.setdefault(name, [])
        elif line.startswith("fields:"):
            fields = line[7:].split()
            if not name or not fields or fields[0] != "topic":
                raise MaterialError(f"{where}: 'fields: topic ...' must follow 'pool:'")
        elif line.strip():
            values = [unescape(v.strip()) for v in line.split("|")]
            if len(values) != len(fields) or not all(values):
                raise MaterialError(f"{where}: expected {len(fields)} fields {fields}")
            pools[name].append(PoolEntry(values[0], dict(zip(fields[1:], values[1:], strict=True))))
    return pools


def _check_family(where: str, family: Family) -> None:
    for form in family.forms:
        slots = set(_SLOT.findall(form))
        timed = bool(slots & {"due", "when"})
        if family.timing in ("deadline", "event", "hours") and not timed:
            raise MaterialError(f"{where}: {family.name}: a {family.timing} form needs a time")
        if family.timing in ("none", "recurring") and timed:
            raise MaterialError(f"{where}: {family.name}: untimed form uses {{due}}/{{when}}")


def _family(where: str, head: str, forms: list[str], source: str) -> Family:
    parts = head.split()
    if len(parts) < 4 or parts[1] not in KINDS or parts[2] not in ("zh", "en"):
        raise MaterialError(f"{where}: expected '@ name kind zh|en timing [pool=x] [cue] [trap]'")
    if parts[3] not in _TIMINGS:
        raise MaterialError(f"{where}: timing {parts[3]!r} not in {_TIMINGS}")
    options = dict(p.partition("=")[::2] for p in parts[4:])
    unknown = set(options) - {"pool", "cue", "trap"}
    if unknown or not forms:
        raise MaterialError(f"{where}: unknown options {sorted(unknown)} or no text")
    family = Family(
        name=parts[0], kind=parts[1], lang=cast(Literal["zh", "en"], parts[2]),
        timing=cast(Timing, parts[3]),
        pool=options.get("pool") or f"{parts[1]}-{parts[2]}", cue="cue" in options,
        trap="trap" in options, forms=tuple(forms), source=source,
    )
    _check_family(where, family)
    return family


def read_templates(path: Path) -> list[Family]:
    """Families as ``@ name kind lang timing [pool=x] [cue] [trap]``; ``~`` lines reword."""
    families: list[Family] = []
    head, where = "", ""
    forms: list[str] = []
    for number, line in [*_lines(path), (0, "@")]:
        if line.startswith("@"):
            if head:
                families.append(_family(where, head, forms, path.stem))
            head, where, forms = line[1:].strip(), f"{path.name}:{number}", []
        elif line.strip():
            if not head or (forms and not line.startswith("~")):
                raise MaterialError(f"{path.name}:{number}: rewordings start with '~'")
            forms.append(unescape(line.removeprefix("~").strip()))
    return families


def read_sections(path: Path) -> dict[str, list[str]]:
    """``[name]`` headed lists of one-line entries (frames, acknowledgements)."""
    sections: dict[str, list[str]] = {}
    current = ""
    for number, line in _lines(path):
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            sections.setdefault(current, [])
        elif line.strip():
            if not current:
                raise MaterialError(f"{path.name}:{number}: entry before any [section]")
            sections[current].append(unescape(line.strip()))
    return sections
