"""Reminders before due times: one private message per cadre and tick, held in quiet hours.

Each open to-do is reminded at most once per moment: ``remind_before`` before
its due time, and on the due day's morning when it falls due later that day.
A moment is recorded before the message is sent, so a crash never sends it
twice; a moment inside quiet hours stays pending and goes when they end, if
the to-do is still open and not yet due.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta
from functools import partial

from sqlmodel import Session
from telegram import Bot, InlineKeyboardMarkup

from bot.digests import TODO_KINDS
from bot.i18n import KIND_LABELS
from bot.services._threads import in_session
from bot.services.delivery import Delivery, send_html
from bot.settings import CadreSettings, Defaults, effective_settings, in_quiet_hours
from bot.todos import Reminder, reminder_buttons, render_reminder
from storage import repository as repo
from storage.database import Database

__all__ = ["ReminderService", "remind_moments"]

# Reminders are looked for among to-dos due within this: the longest lead
# offered is four hours, a morning reminder at most a day ahead.
_HORIZON = timedelta(hours=26)
_SENT_LOOKBACK = timedelta(days=2)

Outgoing = tuple[int, str, InlineKeyboardMarkup]


def remind_moments(due: datetime, settings: CadreSettings) -> list[datetime]:
    """When a to-do due at ``due`` is reminded, by this cadre's settings."""
    moments: list[datetime] = []
    lead = None
    if settings.remind_before is not None:
        lead = due - timedelta(minutes=settings.remind_before)
        moments.append(lead)
    if settings.remind_morning is not None:
        local = due.astimezone(settings.zone)
        morning = datetime.combine(local.date(), settings.remind_morning, tzinfo=settings.zone)
        if morning < local and (lead is None or morning < lead):
            moments.append(morning)
    return moments


class ReminderService:
    """Finds the reminders due at each tick and sends them, grouped per cadre."""

    def __init__(self, db: Database, defaults: Defaults) -> None:
        self._db = db
        self._defaults = defaults

    async def initialize(self) -> None:
        """What was reminded lives in the database."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    async def run(self, bot: Bot, now: datetime) -> int:
        """Send every reminder due by ``now``; returns the messages sent."""
        outgoing = await in_session(self._db, lambda s: self._due(s, now))
        sent = 0
        for user_id, text, markup in outgoing:
            outcome = await send_html(bot, user_id, text, markup)
            if outcome is Delivery.SENT:
                sent += 1
            elif outcome is Delivery.GONE:
                await in_session(self._db, partial(_deactivate, user_id=user_id))
        return sent

    def _due(self, session: Session, now: datetime) -> list[Outgoing]:
        candidates = repo.reminder_candidates(
            session=session, now=now, horizon=now + _HORIZON, kinds=TODO_KINDS
        )
        users = {c.user_id for c in candidates}
        cadres = repo.cadres_by_id(session=session, user_ids=users)
        reached = repo.last_window_ends(session=session, user_ids=users)
        marks = repo.marks_on(session=session, item_ids={c.item_id for c in candidates})
        sent = repo.reminded_pairs(session=session, user_ids=users, since=now - _SENT_LOOKBACK)
        by_user: dict[int, list[repo.ReminderCandidate]] = defaultdict(list)
        for candidate in candidates:
            by_user[candidate.user_id].append(candidate)
        outgoing: list[Outgoing] = []
        records: list[tuple[int, int, datetime, datetime]] = []
        for user_id, mine in by_user.items():
            settings = effective_settings(cadres[user_id], self._defaults)
            if in_quiet_hours(settings, now):
                continue  # held: the moments stay pending until quiet hours end
            reminders: dict[int, Reminder] = {}
            for c in mine:
                if not _open_for(c, reached.get(user_id), marks, settings):
                    continue
                for moment in remind_moments(c.due_at, settings):
                    if c.received_at < moment <= now and (user_id, c.item_id, moment) not in sent:
                        records.append((user_id, c.item_id, moment, c.due_at))
                        reminders[c.item_id] = _reminder(c, settings.language)
            if reminders:
                outgoing.append(_message(user_id, list(reminders.values()), settings, now))
        repo.record_reminders(session=session, reminders=records, at=now)
        return outgoing


def _open_for(
    c: repo.ReminderCandidate,
    reached_until: datetime | None,
    marks: dict[tuple[int, int], repo.Marks],
    settings: CadreSettings,
) -> bool:
    """A copy that reached the cadre in a digest, of a to-do not done, not muted."""
    if reached_until is None or not c.joined_at < c.received_at <= reached_until:
        return False  # not delivered yet: the next digest lists it, with its due time
    if c.chat_id in settings.muted_groups or c.kind in settings.muted_kinds:
        return False
    if c.sender_id == c.user_id:
        return False  # their own notice
    found = marks.get((c.user_id, c.item_id))
    return found is None or not found.done


def _reminder(candidate: repo.ReminderCandidate, lang: str) -> Reminder:
    label = KIND_LABELS[lang].get(candidate.kind, candidate.kind)
    return Reminder(
        candidate.item_id, candidate.due_at, candidate.text, label, candidate.group_title
    )


def _message(
    user_id: int, reminders: list[Reminder], settings: CadreSettings, now: datetime
) -> Outgoing:
    reminders.sort(key=lambda r: (r.due_at, r.item_id))
    local = now.astimezone(settings.zone)
    text = render_reminder(reminders, local, settings.language)
    markup = reminder_buttons([r.item_id for r in reminders], settings.language)
    return user_id, text, markup


def _deactivate(session: Session, *, user_id: int) -> None:
    repo.deactivate_cadre(session=session, user_id=user_id, reason="blocked the bot")
