"""Blank out figures that look like dates or times but are not.

"完成率12.1%", "1.5万元", a phone number, a document number such as
"〔2026〕12号", a room "3号楼" or a time inside a URL would otherwise read as
12 January, 5 January or 12th of the month. Masked characters become "#",
so offsets stay aligned with the text and no pattern can match across them.
"""

from __future__ import annotations

import re

from nlp.leading import led

__all__ = ["mask_lookalikes"]

_UNITS = (
    r"%|‰|万|亿|千|百|元|块|吨|亩|公斤|千克|斤|米|公里|km|kg|平方|㎡|立方|人次|人|户|"
    r"个(?!工作日|月|小时|星期|钟头|半|礼拜)|项|次|份|台|辆|座|所|家|名|条|节|款|章|倍|度|℃|岁|栋|"
    r"间|套|张|册|件|场|期|批|届|层|楼|室|级|辆|GB|MB|mm|cm|ml"
)
_HOUSE = (
    r"文件?|楼|线|令|院|门|公告|窗口?|会议室|车|房|仓|机|台|柜|箱|床|地块|厅|馆|栋|单元|室|"
    r"提案|议案|简报|通报|专报|通知|函|卷|码|罐|泵|井|车间|厂房|机组|库区|罐区|池|闸|"
    # numbered places on a shop or factory floor or a quay: "3号通道", "5号工位", "2号泊位"
    r"通道|工位|泊位|货架|车位|摊位|展位|站台"
)
_WEB = led(
    r"https?://\S+|www\.\S+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+", re.IGNORECASE
)
_FIGURE = re.compile(
    "|".join(
        (
            r"(?<!\d)(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|400-?\d{3}-?\d{4}|\d{3,4}-\d{7,8})(?!\d)",
            r"[vV]\d+(?:\.\d+)+|(?<![\d.])(?!20\d\d\.)\d+\.\d+\.\d+(?![\d.])",
            r"[〔\[(【]\s*\d{4}\s*[〕\])】]\s*\d+\s*号|第\s*\d+\s*号",
            # "2号4号机也停了": every number of a list of labels is one
            rf"\d+\s*号(?=(?:[、和及]?\d+\s*号)*(?:{_HOUSE}))",
            rf"(?<![月\d])[一二三四五六七八九十两]{{1,3}}号(?={_HOUSE})",
            r"(?<=[路街道巷弄院组])\d+\s*号",
            rf"(?<![\d:])\d+(?:\.\d+)?\s*(?:{_UNITS})",
            r"(?<![\d.])\d+\.\d{3,}(?![\d.])",
        )
    )
)


def _blank(match: re.Match[str]) -> str:
    return "#" * len(match.group())


# Every figure starts with one of these; matching only there keeps long texts
# cheap, because the lookbehinds at the head of _FIGURE defeat the regex
# engine's own skipping.
_FIGURE_START = re.compile(r"[\d〔\[(【第vV一二三四五六七八九十两]")


# "各位早上好", "下午好": a greeting, not a time of day.
_GREETING = re.compile(r"(?:早上|上午|中午|下午|晚上)好")


def mask_lookalikes(text: str) -> str:
    """The same text with date look-alikes replaced by "#" of equal length."""
    if "@" in text or "http" in text or "www." in text:
        text = _WEB.sub(_blank, text)
    if "好" in text:
        text = _GREETING.sub(_blank, text)
    parts: list[str] = []
    done = position = 0
    while start := _FIGURE_START.search(text, position):
        figure = _FIGURE.match(text, start.start())
        if figure is None:
            position = start.start() + 1
            continue
        parts += [text[done : figure.start()], _blank(figure)]
        done = position = figure.end()
    return "".join(parts) + text[done:] if parts else text
