"""/search, plain text in private chat (a search too), and the page buttons."""

from __future__ import annotations

from telegram import LinkPreviewOptions, Update
from telegram.error import BadRequest

from bot.context import FingertipContext
from bot.handlers._common import lang_of, profile_of, reader_lang
from bot.search_view import SEARCH_STRINGS, parse_button, render_results

__all__ = ["SEARCHED_CHARS", "search_notices", "search_text", "turn_search_page"]

# Plain text longer than this is no query (a forwarded notice, a pasted document).
SEARCHED_CHARS = 100
_NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


async def _search(update: Update, context: FingertipContext, query: str, *, hint: bool) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    await context.services.registry.subscribe(profile_of(user))
    results = await context.services.search.search(user.id, query)
    if results is None:
        lang = await reader_lang(update, context)
        await message.reply_text(SEARCH_STRINGS[lang]["usage"])
        return
    text, keyboard = render_results(results, user.id, hint=hint)
    await message.reply_text(text, reply_markup=keyboard, link_preview_options=_NO_PREVIEW)


async def search_notices(update: Update, context: FingertipContext) -> None:
    """/search <words>: the cadre's own groups' notices of the last days, best first."""
    await _search(update, context, " ".join(context.args or []), hint=False)


async def search_text(update: Update, context: FingertipContext) -> None:
    """Text sent in private that is no command is searched for, and says so."""
    message = update.effective_message
    if message is None or not message.text:
        return
    await _search(update, context, message.text[:SEARCHED_CHARS], hint=True)


async def turn_search_page(update: Update, context: FingertipContext) -> None:
    """A 下一页 / 上一页 press: checked against who pressed and the kept search."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    button = parse_button(query.data)
    results = None
    if button is not None and button.owner == query.from_user.id:
        results = await context.services.search.page(
            query.from_user.id, button.search_id, button.page
        )
    if results is None or button is None:
        await query.answer(SEARCH_STRINGS[lang_of(update)]["expired"], show_alert=True)
        return
    text, keyboard = render_results(results, button.owner)
    await query.answer()
    try:
        await query.edit_message_text(text, reply_markup=keyboard, link_preview_options=_NO_PREVIEW)
    except BadRequest as exc:
        if "not modified" not in exc.message:  # a second press changes nothing: fine
            raise
