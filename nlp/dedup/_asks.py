"""The particulars of an ask that tell two townships' notices apart.

Every township asks its villages for something by Friday 17:00, so two
notices from two unrelated groups can share the minute, the verb (逐户核实)
and the form noun (汇总表) and still be two requests. What each keeps in its
own words, and a retelling of it keeps too, is who gets the work and who
asked for it ("报民政办" is not "报医保所"; "根据县林业局通知" is not
"根据县乡村振兴局通知"), and the figure it asks for ("每人周积分不低于150分" is not
"…不低于100分"). English notices name a person or a place to hand in to
rather than an office (the fact guards' venues compare those), so the
offices are read in Chinese only; quotas in both.
"""

from __future__ import annotations

import re

__all__ = ["issuers", "quotas", "receivers", "to_townships"]

_HAN = r"[\u4e00-\u9fff]"
_OFFICE = r"(?:办公室|办|所|站|局|中心|股|科|室|院|队|部)(?!长)"  # 站长, 所长: a person
# to whom the work goes: "报民政办", "交到镇农经站", "发组织办", "送县局防火股"
_TO = re.compile(
    r"(?:报送|上报|送交|报给|交给|发给|报|交|送|发)(?:至|到|给)?"
    rf"((?:省|市|县|区|镇|乡|街道)?{_HAN}{{0,4}}?{_OFFICE})"
)
# who asked for it: "根据县林业局通知", "按照区安委办要求", "接县公安局通知"
_BY = re.compile(
    rf"(?:根据|按照|按|接)((?:省|市|县|区|镇|乡|街道)?{_HAN}{{0,6}}?"
    r"(?:局|办|委|部|中心|厅|政府))的?(?:通知|要求|安排|部署|文件|统一)"
)
# addressed to townships ("各乡镇：", "各乡镇民政办："): a county's ask, which each
# township passes on to its villages with its own office to hand in to
_TO_TOWNSHIPS = re.compile(r"各(?:乡镇|乡|镇|街道|镇街|县区|县市区)")
# the level an office is named with: the town's 民政办 is "民政办" and "镇民政办"
_LEVEL = re.compile(r"^(?:省|市|县|区|镇|乡|街道)+(?:局(?=.))?")
_UNIT = r"(?:分|人|户|元|个|次|份|篇|条|名|家|场|小时|%)"
# a figure asked as a floor: "不低于150分", "每村完成不少于200户", "96%以上", "150分往上",
# "不够100分的抓紧刷", "at least 50 responses"
_QUOTA = re.compile(
    rf"(?:不低于|不少于|不得少于|不得低于|不够|至少|最少|达到)\s*(\d+(?:\.\d+)?)\s*{_UNIT}"
    rf"|(\d+(?:\.\d+)?)\s*{_UNIT}(?:及|或)?(?:以上|往上)"
    r"|\bat least (\d+)\s*(?:%|points?|responses?|hours?|people|households?|per ?cent)"
)


def _office(name: str) -> str:
    return _LEVEL.sub("", name) or name


def to_townships(text: str) -> bool:
    """Whether a notice asks townships, not villages: its offices and figures are
    the county's, which a township's relay replaces with its own ("…报县应急局" is
    passed on as "…报镇应急办，他汇总报县里"; "每村不少于200户" as "每屯最少40户")."""
    return _TO_TOWNSHIPS.search(text) is not None


def receivers(text: str) -> frozenset[str]:
    """The offices the work is handed to, without the level they are named at."""
    return frozenset(_office(match.group(1)) for match in _TO.finditer(text))


def issuers(text: str) -> frozenset[str]:
    """The offices whose request a notice passes on."""
    return frozenset(_office(match.group(1)) for match in _BY.finditer(text))


def quotas(text: str) -> frozenset[str]:
    """The figures asked as a floor, as written ("150", "96")."""
    found = (next(part for part in match.groups() if part) for match in _QUOTA.finditer(text))
    return frozenset(found)
