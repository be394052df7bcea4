"""Whether an edit changes what a notice asks (a correction) or only how it is typed.

A corrected due moment, venue, cancellation or figure must reach everyone who
read the notice; a fixed typo or punctuation must not. Every figure (Arabic or
Chinese numerals, which is how floors, rooms, dates and counts are written),
a cancellation word and the due moment are compared exactly; any other change
counts only when it is more than a slip of a few characters.
"""

from __future__ import annotations

import re
from datetime import datetime
from difflib import SequenceMatcher

__all__ = ["is_material_edit"]

_FIGURES = re.compile(r"[0-9０-９〇零一二两三四五六七八九十百千万亿.:：%％]+")
_CANCEL = re.compile(r"取消|暂停|延期|推迟|改期|作废|不再|cancel|postpone|call(?:ed)? off", re.I)
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
