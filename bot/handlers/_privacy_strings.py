"""The words of /mydata, /forget and the notice purge after /unregister."""

from __future__ import annotations

from typing import Any

__all__ = ["say"]

_STRINGS: dict[str, dict[str, str]] = {
    "zh": {
        "mydata_none": "我没有存任何关于您的信息。群里的通知正文保存 {days} 天。",
        "mydata_title": "<b>🗂 我存的关于您的信息</b>",
        "mydata_profile": "• 资料：{name}，{since} 起订阅",
        "mydata_settings": "• 设置：摘要时间 {times}，时区 {zone}，免打扰 {quiet}，"
        "屏蔽 {muted} 个群，屏蔽类别 {kinds}，语言 {language}",
        "mydata_groups": "• 所在的已登记群（{count} 个）：{groups}",
        "mydata_digests": "• 保存的摘要：{count} 份（最早 {first}）",
        "mydata_pushes": "• 紧急推送记录：{count} 条；您在群里发的通知：{sent} 条（属于群的记录）",
        "mydata_acks": "• 待办标记：收到 {acked} 条，已完成 {done} 条",
        "mark_acked": "收到",
        "mark_done": "已完成",
        "mark_no_text": "（通知已删除或正文已清除）",
        "default_mark": "（默认）",
        "mydata_supervisor": "• 督查权限：{scope}",
        "all_departments": "全部部门",
        "mydata_footer": "通知正文保存 {days} 天后清除（统计数字保留）。"
        "发送 /forget 删除以上关于您的信息。",
        "btn_forget": "🗑 全部删除",
        "btn_keep": "取消",
        "forget_ask": "要删除我存的关于您的全部信息吗？（资料、设置、摘要、推送记录、群成员记录、"
        "督查权限、待办的收到和已完成标记、提醒和更正记录）"
        "您在群里发的通知属于群的记录，不会删除。删除后需要重新 /start 才能收到摘要。",
        "forget_kept": "好的，什么都没有删除。",
        "forget_done": "已删除：您的资料和设置、{digests} 份摘要、{groups} 条群成员记录、"
        "{marks} 条待办标记。"
        "想再收到摘要时发送 /start。",
        "btn_purge": "🗑 删除本群已存的 {count} 条通知",
        "btn_keep_notices": "保留",
        "purge_ask": "本群还存着 {count} 条通知（用于摘要和统计）。要删除吗？"
        "只有发送 /unregister 的管理员可以操作。",
        "purge_kept": "好的，通知保留。",
        "purge_done": "已删除本群存的 {count} 条通知。",
    },
    "en": {
        "mydata_none": "I store nothing about you. Group notice texts are kept {days} days.",
        "mydata_title": "<b>🗂 What I store about you</b>",
        "mydata_profile": "• Profile: {name}, subscribed since {since}",
        "mydata_settings": "• Settings: digests at {times}, time zone {zone}, quiet hours {quiet}, "
        "{muted} muted groups, muted kinds {kinds}, language {language}",
        "mydata_groups": "• Registered groups you are in ({count}): {groups}",
        "mydata_digests": "• Digests kept: {count} (first {first})",
        "mydata_pushes": "• Urgent pushes: {count}; notices you posted in groups: {sent} "
        "(part of the groups' record)",
        "mydata_acks": "• To-do marks: {acked} acknowledged (收到), {done} done (已完成)",
        "mark_acked": "acknowledged",
        "mark_done": "done",
        "mark_no_text": "(notice deleted or its text cleared)",
        "default_mark": " (default)",
        "mydata_supervisor": "• Supervisor rights: {scope}",
        "all_departments": "all departments",
        "mydata_footer": "Notice texts are cleared after {days} days (counts stay). "
        "Send /forget to delete what is stored about you.",
        "btn_forget": "🗑 Delete everything",
        "btn_keep": "Cancel",
        "forget_ask": "Delete everything I store about you (profile, settings, digests, pushes, "
        "group memberships, supervisor rights, to-do marks, reminders and corrections)? "
        "Notices you posted in groups belong to the groups' record and stay. "
        "Send /start again afterwards to get digests.",
        "forget_kept": "All right, nothing was deleted.",
        "forget_done": "Deleted: your profile and settings, {digests} digests, {groups} group "
        "memberships, {marks} to-do marks. Send /start to get digests again.",
        "btn_purge": "🗑 Delete the {count} stored notices",
        "btn_keep_notices": "Keep them",
        "purge_ask": "This group's {count} notices are still stored (for digests and statistics). "
        "Delete them? Only the admin who sent /unregister can.",
        "purge_kept": "All right, the notices are kept.",
        "purge_done": "Deleted the {count} notices stored for this group.",
    },
}


def say(lang: str, key: str, **values: Any) -> str:
    table = _STRINGS.get(lang, _STRINGS["zh"])
    return table[key].format(**values)
