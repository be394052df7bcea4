"""User-facing strings in Chinese (default) and English."""

from __future__ import annotations

import html
from typing import Any

__all__ = ["KIND_LABELS", "WEEKDAYS", "Html", "language_for", "tr"]


class Html(str):
    """Text that is already HTML: ``tr`` inserts it without escaping again."""

    __slots__ = ()


_CATALOG: dict[str, dict[str, str]] = {
    "zh": {
        "start": "您好，{name}！已订阅工作群摘要。\n"
        "我在 {count} 个已登记的群里找到了您：\n{groups}\n"
        "每天 {times} 发送摘要，紧急通知会即时推送。发送 /help 查看全部命令。",
        "start_none": "您好，{name}！已订阅工作群摘要。\n目前还没有在已登记的群里找到您；"
        "您在群里发言或被拉进群后会自动加入。发送 /help 查看全部命令。",
        "groups": "您所在的已登记工作群（{count} 个）：\n{groups}",
        "groups_none": "目前没有在任何已登记的群里找到您。",
        "help_private": "我替您盯着工作群，把通知汇总成一份摘要。\n"
        "/start 订阅摘要\n/digest 立即查看新摘要；/digest 24h 回看最近 24 小时\n"
        "/search 关键词 查找我所在群的通知\n"
        "/settings 摘要时间、免打扰、语言、屏蔽\n/mute 群名 屏蔽一个群（不带群名时列出全部）\n"
        "/chatter [24h|3d|7d] 摘要略去的闲聊（默认：上次摘要略去的）\n"
        "/groups 我所在的群\n/receipts 我发的通知谁收到了、谁按了收到（最近 7 天）\n"
        "/mydata 我存了您的哪些信息\n/forget 删除这些信息\n/help 帮助\n"
        "群管理员请在群里使用 /register 登记本群。",
        "help_supervisor": "督查人员：/stats [7d|30d|今天|昨天|本周|上周|本月|上月|起..止] "
        "[群或部门] 通知统计与图表，"
        "/overlap 重叠的群，/export [时段] 导出 CSV，"
        "/grant 用户ID [部门…] 授权，/revoke 用户ID 撤销",
        "help_group": "群管理员可用：\n/register [部门] 登记本群\n/unregister 取消登记\n"
        "/groupinfo 查看本群状态\n摘要、查找和设置（/digest、/search、/settings、/mute）"
        "请在与我的私聊中使用。",
        "unknown": "没有这个命令。",
        "register_ok": "已登记本群「{title}」{department}。我会读取本群通知并汇总给群成员。",
        "register_department": "（部门：{department}）",
        "register_not_admin": "只有本群管理员可以登记或取消登记本群。",
        "register_privacy": "⚠️ 我目前看不到本群的全部消息，只能看到命令。请二选一：\n"
        "1. 把我设为本群管理员；或\n2. 在 @BotFather 中 /setprivacy 选 Disable，"
        "然后把我移出本群再重新拉入。",
        "unregister_ok": "已取消登记本群，不再读取新消息；已存的记录保留用于统计。",
        "unregister_none": "本群尚未登记。",
        "groupinfo": "群：{title}\n状态：{status}\n部门：{department}\n已存通知：{count} 条\n"
        "能否看到全部消息：{visibility}",
        "status_registered": "已登记",
        "status_unregistered": "未登记",
        "yes": "能",
        "no_visibility": "不能（见 /register 的提示）",
        "none": "无",
        "digest_empty": "自上次摘要以来没有新的通知。",
        "digest_usage": "用法：/digest [24h|3d|7d|today|yesterday|last]，"
        "不带参数时发送上次摘要以来的新通知。",
        "digest_period_empty": "这段时间你的群里没有通知。",
        "digest_last_none": "还没有给你发过摘要。",
        "not_supervisor": "抱歉，只有督查人员可以查看统计。",
        "use_in_private": "请在与我的私聊中使用 /{command}",
        "use_in_group": "请在群里使用 /{command}",
        "stats_title": "📊 近 {days} 天通知统计（{since} 起）",
        "stats_none": "这段时间没有通知。",
        "stats_group": "{title}{department}：共 {total} 条",
        "added_to_group": "谢谢拉我进群！群管理员发送 /register [部门] 即可登记本群。",
        "chatter_title": "💬 略去的闲聊 {count} 条（{since} 起，最新在前）",
        "chatter_line": "• {when} · {group} · {sender}：{text}",
        "chatter_link": "原文",
        "chatter_more": "…另有 {count} 条更早的未列出，可用 /chatter 24h 缩小范围",
        "chatter_none": "{since} 以来没有略去的闲聊。",
        "chatter_usage": "用法：/chatter [24h|3d|7d]，不带参数时列出上次摘要略去的闲聊。",
    },
    "en": {
        "start": "Hello, {name}! You are subscribed to work-group digests.\n"
        "I found you in {count} registered group{s}:\n{groups}\n"
        "Digests arrive daily at {times}; urgent notices are pushed at once. /help lists commands.",
        "start_none": "Hello, {name}! You are subscribed to work-group digests.\n"
        "I have not found you in any registered group yet; you will be added when you post "
        "in one or are added to one. /help lists commands.",
        "groups": "Your registered work groups ({count}):\n{groups}",
        "groups_none": "I have not found you in any registered group yet.",
        "help_private": "I watch your work groups and send you one digest.\n"
        "/start subscribe to digests\n/digest see new notices now; /digest 24h look back a day\n"
        "/search words find notices in your groups\n"
        "/settings digest times, quiet hours, language, mutes\n"
        "/mute group name mute one group (without a name: the list)\n"
        "/chatter [24h|3d|7d] the chatter digests skipped (default: your last digest's)\n"
        "/groups your groups\n"
        "/receipts who got your notices of the last 7 days and who pressed 收到\n"
        "/mydata what I store about you\n/forget delete it\n"
        "/help this help\n"
        "Group admins: send /register in the group to register it.",
        "help_supervisor": "Supervisors: /stats [7d|30d|today|yesterday|this week|last week|"
        "this month|last month|from..to] [group or department] "
        "statistics and charts, /overlap overlapping groups, /export [period] CSV, "
        "/grant user_id [departments…], /revoke user_id",
        "help_group": "For group admins:\n/register [department] register this group\n"
        "/unregister stop reading this group\n/groupinfo this group's status\n"
        "Digests, search and settings (/digest, /search, /settings, /mute) work in a private "
        "chat with me.",
        "unknown": "There is no such command.",
        "register_ok": "Registered “{title}”{department}. I will read its notices and "
        "summarise them for its members.",
        "register_department": " (department: {department})",
        "register_not_admin": "Only an administrator of this group can register or unregister it.",
        "register_privacy": "⚠️ I cannot see all messages here, only commands. Either:\n"
        "1. make me an administrator of this group, or\n2. in @BotFather send /setprivacy, "
        "choose Disable, then remove me from this group and add me again.",
        "unregister_ok": "This group is unregistered; new messages are no longer read. "
        "Stored records stay for statistics.",
        "unregister_none": "This group is not registered.",
        "groupinfo": "Group: {title}\nStatus: {status}\nDepartment: {department}\n"
        "Notices stored: {count}\nSees all messages: {visibility}",
        "status_registered": "registered",
        "status_unregistered": "not registered",
        "yes": "yes",
        "no_visibility": "no (see the hint from /register)",
        "none": "none",
        "digest_empty": "No new notices since your last digest.",
        "digest_usage": "Usage: /digest [24h|3d|7d|today|yesterday|last]; "
        "without one, what is new since your last digest.",
        "digest_period_empty": "Your groups carried no notices in that period.",
        "digest_last_none": "No digest has been sent to you yet.",
        "not_supervisor": "Sorry, only supervisors can see statistics.",
        "use_in_private": "Use /{command} in a private chat with me",
        "use_in_group": "Use /{command} in a group",
        "stats_title": "📊 Notices in the last {days} days (since {since})",
        "stats_none": "No notices in this period.",
        "stats_group": "{title}{department}: {total} in all",
        "added_to_group": "Thanks for adding me! A group admin can send /register [department] "
        "to register this group.",
        "chatter_title": "💬 {count} chatter skipped since {since} (newest first)",
        "chatter_line": "• {when} · {group} · {sender}: {text}",
        "chatter_link": "original",
        "chatter_more": "…and {count} older ones not listed: /chatter 24h narrows the list",
        "chatter_none": "No chatter skipped since {since}.",
        "chatter_usage": "Usage: /chatter [24h|3d|7d]; without one, the chatter your last "
        "digest skipped.",
    },
}

KIND_LABELS: dict[str, dict[str, str]] = {
    "zh": {
        "report": "报送",
        "meeting": "会议",
        "task": "任务",
        "checkin": "打卡",
        "notice": "通知",
        "chatter": "闲聊",
    },
    "en": {
        "report": "Report",
        "meeting": "Meeting",
        "task": "Task",
        "checkin": "Check-in",
        "notice": "Notice",
        "chatter": "Chatter",
    },
}

WEEKDAYS: dict[str, tuple[str, ...]] = {
    "zh": ("周一", "周二", "周三", "周四", "周五", "周六", "周日"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}


def language_for(language_code: str | None) -> str:
    """Chinese first: English only for users whose Telegram speaks English."""
    return "en" if language_code and language_code.lower().startswith("en") else "zh"


def tr(lang: str, key: str, **values: Any) -> Html:
    """Look a string up and fill it in as HTML (replies use HTML parse mode).

    Values are escaped unless they are ``Html`` already, so a group title such
    as "<研究>" cannot break a message. English falls back to Chinese.
    """
    template = _CATALOG.get(lang, _CATALOG["zh"]).get(key) or _CATALOG["zh"][key]
    safe = {
        name: value if isinstance(value, Html) else html.escape(str(value), quote=False)
        for name, value in values.items()
    }
    return Html(template.format(**safe))
