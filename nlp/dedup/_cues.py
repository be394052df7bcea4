"""Reminder cues and status lines: what a follow-up adds to the notice it chases.

A reminder restates part of a notice and says how far it got: "还有3个村没交",
"目前只收到两家", "still missing Wards 2 and 6". Those figures and places are
the state of the work, not facts of the notice, so the guards that keep the
same template for another village or figure apart must not read them; and the
cue itself ("再提醒", "抓紧", "reminder") says the message points back at an
earlier one, which lets far less shared wording suffice.
"""

from __future__ import annotations

import re

__all__ = ["has_cue", "is_status", "without_status"]

# Texts here are folded (nlp.due.prepare): simplified, lower case, digits.
_CUE = re.compile(
    r"再(?:次)?提醒|再说一(?:遍|下)|重申|温馨提示|提醒一下|提醒各位|提醒大家|还差|还有\d*\S{0,6}?(?:没|未)"
    r"|仍有|尚有|尚未|抓紧|加快|催一下|催促|别忘了|不要忘|莫忘|请尽快|尽快|还没(?:交|报|发|回|填)"
    r"|目前(?:只|仅)|只收到|仅收到|截至目前|最后一次提醒|最后期限|快到了|马上截止|即将截止"
    r"|\breminder\b|\bremind(?:ing|ed)?\b|\bstill (?:missing|waiting|need|outstanding|due|to come)"
    r"|\bchasing\b|\bfollow(?:ing)?[ -]up\b|\bonly (?:received|got|have)\b|\bgentle nudge\b"
    r"|\bdon'?t forget\b|\blast call\b|\bso far\b|\bnot yet\b|\bhaven'?t\b|\boutstanding\b"
)
# A status clause names how far the work got: its figures and places
# ("西岭、南塘三个网格", "wards 2 and 6") describe progress, not the notice.
_STATUS = re.compile(
    r"还差|还有|仍有|尚有|尚未|还没|没交|没报|没发|没回|未交|未报|未回|已交|已报|已收到|只收到|仅收到"
    r"|目前|截至目前|截止目前|剩下?\d|交了\d|\bstill\b|\bmissing\b|\bso far\b|\breceived\b"
    r"|\bonly (?:got|have|heard)\b|\bnot yet\b|\boutstanding\b|\bof \d+ in\b"
)
_CLAUSE = re.compile(r"[^，,。.！!？?；;\n]+")


def has_cue(folded: str) -> bool:
    """Whether the text says it chases something asked before."""
    return _CUE.search(folded) is not None


def without_status(folded: str) -> tuple[str, list[str]]:
    """The text with its status clauses blanked, and those clauses."""
    if _STATUS.search(folded) is None:
        return folded, []  # most notices: one scan
    clauses = [m.group() for m in _CLAUSE.finditer(folded) if _STATUS.search(m.group())]
    return _CLAUSE.sub(lambda m: " " if _STATUS.search(m.group()) else m.group(), folded), clauses


def is_status(folded: str) -> bool:
    """Whether a folded clause says how far the work got ("还有3个村没报")."""
    return _STATUS.search(folded) is not None
