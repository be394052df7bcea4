"""Prometheus metrics: what an operator of a fleet watches.

Module-level collectors in prometheus-client's default registry; each
process serves its own on the ops port (``bot.fleet``), and Prometheus adds
them up across the fleet. Send rate is ``rate(fingertip_messages_sent_total)``.
"""

from __future__ import annotations

from prometheus_client import Counter, Gauge

__all__ = [
    "CLUSTERS_MERGED",
    "DIGESTS_BUILT",
    "DIGESTS_SENT",
    "INBOX_LAG",
    "INBOX_LAG_SECONDS",
    "MESSAGES_SENT",
    "NOTICES_UNDERSTOOD",
    "OUTBOX_BACKLOG",
    "OWNER",
    "OWNER_CHANGES",
    "PARTS_SENT",
    "RETRIES",
    "TOO_MANY_REQUESTS",
    "UPDATES_RECEIVED",
]

UPDATES_RECEIVED = Counter(
    "fingertip_updates_received", "Updates received from Telegram (webhook or polling)"
)
INBOX_LAG = Gauge("fingertip_inbox_lag_updates", "Updates stored by ingress, not yet read")
INBOX_LAG_SECONDS = Gauge(
    "fingertip_inbox_lag_seconds", "Age of the oldest update the owner has not read yet"
)
NOTICES_UNDERSTOOD = Counter("fingertip_notices_understood", "New notices understood and stored")
CLUSTERS_MERGED = Counter(
    "fingertip_clusters_merged", "Notices merged into a cluster of earlier copies"
)
DIGESTS_BUILT = Counter("fingertip_digests_built", "Digests built (empty ones included)")
DIGESTS_SENT = Counter("fingertip_digests_sent", "Digests whose last part was sent")
PARTS_SENT = Counter("fingertip_digest_parts_sent", "Digest parts sent")
MESSAGES_SENT = Counter("fingertip_messages_sent", "Messages Telegram accepted (any kind)")
TOO_MANY_REQUESTS = Counter("fingertip_telegram_429", "429 Too Many Requests answers")
RETRIES = Counter("fingertip_send_retries", "Sends retried after a flood wait or server error")
OUTBOX_BACKLOG = Gauge(
    "fingertip_outbox_backlog", "Digests waiting to be sent (the delivery backlog)"
)
OWNER = Gauge("fingertip_owner", "1 while this process owns the singletons, else 0")
OWNER_CHANGES = Counter(
    "fingertip_owner_changes", "Times this process took or lost ownership of the singletons"
)
