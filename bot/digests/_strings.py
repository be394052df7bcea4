"""Digest wording in Chinese and English, kept beside the renderer."""

from __future__ import annotations

from nlp.types import Kind

__all__ = ["ATTACHMENT_LABELS", "DIGEST_STRINGS", "SECTION_ICONS", "counted"]

# The heading icon of each kind's section (every notice kind has one: tests check).
SECTION_ICONS: dict[str, str] = {
    Kind.REPORT: "📊",
    Kind.MEETING: "📅",
    Kind.TASK: "📌",
    Kind.CHECKIN: "👍",
    Kind.NOTICE: "📄",
}

DIGEST_STRINGS: dict[str, dict[str, str]] = {
    "zh": {
        "title": "📋 工作群摘要 · {date}（{weekday}）{clock}",
        "summary": "自上次摘要以来：{groups} {messages} → {items}"
        "（{merged}，{chatter}{chatter_pointer}）",
        "chatter_pointer": "，发送 /chatter 查看",
        "lookback_summary": "{period}：{groups} {messages} → {items}"
        "（{merged}，{chatter}{chatter_pointer}；✓ 为摘要里发过的）",
        "delivered": "✓ 已发过",
        "todo": "⏰ 待办（按截止时间）",
        "carried": "📌 仍待办（{count}）",
        "corrected": "✏️ 已更正",
        "acked": "✅ 已收到",
        "ack_all": "✅ 全部收到",
        "done_n": "完成 {n}",
        "urgent": "🔴 紧急",
        "section": "{icon} {label}（{count}）",
        "continued": "（续）",
        "original": "原文",
        "pushed": "已即时推送",
        "updated": "🔄 已更新",
        "name_separator": "、",
        "more_groups": "等 {total} 个群",
        "requested": "{count} 个部门要求",
        "reminded": "提醒 {times}",
        "status": "：{status}",
        "overdue": "已逾期 {date} {clock}",
        "overdue_today": "已逾期 {clock}",
        "today": "今天 {clock}",
        "tomorrow": "明天 {clock}",
        "later": "{weekday} {day}日 {clock}",
        "far": "{month}月{day}日 {clock}",
        "date": "{month}月{day}日",
        "attachment": "📎 {name}",
        "more": "…另有 {count} 项未列出，请到群内查看",
        "footer": "/settings 时间与屏蔽 · /mute 屏蔽群 · /search 查找 · /digest 24h 回看 · "
        "/help 帮助",
    },
    "en": {
        "title": "📋 Work-group digest · {weekday} {date} {clock}",
        "summary": "Since your last digest: {messages} in {groups} → {items} "
        "({merged}, {chatter}{chatter_pointer})",
        "chatter_pointer": ": /chatter lists them",
        "lookback_summary": "{period}: {messages} in {groups} → {items} "
        "({merged}, {chatter}{chatter_pointer}; "
        "✓ marks what a digest already brought)",
        "delivered": "✓ sent before",
        "todo": "⏰ To do (by due time)",
        "carried": "📌 Still open ({count})",
        "corrected": "✏️ Corrected",
        "acked": "✅ got it",
        "ack_all": "✅ Got them all",
        "done_n": "Done {n}",
        "urgent": "🔴 Urgent",
        "section": "{icon} {label} ({count})",
        "continued": "(continued)",
        "original": "original",
        "pushed": "pushed at once",
        "updated": "🔄 updated",
        "name_separator": ", ",
        "more_groups": " and {more}",
        "requested": "asked by {count} departments",
        "reminded": "reminded {times}",
        "status": ": {status}",
        "overdue": "Overdue {date} {clock}",
        "overdue_today": "Overdue {clock}",
        "today": "Today {clock}",
        "tomorrow": "Tomorrow {clock}",
        "later": "{weekday} {day} {month_name} {clock}",
        "far": "{day} {month_name} {clock}",
        "date": "{day} {month_name}",
        "attachment": "📎 {name}",
        "more": "…and {count} more not listed here: see the groups",
        "footer": "/settings times and mutes · /mute mute a group · /search find · "
        "/digest 24h look back · /help help",
    },
}

# Attachments stored by kind rather than file name, named in the reader's language.
ATTACHMENT_LABELS: dict[str, dict[str, str]] = {
    "zh": {"photo": "图片", "video": "视频", "audio": "音频", "voice": "语音", "document": "文件"},
    "en": {"photo": "photo", "video": "video", "audio": "audio", "voice": "voice message",
           "document": "document"},
}  # fmt: skip

# Counted nouns: (one, many). Chinese has no plural; English does ("1 item", "2 items").
_COUNTED: dict[str, dict[str, tuple[str, str]]] = {
    "zh": {
        "message": ("{n} 条消息", "{n} 条消息"),
        "group": ("{n} 个群", "{n} 个群"),
        "more_group": ("{n} 个群", "{n} 个群"),
        "item": ("{n} 项", "{n} 项"),
        "merged": ("合并重复 {n} 条", "合并重复 {n} 条"),
        "chatter": ("略去闲聊 {n} 条", "略去闲聊 {n} 条"),
        "time": ("{n} 次", "{n} 次"),
    },
    "en": {
        "message": ("{n} message", "{n} messages"),
        "group": ("{n} group", "{n} groups"),
        "more_group": ("{n} more group", "{n} more groups"),
        "item": ("{n} item", "{n} items"),
        "merged": ("{n} duplicate merged", "{n} duplicates merged"),
        "chatter": ("{n} chatter message skipped", "{n} chatter messages skipped"),
        "time": ("once", "{n} times"),
    },
}


def counted(lang: str, noun: str, count: int) -> str:
    """``count`` of ``noun`` in ``lang``, singular or plural as the language wants."""
    one, many = _COUNTED[lang][noun]
    return (one if count == 1 else many).format(n=count)
