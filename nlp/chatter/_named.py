"""An urgent word in jest or named in talk, not used: no urgent cue.

An urgent word keeps a message however sure the classifier is of chatter
(:mod:`nlp.chatter._keep`). Colleagues also talk *about* urgent things: the
notice someone sent ("赵大哥你这个紧急通知吓我一跳", "上回那个紧急疏散演练的照片"),
a service that is called so ("the urgent care clinic on Main St"), the word
quoted ("the \"URGENT\" email from HR"). There the word is a name, pointed at
by a demonstrative, a time gone by, a verb of sending or quotation marks, and
says nothing is urgent now. Only talk (a message with chatter's evidence) is
read so; a notice that names an urgent care centre is the classifier's own.
Talk that laughs ("紧急求助 谁有红笔借我一支😂", "URGENT: who took my charger 😂") jokes
with its urgent word the same way.
"""

from __future__ import annotations

from nlp.chatter._talk import LAUGHS
from nlp.leading import either, led

__all__ = ["names_urgent", "not_urgent"]

_NAMED = led(
    either(
        # pointed at: "这个紧急通知", "那次紧急疏散", "上回那个紧急…", "前天那个紧急通知"
        r"(?:这个|那个|这种|那种|那次|那回|那晚|上回|上次|前天|昨天|拿|发|乱发)\s*[\"“「'‘]?"
        r"(?:紧急|特急|加急)",
        # quoted: "\"紧急通知\"", "the 'URGENT' email"
        r"[\"“「'‘](?:紧急|特急|加急|urgent)",
        # a service or a message of that name: "urgent care", "that urgent email"
        r"\burgent (?:care|treatment)\b"
        r"|\b(?:the|an|that|this|your|his|her) urgent (?:email|message|notice|text|one|call)\b",
    )
)


def names_urgent(lowered: str) -> bool:
    """Whether ``lowered`` (normalised, lower-cased) names an urgent thing (see _NAMED)."""
    return _NAMED.search(lowered) is not None


def not_urgent(lowered: str, raw: str) -> bool:
    """Whether the urgent word of talk (``lowered``, normalised; ``raw``, as received, for
    its emoji) urges nothing: said laughing, or named (see _NAMED)."""
    return LAUGHS.search(raw.lower()) is not None or names_urgent(lowered)
