"""Patterns compiled to skip ahead to where a match can start.

Python's regex engine tries every alternative of a long alternation at every
position of a text, unless the pattern opens with a literal or a character
class. The cue patterns open with word boundaries, lookbehinds or groups, so
on a notice that says none of them each search walks every alternative at
every character: 45 µs for the reminder cue on a 54-character notice. Opened
with a lookahead naming every character a match can start with (worked out
from the parsed pattern, so no alternative added later can be forgotten), the
same search gives up at once where no alternative can start: the same
matches, at a third of the cost or less.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

__all__ = ["either", "first_chars", "led"]

# The parser behind ``re.compile``: private, so it is only read, and a Python
# without it gets the pattern as written (same matches, no speed-up).
try:
    _parser: Any = importlib.import_module("re._parser")
    _c: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - every supported Python has them
    _parser = _c = None

_First = tuple[list[str], bool]  # class members a match can start with; can it be empty


def either(*alternatives: str) -> str:
    """One regex alternation from several, so long lists stay readable by theme."""
    return "|".join(alternatives)


def led(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, opened with a lookahead of its first characters
    when they can be worked out (the same matches, spans and groups)."""
    compiled = re.compile(pattern, flags)
    members = first_chars(compiled)
    if members is None:
        return compiled
    close = "\n)" if compiled.flags & re.VERBOSE else ")"
    try:
        return re.compile(f"(?=[{''.join(dict.fromkeys(members))}])(?:{pattern}{close}", flags)
    except re.error:  # pragma: no cover - e.g. global flags inside the pattern
        return compiled


def first_chars(compiled: re.Pattern[str]) -> list[str] | None:
    """Members of a character class holding every character a match can start with;
    None when that cannot be said (a match may be empty, start anywhere, or the
    case rules change inside the pattern)."""
    if _parser is None:
        return None
    items = list(_parser.parse(compiled.pattern, compiled.flags))
    if _scanned(items):
        return None  # the engine skips ahead by itself
    found = _first(items, compiled.flags)
    if found is None or found[1]:
        return None
    return found[0]


def _scanned(items: list[tuple[Any, Any]]) -> bool:
    """Whether the engine already scans for the pattern's first character: it does
    when the pattern opens with a literal, a class, or alternatives that each do."""
    if not items:
        return False
    op, av = items[0]
    if op is _c.BRANCH:
        return all(len(alt) and alt[0][0] is _c.LITERAL for alt in av[1])
    return op in (_c.LITERAL, _c.IN)


def _first(items: list[tuple[Any, Any]], flags: int) -> _First | None:
    members: list[str] = []
    for op, av in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero width: the next item starts the match
        step = _step(op, av, flags)
        if step is None:
            return None
        members += step[0]
        if not step[1]:
            return members, False
    return members, True


def _step(op: Any, av: Any, flags: int) -> _First | None:
    """The first characters of one parsed item, and whether it can match nothing."""
    if op is _c.LITERAL:
        return [_escaped(av)], False
    if op is _c.IN:
        members = [_member(item, value) for item, value in av]
        known = [member for member in members if member is not None]
        return (known, False) if len(known) == len(members) else None
    if op is _c.SUBPATTERN:
        _, add_flags, _, inner = av
        if add_flags & ~flags & (re.IGNORECASE | re.LOCALE):
            return None  # the lookahead would not fold case as the group does
        return _first(list(inner), flags)
    if op is _c.BRANCH:
        chars: list[str] = []
        empty = False
        for alternative in av[1]:
            found = _first(list(alternative), flags)
            if found is None:
                return None
            chars += found[0]
            empty = empty or found[1]
        return chars, empty
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)):
        low, _, inner = av
        found = _first(list(inner), flags)
        return None if found is None else (found[0], found[1] or low == 0)
    return None  # any character, a negated one, a back-reference: no lookahead


_CATEGORIES = {"DIGIT": r"\d", "NOT_DIGIT": r"\D", "SPACE": r"\s", "NOT_SPACE": r"\S"}
_CATEGORIES |= {"WORD": r"\w", "NOT_WORD": r"\W"}


def _member(item: Any, value: Any) -> str | None:
    """One member of a parsed character class as class syntax."""
    if item is _c.LITERAL:
        return _escaped(value)
    if item is _c.RANGE:
        return f"{_escaped(value[0])}-{_escaped(value[1])}"
    if item is _c.CATEGORY:
        return _CATEGORIES.get(str(value).removeprefix("CATEGORY_"))
    return None  # a negated class: cannot be added to another


def _escaped(code: int) -> str:
    return re.escape(chr(code)) if chr(code) not in "]\\^-" else "\\" + chr(code)
