"""Group side: registration by admins, ingest of every message, membership."""

from __future__ import annotations

from telegram import ChatMember, Update
from telegram.constants import ChatMemberStatus

from bot.context import FingertipContext
from bot.handlers._common import lang_of
from bot.handlers.privacy import offer_group_purge
from bot.i18n import language_for, tr
from bot.parsing import incoming_from
from bot.todos import TODO_STRINGS

__all__ = [
    "group_help",
    "ingest_message",
    "register_group",
    "show_group_info",
    "track_bot_membership",
    "track_member",
    "track_migration",
    "track_service_members",
    "unregister_group",
]

_ADMIN = (ChatMemberStatus.OWNER, ChatMemberStatus.ADMINISTRATOR)


async def _is_admin(update: Update, context: FingertipContext) -> bool:
    message, chat, user = update.effective_message, update.effective_chat, update.effective_user
    if message is not None and chat is not None and message.sender_chat is not None:
        return message.sender_chat.id == chat.id  # an anonymous admin posts as the group
    if chat is None or user is None:
        return False
    member = await context.bot.get_chat_member(chat.id, user.id)
    return member.status in _ADMIN


async def _bot_is_admin(chat_id: int, context: FingertipContext) -> bool:
    member = await context.bot.get_chat_member(chat_id, context.bot.id)
    return member.status in _ADMIN


async def register_group(update: Update, context: FingertipContext) -> None:
    message, chat, user = update.effective_message, update.effective_chat, update.effective_user
    if message is None or chat is None or user is None:
        return
    lang = lang_of(update)
    if not await _is_admin(update, context):
        await message.reply_text(tr(lang, "register_not_admin"))
        return
    department = " ".join(context.args or []).strip()[:100] or None
    bot_admin = await _bot_is_admin(chat.id, context)
    await context.services.registry.register(
        chat_id=chat.id,
        title=chat.title or str(chat.id),
        chat_type=chat.type,
        username=chat.username,
        department=department,
        user_id=user.id,
        bot_is_admin=bot_admin,
    )
    suffix = tr(lang, "register_department", department=department) if department else ""
    await message.reply_text(tr(lang, "register_ok", title=chat.title, department=suffix))
    if not (context.services.bot_reads_all or bot_admin):
        await message.reply_text(tr(lang, "register_privacy"))


async def unregister_group(update: Update, context: FingertipContext) -> None:
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    lang = lang_of(update)
    if not await _is_admin(update, context):
        await message.reply_text(tr(lang, "register_not_admin"))
        return
    done = await context.services.registry.unregister(chat.id)
    await message.reply_text(tr(lang, "unregister_ok" if done else "unregister_none"))
    await offer_group_purge(update, context)  # the stored notices: delete them?


async def show_group_info(update: Update, context: FingertipContext) -> None:
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    lang = lang_of(update)
    status = await context.services.registry.status(chat.id)
    bot_admin = await _bot_is_admin(chat.id, context)
    sees_all = context.services.bot_reads_all or bot_admin
    registered = status is not None and status.registered
    await message.reply_text(
        tr(
            lang,
            "groupinfo",
            title=chat.title,
            status=tr(lang, "status_registered" if registered else "status_unregistered"),
            department=(status.department if status and status.department else tr(lang, "none")),
            count=status.notice_count if status else 0,
            visibility=tr(lang, "yes" if sees_all else "no_visibility"),
        )
        + (f"\n{TODO_STRINGS[lang]['groupinfo_receipts']}" if registered else "")
    )


async def group_help(update: Update, context: FingertipContext) -> None:
    if update.effective_message is not None:
        await update.effective_message.reply_text(tr(lang_of(update), "help_group"))


async def ingest_message(update: Update, context: FingertipContext) -> None:
    """Store every worded message of a registered group; push urgent ones and
    corrections (a material edit of a notice already read)."""
    message = update.effective_message
    incoming = incoming_from(message) if message is not None else None
    if incoming is None:
        return
    outcome = await context.services.ingest.submit(incoming)
    if outcome.urgent and outcome.notice_id is not None:
        await context.services.pushes.push_urgent(context.bot, outcome.notice_id)
    if outcome.corrected_from is not None and outcome.notice_id is not None:
        old_text, old_due = outcome.corrected_from
        cluster = outcome.corrects or outcome.cluster_id
        await context.services.corrections.correct(
            context.bot, outcome.notice_id, old_text, old_due, cluster
        )


async def track_migration(update: Update, context: FingertipContext) -> None:
    message = update.effective_message
    if message is None:
        return
    if message.migrate_to_chat_id:
        await context.services.registry.migrate(message.chat_id, message.migrate_to_chat_id)
    elif message.migrate_from_chat_id:
        await context.services.registry.migrate(message.migrate_from_chat_id, message.chat_id)


async def track_member(update: Update, context: FingertipContext) -> None:
    """chat_member updates: joins, leaves, promotions of anyone but the bot."""
    change = update.chat_member
    if change is None:
        return
    member: ChatMember = change.new_chat_member
    await context.services.registry.set_member_status(
        change.chat.id, member.user.id, str(member.status)
    )


async def track_service_members(update: Update, context: FingertipContext) -> None:
    """Join and leave service messages, which arrive even in privacy mode."""
    message = update.effective_message
    if message is None:
        return
    registry = context.services.registry
    for user in message.new_chat_members or ():
        if user.id != context.bot.id:
            await registry.set_member_status(message.chat_id, user.id, ChatMemberStatus.MEMBER)
    left = message.left_chat_member
    if left is not None and left.id != context.bot.id:
        await registry.set_member_status(message.chat_id, left.id, ChatMemberStatus.LEFT)


async def track_bot_membership(update: Update, context: FingertipContext) -> None:
    """The bot was added, promoted or removed: keep its admin flag, greet once."""
    change = update.my_chat_member
    if change is None:
        return
    old, new = change.old_chat_member.status, change.new_chat_member.status
    await context.services.registry.set_bot_admin(change.chat.id, new in _ADMIN)
    joined = old in (ChatMemberStatus.LEFT, ChatMemberStatus.BANNED) and new not in (
        ChatMemberStatus.LEFT,
        ChatMemberStatus.BANNED,
    )
    if joined and change.chat.type != "private":
        lang = language_for(change.from_user.language_code)
        await context.bot.send_message(change.chat.id, tr(lang, "added_to_group"))
