"""To-dos as the cadre and the sender read them: buttons, press answers, reminders, receipts."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from difflib import SequenceMatcher

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.i18n import KIND_LABELS
from bot.links import message_link
from bot.services.todos import Press
from nlp.preview import cut_preview, display_text
from storage.repository import NoticeInGroup, PendingCorrection, Receipt

__all__ = [
    "TODO_STRINGS",
    "Reminder",
    "correction_line",
    "correction_text",
    "item_buttons",
    "reminder_buttons",
    "render_receipts",
    "render_reminder",
    "swap_button",
]

TODO_STRINGS: dict[str, dict[str, str]] = {
    "zh": {
        "ack": "收到",
        "done": "已完成",
        "undo": "↩️ 撤销",
        "acked": "已收到 ✅",
        "done_ok": "已完成 ✅ 不再提醒",
        "unchanged": "已记下，无需再按",
        "undone": "已撤销",
        "stale": "这个键盘已过时：该事项已不在您的待办里。请看最新一期摘要。",
        "remind_title": "⏰ 待办提醒",
        "remind_in": "{when}截止",
        "remind_line": "• {due} ｜{what}（{group}）",
        "receipts_title": "📬 您近 7 天的通知回执",
        "receipts_line": "• {text} · 送达 {delivered} 人 · 收到 {acked}",
        "receipts_silent": "  未收到：{names}",
        "receipts_none": "近 7 天没有您发出、由我送达的待办或紧急通知。",
        "receipts_more": "等 {count} 人",
        "groupinfo_receipts": "回执：我会把本群的待办和紧急通知私信给成员，成员点「收到」即可，"
        "不必在群里回复收到；发送人私聊我 /receipts 可看送达和收到人数、谁还没收到。",
        "correction_title": "✏️ 更正",
        "corrected_due": "截止时间：{old} → {new}",
        "corrected_text": "原为：{old}",
        "no_due": "无",
        "corrected_mark": "✏️ 已更正：{change}",
    },
    "en": {
        "ack": "Got it",
        "done": "Done",
        "undo": "↩️ Undo",
        "acked": "Got it ✅",
        "done_ok": "Done ✅ no more reminders",
        "unchanged": "Already noted",
        "undone": "Undone",
        "stale": "This keyboard is out of date: that item is no longer among your to-dos. "
        "See your latest digest.",
        "remind_title": "⏰ To-do reminder",
        "remind_in": "due {when}",
        "remind_line": "• {due} | {what} ({group})",
        "receipts_title": "📬 Receipts for your notices of the last 7 days",
        "receipts_line": "• {text} · delivered to {delivered} · got it: {acked}",
        "receipts_silent": "  Not yet: {names}",
        "receipts_none": "No to-do or urgent notice of yours reached anyone through me "
        "in the last 7 days.",
        "receipts_more": "and {count} more",
        "groupinfo_receipts": "Receipts: I send this group's to-dos and urgent notices to its "
        "members, who tap “Got it” instead of replying in the group; senders can ask me "
        "/receipts in private to see how many got each one and who has not.",
        "correction_title": "✏️ Correction",
        "corrected_due": "Due: {old} → {new}",
        "corrected_text": "Was: {old}",
        "no_due": "none",
        "corrected_mark": "✏️ corrected: {change}",
    },
}
_TEXT_CHARS = 40
_NAMES_SHOWN = 12
_RECEIPTS_SHOWN = 20  # newest first; twenty notices with their names fit one message


def _short(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _notice_text(text: str, limit: int) -> str:
    """A notice as digests show it: no relay wrapper, cut at a boundary."""
    return cut_preview(display_text(text), limit)


def item_buttons(item_id: int, lang: str) -> InlineKeyboardMarkup:
    """收到 and 已完成 for one item (an urgent push, a reminder of one to-do)."""
    return reminder_buttons([item_id], lang)


def reminder_buttons(item_ids: Sequence[int], lang: str) -> InlineKeyboardMarkup:
    """收到 and 已完成 per item, numbered as the lines are when there are several."""
    strings = TODO_STRINGS[lang]
    rows = []
    for n, item in enumerate(item_ids, 1):
        tag = f" {n}" if len(item_ids) > 1 else ""
        rows.append(
            [
                InlineKeyboardButton(strings["ack"] + tag, callback_data=f"td:k:{item}"),
                InlineKeyboardButton(strings["done"] + tag, callback_data=f"td:d:{item}"),
            ]
        )
    return InlineKeyboardMarkup(rows)


def swap_button(
    markup: InlineKeyboardMarkup | None, press: Press, lang: str
) -> InlineKeyboardMarkup | None:
    """The keyboard with the pressed button turned into its 撤销 (or back again)."""
    if markup is None:
        return None
    undo = TODO_STRINGS[lang]["undo"] + " "
    pressed = press.data(undo=press.undo)
    rows = []
    for row in markup.inline_keyboard:
        buttons = []
        for button in row:
            if button.callback_data == pressed:
                label = button.text.removeprefix(undo) if press.undo else undo + button.text
                data = press.data(undo=not press.undo)
                button = InlineKeyboardButton(label, callback_data=data)
            buttons.append(button)
        rows.append(buttons)
    return InlineKeyboardMarkup(rows)


@dataclass(frozen=True, slots=True)
class Reminder:
    """One to-do to remind of: its due moment, what it is, where it came from."""

    item_id: int
    due_at: datetime
    text: str
    kind_label: str
    group_title: str


def render_reminder(reminders: Sequence[Reminder], now: datetime, lang: str) -> str:
    """One message for the reminders of one minute (in the order given: soonest first)."""
    strings = TODO_STRINGS[lang]
    lines = [f"<b>{strings['remind_title']}</b>"]
    several = len(reminders) > 1
    for n, reminder in enumerate(reminders, 1):
        local = reminder.due_at.astimezone(now.tzinfo)
        due = strings["remind_in"].format(when=_in_words(local, now, lang))
        what = f"{reminder.kind_label}｜{_notice_text(reminder.text, _TEXT_CHARS)}"
        line = strings["remind_line"].format(
            due=due, what=what, group=_short(reminder.group_title, 20)
        )
        if several:
            line = f"{n}. " + line.removeprefix("• ")
        lines.append(html.escape(line, quote=False))
    return "\n".join(lines)


def _in_words(local: datetime, now: datetime, lang: str) -> str:
    hours, minutes = divmod(max(0, round((local - now).total_seconds() / 60)), 60)
    clock = local.strftime("%H:%M")
    if lang == "zh":
        parts = [f"{hours} 小时"] * bool(hours) + [f"{minutes} 分钟"] * bool(minutes)
        day = "今天" if local.date() == now.date() else f"{local.month}月{local.day}日"
        return f"{' '.join(parts) or '即将'}后（{day} {clock}）"
    parts = [f"{hours} h"] * bool(hours) + [f"{minutes} min"] * bool(minutes)
    day = "today" if local.date() == now.date() else f"{local:%d %b}"
    return f"in {' '.join(parts) or 'moments'} ({day} {clock})"


def render_receipts(receipts: Sequence[Receipt], lang: str) -> str:
    """Per notice: delivered to N, 收到 by M, and who has not acknowledged."""
    strings = TODO_STRINGS[lang]
    if not receipts:
        return strings["receipts_none"]
    lines = [f"<b>{strings['receipts_title']}</b>"]
    for receipt in receipts[:_RECEIPTS_SHOWN]:
        text = _notice_text(receipt.text, _TEXT_CHARS)
        line = strings["receipts_line"].format(
            text=text, delivered=receipt.delivered, acked=receipt.acked
        )
        lines.append(html.escape(line, quote=False))
        silent = receipt.silent
        if silent:
            sep = "、" if lang == "zh" else ", "
            names = sep.join(_short(name, 12) for name in silent[:_NAMES_SHOWN])
            if len(silent) > _NAMES_SHOWN:
                names += " " + strings["receipts_more"].format(count=len(silent) - _NAMES_SHOWN)
            lines.append(html.escape(strings["receipts_silent"].format(names=names), quote=False))
    return "\n".join(lines)


def _moment(due: datetime | None, now: datetime, lang: str) -> str:
    if due is None:
        return TODO_STRINGS[lang]["no_due"]
    local = due.astimezone(now.tzinfo)
    if local.date() == now.date():
        return local.strftime("%H:%M")
    return f"{local.month}月{local.day}日 {local:%H:%M}" if lang == "zh" else f"{local:%d %b %H:%M}"


def _change(
    old_text: str,
    old_due: datetime | None,
    new_due: datetime | None,
    now: datetime,
    lang: str,
    new_text: str | None = None,
) -> str:
    strings = TODO_STRINGS[lang]
    if old_due != new_due:
        old, new = _moment(old_due, now, lang), _moment(new_due, now, lang)
        return strings["corrected_due"].format(old=old, new=new)
    if new_text is not None and (change := _text_change(old_text, new_text)):
        return _short(change, _TEXT_CHARS * 2)
    return strings["corrected_text"].format(old=_short(old_text, _TEXT_CHARS))


def _text_change(old: str, new: str) -> str | None:
    """What an edit changed, with a character of context: "在二楼 → 在三楼"."""
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    changes = [op for op in matcher.get_opcodes() if op[0] != "equal"]
    if not changes or len(changes) > 2:
        return None
    befores, afters = [], []
    for _, i1, i2, j1, j2 in changes:
        befores.append(old[max(0, i1 - 1) : i2 + 1])
        afters.append(new[max(0, j1 - 1) : j2 + 1])
    return f"{'…'.join(befores)} → {'…'.join(afters)}"


def correction_text(
    row: NoticeInGroup, old_text: str, old_due: datetime | None, now: datetime, lang: str
) -> str:
    """The 更正 pushed at once: what it says now, and what changed."""
    notice, group = row.notice, row.group
    strings = TODO_STRINGS[lang]
    kind = KIND_LABELS[lang].get(notice.kind, notice.kind)
    change = _change(old_text, old_due, notice.due_at, now, lang, notice.text)
    link = message_link(notice.chat_id, notice.message_id, group.username)
    original = "原文" if lang == "zh" else "original"
    tail = f' · <a href="{html.escape(link)}">{original}</a>' if link else ""
    head = f"<b>{strings['correction_title']}</b> ｜{kind} — {html.escape(group.title)}"
    body = html.escape(_short(notice.text, 400), quote=False)
    return f"{head}\n{body}\n{html.escape(change, quote=False)}{tail}"


def correction_line(pending: PendingCorrection, now: datetime, lang: str) -> str:
    """A digest line for a correction shown at the top of the next digest."""
    kind = KIND_LABELS[lang].get(pending.kind, pending.kind)
    change = _change(
        pending.old_text, pending.old_due_at, pending.new_due_at, now, lang, pending.new_text
    )
    mark = TODO_STRINGS[lang]["corrected_mark"].format(change=change)
    text = _notice_text(pending.new_text, _TEXT_CHARS)
    line = f"• ｜{kind}｜{text} — {_short(pending.group_title, 20)} · {mark}"
    link = message_link(pending.chat_id, pending.message_id, pending.username)
    original = "原文" if lang == "zh" else "original"
    tail = f' · <a href="{html.escape(link)}">{original}</a>' if link else ""
    return html.escape(line, quote=False) + tail
