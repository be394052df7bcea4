"""A time named in colleagues' talk is nobody's deadline.

The classifier learned that a message naming a time is a notice, so a colleague's
question, status or aside that names one ("今晚加班？", "the canteen's out of rice
today 😭", "我今晚导好发各团队核") often gets a notice's kind with the chatter score
still high. Its kind is left to the classifier (a wrong drop to chatter loses a
notice); only the due goes, since the time is the speaker's, not a limit set for
the group. A real request says its limit ("前", "by"), says what is needed ("要",
"must"), fixes a clock time to a calendar date ("12号早上八点半开班", "Jan 5 5pm"), or
carries an ask the keep cues see; those keep their due.
"""

from __future__ import annotations

from nlp.chatter._keep import keep_evidence
from nlp.chatter._talk import chatter_evidence
from nlp.leading import led

__all__ = ["LIMIT", "TALK_UNSURE", "names_talk_time", "promised_by"]

# A time is an ask only with a limit ("10点前", "by 5"); "下午跑完", "今天填好" are promises.
LIMIT = led(r"前|截止|\bby\b|\bbefore\b|\bdue\b|\buntil\b|\bno later")
# What is required, said without a limit: "名单十点要", "表今天交齐", "staff must".
_NEEDED = led(r"要|齐|须|\b(?:need|needs|must)\b")
# A calendar date and a clock time in one message: a schedule someone keeps, whoever
# tells it ("我去培训，12号早上八点半开班"); talk says "今晚", "at 1", "the 18th".
_DATE = led(
    r"\d{1,2}\s*[号號日月]|\b\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2}/\d{1,2}\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
)
_CLOCK = led(
    r"\d{1,2}[:：.]\d{2}|\b\d{1,2}\s*(?:am|pm)\b|[\d一二三四五六七八九十两]\s*[点點时]|\bnoon\b"
)
# The speaker's own arrival or hand-over by a time, said at the end of a clause: "四点前
#送到", "八点前转来", "中午前肯定到", "十点半前肯定结束", "保证月底前整完"; an order names
# who must or what is needed ("其他组中午前送过来", "明早九点前弄完 二虎你带").
_PROMISED_BY = led(
    r"前\s*(?:肯定|能|就|会)?\s*(?:送到|到|返到|回来|转来|赶得回来|结束|俾你|给你|放你桌上"
    r"|送过来|整完|弄完|搞完)(?=$|[\s,，。.!！~])|肯定到|保证"
)
_ORDERING = led(r"大家|各位|各[村组社单网]|请|都要|务必|要|须|其他|\byou\b|\bpls\b|\bplease\b")
# The chatter score at which the classifier half takes the message for talk: notices
# that name a time score near zero; on the labelled sets, talk given a notice's kind
# and a time scored 0.2 to 0.45.
TALK_UNSURE = 0.2


def names_talk_time(chatter: float, normalized: str, raw: str) -> bool:
    """Whether a message given a notice's kind is talk whose time asks nothing: the
    classifier is unsure (``chatter`` at :data:`TALK_UNSURE` or above), the words are
    plainly talk (a question, a status, the speaker's own doings, small talk) and
    nothing in them sets a limit, names a need, dates a clock time, or asks, warns or
    tells of a change."""
    if chatter < TALK_UNSURE:
        return False
    lowered = normalized.strip().lower()
    return (
        chatter_evidence(normalized, raw) is not None
        and not LIMIT.search(lowered) and not _NEEDED.search(lowered)
        and not (_DATE.search(lowered) and _CLOCK.search(lowered))
        and keep_evidence(lowered, raw) is None
    )  # fmt: skip


def promised_by(lowered: str) -> bool:
    """Whether the limit a message names is the speaker's own promise ("红崖四点前送到"),
    so it is no reason to keep talk the classifier calls chatter."""
    return bool(_PROMISED_BY.search(lowered)) and not _ORDERING.search(lowered)
