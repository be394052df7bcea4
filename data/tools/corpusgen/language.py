"""Which language a message is written in, for statistics and replies."""

from __future__ import annotations

import re

__all__ = ["text_lang"]

_CJK = re.compile(r"[\u3400-\u9fff]")
_WORD = re.compile(r"[A-Za-z]{2,}")
_NOISE = {"http", "https", "www", "xlsx", "docx", "pdf", "APP", "OK", "gov", "cn", "qq", "mp",
          "art", "html", "wj", "s2"}


def text_lang(text: str) -> str:
    """``zh``, ``en`` or ``mix``: mixed when both scripts carry real content."""
    cjk = len(_CJK.findall(text))
    words = [w for w in _WORD.findall(text) if w not in _NOISE]
    if cjk >= 4 and len(words) >= 3:
        return "mix"
    if cjk >= 1 and cjk >= len(words):
        return "zh"
    return "en" if words else "zh"
