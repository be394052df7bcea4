"""The command menus Telegram shows, per chat type and language."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeAllChatAdministrators,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeChat,
)
from telegram.error import BadRequest

__all__ = ["publish_menus", "set_supervisor_menu"]

_log = logging.getLogger(__name__)
_LANGUAGES = (("zh", None), ("en", "en"))


def _menus(lang: str) -> dict[str, list[BotCommand]]:
    zh = lang == "zh"
    private = [
        BotCommand("start", "订阅工作群摘要" if zh else "Subscribe to digests"),
        BotCommand("digest", "立即查看新摘要" if zh else "Digest now"),
        BotCommand("search", "查找通知" if zh else "Find notices"),
        BotCommand("chatter", "摘要略去的闲聊" if zh else "Chatter the digest skipped"),
        BotCommand("groups", "我所在的群" if zh else "Your groups"),
        BotCommand("settings", "推送时间、免打扰、屏蔽" if zh else "Times, quiet hours, mutes"),
        BotCommand("mute", "屏蔽一个群 [群名]" if zh else "Mute a group [name]"),
        BotCommand("receipts", "我发的通知谁收到了" if zh else "Who got your notices"),
        BotCommand("mydata", "我存了您的哪些信息" if zh else "What is stored about you"),
        BotCommand("help", "帮助" if zh else "Help"),
    ]
    admin = [
        BotCommand("register", "登记本群 [部门]" if zh else "Register this group [department]"),
        BotCommand("unregister", "取消登记本群" if zh else "Unregister this group"),
        BotCommand("groupinfo", "本群状态" if zh else "This group's status"),
        BotCommand("help", "帮助" if zh else "Help"),
    ]
    supervisor = [
        BotCommand("stats", "通知统计与图表" if zh else "Notice statistics and charts"),
        BotCommand("overlap", "重叠的群" if zh else "Overlapping groups"),
        BotCommand("export", "导出通知 CSV" if zh else "Export notices as CSV"),
        BotCommand("grant", "授权督查人员" if zh else "Grant a supervisor"),
        BotCommand("revoke", "撤销督查人员" if zh else "Revoke a supervisor"),
    ]
    return {
        "private": private,
        "group": [admin[-1]],
        "admin": admin,
        "supervisor": [*private, *supervisor],
    }


async def set_supervisor_menu(bot: Bot, user_id: int, *, on: bool) -> None:
    """A supervisor's private chat shows the supervisor commands too."""
    for lang, code in _LANGUAGES:
        try:
            if on:
                await bot.set_my_commands(
                    _menus(lang)["supervisor"], BotCommandScopeChat(user_id), code
                )
            else:
                await bot.delete_my_commands(BotCommandScopeChat(user_id), code)
        except BadRequest as exc:  # the supervisor has not opened a chat with us yet
            _log.info("no supervisor menu for %s yet: %s", user_id, exc.message)


async def publish_menus(bot: Bot, supervisors: Iterable[int]) -> None:
    """The menu per chat type, in Chinese and English, plus each supervisor's."""
    for lang, code in _LANGUAGES:
        menus = _menus(lang)
        await bot.set_my_commands(menus["private"], BotCommandScopeAllPrivateChats(), code)
        await bot.set_my_commands(menus["group"], BotCommandScopeAllGroupChats(), code)
        await bot.set_my_commands(menus["admin"], BotCommandScopeAllChatAdministrators(), code)
    for user_id in supervisors:
        await set_supervisor_menu(bot, user_id, on=True)
