"""Repository functions: keyword-only, each takes the caller's ``session=``.

The only place in the project that builds SQL statements.
"""

from storage.repository.cadres import (
    deactivate_cadre,
    get_cadre,
    list_active_cadres,
    save_cadre_settings,
    upsert_cadre,
)
from storage.repository.chatter import (
    ChatterPage,
    ChatterRow,
    last_digest_start,
    recent_chatter,
)
from storage.repository.claims import (
    claim_digests,
    claim_part,
    claim_push,
    outbox_backlog,
    release_digest,
    release_push,
    renew_claims,
)
from storage.repository.clusters import (
    Reminders,
    asked_by_requester,
    posted_again,
    posters_since,
    recent_clustered_notices,
    refresh_cluster,
    refresh_clusters,
    reminders_of,
    set_reminders,
    start_clusters,
)
from storage.repository.digests import (
    NewDigest,
    add_digests,
    clear_digest_attempt,
    create_digest,
    digests_of,
    existing_slots,
    get_digest,
    mark_digest_attempt,
    mark_digest_failed,
    mark_digest_progress,
    pending_digest_ids,
    users_with_slot,
)
from storage.repository.groups import (
    count_notices,
    get_group,
    list_registered_groups,
    migrate_group,
    register_group,
    registered_groups,
    set_bot_admin,
    unregister_group,
)
from storage.repository.inbox import (
    InboxLag,
    inbox_lag,
    mark_inbox_processed,
    pending_inbox,
    prune_inbox,
    store_inbox_update,
)
from storage.repository.lookback import delivered_notice_ids, last_sent_digest
from storage.repository.memberships import (
    groups_of_user,
    member_ids,
    note_members,
    set_membership,
)
from storage.repository.notices import (
    NoticeInGroup,
    StoredNotice,
    add_notice,
    add_notices,
    edit_notice,
    find_notice,
    get_notice_in_group,
    last_posts,
    message_keys,
    set_clusters,
    set_notice_cluster,
)
from storage.repository.pushes import push_recipients, record_push
from storage.repository.search import (
    SearchDocument,
    SearchPage,
    index_notices,
    search_notices,
)
from storage.repository.stats import KindCount, notice_counts
from storage.repository.windows import (
    PREVIEW_CHARS,
    NoticeText,
    WindowRow,
    cadres_by_id,
    copies_of,
    groups_by_id,
    last_window_ends,
    member_groups,
    notice_texts,
    pushed_pairs,
    window_rows,
)

__all__ = [
    "ChatterPage",
    "ChatterRow",
    "KindCount",
    "NoticeInGroup",
    "Reminders",
    "StoredNotice",
    "add_notice",
    "add_notices",
    "asked_by_requester",
    "clear_digest_attempt",
    "count_notices",
    "create_digest",
    "deactivate_cadre",
    "digests_of",
    "edit_notice",
    "existing_slots",
    "find_notice",
    "get_cadre",
    "get_digest",
    "get_group",
    "get_notice_in_group",
    "groups_of_user",
    "last_digest_start",
    "last_posts",
    "list_active_cadres",
    "list_registered_groups",
    "mark_digest_attempt",
    "mark_digest_failed",
    "mark_digest_progress",
    "member_ids",
    "message_keys",
    "migrate_group",
    "note_members",
    "notice_counts",
    "pending_digest_ids",
    "posted_again",
    "posters_since",
    "push_recipients",
    "recent_chatter",
    "recent_clustered_notices",
    "record_push",
    "refresh_cluster",
    "refresh_clusters",
    "register_group",
    "registered_groups",
    "reminders_of",
    "save_cadre_settings",
    "set_bot_admin",
    "set_clusters",
    "set_membership",
    "set_notice_cluster",
    "set_reminders",
    "start_clusters",
    "unregister_group",
    "upsert_cadre",
    "users_with_slot",
]

# Supervisor analytics and supervisor grants.
from storage.repository.analytics import (
    ExportRow,
    GroupPair,
    GroupVolume,
    KindVolume,
    RepeatedRequest,
    ReportSlice,
    export_rows,
    group_cluster_counts,
    group_pairs,
    group_volumes,
    kind_volumes,
    notice_stamps,
    repeated_requests,
)
from storage.repository.burden import cadre_items, cadre_reading
from storage.repository.supervisors import (
    get_supervisor,
    grant_supervisor,
    groups_in_scope,
    known_departments,
    list_supervisors,
    revoke_supervisor,
)

# A round of digests, read and written in bulk.
__all__ += [
    "PREVIEW_CHARS",
    "NewDigest",
    "NoticeText",
    "WindowRow",
    "add_digests",
    "cadres_by_id",
    "copies_of",
    "groups_by_id",
    "last_window_ends",
    "member_groups",
    "notice_texts",
    "pushed_pairs",
    "window_rows",
]

# Full-text search (migration 0006).
__all__ += ["SearchDocument", "SearchPage", "index_notices", "search_notices"]
# Re-reading: /digest 24h and /digest last.
__all__ += ["delivered_notice_ids", "last_sent_digest"]

__all__ += [
    "ExportRow",
    "GroupPair",
    "GroupVolume",
    "KindVolume",
    "RepeatedRequest",
    "ReportSlice",
    "cadre_items",
    "cadre_reading",
    "export_rows",
    "get_supervisor",
    "grant_supervisor",
    "group_cluster_counts",
    "group_pairs",
    "group_volumes",
    "groups_in_scope",
    "kind_volumes",
    "known_departments",
    "list_supervisors",
    "notice_stamps",
    "repeated_requests",
    "revoke_supervisor",
]

# The fleet: outbox claims and the webhook inbox.
__all__ += [
    "InboxLag",
    "claim_digests",
    "claim_part",
    "claim_push",
    "inbox_lag",
    "mark_inbox_processed",
    "outbox_backlog",
    "pending_inbox",
    "prune_inbox",
    "release_digest",
    "release_push",
    "renew_claims",
    "store_inbox_update",
]

# To-dos: marks (收到 / 已完成), what falls due, reminders sent, receipts for senders.
from storage.repository.acks import (  # noqa: E402
    Marks,
    Receipt,
    ReminderCandidate,
    acknowledgement_totals,
    digest_todo_items,
    due_rows,
    holds_item,
    marks_on,
    receipts_of,
    record_reminders,
    reminded_pairs,
    reminder_candidates,
    set_mark,
)

__all__ += [
    "Marks",
    "Receipt",
    "ReminderCandidate",
    "acknowledgement_totals",
    "digest_todo_items",
    "due_rows",
    "holds_item",
    "marks_on",
    "receipts_of",
    "record_reminders",
    "reminded_pairs",
    "reminder_candidates",
    "set_mark",
]

# Corrections owed to those who read a notice before a material edit.
from storage.repository.corrections import (  # noqa: E402
    PendingCorrection,
    add_corrections,
    corrections_of,
    mark_corrections_shown,
    pending_corrections,
    readers_of,
)

__all__ += [
    "PendingCorrection",
    "add_corrections",
    "corrections_of",
    "mark_corrections_shown",
    "pending_corrections",
    "readers_of",
]

# A corrected due, kept the same on every copy of the notice.
from storage.repository.revisions import (  # noqa: E402
    OldVersion,
    RecentNotice,
    cluster_dues,
    cluster_requests,
    join_correction,
    old_versions,
    recent_in_chat,
    set_chased,
    set_cluster_due,
    set_dues,
    set_kinds,
    set_urgent,
)

__all__ += [
    "OldVersion",
    "RecentNotice",
    "cluster_dues",
    "cluster_requests",
    "join_correction",
    "old_versions",
    "recent_in_chat",
    "set_chased",
    "set_cluster_due",
    "set_dues",
    "set_kinds",
    "set_urgent",
]
