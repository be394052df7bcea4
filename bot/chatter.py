"""The chatter list as a cadre reads it: the period they asked for, one line a message."""

from __future__ import annotations

import html
import re
from datetime import datetime, timedelta

from bot.i18n import Html, tr
from bot.links import message_link
from bot.packing import TELEGRAM_LIMIT, telegram_length
from bot.services.chatter import ChatterList
from storage.repository import ChatterRow

__all__ = ["MAX_PERIOD", "clip", "parse_period", "render_chatter"]

MAX_PERIOD = timedelta(days=7)
TEXT_CHARS = 80
_PERIOD = re.compile(r"^(\d{1,3})\s*([hd])$", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
# Where a cut reads well: after a space or a mark that ends a clause.
_BOUNDARY = re.compile(r"[\s，。！？；、,.!?;:：]")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_TITLE_CHARS, _SENDER_CHARS = 20, 16


def parse_period(args: list[str]) -> timedelta | None:
    """``24h``, ``3d``, ``7d`` (any hours or days up to a week); None when not given.

    Raises ValueError for anything else.
    """
    if not args:
        return None
    match = _PERIOD.match("".join(args).strip())
    if match is None:
        raise ValueError(f"not a period: {' '.join(args)!r}")
    amount, unit = int(match[1]), match[2].lower()
    period = timedelta(hours=amount) if unit == "h" else timedelta(days=amount)
    if not timedelta(0) < period <= MAX_PERIOD:
        raise ValueError(f"not within a week: {period}")
    return period


def clip(text: str, limit: int = TEXT_CHARS) -> str:
    """The text on one line, cut to ``limit`` characters at a space or punctuation
    when one falls in its last third, else mid-word, and marked with an ellipsis."""
    flat = _SPACES.sub(" ", text).strip()
    if len(flat) <= limit:
        return flat
    head = flat[: limit - 1]
    cuts = [m.end() for m in _BOUNDARY.finditer(head) if m.end() >= (limit * 2) // 3]
    return (head[: cuts[-1]] if cuts else head).rstrip(" ,，、:：") + "…"


def _moment(moment: datetime, lang: str) -> str:
    if lang == "zh":
        return f"{moment.month}月{moment.day}日 {moment:%H:%M}"
    return f"{moment.day} {_MONTHS[moment.month - 1]} {moment:%H:%M}"


def _when(moment: datetime, listing: ChatterList, lang: str) -> str:
    local = moment.astimezone(listing.zone)
    today = listing.now.astimezone(listing.zone).date()
    return f"{local:%H:%M}" if local.date() == today else _moment(local, lang)


def _line(row: ChatterRow, listing: ChatterList, lang: str) -> str:
    line = tr(
        lang,
        "chatter_line",
        when=_when(row.sent_at, listing, lang),
        group=clip(row.group_title, _TITLE_CHARS),
        sender=clip(row.sender_name, _SENDER_CHARS),
        text=clip(row.text),
    )
    link = message_link(row.chat_id, row.message_id, row.group_username)
    if link is None:
        return line
    return f'{line} <a href="{html.escape(link)}">{tr(lang, "chatter_link")}</a>'


def render_chatter(listing: ChatterList, lang: str) -> Html:
    """One message, within Telegram's limit: the lines that fit, and how many did not."""
    since = _moment(listing.since.astimezone(listing.zone), lang)
    if not listing.rows:
        return tr(lang, "chatter_none", since=since)
    title = tr(lang, "chatter_title", count=listing.total, since=since)
    lines, room = [f"<b>{title}</b>"], TELEGRAM_LIMIT - 200  # kept for the closing line
    room -= telegram_length(lines[0])
    for row in listing.rows:
        line = _line(row, listing, lang)
        room -= telegram_length(line) + 1
        if room < 0:
            break
        lines.append(line)
    if (shown := len(lines) - 1) < listing.total:
        lines.append(tr(lang, "chatter_more", count=listing.total - shown))
    return Html("\n".join(lines))
