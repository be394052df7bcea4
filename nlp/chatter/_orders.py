"""What a notice the classifier sees may say and still be a task: an order to act.

The classifier learns that a weather warning, an incident report or an official
通报 is a notice, and most are. But the format's notice asks nothing
(../shared/corpus-format.md); one that goes on to order its readers to act is a
task, however it opens:

* the units ordered to work on the ground ("县气象局发布道路结冰预警，请各乡镇提前对急弯
  陡坡路段撒盐除冰", "请各村今晚8点前落实到位：渔船回港…住户转移"); not a document
  to study or carry out in spirit (请各单位组织学习, 认真贯彻落实);
* the readers asked to put something right by a deadline ("请船东今天下班前把终端恢复
  在线", "要求各户本周五前把柴堆清走");
* someone summoned to come or send help at once ("蒋老师快来实验室！", "请镇里派扑火队
  支援", "请镇里马上联系海事", "send two crews now please", "come quick").

The first two also make a task of what the classifier took for a meeting: an
inspection visit announced so that the work is done before it. A drill stays what it
is (the caller, :func:`nlp.chatter._ask.settle_ask`, checks).
Kept apart from :mod:`nlp.chatter._ask` so that file stays short. Read from
:func:`nlp.normalize.normalize_text` output, lower-cased.
"""

from __future__ import annotations

from nlp.leading import led

__all__ = ["orders_action", "orders_work", "work_before_visit"]

# Work on the ground a unit can be ordered to do.
_WORK = (
    r"排查|(?<!贯彻)落实|整改|走访|巡查|清理|清扫|核查|摸排|入户|上门|加固|修复|维修|张贴|撒盐"
    r"|除冰|设置|疏散|转移|值守|巡逻"
)
# The units ordered: "请各乡镇…撒盐除冰", "要求各村…转移到位".
_ORDERED_UNITS = led(r"(?:请|要求|务必)(?:各|全体|所有)[^，。,.!！；;]{0,30}(?:" + _WORK + ")")
# An ask by a limit, something put right right after it: "请船东今天下班前把终端恢复在线".
_BY_A_LIMIT = led(
    r"(?:请|要求|务必|必须)[^。；;!！]{0,25}?"
    r"(?:点|号|日|天|周[一二三四五六日天]|下班|中午|晚上)半?前(?:把|将|要|必须|务必)?"
    r"[^。；;!！]{0,4}(?:" + _WORK + r"|恢复|完成|清|撤|处理|修|关|挂|贴)"
)
# Someone summoned, or help sent for, at once.
_SUMMONED = led(
    r"快来|快过来|赶紧来|速来|快点来|过来帮|派[^，。,.]{0,8}支援|请[^，。,.]{0,6}(?:马上|立即|尽快)联系"
    r"|\bsend (?:backup|reinforcements|(?:a |an |two |\d )?(?:crews?|units?|engines?))\b"
    r"(?=[^.!?]{0,20}\b(?:now|asap|urgently|please|pls)\b)"
    r"|\bcome (?:quick|quickly|asap|straight (?:away|over|down|up))\b"
)


def orders_work(lowered: str) -> bool:
    """Whether a text orders the units to work on the ground or its readers to put
    something right by a deadline (see the module docstring)."""
    return bool(_ORDERED_UNITS.search(lowered) or _BY_A_LIMIT.search(lowered))


# Someone asked to attend: then what they "落实" is the meeting's ("请各村落实参会人员，
# 准时参加").
_ATTEND = led(r"参加|参会|出席|列席|准时|到会|签到|\battend|\bjoin\b")


def work_before_visit(lowered: str) -> bool:
    """Whether what the classifier took for a meeting or visit asks for work to be done
    before it, and nobody to attend ("县考核组下周四来第二轮，请两地18日前完成整治"): a task."""
    return orders_work(lowered) and _ATTEND.search(lowered) is None


def orders_action(lowered: str) -> bool:
    """Whether a text the classifier took for a notice orders its readers to act (see the
    module docstring): work ordered, or help summoned at once."""
    return orders_work(lowered) or _SUMMONED.search(lowered) is not None
