"""Reports as Telegram messages (HTML, split at 4096) or as plain text for the CLI."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from bot.i18n import KIND_LABELS, WEEKDAYS, Html
from bot.packing import pack_sections
from bot.reports._hours import WorkingHours
from bot.reports._model import ALL_KINDS, OverlapLine, Report
from bot.reports._period import Period
from bot.reports._strings import say
from nlp.types import Kind

__all__ = ["plain_text", "render_overlaps", "render_report"]

_MAX_GROUPS = 20
_MAX_REPEATED = 5
_DAYS_PER_LINE = 4
_MAX_DAILY = 62  # longer periods are listed by month
_MAX_DAYS_LISTED = 14  # longer ones (a 30-day report) by week
_PREVIEW = 40
_TAGS = re.compile(r"</?(?:b|i)>")


def _number(value: float) -> str:
    return f"{value:.1f}" if round(value * 10, 9).is_integer() else f"{value:.2f}"


def _percent(share: float | None) -> str:
    return "–" if share is None else f"{share * 100:.1f}%"


def _bold(text: str) -> str:
    return f"<b>{text}</b>"


def _preview(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _PREVIEW else flat[: _PREVIEW - 1] + "…"


def _workdays(hours: WorkingHours, lang: str) -> str:
    days = sorted(hours.workdays)
    names = WEEKDAYS.get(lang, WEEKDAYS["zh"])
    if len(days) > 2 and days == list(range(days[0], days[-1] + 1)):
        joiner = "至" if lang == "zh" else "–"
        return f"{names[days[0] - 1]}{joiner}{names[days[-1] - 1]}"
    return ("、" if lang == "zh" else ", ").join(names[day - 1] for day in days)


def _kinds(report: Report, lang: str) -> list[str]:
    labels = KIND_LABELS.get(lang, KIND_LABELS["zh"])
    cells = [f"{labels[k]} {report.kind_count(k)}" for k in ALL_KINDS if report.kind_count(k)]
    return [" · ".join(cells)]


def _departments(report: Report, lang: str) -> list[str]:
    return [
        say(
            lang,
            "department_line",
            name=row.department or say(lang, "no_department"),
            notices=row.notices,
            messages=row.messages,
        )
        for row in report.departments
    ]


def _groups(report: Report, lang: str) -> list[str]:
    ordered = sorted(report.groups, key=lambda g: (-g.notices, -g.messages, g.title))
    lines: list[str] = [
        say(
            lang,
            "group_line",
            title=group.title,
            department=say(lang, "group_department", department=group.department)
            if group.department
            else Html(""),
            messages=group.messages,
            notices=group.notices,
            duplicates=group.duplicate_copies,
        )
        for group in ordered[:_MAX_GROUPS]
    ]
    if len(ordered) > _MAX_GROUPS:
        lines.append(say(lang, "more_groups", count=len(ordered) - _MAX_GROUPS))
    return lines


def _per_week(per_day: Mapping[date, Mapping[str, int]]) -> list[str]:
    """A month of days as its weeks (Monday to Sunday, cut to the period), one a line."""
    weeks: dict[date, tuple[date, date, int]] = {}
    for day, kinds in sorted(per_day.items()):
        monday = day - timedelta(days=day.weekday())
        first, _, count = weeks.get(monday, (day, day, 0))
        weeks[monday] = (first, day, count + sum(kinds.values()))
    return [f"{first:%m-%d}–{last:%m-%d} {count}" for first, last, count in weeks.values()]


def _per_day(report: Report, lang: str) -> tuple[str, list[str]]:
    names = WEEKDAYS.get(lang, WEEKDAYS["zh"])
    per_day = report.timing.per_day
    if len(per_day) > _MAX_DAILY:
        months: dict[str, int] = {}
        for day, kinds in per_day.items():
            months[f"{day:%Y-%m}"] = months.get(f"{day:%Y-%m}", 0) + sum(kinds.values())
        return say(lang, "h_months"), [f"{month} {count}" for month, count in months.items()]
    if len(per_day) > _MAX_DAYS_LISTED:
        return say(lang, "h_weeks"), _per_week(per_day)
    cells = [
        f"{day:%m-%d} {names[day.weekday()]} {sum(kinds.values())}"
        for day, kinds in per_day.items()
    ]
    lines = [
        " · ".join(cells[start : start + _DAYS_PER_LINE])
        for start in range(0, len(cells), _DAYS_PER_LINE)
    ]
    return say(lang, "h_days"), lines


def _off_hours(report: Report, lang: str) -> list[str]:
    timing, hours = report.timing, report.hours
    return [
        say(
            lang,
            "off_hours",
            share=_percent(report.share(timing.off_hours)),
            count=timing.off_hours,
            total=report.notices,
            rest_share=_percent(report.share(timing.rest_days)),
            rest=timing.rest_days,
        ),
        say(
            lang,
            "hours_rule",
            days=_workdays(hours, lang),
            start=f"{hours.start:%H:%M}",
            end=f"{hours.end:%H:%M}",
        ),
    ]


def _duplicates(report: Report, lang: str) -> list[str]:
    rate = report.duplicate_rate
    labels = KIND_LABELS.get(lang, KIND_LABELS["zh"])
    several = sum(1 for request in report.repeated if request.requesters > 1)
    checkin = report.kinds.get(Kind.CHECKIN)
    lines: list[str] = [
        say(
            lang,
            "duplicate_rate",
            rate="–" if rate is None else f"{rate:.2f}",
            copies=report.notices,
            distinct=report.distinct,
            extra=report.duplicates,
        ),
        say(lang, "repeated", count=len(report.repeated), several=several),
    ]
    lines.extend(
        say(
            lang,
            "repeated_line",
            kind=labels.get(request.kind, request.kind),
            text=_preview(request.text),
            copies=request.copies,
            groups=request.groups,
            requesters=request.requesters,
        )
        for request in report.repeated[:_MAX_REPEATED]
    )
    lines.append(
        say(
            lang,
            "checkins",
            count=checkin.messages if checkin else 0,
            distinct=checkin.distinct if checkin else 0,
        )
    )
    return lines


def _burden(report: Report, lang: str) -> list[str]:
    burden = report.burden
    if not burden.cadres:
        return [say(lang, "burden_none")]
    return [
        say(
            lang,
            "burden",
            cadres=burden.cadres,
            read=_number(burden.read_per_day),
            items=_number(burden.items_per_day),
        ),
        say(
            lang,
            "burden_total",
            read=burden.read_total,
            items=burden.items_total,
            saved=_percent(burden.saved_share),
        ),
        say(lang, "acknowledged", acked=report.acknowledged[0], done=report.acknowledged[1]),
    ]


def _header(report: Report, lang: str) -> str:
    period = report.period
    title = "title" if period.day_count != 1 else "title_one_day"
    lines = [_bold(say(lang, title, period=period.label, days=period.day_count))]
    if report.coverage:
        lines.append(say(lang, "coverage", names=report.coverage))
    if not report.messages:
        return "\n".join([*lines, say(lang, "empty")])
    chatter = report.kind_count(Kind.CHATTER)
    lines.append(
        say(lang, "totals", messages=report.messages, notices=report.notices, chatter=chatter)
    )
    return "\n".join(lines)


def render_report(report: Report, lang: str) -> list[str]:
    """/stats as HTML messages; a section that overflows continues in the next."""
    footer = say(lang, "footer")
    if not report.messages:
        return [f"{_header(report, lang)}\n\n{footer}"]
    day_heading, day_lines = _per_day(report, lang)
    sections = [
        (say(lang, "h_kinds"), _kinds(report, lang)),
        (say(lang, "h_departments"), _departments(report, lang)),
        (say(lang, "h_groups"), _groups(report, lang)),
        (day_heading, day_lines),
        (say(lang, "h_hours"), _off_hours(report, lang)),
        (say(lang, "h_duplicates"), _duplicates(report, lang)),
        (say(lang, "h_burden"), _burden(report, lang)),
    ]
    return pack_sections(
        _header(report, lang),
        [(_bold(heading), items) for heading, items in sections],
        footer,
        continued=say(lang, "continued"),
    )


def render_overlaps(lines: Sequence[OverlapLine], period: Period, lang: str) -> list[str]:
    """/overlap as HTML messages."""
    header = _bold(say(lang, "overlap_title", period=period.label))
    if not lines:
        return [f"{header}\n{say(lang, 'overlap_none')}"]
    items = [
        say(
            lang,
            "overlap_line",
            first=line.first_title,
            second=line.second_title,
            shared=line.shared,
            jaccard=_percent(line.jaccard),
            containment=_percent(line.containment),
        )
        for line in lines
    ]
    hint = f"<i>{say(lang, 'overlap_hint')}</i>"
    return pack_sections(header, [(hint, items)], "", continued=say(lang, "continued"))


def plain_text(parts: Sequence[str]) -> str:
    """HTML messages as one plain text: the CLI prints what Telegram would show."""
    return "\n\n".join(html.unescape(_TAGS.sub("", part)) for part in parts)
