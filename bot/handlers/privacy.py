"""/mydata shows a cadre what is stored about them, /forget deletes it after a
confirming button; after /unregister an admin may delete the group's notices."""

from __future__ import annotations

import html

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.context import FingertipContext
from bot.handlers._common import lang_of, reader_lang
from bot.handlers._privacy_strings import say
from bot.menus import set_supervisor_menu
from bot.settings import Defaults
from storage.models import Cadre
from storage.repository.privacy import CadreRecord

__all__ = [
    "FORGET_PATTERN",
    "PURGE_PATTERN",
    "ask_forget",
    "offer_group_purge",
    "press_forget",
    "press_group_purge",
    "show_mydata",
]

FORGET_PATTERN = r"^pv:(forget|keep)$"
PURGE_PATTERN = r"^ur:(del|keep):-?\d{1,20}:\d{1,20}$"


def _settings_text(cadre: Cadre, lang: str, defaults: Defaults) -> str:
    """What the cadre chose, and the deployment's defaults where they chose nothing."""
    default = say(lang, "default_mark")
    times = "、".join(cadre.digest_times or []) or "、".join(defaults.times) + default
    settings = {
        "times": times,
        "zone": cadre.timezone or defaults.timezone + default,
        "quiet": f"{cadre.quiet_start}–{cadre.quiet_end}" if cadre.quiet_start else "-",
        "muted": len(cadre.muted_groups),
        "kinds": "、".join(cadre.muted_kinds) or "-",
        "language": cadre.language or cadre.language_code or "-",
    }
    return say(lang, "mydata_settings", **settings)


def _marks_text(record: CadreRecord, lang: str) -> list[str]:
    lines = [say(lang, "mydata_acks", acked=record.acked, done=record.done)]
    for mark in record.latest_marks:
        state = say(lang, "mark_done" if mark.done else "mark_acked")
        text = html.escape(mark.text) or say(lang, "mark_no_text")
        lines.append(f"  – {mark.at:%Y-%m-%d} {state}：{text}")
    return lines


def _record_text(record: CadreRecord, lang: str, text_days: int, defaults: Defaults) -> str:
    cadre = record.cadre
    if cadre is None and not record.groups and not record.digests and not record.acked:
        return say(lang, "mydata_none", days=text_days)
    lines = [say(lang, "mydata_title")]
    if cadre is not None:
        name = html.escape(cadre.first_name) + (
            f" (@{html.escape(cadre.username)})" if cadre.username else ""
        )
        lines.append(
            say(lang, "mydata_profile", name=name, since=f"{cadre.subscribed_at:%Y-%m-%d}")
        )
        lines.append(_settings_text(cadre, lang, defaults))
    groups = "、".join(html.escape(title) for title in record.groups) or "-"
    lines.append(say(lang, "mydata_groups", count=len(record.groups), groups=groups))
    first = f"{record.first_digest:%Y-%m-%d}" if record.first_digest else "-"
    lines.append(say(lang, "mydata_digests", count=record.digests, first=first))
    lines.append(say(lang, "mydata_pushes", count=record.pushes, sent=record.notices_sent))
    lines.extend(_marks_text(record, lang))
    if record.supervisor_departments is not None:
        scope = "、".join(record.supervisor_departments) or say(lang, "all_departments")
        lines.append(say(lang, "mydata_supervisor", scope=html.escape(scope)))
    lines.append(say(lang, "mydata_footer", days=text_days))
    return "\n".join(lines)


async def show_mydata(update: Update, context: FingertipContext) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    lang = await reader_lang(update, context)
    privacy = context.services.privacy
    record = await privacy.record(user.id)
    defaults = context.services.settings.defaults
    await message.reply_text(_record_text(record, lang, privacy.text_days, defaults))


async def ask_forget(update: Update, context: FingertipContext) -> None:
    message = update.effective_message
    if message is None:
        return
    lang = await reader_lang(update, context)
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(say(lang, "btn_forget"), callback_data="pv:forget"),
                InlineKeyboardButton(say(lang, "btn_keep"), callback_data="pv:keep"),
            ]
        ]
    )
    await message.reply_text(say(lang, "forget_ask"), reply_markup=keyboard)


async def press_forget(update: Update, context: FingertipContext) -> None:
    """The owner was checked by the button guard: the chat is theirs."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    lang = await reader_lang(update, context)
    if query.data == "pv:keep":
        await query.answer()
        await query.edit_message_text(say(lang, "forget_kept"))
        return
    user_id = query.from_user.id
    gone = await context.services.privacy.forget(user_id)
    if gone.supervisor and await context.services.stats.scope_of(user_id) is None:
        await set_supervisor_menu(context.bot, user_id, on=False)  # founders keep theirs
    await query.answer()
    await query.edit_message_text(
        say(
            lang,
            "forget_done",
            digests=gone.digests,
            groups=gone.memberships,
            marks=gone.marks,
        )
    )


async def offer_group_purge(update: Update, context: FingertipContext) -> None:
    """After /unregister: a button for the admin to delete the stored notices."""
    message, chat, user = update.effective_message, update.effective_chat, update.effective_user
    if message is None or chat is None or user is None:
        return
    count = await context.services.privacy.group_notice_count(chat.id)
    if not count:
        return
    lang = lang_of(update)
    owner = f"{chat.id}:{user.id}"
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    say(lang, "btn_purge", count=count), callback_data=f"ur:del:{owner}"
                ),
                InlineKeyboardButton(
                    say(lang, "btn_keep_notices"), callback_data=f"ur:keep:{owner}"
                ),
            ]
        ]
    )
    await message.reply_text(say(lang, "purge_ask", count=count), reply_markup=keyboard)


async def press_group_purge(update: Update, context: FingertipContext) -> None:
    """Only the admin who unregistered (checked by the guard) and only while the
    group stays unregistered."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    _, action, chat_id, _owner = query.data.split(":")
    lang = lang_of(update)
    status = await context.services.registry.status(int(chat_id))
    if action == "keep" or status is None or status.registered:
        await query.answer()
        await query.edit_message_text(say(lang, "purge_kept"))
        return
    deleted = await context.services.privacy.delete_group_notices(int(chat_id))
    await query.answer()
    await query.edit_message_text(say(lang, "purge_done", count=deleted))
