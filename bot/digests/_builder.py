"""Build digests from the database: fix their content, move each cadre's window on.

Every build is a round (a scheduled slot's is every due cadre at once;
``/digest`` is a round of one): one read of the cadres, their groups and
the notices of the window, then one plan per cadre and one write.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session

from bot.digests._model import CarriedTodo, DigestEntry, DigestView
from bot.digests._render import LineCache, render_digest
from bot.digests._round import CadreWindow, Plan, RoundData, plan_batch
from bot.digests._todos import (
    CORRECTIONS_RECALLED,
    OVERDUE_CARRIED,
    TODO_KINDS,
    OpenTodos,
    digest_keyboard,
    new_todo_items,
)
from bot.settings import CadreSettings, Defaults, effective_settings
from bot.todos import correction_line
from storage import repository as repo

__all__ = ["DigestBuilder"]

# Pushes are recorded as they happen; a week more than any window is plenty.
_PUSH_HORIZON = timedelta(days=7)
# Digests written so many at a time: their rendered parts need not all be held at once.
_WRITE_EVERY = 1000


@dataclass(frozen=True, slots=True)
class DigestBuilder:
    """Turns what arrived in cadres' groups since their last digest into outbox rows."""

    defaults: Defaults
    first_lookback: timedelta
    max_items: int  # items listed per digest; 0 lists every one

    def build(
        self, session: Session, *, user_id: int, slot: str, now: datetime, keep_empty: bool
    ) -> int | None:
        """The new digest's id, or None when there is nothing to send (or it exists).

        ``keep_empty`` records a scheduled slot even with nothing to say, so the
        slot counts as done and the window moves on without a useless message.
        """
        built = self.build_many(session, [(user_id, slot)], now=now, keep_empty=keep_empty)
        return built.get(user_id)

    def build_many(
        self,
        session: Session,
        due: Sequence[tuple[int, str]],
        *,
        now: datetime,
        keep_empty: bool,
    ) -> dict[int, int]:
        """Digests for (cadre, slot) pairs, one per cadre: cadre → id of each digest
        with something to send. Inactive or unknown cadres are skipped."""
        slots = dict(reversed(due))  # a cadre twice: the first slot given
        windows = self._windows(session, list(slots), now)
        data = self._read(session, windows, now)
        opened = self._open_todos(session, windows, data, now)
        owed = repo.pending_corrections(session=session, user_ids=[w.user_id for w in windows])
        lines = LineCache()
        built: dict[int, int] = {}

        def read_texts(notice_ids: set[int]) -> dict[int, repo.NoticeText]:
            return repo.notice_texts(session=session, notice_ids=notice_ids)

        for start in range(0, len(windows), _WRITE_EVERY):
            batch = windows[start : start + _WRITE_EVERY]
            plans = plan_batch(data, batch, self.max_items, read_texts)
            carried = [
                _not_new(opened.carried(window, now), plan)
                for window, plan in zip(batch, plans, strict=True)
            ]
            corrections = [owed.get(window.user_id, []) for window in batch]
            digests = [
                _digest(window, plan, slots[window.user_id], now, lines, todos, fixes)
                for window, plan, todos, fixes in zip(
                    batch, plans, carried, corrections, strict=True
                )
                if plan.totals or keep_empty  # a scheduled digest may carry only to-dos
            ]
            written = repo.add_digests(session=session, digests=digests)
            with_parts = {d.user_id for d in digests if d.parts}
            built.update((u, ident) for u, ident in written.items() if u in with_parts)
            shown = [c.id for fixes in corrections for c in fixes if c.user_id in built]
            repo.mark_corrections_shown(session=session, ids=shown, at=now)
        return built

    def _open_todos(
        self, session: Session, windows: list[CadreWindow], data: RoundData, now: datetime
    ) -> OpenTodos:
        """What may be open for the round's carrying cadres: to-dos of their groups
        that arrived before their windows, the marks on them, the words they show."""
        carrying = [w for w in windows if w.settings.carry_todos]
        group_ids = {g for window in carrying for g in window.groups}
        until = max((window.since for window in carrying), default=now)
        rows = repo.due_rows(
            session=session,
            group_ids=group_ids,
            kinds=TODO_KINDS,
            due_after=now - OVERDUE_CARRIED,
            received_until=until,
        )
        items = {row.cluster_id or row.id for row in rows}
        marks = repo.marks_on(session=session, item_ids=items)
        shown = {row.id for row in rows} - data.texts.keys()
        data.texts.update(repo.notice_texts(session=session, notice_ids=shown))
        corrected = repo.corrections_of(
            session=session,
            user_ids=[window.user_id for window in carrying],
            since=now - CORRECTIONS_RECALLED,
        )
        return OpenTodos(data.groups, data.texts, rows, marks, corrected)

    def _windows(self, session: Session, user_ids: list[int], now: datetime) -> list[CadreWindow]:
        cadres = repo.cadres_by_id(session=session, user_ids=user_ids)
        active = [cadres[u] for u in user_ids if u in cadres and cadres[u].active]
        ends = repo.last_window_ends(session=session, user_ids=[c.user_id for c in active])
        groups = repo.member_groups(session=session, user_ids=[c.user_id for c in active])
        windows = []
        for cadre in active:
            first = cadre.subscribed_at - self.first_lookback
            since = ends.get(cadre.user_id, first)
            if since >= now:
                continue  # a digest was built at this very moment
            mine = dict(sorted(groups.get(cadre.user_id, [])))
            settings = effective_settings(cadre, self.defaults)
            windows.append(CadreWindow(cadre.user_id, since, first, mine, settings))
        return windows

    def read_round(
        self, session: Session, windows: list[CadreWindow], until: datetime
    ) -> RoundData:
        """What a round reads, for windows that end at ``until`` (a look-back's end)."""
        return self._read(session, windows, until)

    def _read(self, session: Session, windows: list[CadreWindow], now: datetime) -> RoundData:
        group_ids = {g for window in windows for g in window.groups}
        since = min((window.since for window in windows), default=now)
        rows = repo.window_rows(session=session, group_ids=group_ids, since=since, until=now)
        multi = {row.cluster_id for row in rows if row.copies > 1 and row.cluster_id}
        copies: dict[int, list[repo.WindowRow]] = defaultdict(list)
        for row in repo.copies_of(session=session, cluster_ids=multi):
            if row.cluster_id is not None:
                copies[row.cluster_id].append(row)
        by_group: dict[int, list[repo.WindowRow]] = defaultdict(list)
        for row in rows:  # group by group, as they arrived
            by_group[row.group_id].append(row)
        every_group = group_ids | {row.group_id for found in copies.values() for row in found}
        users = [window.user_id for window in windows]
        pushed_since = since - _PUSH_HORIZON
        every_copy = [row.id for found in copies.values() for row in found]
        return RoundData(
            groups=repo.groups_by_id(session=session, group_ids=every_group),
            rows_by_group=by_group,
            copies=copies,
            pushed=repo.pushed_pairs(session=session, user_ids=users, since=pushed_since),
            texts=repo.notice_texts(session=session, notice_ids=every_copy),
        )


def _not_new(carried: list[CarriedTodo], plan: Plan) -> list[CarriedTodo]:
    """A to-do listed again among the new items (its due moment changed) shows there."""
    if not carried or not plan.planned:
        return carried
    held = {todo.item_id for todo in carried}
    again = {i for item in plan.planned if (i := item.cluster_id or item.shown_id) in held}
    return [todo for todo in carried if todo.item_id not in again] if again else carried


def plan_view(
    plan: Plan,
    settings: CadreSettings,
    now: datetime,
    *,
    entries: list[DigestEntry] | None = None,
    carried: Sequence[CarriedTodo] = (),
    corrections: Sequence[str] = (),
    period: str | None = None,
) -> DigestView:
    """One cadre's plan as a view to render: a slot's digest and a look-back
    share the header counts and differ only in what they add."""
    return DigestView(
        lang=settings.language,
        zone=settings.zone,
        generated_at=now,
        entries=plan.entries if entries is None else entries,
        message_count=plan.messages,
        group_count=plan.groups,
        chatter_count=plan.chatter,
        merged_count=plan.merged,
        totals=plan.totals,
        carried=carried,
        corrections=corrections,
        period=period,
    )


def _digest(
    window: CadreWindow,
    plan: Plan,
    slot: str,
    now: datetime,
    lines: LineCache,
    carried: Sequence[CarriedTodo],
    corrections: Sequence[repo.PendingCorrection],
) -> repo.NewDigest:
    """The outbox row of one plan: its parts rendered (none when it lists nothing)."""
    local = now.astimezone(window.settings.zone)
    view = plan_view(
        plan,
        window.settings,
        now,
        carried=carried,
        corrections=[correction_line(c, local, window.settings.language) for c in corrections],
    )
    parts = render_digest(view, lines) if plan.totals or carried or corrections else []
    todo_items = [todo.item_id for todo in carried]
    todo_items += new_todo_items(plan.planned)
    keyboard = digest_keyboard(todo_items, view.lang, int(now.timestamp())) if parts else []
    return repo.NewDigest(
        window.user_id, slot, window.since, now, parts, plan.items, todo_items, keyboard
    )
