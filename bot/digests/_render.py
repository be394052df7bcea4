"""Render a digest view to Telegram HTML messages, in the reader's language."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from datetime import datetime

from bot.digests._model import SECTIONS, DigestEntry, DigestView, Section, section_of
from bot.digests._strings import ATTACHMENT_LABELS, DIGEST_STRINGS, SECTION_ICONS, counted
from bot.i18n import KIND_LABELS, WEEKDAYS
from bot.packing import pack_sections, telegram_length
from nlp.preview import cut_preview, display_text

__all__ = ["LineCache", "render_digest", "render_item"]

# An item is one line on a phone: its text gets the width of so many Chinese
# characters (Latin letters count half), cut where a sentence, clause or word ends.
_PREVIEW_WIDTH = 32
_NAME_CHARS = 16
_CORRECTION_CHARS = 40  # "更正：防汛工作部署会改到12月11日下午2点" whole
_SHOWN_GROUPS = 3  # groups named; the rest are counted
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_SPACES = re.compile(r"\s+")


def _short(text: str, limit: int) -> str:
    flat = _SPACES.sub(" ", text).strip()
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _date_parts(moment: datetime, lang: str) -> dict[str, str]:
    return {
        "clock": moment.strftime("%H:%M"),
        "day": str(moment.day),
        "month": str(moment.month),
        "month_name": _MONTHS[moment.month - 1],
        "weekday": WEEKDAYS[lang][moment.weekday()],
        "date": DIGEST_STRINGS[lang]["date"].format(
            month=moment.month, day=moment.day, month_name=_MONTHS[moment.month - 1]
        ),
    }


def due_label(due: datetime, now: datetime, lang: str) -> str:
    """Overdue / today / tomorrow / weekday within a week / date, in ``now``'s zone."""
    local = due.astimezone(now.tzinfo)
    parts = _date_parts(local, lang)
    strings = DIGEST_STRINGS[lang]
    days = (local.date() - now.date()).days
    if local < now:
        return strings["overdue" if days else "overdue_today"].format(**parts)
    if days == 0:
        return strings["today"].format(**parts)
    if days == 1:
        return strings["tomorrow"].format(**parts)
    return strings["later" if days < 7 else "far"].format(**parts)


def _where(entry: DigestEntry, lang: str) -> str:
    """The groups it came through: up to three named, the rest counted."""
    strings = DIGEST_STRINGS[lang]
    names = [_short(name, _NAME_CHARS) for name in (entry.group_title, *entry.other_groups)]
    named = strings["name_separator"].join(names[:_SHOWN_GROUPS])
    if len(names) > _SHOWN_GROUPS:
        rest = len(names) - _SHOWN_GROUPS
        named += strings["more_groups"].format(
            total=len(names), more=counted(lang, "more_group", rest)
        )
    return named


def _source(entry: DigestEntry, lang: str) -> str:
    """Where, who, how often chased, the link and the marks: one short tail."""
    strings = DIGEST_STRINGS[lang]
    bits = [_where(entry, lang), _short(entry.sender, _NAME_CHARS)]
    if len(entry.requesters) > 1 and len(entry.requesters) != 1 + len(entry.other_groups):
        # (one department per group says nothing the group names do not)
        bits.append(strings["requested"].format(count=len(entry.requesters)))
    if entry.reminders:
        chased = strings["reminded"].format(times=counted(lang, "time", entry.reminders))
        if entry.status:
            chased += strings["status"].format(status=_short(entry.status, _NAME_CHARS))
        bits.append(chased)
    if entry.correction:
        bits.append("✏️ " + _short(entry.correction, _CORRECTION_CHARS))
    if entry.pushed:
        bits.append(strings["pushed"])
    if entry.updated:
        bits.append(strings["updated"])
    if entry.delivered:
        bits.append(strings["delivered"])
    tail = " · ".join(html.escape(bit, quote=False) for bit in bits)
    if entry.link:
        tail += f' · <a href="{html.escape(entry.link)}">{strings["original"]}</a>'
    return tail


def _attachment(name: str, lang: str) -> str:
    label = ATTACHMENT_LABELS[lang].get(name) or _short(name, _NAME_CHARS)
    return DIGEST_STRINGS[lang]["attachment"].format(name=label)


def render_item(entry: DigestEntry, now: datetime, lang: str) -> str:
    """One item's line as a digest lists it (search results are listed the same way)."""
    return _item(entry, now, lang)


def _body(entry: DigestEntry, lang: str) -> str:
    text = cut_preview(display_text(_SPACES.sub(" ", entry.text).strip()), _PREVIEW_WIDTH)
    if entry.attachment:
        text = f"{text} {_attachment(entry.attachment, lang)}".strip()
    return html.escape(text, quote=False)


def _item(entry: DigestEntry, now: datetime, lang: str) -> str:
    return f"• {_body(entry, lang)} — {_source(entry, lang)}"


def _todo_item(entry: DigestEntry, now: datetime, lang: str) -> str:
    """A to-do line without its number (the number is the reader's own): the due first."""
    assert entry.due_at is not None
    label = KIND_LABELS[lang].get(entry.kind, entry.kind)
    flag = "🔴 " if entry.urgent else ""
    when = html.escape(due_label(entry.due_at, now, lang), quote=False)
    return f"{flag}<b>{when}</b> ｜{label}｜{_body(entry, lang)} — {_source(entry, lang)}"


class LineCache:
    """Rendered lines by entry, moment and language, and their Telegram lengths.

    A round of digests renders one notice for every cadre of its group, at
    one moment; rendering and measuring it once is what keeps a round of ten
    thousand digests quick. Entries are looked up by identity (the round hands
    every cadre the same entry object) and kept, so an id is never reused.
    Zones are part of the moment (``now`` carries the reader's zone).
    """

    def __init__(self) -> None:
        self._lines: dict[tuple[datetime, object, str, bool], dict[int, tuple[DigestEntry, str]]]
        self._lines = {}
        self._lengths: dict[str, int] = {}

    def renderer(self, now: datetime, lang: str, *, todo: bool) -> Callable[[DigestEntry], str]:
        """Lines of entries for readers at ``now`` in ``lang`` (to-dos without their number)."""
        known = self._lines.setdefault((now, now.tzinfo, lang, todo), {})
        render = _todo_item if todo else _item

        def line(entry: DigestEntry) -> str:
            found = known.get(id(entry))
            if found is not None and found[0] is entry:
                return found[1]
            text = render(entry, now, lang)
            known[id(entry)] = (entry, text)
            return text

        return line

    def length(self, line: str) -> int:
        size = self._lengths.get(line)
        if size is None:
            size = telegram_length(line)
            if len(self._lengths) < 1_000_000:
                self._lengths[line] = size
        return size


def _section(
    heading: str, lines: list[str], total: int, strings: dict[str, str]
) -> tuple[str, list[str]]:
    if total > len(lines):
        lines.append(html.escape(strings["more"].format(count=total - len(lines)), quote=False))
    return f"<b>{heading}</b>", lines


def _heading(section: str, total: int, lang: str) -> str:
    strings = DIGEST_STRINGS[lang]
    if section in (Section.TODO, Section.URGENT):
        return strings[section]
    label = KIND_LABELS[lang][section]
    return strings["section"].format(icon=SECTION_ICONS[section], label=label, count=total)


def _carried(view: DigestView, now: datetime, cache: LineCache) -> list[tuple[str, list[str]]]:
    """Corrections, then open to-dos from earlier digests, numbered first (完成 N)."""
    strings = DIGEST_STRINGS[view.lang]
    corrected = [(f"<b>{strings['corrected']}</b>", list(view.corrections))]
    if not view.carried:
        return corrected if view.corrections else []
    todo_line = cache.renderer(now, view.lang, todo=True)
    lines = [
        f"{n}. {todo_line(todo.entry)}" + (f" · {strings['acked']}" if todo.acked else "")
        for n, todo in enumerate(view.carried, 1)
    ]
    carried = (f"<b>{strings['carried'].format(count=len(lines))}</b>", lines)
    return [*corrected, carried] if view.corrections else [carried]


def _sections(view: DigestView, now: datetime, cache: LineCache) -> list[tuple[str, list[str]]]:
    lang, strings = view.lang, DIGEST_STRINGS[view.lang]
    by_section: dict[str, list[DigestEntry]] = {}
    for entry in view.entries:
        by_section.setdefault(section_of(entry.due_at, entry.urgent, entry.kind), []).append(entry)
    sections: list[tuple[str, list[str]]] = []
    for section in SECTIONS:
        entries = by_section.get(section, [])
        total = view.totals.get(section, len(entries))
        if not total:
            continue
        if section == Section.TODO:  # by due time, numbered
            todo_line = cache.renderer(now, lang, todo=True)
            dated = sorted(entries, key=lambda e: (e.due_at, e.sent_at))
            first = len(view.carried) + 1
            lines = [f"{i}. {todo_line(e)}" for i, e in enumerate(dated, first)]
        else:
            lines = list(map(cache.renderer(now, lang, todo=False), entries))
        sections.append(_section(_heading(section, total, lang), lines, total, strings))
    return sections


def render_digest(view: DigestView, cache: LineCache | None = None) -> list[str]:
    """The digest as HTML messages, each within Telegram's limit."""
    strings = DIGEST_STRINGS[view.lang]
    now = view.generated_at.astimezone(view.zone)
    title = strings["title"].format(**_date_parts(now, view.lang))
    lang = view.lang
    summary = strings["lookback_summary" if view.period else "summary"].format(
        period=view.period,
        groups=counted(lang, "group", view.group_count),
        messages=counted(lang, "message", view.message_count),
        items=counted(lang, "item", view.item_count),
        merged=counted(lang, "merged", view.merged_count),
        chatter=counted(lang, "chatter", view.chatter_count),
        chatter_pointer=strings["chatter_pointer"] if view.chatter_count else "",
    )
    header = f"<b>{html.escape(title, quote=False)}</b>\n{html.escape(summary, quote=False)}"
    footer = strings["footer"]
    cache = cache or LineCache()
    sections = _carried(view, now, cache) + _sections(view, now, cache)
    return pack_sections(
        header, sections, footer, continued=strings["continued"], measure=cache.length
    )
