"""The text of a notice as duplicate matching sees it.

Copies of one notice differ in wrapping, not substance: relay prefixes such
as 【转发】 or "请各村落实！", @mentions, emoji, width, script (traditional vs
simplified), punctuation and spacing. All of that is folded away here.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import opencc

__all__ = ["canonical", "facts", "shingles"]

_PREFIX = re.compile(
    r"^\s*(?:【\s*转(?:发|载)?\s*】|\[\s*转(?:发)?\s*\]|转(?:发)?(?:自[^：:]{0,12})?[：:]"
    r"|fw[d]?\s*[:：]|re\s*[:：]|forwarded message[:：]?)\s*",
    re.IGNORECASE,
)
_RELAY = re.compile(
    r"(?:^|[\s，,。！!])(?:请各(?:村|社区|单位|部门|科室|网格|镇|乡|街道)[^，,。！!\n]{0,16}"
    r"(?:落实|执行|知悉|周知|转发|传达|办理|抓好落实|认真落实|遵照执行)[！!。]*)"
)
_MENTION = re.compile(r"@\S+")
_EMOTICON = re.compile(r"\[[\u4e00-\u9fffA-Za-z]{1,4}\]")
_NOISE = re.compile(r"[\W_]+", re.UNICODE)
_NUMBER = re.compile(r"\d+")
_PLACE = re.compile(r"([\u4e00-\u9fff0-9]{2})(村|社区|镇|乡|街道|会议室|小区|广场)")
_GENERIC = re.compile(r"[各本全每该此贵我你请到在于和与及]")
_NUMERALS = str.maketrans("〇零一二两三四五六七八九", "001223456789")
_CN_NUMBER = re.compile(r"([〇零一二两三四五六七八九十]+)(?=[月日号点时天周年个项人名户份])")


@cache
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def _is_emoji(char: str) -> bool:
    return unicodedata.category(char) == "So" or 0x1F000 <= ord(char) <= 0x1FAFF


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
    folded = _converter().convert(unicodedata.normalize("NFKC", text).lower())
    for _ in range(3):  # "转：【转发】..." nests wrappers
        folded = _PREFIX.sub("", folded)
    folded = _RELAY.sub(" ", folded)
    folded = _MENTION.sub(" ", _EMOTICON.sub(" ", folded))
    folded = "".join(char for char in folded if not _is_emoji(char))
    return _CN_NUMBER.sub(_cn_number, folded)


def shingles(text: str, size: int = 3) -> set[str]:
    """Character n-grams over letters and digits only."""
    compact = _NOISE.sub("", text)
    if len(compact) <= size:
        return {compact} if compact else set()
    return {compact[i : i + size] for i in range(len(compact) - size + 1)}


def facts(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """What must agree between copies: numbers (dates, times, figures) and places."""
    numbers = frozenset(_NUMBER.findall(text))
    places = frozenset(
        head + tail for head, tail in _PLACE.findall(text) if not _GENERIC.search(head)
    )
    return numbers, places
