"""Reading burden: what cadres would have read versus the digest items they got.

Split from ``analytics`` to keep each module readable; it shares the report
slice and its filters.
"""

from __future__ import annotations

from sqlalchemy import func
from sqlalchemy import select as select_columns
from sqlmodel import Session, col

from storage.models import Cadre, Digest, Group, Membership, Notice
from storage.repository.analytics import ReportSlice, _group_filter, _on_group

__all__ = ["cadre_items", "cadre_reading"]


def cadre_reading(*, session: Session, part: ReportSlice) -> dict[int, int]:
    """Messages each active cadre would have had to read in the slice's groups.

    Every active cadre who is a member of a covered group appears, with zero
    when those groups were silent. Groups are counted once before the join
    with memberships, so the cost grows with groups, not members × messages.
    Membership is as last seen: there is no history.
    """
    per_group = (
        select_columns(col(Notice.group_id).label("group_id"), func.count().label("messages"))
        .where(col(Notice.sent_at) >= part.since, col(Notice.sent_at) < part.until)
        .group_by(col(Notice.group_id))
        .subquery()
    )
    statement = (
        select_columns(col(Membership.user_id), func.sum(func.coalesce(per_group.c.messages, 0)))
        .select_from(Membership)
        .join(Cadre, col(Cadre.user_id) == col(Membership.user_id))
        .join(Group, col(Group.id) == col(Membership.group_id))
        .outerjoin(per_group, per_group.c.group_id == col(Membership.group_id))
        .where(col(Membership.is_member), col(Cadre.active), *_group_filter(part))
        .group_by(col(Membership.user_id))
    )
    return {int(user_id): int(n) for user_id, n in session.execute(statement)}


def _covered_notices(session: Session, part: ReportSlice, notice_ids: set[int]) -> set[int]:
    """Which of these notices were posted in a covered group.

    One range query instead of IN lists: digests of a month name ~10⁵ notices,
    and binding that many parameters costs more than reading the id range.
    """
    if not notice_ids:
        return set()
    statement = (
        select_columns(col(Notice.id))
        .join(Group, _on_group())
        .where(col(Notice.id).between(min(notice_ids), max(notice_ids)), *_group_filter(part))
    )
    return notice_ids.intersection(int(nid) for (nid,) in session.execute(statement))


def cadre_items(*, session: Session, part: ReportSlice) -> dict[int, int]:
    """Digest items delivered to each cadre by digests sent for slots in the slice.

    A digest belongs to the slice by ``window_end`` (the slot's moment on the
    bot's clock). Under a department or group filter an item counts when any
    of its copies was posted in a covered group. Cadres with no item are absent.
    """
    statement = select_columns(col(Digest.user_id), col(Digest.items)).where(
        col(Digest.status) == "sent",
        col(Digest.window_end) >= part.since,
        col(Digest.window_end) < part.until,
    )
    digests = [(int(user_id), list(items or [])) for user_id, items in session.execute(statement)]
    covered: set[int] | None = None
    if part.restricted:
        every_id = {int(nid) for _, items in digests for item in items for nid in item}
        covered = _covered_notices(session, part, every_id)
    totals: dict[int, int] = {}
    for user_id, items in digests:
        count = sum(1 for item in items if covered is None or covered.intersection(item))
        if count:
            totals[user_id] = totals.get(user_id, 0) + count
    return totals
