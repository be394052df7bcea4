"""Chinese wordings of a due moment, each resolving back to exactly that moment.

The generator first decides *when* something is due and then picks one of these
wordings, so a label is right by construction under the conventions of
shared/corpus-format.md (date alone 23:59, 下班前 17:30, 上午 12:00, 下午 17:30,
今晚 21:00, N天内, 月底前, Monday-to-Sunday weeks, bare weekday = first on or
after the sent date). A wording that would be ambiguous is never offered.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, time, timedelta

__all__ = ["cn_number", "day_forms", "deadline_phrases", "hours_phrases", "point_phrases"]

_WEEK = "一二三四五六日"
_DIGITS = "零一二三四五六七八九"
_END = time(23, 59)


def cn_number(n: int) -> str:
    """0..99 in Chinese numerals (零, 十一, 二十, 三十一); the forms people type."""
    if not 0 <= n < 100:
        raise ValueError(f"cn_number covers 0..99, got {n}")
    if n == 0:
        return "零"
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _DIGITS[tens] + "十")
    return head + (_DIGITS[ones] if ones else "")


def _weekday_names(day: date) -> list[str]:
    w = _WEEK[day.weekday()]
    names = [f"周{w}", f"星期{w}", f"礼拜{w}"]
    if day.weekday() == 6:
        names += ["星期天", "礼拜天", "周天"]
    return names


def _absolute(sent: date, day: date) -> list[tuple[str, str]]:
    m, d, w = day.month, day.day, _WEEK[day.weekday()]
    forms = [f"{m}月{d}日", f"{m}月{d}号", f"{m}.{d}", f"{m}/{d}", f"{day.year}年{m}月{d}日",
             f"{m}月{d}日（周{w}）", f"{m}月{d}日（星期{w}）"]
    if day.month == sent.month and day.year == sent.year and day >= sent:
        forms += [f"{d}日", f"{d}号"]
    return [("abs", f) for f in forms]


def day_forms(sent: date, day: date) -> list[tuple[str, str]]:
    """(style, wording) for a calendar day, seen from the sent date."""
    diff = (day - sent).days
    forms = _absolute(sent, day)
    forms += [("rel", f) for f in {0: ["今天", "今日"], 1: ["明天", "明日"],
                                    2: ["后天"]}.get(diff, [])]
    sent_week = sent.isocalendar()[:2]
    week = day.isocalendar()[:2]
    w = _WEEK[day.weekday()]
    if week == sent_week and diff >= 1:
        forms += [("week", f"本周{w}"), ("week", f"这周{w}"),
                  ("week", f"本周{w}（{day.month}月{day.day}日）")]
    if (day - timedelta(days=7)).isocalendar()[:2] == sent_week:
        forms += [("week", f"下周{w}"), ("week", f"下星期{w}"),
                  ("week", f"下周{w}（{day.month}月{day.day}日）")]
    if 1 <= diff <= 6:
        forms += [("week", name) for name in _weekday_names(day)]
    return forms


def _clock(at: time) -> list[str]:
    """Explicit times of day: 下午3点半, 15:30, 上午九点, 15时."""
    h, m = at.hour, at.minute
    period = ("凌晨" if h < 6 else "早上" if h < 8 else "上午" if h < 12 else
              "中午" if h == 12 else "下午" if h < 18 else "晚上")
    h12 = h if h <= 12 else h - 12
    tail = "" if m == 0 else ("半" if m == 30 else f"{m}分")
    forms = [f"{h}:{m:02d}", f"{period}{h12}点{tail}", f"{period}{h12}:{m:02d}"]
    if m in (0, 30):
        forms.append(f"{period}{cn_number(h12)}点{tail}")
    forms.append(f"{h}时" if m == 0 else f"{h}时{m}分")
    if h >= 13:
        forms.append(f"{h}点{tail}")
    if period == "早上":
        forms.append(f"上午{h12}点{tail}")
    return forms


def _join(day: str, clock: str) -> str:
    if day and day[-1].isdigit() and clock[0].isdigit():
        return f"{day} {clock}"
    return day + clock


def _timed_deadlines(sent: datetime, due: datetime) -> list[tuple[str, str]]:
    diff = (due.date() - sent.date()).days
    days = day_forms(sent.date(), due.date())
    if diff == 0:
        days.append(("bare", ""))
    at = due.time()
    clocks = [c + "前" for c in _clock(at)]
    if at == time(17, 30):
        clocks += ["下班前", "下午下班前"] + ([] if sent.hour >= 12 and diff == 0 else ["下午"])
    if at == time(12) and not (diff == 0 and sent.hour >= 10):
        clocks.append("上午")
    out = [(style, _join(day, clock)) for style, day in days for clock in clocks
           if day or not clock.startswith(("下午", "上午")) or clock.endswith("前")]
    if at == time(21) and diff == 0:
        out += [("rel", "今晚"), ("rel", "今晚9点前"), ("rel", "今天晚上9点前")]
    if diff == 1 and at.hour < 10:
        out += [("rel", f"明早{c[2:]}") for c in clocks if c.startswith(("上午", "早上"))]
    return out


def _spans(sent: date, day: date) -> list[tuple[str, str]]:
    diff = (day - sent).days
    out: list[tuple[str, str]] = []
    if 1 <= diff <= 10:
        out += [("span", f"{diff}天内"), ("span", f"{cn_number(diff)}天内")]
    if day.day == calendar.monthrange(day.year, day.month)[1] and diff >= 2:
        out.append(("span", f"{day.month}月底前"))
        if (day.year, day.month) == (sent.year, sent.month):
            out += [("span", "月底前"), ("span", "本月底前")]
    if day.weekday() == 6 and day.isocalendar()[:2] == sent.isocalendar()[:2] and diff >= 2:
        out.append(("span", "本周内"))
    return out


def deadline_phrases(sent: datetime, due: datetime) -> list[tuple[str, str]]:
    """(style, wording) meaning "by ``due``", e.g. 本周五前, 明天下午3点前, 3天内."""
    if due <= sent:
        raise ValueError(f"due {due} is not after sent {sent}")
    if due.time() != _END:
        return _timed_deadlines(sent, due)
    out = [(style, f"{day}前") for style, day in day_forms(sent.date(), due.date())
           if day not in ("今天", "今日")]
    diff = (due.date() - sent.date()).days
    out += [("rel", f) for f in {0: ["今天之内", "今天内"], 1: ["明天之内"]}.get(diff, [])]
    return out + _spans(sent.date(), due.date())


def point_phrases(sent: datetime, due: datetime) -> list[tuple[str, str]]:
    """(style, wording) naming the moment itself, e.g. 明天上午9点, 11月18日14:30."""
    days = day_forms(sent.date(), due.date())
    if due.time() == _END:
        return days
    if due.date() == sent.date():
        days.append(("bare", ""))
    clocks = _clock(due.time())
    out = [(style, _join(day, clock)) for style, day in days for clock in clocks]
    if due.date() == sent.date() and due.hour >= 18:
        out += [("rel", f"今晚{c[2:]}") for c in clocks if c.startswith("晚上")]
    if (due.date() - sent.date()).days == 1 and due.hour < 10:
        out += [("rel", f"明早{c[2:]}") for c in clocks if c.startswith(("上午", "早上"))]
    return out


def hours_phrases(sent: datetime, due: datetime) -> list[tuple[str, str]]:
    """Durations counted from the message itself: 1小时内, 半小时内."""
    words = {30: ["半小时内", "30分钟内"], 60: ["1小时内", "一小时内", "一个小时内"],
             120: ["2小时内", "两小时内", "两个小时内"], 180: ["3小时内", "三小时内"],
             240: ["4小时内"]}
    minutes = int((due - sent).total_seconds() // 60)
    return [("hours", w) for w in words.get(minutes, [])]
