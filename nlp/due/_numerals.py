"""Chinese numerals the shared numeral folding leaves alone but a due needs as digits.

:func:`nlp.normalize.chinese_numerals_to_digits` only turns a numeral into
digits when a unit of time follows it, so "三点十五", "两点零五" (minutes
without 分) and "一月二十三前" (a day without 日/号) keep their tail in
Chinese, "一个半小时" and "两个礼拜" their count, and 廿/卅 (twenty,
thirty) are not numerals to it at all. These helpers run around it, inside
:func:`nlp.due.prepare` only, so the shared folding stays as it is.
"""

from __future__ import annotations

import re

__all__ = ["expand_tens", "fold_tails", "lunar_day_number"]

_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
           "七": 7, "八": 8, "九": 9}  # fmt: skip
_TENS = str.maketrans({"廿": "二十", "卅": "三十"})
# A numeral right after a month or an hour written in digits: "1月二十三", "3点十五".
# The whole run or nothing: not before 几/多/余 ("11月二十几"), a measure word or a digit.
_TAIL = re.compile(
    r"(?P<unit>[月点时])(?<=\d[月点时])(?P<run>[〇零一二两三四五六七八九十]{1,3})"
    r"(?![〇零一二两三四五六七八九十几多余来个次项条家户人名万\d])"
)

# "一个半小时", "两个礼拜": counts before units the shared folding does not know.
_COUNT = re.compile(r"(?P<run>[一两二三四五六七八九十]{1,3})(?=个半|个?礼拜)")


def expand_tens(text: str) -> str:
    """廿五号 as 二十五号 and 卅日 as 三十日, which the shared folding then turns into digits."""
    return text.translate(_TENS) if "廿" in text or "卅" in text else text


def _value(run: str) -> int | None:
    """十五 → 15, 二十三 → 23, 零五 → 5, 三十 → 30; None for anything else."""
    head, ten, tail = run.partition("十")
    if not ten:
        if len(run) == 2 and run[0] in "〇零":
            return _DIGITS.get(run[1])
        return None
    if len(head) > 1 or len(tail) > 1:
        return None
    tens = _DIGITS.get(head, -1) if head else 1
    ones = _DIGITS.get(tail, -1) if tail else 0
    return None if tens <= 0 or ones < 0 else tens * 10 + ones


def _fold(match: re.Match[str]) -> str:
    unit, run = match["unit"], match["run"]
    value = _value(run)
    # A single numeral after 点 is left alone: "3点一刻" is read as a quarter, "三点五" may be 3.5.
    if value is None or value > (31 if unit == "月" else 59):
        return match.group()
    return f"{unit}{value:02d}" if unit != "月" else f"{unit}{value}"


def _numeral(run: str) -> int | None:
    """一 → 1, 十五 → 15, 二十三 → 23 (a lone 十 is no digit: None)."""
    return _DIGITS.get(run) if len(run) == 1 else _value(run)


def _count(match: re.Match[str]) -> str:
    run = match["run"]
    value = _numeral(run)
    return run if value is None else str(value)


def fold_tails(text: str) -> str:
    """The day after "N月", the minutes after "N点" and a count before 个半/礼拜 as digits.

    "3点十五" becomes "3点15", "1月二十三" "1月23", "一个半小时" "1个半小时",
    "两个礼拜" "2个礼拜".
    """
    if "月" in text or "点" in text or "时" in text:
        text = _TAIL.sub(_fold, text)
    return _COUNT.sub(_count, text) if "个半" in text or "礼拜" in text else text


def lunar_day_number(said: str) -> int | None:
    """The day of a lunar month as written: "初八" → 8, "十五" → 15, "二十三" → 23, "28" → 28."""
    if said.isdigit():
        return int(said)
    run = said.removeprefix("初")
    return 10 if run == "十" else _numeral(run)
