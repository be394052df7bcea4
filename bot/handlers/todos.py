"""收到 / 已完成 buttons and /receipts: parse, call the to-do service, answer at once."""

from __future__ import annotations

from telegram import LinkPreviewOptions, Message, Update
from telegram.error import BadRequest

from bot.context import FingertipContext
from bot.handlers._common import reader_lang
from bot.services.todos import PressOutcome, parse_press
from bot.todos import TODO_STRINGS, render_receipts, swap_button

__all__ = ["press_todo_button", "show_receipts"]


async def press_todo_button(update: Update, context: FingertipContext) -> None:
    """Marks the presser's own to-do; the pressed button becomes its 撤销."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    lang = await reader_lang(update, context)
    strings = TODO_STRINGS[lang]
    press = parse_press(query.data)
    outcome = PressOutcome.STALE
    if press is not None:
        outcome = await context.services.todos.press(query.from_user.id, press)
    if press is None or outcome is PressOutcome.STALE:
        await query.answer(strings["stale"], show_alert=True)
        return
    if outcome is PressOutcome.UNCHANGED:
        await query.answer(strings["unchanged"])
        return
    done = {"k": "acked", "a": "acked", "d": "done_ok"}[press.what]
    await query.answer(strings["undone" if press.undo else done])
    message = query.message
    if not isinstance(message, Message) or message.text is None:
        return  # too old for Telegram to hand back: the mark is saved all the same
    markup = swap_button(message.reply_markup, press, lang)
    try:
        # The text is sent back as it is: PTB would add the default parse mode
        # to editMessageReplyMarkup, which takes none.
        await query.edit_message_text(
            message.text_html,
            reply_markup=markup,
            link_preview_options=LinkPreviewOptions(is_disabled=True),
        )
    except BadRequest as exc:
        if "not modified" not in exc.message:  # two quick presses: the first redrew it
            raise


async def show_receipts(update: Update, context: FingertipContext) -> None:
    """/receipts: the sender's notices of the last 7 days, who got them, who said 收到."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    lang = await reader_lang(update, context)
    receipts = await context.services.todos.receipts(user.id)
    await message.reply_text(render_receipts(receipts, lang))
