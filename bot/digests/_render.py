"""Render a digest view to Telegram HTML messages, in the reader's language."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from datetime import datetime

from bot.digests._model import SECTIONS, DigestEntry, DigestView, Section, section_of
from bot.digests._strings import DIGEST_STRINGS, SECTION_ICONS
from bot.i18n import KIND_LABELS, WEEKDAYS
from bot.packing import pack_sections, telegram_length

__all__ = ["LineCache", "render_digest", "render_item"]

_PREVIEW_CHARS = 160
_NAME_CHARS = 40
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
        return strings["overdue"].format(**parts)
    if days == 0:
        return strings["today"].format(**parts)
    if days == 1:
        return strings["tomorrow"].format(**parts)
    return strings["later" if days < 7 else "far"].format(**parts)


def _when(moment: datetime, now: datetime, lang: str) -> str:
    local = moment.astimezone(now.tzinfo)
    if local.date() == now.date():
        return local.strftime("%H:%M")
    return f"{DIGEST_STRINGS[lang]['date'].format(**_date_parts(local, lang))} {local:%H:%M}"


def _source(entry: DigestEntry, now: datetime, lang: str) -> str:
    strings = DIGEST_STRINGS[lang]
    where = html.escape(_short(entry.group_title, _NAME_CHARS), quote=False)
    if entry.other_groups:
        count = len(entry.other_groups) + 1
        where = html.escape(strings["in_groups"].format(count=count), quote=False)
    bits = [where, html.escape(_short(entry.sender, _NAME_CHARS), quote=False)]
    bits.append(_when(entry.sent_at, now, lang))
    if len(entry.requesters) > 1:
        names = "、".join(_short(name, 20) for name in entry.requesters[:4])
        bits.append(
            html.escape(
                strings["requested"].format(count=len(entry.requesters), names=names), quote=False
            )
        )
    if entry.link:
        bits.append(f'<a href="{html.escape(entry.link)}">{strings["original"]}</a>')
    if entry.pushed:
        bits.append(strings["pushed"])
    if entry.updated:
        bits.append(strings["updated"])
    if entry.delivered:
        bits.append(strings["delivered"])
    return " · ".join(bits)


def render_item(entry: DigestEntry, now: datetime, lang: str) -> str:
    """One item's line as a digest lists it (search results are listed the same way)."""
    return _item(entry, now, lang)


def _body(entry: DigestEntry, lang: str) -> str:
    text = html.escape(_short(entry.text, _PREVIEW_CHARS), quote=False)
    if entry.attachment:
        name = _short(entry.attachment, _NAME_CHARS)
        attachment = DIGEST_STRINGS[lang]["attachment"].format(name=name)
        text = f"{text} {html.escape(attachment, quote=False)}".strip()
    return text


def _item(entry: DigestEntry, now: datetime, lang: str) -> str:
    return f"• {_body(entry, lang)} — {_source(entry, now, lang)}"


def _todo_item(entry: DigestEntry, now: datetime, lang: str) -> str:
    """A to-do line without its number (the number is the reader's own)."""
    assert entry.due_at is not None
    label = KIND_LABELS[lang].get(entry.kind, entry.kind)
    flag = "🔴 " if entry.urgent else ""
    when = html.escape(due_label(entry.due_at, now, lang), quote=False)
    body, source = _body(entry, lang), _source(entry, now, lang)
    return f"{flag}<b>{when}</b> ｜{label}｜{body} — {source}"


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
            lines = [f"{i}. {todo_line(e)}" for i, e in enumerate(dated, 1)]
        else:
            lines = list(map(cache.renderer(now, lang, todo=False), entries))
        sections.append(_section(_heading(section, total, lang), lines, total, strings))
    return sections


def render_digest(view: DigestView, cache: LineCache | None = None) -> list[str]:
    """The digest as HTML messages, each within Telegram's limit."""
    strings = DIGEST_STRINGS[view.lang]
    now = view.generated_at.astimezone(view.zone)
    title = strings["title"].format(**_date_parts(now, view.lang))
    summary = strings["lookback_summary" if view.period else "summary"].format(
        period=view.period,
        groups=view.group_count,
        messages=view.message_count,
        items=view.item_count,
        merged=view.merged_count,
        chatter=view.chatter_count,
        chatter_pointer=strings["chatter_pointer"] if view.chatter_count else "",
    )
    header = f"<b>{html.escape(title, quote=False)}</b>\n{html.escape(summary, quote=False)}"
    footer = strings["footer"]
    cache = cache or LineCache()
    sections = _sections(view, now, cache)
    return pack_sections(
        header, sections, footer, continued=strings["continued"], measure=cache.length
    )
