"""Private chat: subscribing, listing groups, digests on demand, help."""

from __future__ import annotations

import html

from telegram import LinkPreviewOptions, Update

from bot.chatter import parse_period, render_chatter
from bot.context import FingertipContext
from bot.digests import LAST, Period, parse_lookback
from bot.handlers._common import profile_of, reader_lang
from bot.i18n import Html, tr
from bot.services.registry import GroupRef

__all__ = ["help_text", "show_chatter", "show_digest", "show_groups", "show_help", "start"]


def _group_lines(groups: list[GroupRef]) -> Html:
    return Html(
        "\n".join(
            f"• {html.escape(g.title)}"
            + (f"（{html.escape(g.department)}）" if g.department else "")
            for g in groups
        )
    )


def help_text(lang: str, supervisor: bool) -> str:
    text = tr(lang, "help_private")
    return f"{text}\n{tr(lang, 'help_supervisor')}" if supervisor else text


async def start(update: Update, context: FingertipContext) -> None:
    """Subscribe, then find the cadre's registered groups by asking Telegram."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    services = context.services
    await services.registry.subscribe(profile_of(user))
    groups = await services.registry.discover_memberships(context.bot, user.id)
    lang, name = await reader_lang(update, context), user.first_name
    if not groups:
        await message.reply_text(tr(lang, "start_none", name=name))
        return
    settings = await services.settings.current(user.id)
    times = ("、" if lang == "zh" else ", ").join(
        settings.times if settings else services.config.digest.times
    )
    await message.reply_text(
        tr(
            lang,
            "start",
            name=name,
            count=len(groups),
            s="" if len(groups) == 1 else "s",
            groups=_group_lines(groups),
            times=times,
        )
    )


async def show_groups(update: Update, context: FingertipContext) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    groups = await context.services.registry.groups_of(user.id)
    lang = await reader_lang(update, context)
    if not groups:
        await message.reply_text(tr(lang, "groups_none"))
        return
    await message.reply_text(tr(lang, "groups", count=len(groups), groups=_group_lines(groups)))


async def show_digest(update: Update, context: FingertipContext) -> None:
    """/digest: what is new now; /digest 24h|3d|7d|today|yesterday: what a period
    carried (nothing moves on); /digest last: the last digest again, as sent."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    services = context.services
    try:
        asked = parse_lookback(context.args or [])
    except ValueError:
        await message.reply_text(tr(await reader_lang(update, context), "digest_usage"))
        return
    await services.registry.subscribe(profile_of(user))
    if asked is None:
        if not await services.digests.digest_now(context.bot, user.id):
            await message.reply_text(tr(await reader_lang(update, context), "digest_empty"))
        return
    if asked == LAST:
        parts, empty = await services.lookback.last(user.id), "digest_last_none"
    else:
        assert isinstance(asked, Period)
        parts, empty = await services.lookback.period(user.id, asked), "digest_period_empty"
    if not parts:
        await message.reply_text(tr(await reader_lang(update, context), empty))
    for part in parts:
        await message.reply_text(part, link_preview_options=LinkPreviewOptions(is_disabled=True))


async def show_chatter(update: Update, context: FingertipContext) -> None:
    """/chatter [24h|3d|7d]: what digests left out as chatter, newest first."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    lang = await reader_lang(update, context)
    try:
        period = parse_period(context.args or [])
    except ValueError:
        await message.reply_text(tr(lang, "chatter_usage"))
        return
    listing = await context.services.chatter.recent(user.id, period)
    await message.reply_text(
        render_chatter(listing, lang), link_preview_options=LinkPreviewOptions(is_disabled=True)
    )


async def show_help(update: Update, context: FingertipContext) -> None:
    """/help, unknown commands and stray text in private chat all get help."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    lang = await reader_lang(update, context)
    supervisor = await context.services.stats.scope_of(user.id) is not None
    text = help_text(lang, supervisor)
    if message.text and message.text.startswith("/") and not message.text.startswith("/help"):
        text = f"{tr(lang, 'unknown')}\n\n{text}"
    await message.reply_text(text)
