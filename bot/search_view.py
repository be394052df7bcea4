"""A page of search results as a cadre reads it: a heading, the items, the page buttons.

Items are the digest's own lines (``bot.digests.render_item``). The buttons
carry the page asked for and who asked (``sr:<user>:<search>:<page>``), so a
press is checked against the presser and the kept search before it is
answered.
"""

from __future__ import annotations

import html
import re
from typing import NamedTuple

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.digests import render_item
from bot.i18n import Html
from bot.packing import TELEGRAM_LIMIT, telegram_length
from bot.services.search import SearchResults

__all__ = ["PREFIX", "SEARCH_STRINGS", "PageButton", "parse_button", "render_results"]

PREFIX = "sr"
_BUTTON = re.compile(rf"^{PREFIX}:(\d+):([A-Za-z0-9_-]{{1,16}}):(\d{{1,3}})$")
_QUERY_CHARS = 40

SEARCH_STRINGS: dict[str, dict[str, str]] = {
    "zh": {
        "title": "🔎 “{query}” · {total} 条 · 第 {page}/{pages} 页（近 {days} 天，我的群）",
        "some_words": "没有同时包含全部词语的通知，以下包含其中一部分。",
        "none": "近 {days} 天你的群里没有找到“{query}”。换个说法试试，或少用几个词。",
        "next": "下一页 ▶",
        "previous": "◀ 上一页",
        "usage": "用法：/search 关键词，例如 /search 医保 缴费（也可以直接发文字给我）。",
        "hint": "（把你发的文字当作搜索；命令见 /help）",
        "expired": "这次搜索已过期，请重新搜索。",
    },
    "en": {
        "title": "🔎 “{query}” · {total} found · page {page}/{pages} "
        "(last {days} days, your groups)",
        "some_words": "No notice holds every word; these hold some of them.",
        "none": "Nothing found for “{query}” in your groups in the last {days} days. "
        "Try other words, or fewer.",
        "next": "Next ▶",
        "previous": "◀ Previous",
        "usage": "Usage: /search words, e.g. /search medical insurance "
        "(or just send me the words).",
        "hint": "(Searched for what you sent; /help lists the commands.)",
        "expired": "This search has expired; please search again.",
    },
}


class PageButton(NamedTuple):
    owner: int
    search_id: str
    page: int


def parse_button(data: str) -> PageButton | None:
    """A page button's data, or None when it is not one (or was forged badly)."""
    match = _BUTTON.match(data)
    if match is None:
        return None
    return PageButton(int(match[1]), match[2], int(match[3]))


def _button(text: str, owner: int, results: SearchResults, page: int) -> InlineKeyboardButton:
    return InlineKeyboardButton(text, callback_data=f"{PREFIX}:{owner}:{results.search_id}:{page}")


def _keyboard(results: SearchResults, owner: int) -> InlineKeyboardMarkup | None:
    strings = SEARCH_STRINGS[results.lang]
    row = []
    if results.page > 0:
        row.append(_button(strings["previous"], owner, results, results.page - 1))
    if results.page + 1 < results.pages:
        row.append(_button(strings["next"], owner, results, results.page + 1))
    return InlineKeyboardMarkup([row]) if row else None


def render_results(
    results: SearchResults, owner: int, *, hint: bool = False
) -> tuple[Html, InlineKeyboardMarkup | None]:
    """The page's message and its buttons (none when everything fits on one page)."""
    strings = SEARCH_STRINGS[results.lang]
    query = results.query if len(results.query) <= _QUERY_CHARS else results.query[:39] + "…"
    lines = [strings["hint"]] if hint else []
    if not results.entries:
        lines.append(strings["none"].format(query=query, days=results.days))
        return Html("\n".join(html.escape(line, quote=False) for line in lines)), None
    total = f"{results.total}+" if results.capped else str(results.total)
    title = strings["title"].format(
        query=query, total=total, page=results.page + 1, pages=results.pages, days=results.days
    )
    lines = [html.escape(line, quote=False) for line in lines]
    lines.append(f"<b>{html.escape(title, quote=False)}</b>")
    if results.any_word:
        lines.append(html.escape(strings["some_words"], quote=False))
    room = TELEGRAM_LIMIT - sum(telegram_length(line) + 1 for line in lines)
    for entry in results.entries:
        line = render_item(entry, results.now, results.lang)
        room -= telegram_length(line) + 1
        if room < 0:  # ten items of the longest kind still fit; this is a guard
            break
        lines.append(line)
    return Html("\n".join(lines)), _keyboard(results, owner)
