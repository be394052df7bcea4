"""Digest wording in Chinese and English, kept beside the renderer."""

from __future__ import annotations

from nlp.types import Kind

__all__ = ["DIGEST_STRINGS", "SECTION_ICONS"]

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
        "summary": "自上次摘要以来：{groups} 个群 {messages} 条消息 → {items} 项"
        "（合并重复 {merged} 条，略去闲聊 {chatter} 条{chatter_pointer}）",
        "chatter_pointer": "，发送 /chatter 查看",
        "lookback_summary": "{period}：{groups} 个群 {messages} 条消息 → {items} 项"
        "（合并重复 {merged} 条，略去闲聊 {chatter} 条{chatter_pointer}；✓ 为摘要里发过的）",
        "delivered": "✓ 已发过",
        "todo": "⏰ 待办（按截止时间）",
        "urgent": "🔴 紧急",
        "section": "{icon} {label}（{count}）",
        "continued": "（续）",
        "original": "原文",
        "pushed": "已即时推送",
        "updated": "🔄 已更新",
        "in_groups": "{count} 个群",
        "requested": "已被 {count} 个部门要求：{names}",
        "overdue": "已逾期 {date} {clock}",
        "today": "今天 {clock}",
        "tomorrow": "明天 {clock}",
        "later": "{weekday} {day}日 {clock}",
        "far": "{month}月{day}日 {clock}",
        "date": "{month}月{day}日",
        "attachment": "📎 {name}",
        "more": "…另有 {count} 项未列出，请到群内查看",
        "footer": "/digest 立即查看 · /chatter 略去的闲聊 · /groups 我的群 · /help 帮助",
    },
    "en": {
        "title": "📋 Work-group digest · {weekday} {date} {clock}",
        "summary": "Since your last digest: {messages} messages in {groups} groups → {items} items "
        "({merged} duplicates merged, {chatter} chatter skipped{chatter_pointer})",
        "chatter_pointer": ": /chatter lists them",
        "lookback_summary": "{period}: {messages} messages in {groups} groups → {items} items "
        "({merged} duplicates merged, {chatter} chatter skipped{chatter_pointer}; "
        "✓ marks what a digest already brought)",
        "delivered": "✓ sent before",
        "todo": "⏰ To do (by due time)",
        "urgent": "🔴 Urgent",
        "section": "{icon} {label} ({count})",
        "continued": "(continued)",
        "original": "original",
        "pushed": "pushed at once",
        "updated": "🔄 updated",
        "in_groups": "{count} groups",
        "requested": "requested {count} times by {names}",
        "overdue": "Overdue {date} {clock}",
        "today": "Today {clock}",
        "tomorrow": "Tomorrow {clock}",
        "later": "{weekday} {day} {month_name} {clock}",
        "far": "{day} {month_name} {clock}",
        "date": "{day} {month_name}",
        "attachment": "📎 {name}",
        "more": "…and {count} more not listed here: see the groups",
        "footer": "/digest digest now · /chatter skipped chatter · /groups your groups · "
        "/help help",
    },
}
