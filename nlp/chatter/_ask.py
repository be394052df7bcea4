"""The kind a kept message gets when its words say what the ask is, whatever the topic.

The kind classifier learns topics and surfaces: a village cadre relaying "镇里要各组的
估计数 … 明天上午给王丽" in their own words reads like the on-the-ground tasks its
relays were in training, and "县气象台发布大风蓝色预警，出行请注意安全" reads like
the fire and ice orders that were tasks. The format's kinds are decided by the
ask instead (../shared/corpus-format.md):

* a task the classifier sees that asks only for names, a count or a form to be
  handed over, with nothing done on the ground first, is a report;
* a warning passed on that asks nothing beyond "take care" is a notice.

Read from :func:`nlp.normalize.normalize_text` output, lower-cased. Plain
precompiled regexes: this runs on every kept message.
"""

from __future__ import annotations

from nlp.leading import led
from nlp.types import Kind

__all__ = ["settle_ask"]

# Something handed over: names, a count, a form, "给我个名字", "发我", "还没交".
_HANDED_OVER = led(
    r"给我个?(?:名字|名单|数)|(?:发|报|交)给?我(?!们)|报一下|报上来|报上去|交上来|交上去"
    r"|(?:名单|名字|个数|估计数|户数|人数)[^，。,.!！?？]{0,6}(?:报|交|发给|给)"
    r"|多少(?:亩|户|人|个|家|斤)|估计数|报个数|报数"
)
# Work on the ground first: then the hand-over is the task's report-back ("核完发我").
_ON_THE_GROUND = led(
    r"排查|落实|整改|走访|巡查|巡护|清理|清扫|核查|核实|核完|摸排|入户|上门|加固|修复|维修|张贴|劝导"
    r"|处置|值守|巡逻|疏散|转移|检查|查一遍|看一遍|过一遍|走一遍|转一圈|挨家|挨户|看一眼|拍照|宣传"
    r"|通知到|讲一声|说一声|跟.{1,8}讲|清掉|清完|拉走|搬走|挪|贴到|贴在|撒盐|铲|动员|认证|刷脸"
)
# A warning issued by the weather service or the like.
_WARNING = led(
    r"发布.{0,15}预警|预警信号|\bweather warning\b|\b(?:yellow|orange|red|blue) warning\b"
)
# The only ask a passed-on warning may make and still inform: take care, keep off the hills.
_TAKE_CARE = led(
    r"请?(?:大家|广大群众|各位)?(?:出行|外出)?(?:请)?注意(?:安全|防范|防寒|保暖)|非必要不\w{1,3}"
    r"|\btake care\b|\bstay safe\b"
)
# Anything else asked of the group turns the warning into an order.
_FURTHER_ASK = led(
    r"各(?:村|组|乡镇|单位|网格|楼栋|社区|站所)|务必|立即|马上|做好|落实|排查|转移|值守|值班|报|巡查"
    r"|\b(?:all wards|please (?:check|make sure|ensure|report))"
)


def settle_ask(kind: Kind, normalized: str) -> Kind:
    """``kind`` unless the words say the ask is another: see the module docstring."""
    lowered = normalized.lower()
    if kind is Kind.TASK:
        if _WARNING.search(lowered) and not _FURTHER_ASK.search(_TAKE_CARE.sub(" ", lowered)):
            return Kind.NOTICE
        if _HANDED_OVER.search(lowered) and not _ON_THE_GROUND.search(lowered):
            return Kind.REPORT
    return kind
