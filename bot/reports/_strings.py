"""Report wording in Chinese (default) and English, kept beside the renderers."""

from __future__ import annotations

import html
from typing import Any

from bot.i18n import Html

__all__ = ["REPORT_STRINGS", "say", "say_plain"]

REPORT_STRINGS: dict[str, dict[str, str]] = {
    "zh": {
        "title": "📊 通知统计 · {period}（{days} 天）",
        "title_one_day": "📊 通知统计 · {period}（1 天）",
        "coverage": "范围：{names}",
        "totals": "共 {messages} 条消息：通知 {notices} 条，闲聊 {chatter} 条",
        "empty": "这段时间没有消息。",
        "h_kinds": "🏷 按类别",
        "h_departments": "🏢 按部门（通知 / 消息）",
        "department_line": "{name} {notices} / {messages}",
        "no_department": "未填部门",
        "h_groups": "👥 按群",
        "group_line": "• {title}{department}：共 {messages} 条，通知 {notices}，重复 {duplicates}",
        "group_department": "（{department}）",
        "more_groups": "…另有 {count} 个群",
        "h_days": "📅 按日（通知）",
        "h_months": "📅 按月（通知）",
        "h_weeks": "📅 按周（通知）",
        "h_hours": "🌙 工作时间外",
        "off_hours": "工作时间外发送 {share}（{count}/{total}），"
        "其中休息日 {rest_share}（{rest}/{total}）",
        "hours_rule": "工作时间：{days} {start}–{end}",
        "h_duplicates": "🔁 重复推送",
        "duplicate_rate": "重复率 {rate}（{copies} 份 / {distinct} 项），多发 {extra} 份",
        "repeated": "重复要求 {count} 项，其中 {several} 项来自多个部门",
        "repeated_line": "• {kind}｜{text} — {copies} 份 · {groups} 个群 · {requesters} 个部门",
        "checkins": "打卡类要求 {count} 条（{distinct} 项）",
        "h_burden": "📉 减负",
        "burden": "{cadres} 名干部，每人每天（中位数）本需看 {read} 条消息 → "
        "实际收到 {items} 项摘要",
        "burden_total": "合计 {read} 条 → {items} 项，减少 {saved}",
        "burden_none": "这些群里还没有订阅摘要的干部。",
        "acknowledged": "一键回执：收到 {acked} 人次，已完成 {done} 人次（只计总数，不列个人）",
        "footer": "/overlap 重叠的群 · /export 导出 CSV",
        "continued": "（续）",
        "btn_charts": "📈 图表",
        "btn_export": "📄 导出 CSV",
        "stale": "这个按钮已失效，请重新发送 /stats。",
        "chart_volume": "📈 每日通知量（按类别）· {period}",
        "chart_heatmap": "🌙 发送时间分布（星期 × 小时）· {period}",
        "chart_duplicates": "🔁 重复推送最多的群 · {period}",
        "draw_volume": "每日通知量（按类别）",
        "draw_volume_y": "通知数",
        "draw_heatmap": "发送时间（{zone}），框内为工作时间",
        "draw_hour": "小时",
        "draw_duplicates": "重复推送份数最多的群",
        "draw_duplicates_x": "重复份数",
        "draw_empty": "这段时间没有通知",
        "draw_no_duplicates": "这段时间没有重复推送",
        "overlap_title": "🔗 重叠最多的群 · {period}",
        "overlap_line": "• {first} ⇄ {second}：共同 {shared} 项，"
        "重合度 {jaccard}（占较小群的 {containment}）",
        "overlap_hint": "重合度 = 共同通知 / 两群通知合计；重合度高的群可考虑合并。",
        "overlap_none": "这段时间没有两个群收到过相同的通知。",
        "export_caption": "📄 通知导出 · {period}（{count} 条）",
        "export_empty": "这段时间没有通知可导出。",
        "export_too_large": "导出文件有 {size} MB，超过 Telegram 的 50 MB 上限。"
        "请缩短时间段，或在服务器上运行 fingertip report --format csv。",
        "csv_id": "编号",
        "csv_group": "群",
        "csv_department": "部门",
        "csv_sender": "发送人",
        "csv_sent": "发送时间",
        "csv_kind": "类别",
        "csv_urgent": "紧急",
        "csv_due": "截止时间",
        "csv_cluster": "同一通知编号",
        "csv_text": "内容",
        "yes": "是",
        "no": "否",
        "not_supervisor": "抱歉，只有督查人员可以查看统计。",
        "usage_grant": "用法：/grant 用户ID [部门1, 部门2]\n不写部门时，授予与您相同的范围。",
        "usage_revoke": "用法：/revoke 用户ID",
        "scope_all": "全部部门",
        "granted": "已授予 {user_id} 督查权限（范围：{scope}）。",
        "revoked": "已撤销 {user_id} 的督查权限。",
        "notify_granted": "您已获得督查权限（范围：{scope}）。发送 /stats 查看统计。",
        "notify_revoked": "您的督查权限已被撤销。",
        "notify_failed": "（对方还没有私聊过我，暂时无法通知对方。）",
        "error_period_bad": "无法识别时间段「{text}」：请写 7d、30d、今天、上周、本月"
        "或 2026-11-01..2026-11-30。",
        "error_period_order": "时间段的开始 {first} 晚于结束 {last}。",
        "error_period_long": "时间段最长 {max} 天（您要的是 {days} 天）。",
        "error_period_short": "时间段至少 1 天。",
        "error_period_range": "日期「{day}」超出范围：请用 {first} 到 {last} 之间的日期。",
        "error_no_target": "没有找到「{target}」这个群或部门（或不在您的权限范围内）。",
        "error_unknown_department": "没有登记过部门「{names}」。已有部门：{known}。",
        "error_not_supervisor": "只有督查人员可以授予或撤销督查权限。",
        "error_self": "不能修改自己的督查权限，请另一位督查人员操作。",
        "error_founder": "{user_id} 是配置文件中的督查人员，不能在 Telegram 中修改。",
        "error_grant_outside": "您只能在自己的部门范围内授权（{departments}）。",
        "error_target_outside": "{user_id} 的权限范围超出了您的范围，不能修改。",
        "error_not_granted": "{user_id} 不是经授权的督查人员。",
        "error_bad_user": "「{text}」不是有效的用户 ID（应为正整数）。",
        "error_no_database": "找不到数据库文件 {path}。",
        "error_no_tables": "数据库 {url} 中没有 Fingertip 的数据表，"
        "请先运行 fingertip db upgrade。",
        "error_png_needs_out": "--format png 需要用 --out 指定保存图表的文件夹。",
        "error_font_missing": "找不到图表所需的中文字体，请安装 mplfonts：pip install mplfonts",
    },
    "en": {
        "title": "📊 Notice statistics · {period} ({days} days)",
        "title_one_day": "📊 Notice statistics · {period} (1 day)",
        "coverage": "Covering: {names}",
        "totals": "{messages} messages: {notices} notices, {chatter} chatter",
        "empty": "No messages in this period.",
        "h_kinds": "🏷 By kind",
        "h_departments": "🏢 By department (notices / messages)",
        "department_line": "{name} {notices} / {messages}",
        "no_department": "no department",
        "h_groups": "👥 By group",
        "group_line": "• {title}{department}: {messages} in all, {notices} notices, "
        "{duplicates} duplicates",
        "group_department": " ({department})",
        "more_groups": "…and {count} more groups",
        "h_days": "📅 By day (notices)",
        "h_months": "📅 By month (notices)",
        "h_weeks": "📅 By week (notices)",
        "h_hours": "🌙 Outside working hours",
        "off_hours": "Sent outside working hours: {share} ({count}/{total}); "
        "on rest days: {rest_share} ({rest}/{total})",
        "hours_rule": "Working hours: {days} {start}–{end}",
        "h_duplicates": "🔁 Duplicates",
        "duplicate_rate": "Duplicate rate {rate} ({copies} copies / {distinct} notices), "
        "{extra} extra copies",
        "repeated": "Repeated requests: {count}, {several} of them from several departments",
        "repeated_line": "• {kind} | {text} — {copies} copies · {groups} groups · "
        "{requesters} requesters",
        "checkins": "Check-in demands: {count} ({distinct} distinct)",
        "h_burden": "📉 Burden",
        "burden": "{cadres} cadres; per cadre per day (median): {read} messages to read → "
        "{items} digest items received",
        "burden_total": "In all {read} messages → {items} items, {saved} less",
        "burden_none": "No subscribed cadres are in these groups yet.",
        "acknowledged": "One-tap receipts: {acked} got-its, {done} dones (totals only, "
        "never by person)",
        "footer": "/overlap overlapping groups · /export CSV",
        "continued": "(continued)",
        "btn_charts": "📈 Charts",
        "btn_export": "📄 Export CSV",
        "stale": "This button has expired; please send /stats again.",
        "chart_volume": "📈 Notices per day by kind · {period}",
        "chart_heatmap": "🌙 When notices are sent (weekday × hour) · {period}",
        "chart_duplicates": "🔁 Groups with the most duplicate copies · {period}",
        "draw_volume": "Notices per day by kind",
        "draw_volume_y": "notices",
        "draw_heatmap": "Sending times ({zone}); boxes mark working hours",
        "draw_hour": "hour",
        "draw_duplicates": "Groups with the most duplicate copies",
        "draw_duplicates_x": "duplicate copies",
        "draw_empty": "No notices in this period",
        "draw_no_duplicates": "No duplicate copies in this period",
        "overlap_title": "🔗 Most overlapping groups · {period}",
        "overlap_line": "• {first} ⇄ {second}: {shared} notices in common, "
        "overlap {jaccard} ({containment} of the smaller group)",
        "overlap_hint": "Overlap = shared notices / all notices of both groups; "
        "groups with a high overlap are candidates for merging.",
        "overlap_none": "No two groups received the same notice in this period.",
        "export_caption": "📄 Notices · {period} ({count})",
        "export_empty": "No notices to export in this period.",
        "export_too_large": "The export is {size} MB, over Telegram's 50 MB limit. "
        "Choose a shorter period, or run fingertip report --format csv on the server.",
        "csv_id": "id",
        "csv_group": "group",
        "csv_department": "department",
        "csv_sender": "sender",
        "csv_sent": "sent_at",
        "csv_kind": "kind",
        "csv_urgent": "urgent",
        "csv_due": "due_at",
        "csv_cluster": "cluster",
        "csv_text": "text",
        "yes": "yes",
        "no": "no",
        "not_supervisor": "Sorry, only supervisors can see statistics.",
        "usage_grant": "Usage: /grant USER_ID [department 1, department 2]\n"
        "Without departments the new supervisor gets your own scope.",
        "usage_revoke": "Usage: /revoke USER_ID",
        "scope_all": "all departments",
        "granted": "{user_id} is now a supervisor (scope: {scope}).",
        "revoked": "{user_id} is no longer a supervisor.",
        "notify_granted": "You are now a supervisor (scope: {scope}). Send /stats for statistics.",
        "notify_revoked": "Your supervisor rights have been revoked.",
        "notify_failed": "(They have not opened a private chat with me yet, so I could not "
        "tell them.)",
        "error_period_bad": "Cannot read the period “{text}”: use 7d, 30d, today, last week, "
        "this month or 2026-11-01..2026-11-30.",
        "error_period_order": "The period starts on {first}, after its end {last}.",
        "error_period_long": "A period is at most {max} days ({days} asked).",
        "error_period_short": "A period is at least one day.",
        "error_period_range": "The date {day} is out of range: use dates from {first} to {last}.",
        "error_no_target": "No group or department “{target}” (or it is outside your scope).",
        "error_unknown_department": "No group was registered under “{names}”. "
        "Known departments: {known}.",
        "error_not_supervisor": "Only supervisors can grant or revoke supervisor rights.",
        "error_self": "You cannot change your own rights; ask another supervisor.",
        "error_founder": "{user_id} is a supervisor from the config file and cannot be "
        "changed in Telegram.",
        "error_grant_outside": "You can grant only within your own departments ({departments}).",
        "error_target_outside": "{user_id} has a wider scope than yours; you cannot change it.",
        "error_not_granted": "{user_id} is not a granted supervisor.",
        "error_bad_user": "“{text}” is not a user id (a positive whole number).",
        "error_no_database": "There is no database file at {path}.",
        "error_no_tables": "The database at {url} has no Fingertip tables; "
        "run fingertip db upgrade first.",
        "error_png_needs_out": "--format png needs --out, the folder to save the charts in.",
        "error_font_missing": "The CJK chart font is missing; install mplfonts "
        "(pip install mplfonts).",
    },
}


def _template(lang: str, key: str) -> str:
    return REPORT_STRINGS.get(lang, REPORT_STRINGS["zh"]).get(key) or REPORT_STRINGS["zh"][key]


def say(lang: str, key: str, **values: Any) -> Html:
    """A string as HTML: values are escaped unless they are ``Html`` already."""
    safe = {
        name: value if isinstance(value, Html) else html.escape(str(value), quote=False)
        for name, value in values.items()
    }
    return Html(_template(lang, key).format(**safe))


def say_plain(lang: str, key: str, **values: Any) -> str:
    """A string as plain text: for the CLI, charts, file contents and logs."""
    return _template(lang, key).format(**values)
