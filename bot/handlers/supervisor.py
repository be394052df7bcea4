"""Supervisor commands: /stats (with chart and CSV buttons), /overlap, /export,
/grant and /revoke. Everyone else is refused; every report is limited to the
asker's departments by the stats service.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Message, Update
from telegram.error import BadRequest, Forbidden

from bot.context import FingertipContext
from bot.handlers._common import reader_lang
from bot.menus import set_supervisor_menu
from bot.reports import ReportError, ReportRequest, Scope, parse_user_id, say, say_plain

__all__ = [
    "ensure_supervisor_menu",
    "grant_supervisor",
    "press_report_button",
    "revoke_supervisor",
    "send_export",
    "show_overlap",
    "show_stats",
]

_log = logging.getLogger(__name__)

_UPLOAD_LIMIT = 50 * 1024 * 1024  # Telegram refuses larger files from bots
_REQUESTS = "report_requests"  # user_data key: button token -> ReportRequest
_KEEP_REQUESTS = 20
_MENU_CHECKED = "supervisor_menu_checked"  # user_data key: looked at once per process


async def ensure_supervisor_menu(update: Update, context: FingertipContext) -> None:
    """A supervisor's first private message gives them the supervisor menu.

    The menu published at start cannot reach a supervisor who has never
    opened a chat with the bot (Telegram answers "chat not found"); their
    first message is when it can. Looked at once per user and process.
    """
    user = update.effective_user
    if user is None or context.user_data is None or context.user_data.get(_MENU_CHECKED):
        return
    context.user_data[_MENU_CHECKED] = True
    if await context.services.stats.scope_of(user.id) is not None:
        await set_supervisor_menu(context.bot, user.id, on=True)


async def _asker(
    update: Update, context: FingertipContext, refusal: str
) -> tuple[Message, int, str, Scope] | None:
    """The message, user id, language and scope of a supervisor; others are refused."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return None
    lang = await reader_lang(update, context)
    scope = await context.services.stats.scope_of(user.id)
    if scope is None:
        await message.reply_text(say(lang, refusal))
        return None
    return message, user.id, lang, scope


def _remember(context: FingertipContext, request: ReportRequest) -> str | None:
    """Keep the request behind a short token: button data is limited to 64 bytes.

    Tokens live in memory with the user's data, so after a restart a button
    is answered as expired and /stats gives fresh ones.
    """
    if context.user_data is None:
        return None
    stored: dict[str, ReportRequest] = context.user_data.setdefault(_REQUESTS, {})
    while len(stored) >= _KEEP_REQUESTS:
        stored.pop(next(iter(stored)))
    token = secrets.token_urlsafe(6)
    stored[token] = request
    return token


def _buttons(lang: str, token: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    say_plain(lang, "btn_charts"), callback_data=f"sv:png:{token}"
                ),
                InlineKeyboardButton(
                    say_plain(lang, "btn_export"), callback_data=f"sv:csv:{token}"
                ),
            ]
        ]
    )


async def show_stats(update: Update, context: FingertipContext) -> None:
    """/stats [7d|30d|YYYY-MM-DD..YYYY-MM-DD] [group or department]"""
    asked = await _asker(update, context, "not_supervisor")
    if asked is None:
        return
    message, _, lang, scope = asked
    stats = context.services.stats
    try:
        request = stats.request(context.args or [], default_days=stats.stats_days)
        parts = await stats.report_text(scope, request, lang)
    except ReportError as exc:
        await message.reply_text(exc.as_html(lang))
        return
    token = _remember(context, request)
    keyboard = _buttons(lang, token) if token else None
    for index, part in enumerate(parts):
        await message.reply_text(part, reply_markup=keyboard if index == len(parts) - 1 else None)


async def show_overlap(update: Update, context: FingertipContext) -> None:
    """/overlap [period] [group or department]: candidate groups for merging."""
    asked = await _asker(update, context, "not_supervisor")
    if asked is None:
        return
    message, _, lang, scope = asked
    stats = context.services.stats
    try:
        request = stats.request(context.args or [], default_days=stats.overlap_days)
        parts = await stats.overlap_text(scope, request, lang)
    except ReportError as exc:
        await message.reply_text(exc.as_html(lang))
        return
    for part in parts:
        await message.reply_text(part)


async def _send_export(
    context: FingertipContext, chat_id: int, scope: Scope, request: ReportRequest, lang: str
) -> None:
    export = await context.services.stats.export(scope, request, lang)
    if not export.rows:
        await context.bot.send_message(chat_id, say(lang, "export_empty"))
        return
    if len(export.content) > _UPLOAD_LIMIT:
        megabytes = len(export.content) // (1024 * 1024)
        await context.bot.send_message(chat_id, say(lang, "export_too_large", size=megabytes))
        return
    caption = say(lang, "export_caption", period=request.period.label, count=export.rows)
    document = InputFile(export.content, filename=export.filename)
    await context.bot.send_document(chat_id, document, caption=caption)


async def _send_charts(
    context: FingertipContext, chat_id: int, scope: Scope, request: ReportRequest, lang: str
) -> None:
    for chart in await context.services.stats.charts(scope, request, lang):
        photo = InputFile(chart.png, filename=f"{chart.name}.png")
        await context.bot.send_photo(chat_id, photo, caption=chart.caption)


async def send_export(update: Update, context: FingertipContext) -> None:
    """/export [period] [group or department]: the notices as a CSV file."""
    asked = await _asker(update, context, "not_supervisor")
    if asked is None:
        return
    message, _, lang, scope = asked
    stats = context.services.stats
    try:
        request = stats.request(context.args or [], default_days=stats.stats_days)
        await _send_export(context, message.chat_id, scope, request, lang)
    except ReportError as exc:
        await message.reply_text(exc.as_html(lang))


_Send = Callable[[FingertipContext, int, Scope, ReportRequest, str], Awaitable[None]]
_ACTIONS: dict[str, _Send] = {"png": _send_charts, "csv": _send_export}


async def press_report_button(update: Update, context: FingertipContext) -> None:
    """The chart and CSV buttons under /stats; the asker's rights are checked again."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    lang = await reader_lang(update, context)
    _, action, token = [*query.data.split(":", 2), "", ""][:3]
    stored: dict[str, Any] = (context.user_data or {}).get(_REQUESTS, {})
    request, send = stored.get(token), _ACTIONS.get(action)
    scope = await context.services.stats.scope_of(query.from_user.id)
    if scope is None:
        await query.answer(say_plain(lang, "not_supervisor"), show_alert=True)
        return
    if not isinstance(request, ReportRequest) or send is None:
        await query.answer(say_plain(lang, "stale"), show_alert=True)
        return
    await query.answer()
    try:
        await send(context, query.from_user.id, scope, request, lang)
    except ReportError as exc:  # e.g. the group was re-scoped since /stats
        await context.bot.send_message(query.from_user.id, exc.as_html(lang))


def _scope_text(departments: frozenset[str] | None, lang: str) -> str:
    return "、".join(sorted(departments)) if departments else say_plain(lang, "scope_all")


async def _notify(context: FingertipContext, user_id: int, text: Callable[[str], str]) -> bool:
    """Tell a user, in their language, that their rights changed; False when the
    bot cannot write to them (they never opened a private chat, or blocked it)."""
    settings = await context.services.settings.current(user_id)
    lang = settings.language if settings is not None else "zh"
    try:
        await context.bot.send_message(user_id, text(lang))
    except (BadRequest, Forbidden) as exc:
        _log.info("could not tell %s about their supervisor rights: %s", user_id, exc.message)
        return False
    return True


async def grant_supervisor(update: Update, context: FingertipContext) -> None:
    """/grant <user id> [department, ...]: make someone a (scoped) supervisor."""
    asked = await _asker(update, context, "error_not_supervisor")
    if asked is None:
        return
    message, user_id, lang, _ = asked
    args = context.args or []
    if not args:
        await message.reply_text(say(lang, "usage_grant"))
        return
    try:
        target = parse_user_id(args[0])
        granted = await context.services.stats.grant(user_id, target, " ".join(args[1:]))
    except ReportError as exc:
        await message.reply_text(exc.as_html(lang))
        return
    await set_supervisor_menu(context.bot, target, on=True)
    told = await _notify(
        context, target, lambda to: say(to, "notify_granted", scope=_scope_text(granted, to))
    )
    reply = say(lang, "granted", user_id=target, scope=_scope_text(granted, lang))
    await message.reply_text(reply if told else f"{reply}\n{say(lang, 'notify_failed')}")


async def revoke_supervisor(update: Update, context: FingertipContext) -> None:
    """/revoke <user id>: remove a supervisor granted in Telegram."""
    asked = await _asker(update, context, "error_not_supervisor")
    if asked is None:
        return
    message, user_id, lang, _ = asked
    args = context.args or []
    if len(args) != 1:
        await message.reply_text(say(lang, "usage_revoke"))
        return
    try:
        target = parse_user_id(args[0])
        await context.services.stats.revoke(user_id, target)
    except ReportError as exc:
        await message.reply_text(exc.as_html(lang))
        return
    await set_supervisor_menu(context.bot, target, on=False)
    told = await _notify(context, target, lambda to: say(to, "notify_revoked"))
    reply = say(lang, "revoked", user_id=target)
    await message.reply_text(reply if told else f"{reply}\n{say(lang, 'notify_failed')}")
