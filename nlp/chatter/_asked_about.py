"""A colleague's question about a notice, which the classifier takes for the notice.

A question asked back about a notice repeats its words: "进度表用上周五那版还是今天
更新的？", "三点还是三点半呀？", "is that 3:15 or 3:45?", "so we still sign the book this
week?". The classifier, seeing the form, the meeting or the time, gives it the notice's
kind, however unsure. Such a question asks the asker's doubt, not the group's work, so
:mod:`nlp.chatter._verdict` lets it be chatter when the classifier is unsure and the
text carries no ask, deadline, urgent cue or call-out of its own.

A chase is typed as a question too ("三组的表呢？", "Bay B?", "送了没有？", "has it
left?"), and it is the notice's own: it asks who is behind. A question about the
notice therefore needs an interrogative form that doubts or chooses (an alternative,
A-not-A, a yes-no opening on an auxiliary, a time echoed back with 吧 or 呀) and none of
a chase's words; one that asks someone to do something ("can you cover the desk?",
"哪个有空去趟卫生院") is an ask, not a doubt.
"""

from __future__ import annotations

from nlp.leading import led

__all__ = ["asks_about_notice"]

_ENGLISH = (
    # a yes-no question opening on an auxiliary, the first clause or a later one:
    # "Will the 6am one still run?", "Ha, see you tomorrow. Can we bring a guest?"
    r"(?:^|[.!?]\s+|^(?:so|and|but|wait|oh|ok|sorry|ha)[,.]?\s+)"
    r"(?:is|are|was|were|will|would|do|does|did|should|shall|must|can (?:we|i)|could (?:we|i)"
    r"|so we|we still|worth)\b[^?]{0,80}\?",
    # an alternative or a doubt: "3:15 or 3:45?", "also need for Year 1?", "Friday as in today?"
    r"\bor\b[^.?!]{1,20}\?|\b(?:still|also|as in)\b[^.?!]{0,40}\?",
    r"\b(?:what time|which (?:room|day|version|form|one)|where(?:'s| is| are))\b[^?]{0,60}\?",
)
_CHINESE = (
    # an alternative, A-not-A, a polite ask: "用上周五那版还是今天的？", "小杨在不在？"
    "还是[^，,。?？]{1,16}[?？]|是不是|要不要|用不用|需不需要|在不在|去不去|算不算|可不可以",
    # a time or a form echoed back in doubt: "三点半呀？", "是周五吧？", "这不是上礼拜刚报过"
    "(?<!了)[呀吧][?？]|这不是|请问|几楼|在哪|什么时候",
)
_ASKED_ABOUT = led("|".join(_ENGLISH + _CHINESE))
# What a chase asks, or an ask to someone or to all: "三组呢", "送了没有？", "交了吗",
# "咋样了", "has it left?", "Ward 3 done?", "still not in?", "can you cover the desk?",
# "where are you?", "大家都能到吧？"
_CHASE = led(
    r"呢|没有?[?？]|还没|了吗|咋样了|哪个有空|谁有空|大家|各位|都能|都会"
    r"|\b(?:everyone|everybody|anyone|anybody)\b|\bwhere are you\b"
    r"|\bhas it\b|\b(?:done|yours|yet|in|back|sent|submitted)\s*\?"
    r"|\bstill (?:not|no|missing|waiting|outstanding)\b|\bhow many\b"
    r"|\b(?:can|could|would) (?:you|someone|anyone|somebody)\b"
)


def asks_about_notice(lowered: str) -> bool:
    """Whether ``lowered`` (normalised, lower-cased) is a question asked back about a
    notice ("是周五吧？", "is that 3:15 or 3:45?"), not a chase or an ask."""
    return _ASKED_ABOUT.search(lowered) is not None and _CHASE.search(lowered) is None
