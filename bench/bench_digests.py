"""Build every digest of one slot: 10,000 cadres, 1,000 groups, a day of 300,000 notices.

Each cadre also holds about ``--open-todos`` open to-dos delivered by an
earlier digest (posted in their groups two days before, due over the next
three days), which every digest carries at its top; ``--due-share`` of the
day's reports, meetings, tasks and check-ins have a due time, so new to-dos
are numbered too.

Prints one JSON object. The database (SQLite, a temporary file) is filled in
bulk first; what is timed is the scheduler's real path, ``DigestService``'s
build of every due digest (windows, merging, rendering, outbox rows).

    .venv/bin/python bench/bench_digests.py [--cadres 10000 --groups 1000 --notices 300000]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert, text

from bench._workload import notices
from bot.config import DigestConfig
from bot.digests import DigestBuilder, DigestService
from bot.settings import Defaults
from nlp.types import Kind
from sim.clock import ManualClock
from storage.database import Database
from storage.models import Cadre, Cluster, Digest, Group, Membership, Notice

DAY = datetime(2026, 11, 16, 0, 0, tzinfo=UTC)  # 08:00 in Shanghai
MAX_ITEMS = DigestConfig().max_items  # as deployed by default
KINDS = [*(kind.value for kind in Kind), Kind.CHATTER.value]  # chatter twice as often


TODO_KINDS = ("report", "meeting", "task", "checkin")


def fill(
    db: Database, cadres: int, groups: int, total: int, per_cadre: int, due_share: float
) -> None:
    rng = random.Random(11)
    with db.engine.begin() as conn:
        conn.execute(
            insert(Group),
            [
                {
                    "id": g,
                    "chat_id": -1001000000000 - g,
                    "title": f"工作群{g}",
                    "chat_type": "supergroup",
                    "registered": True,
                    "registered_at": DAY - timedelta(days=30),
                    "registered_by": 1,
                    "bot_is_admin": True,
                    "department": f"部门{g % 40}",
                }
                for g in range(1, groups + 1)
            ],
        )
        conn.execute(
            insert(Cadre),
            [
                {
                    "user_id": u,
                    "first_name": f"干部{u}",
                    "active": True,
                    "language_code": "zh-hans",
                    "subscribed_at": DAY - timedelta(days=10),
                    "muted_groups": [],
                    "muted_kinds": [],
                }
                for u in range(1, cadres + 1)
            ],
        )
        conn.execute(
            insert(Membership),
            [
                {
                    "group_id": g,
                    "user_id": u,
                    "status": "member",
                    "is_member": True,
                    "updated_at": DAY - timedelta(days=10),
                }
                for u in range(1, cadres + 1)
                for g in rng.sample(range(1, groups + 1), per_cadre)
            ],
        )
        rows = []
        for i, text in enumerate(notices(total, seed=5), 1):
            group = rng.randint(1, groups)
            at = DAY - timedelta(hours=24) + timedelta(seconds=i * 86400 / total)
            kind = rng.choice(KINDS)
            dated = kind in TODO_KINDS and rng.random() < due_share
            rows.append(
                {
                    "id": i,
                    "group_id": group,
                    "chat_id": -1001000000000 - group,
                    "message_id": i,
                    "sender_id": 5,
                    "sender_name": "镇党政办-李主任",
                    "sent_at": at,
                    "received_at": at,
                    "text": text,
                    "kind": kind,
                    "urgent": False,
                    "due_at": at + timedelta(hours=rng.randint(2, 72)) if dated else None,
                    "cluster_id": None if kind == "chatter" else i,
                }
            )
        conn.execute(insert(Notice), rows)
        conn.execute(  # ingest starts a cluster for every notice that is not chatter
            insert(Cluster),
            [
                {"id": r["id"], "first_seen": r["sent_at"], "last_seen": r["sent_at"],
                 "copies": 1, "group_count": 1, "requester_count": 1}
                for r in rows
                if r["cluster_id"] is not None
            ],
        )  # fmt: skip


def fill_todos(
    db: Database, cadres: int, groups: int, first_id: int, per_cadre: int, groups_per_cadre: int
) -> None:
    """About ``per_cadre`` open to-dos each: to-dos posted in their groups two days
    ago, due over the next three days, and a digest yesterday that delivered them."""
    earlier = DAY - timedelta(days=2)
    # Spread over the groups so that a cadre's groups hold per_cadre of them on average.
    total = per_cadre * groups // groups_per_cadre
    notices = [
        {"id": first_id + n, "group_id": 1 + n % groups, "chat_id": -1001000000000 - 1 - n % groups,
         "message_id": first_id + n, "sender_id": 5, "sender_name": "镇党政办-李主任",
         "sent_at": earlier + timedelta(seconds=n), "received_at": earlier + timedelta(seconds=n),
         "text": f"请于截止前报送第{n}号台账", "kind": TODO_KINDS[n % 4], "urgent": False,
         "due_at": DAY + timedelta(hours=1 + (n * 7) % 70), "cluster_id": first_id + n}
        for n in range(total)
    ]  # fmt: skip
    digests = [
        {"user_id": u, "slot": "yesterday", "built_at": DAY - timedelta(hours=24),
         "window_start": None, "window_end": DAY - timedelta(hours=24), "parts": ["…"],
         "items": [], "todo_items": [], "keyboard": [], "item_count": 0, "sent_parts": 1,
         "uncertain_resends": 0, "status": "sent"}
        for u in range(1, cadres + 1)
    ]  # fmt: skip
    with db.engine.begin() as conn:
        conn.execute(insert(Notice), notices)
        conn.execute(insert(Digest), digests)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cadres", type=int, default=10_000)
    parser.add_argument("--groups", type=int, default=1_000)
    parser.add_argument("--notices", type=int, default=300_000)
    parser.add_argument("--groups-per-cadre", type=int, default=8)
    parser.add_argument("--open-todos", type=int, default=10)
    parser.add_argument("--due-share", type=float, default=0.1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Database(f"sqlite:///{folder}/bench.sqlite")
        db.upgrade()
        began = time.perf_counter()
        fill(db, args.cadres, args.groups, args.notices, args.groups_per_cadre, args.due_share)
        if args.open_todos:
            fill_todos(
                db,
                args.cadres,
                args.groups,
                args.notices + 1,
                args.open_todos,
                args.groups_per_cadre,
            )
        filled = time.perf_counter() - began
        defaults = Defaults(("08:00", "17:30"), "Asia/Shanghai")
        builder = DigestBuilder(defaults, timedelta(hours=24), MAX_ITEMS)
        service = DigestService(db, builder, grace=timedelta(hours=12), clock=ManualClock(DAY))
        began, cpu_began = time.perf_counter(), time.process_time()
        built = service._build_due(DAY + timedelta(minutes=1))  # the scheduler's own path
        elapsed, cpu = time.perf_counter() - began, time.process_time() - cpu_began
        with db.engine.connect() as conn:
            listed, messages = conn.execute(
                text(
                    "SELECT avg(item_count), avg(json_array_length(parts)) FROM digest "
                    "WHERE slot != 'yesterday'"
                )
            ).one()
            numbered, carried = conn.execute(
                text(
                    "SELECT avg(json_array_length(todo_items)), "
                    "avg((length(parts) - length(replace(parts, '仍待办', ''))) > 0) "
                    "FROM digest WHERE slot != 'yesterday'"
                )
            ).one()
    print(
        json.dumps(
            {
                "benchmark": "build_all_digests_of_a_slot",
                "cadres": args.cadres,
                "groups": args.groups,
                "notices": args.notices,
                "groups_per_cadre": args.groups_per_cadre,
                "digests_built": built,
                "fill_seconds": round(filled, 1),
                "build_seconds": round(elapsed, 2),
                # CPU time of the build: what wall time would be on an idle core
                # (the shared machine's load makes wall time vary manyfold).
                "build_cpu_seconds": round(cpu, 2),
                "load_average_1min": round(os.getloadavg()[0], 1),
                "items_listed_per_digest": round(listed or 0, 1),
                "open_todos_per_cadre": args.open_todos,
                "due_share": args.due_share,
                "todos_numbered_per_digest": round(numbered or 0, 1),
                "share_of_digests_with_open_todos": round(carried or 0, 3),
                "telegram_messages_per_digest": round(messages or 0, 2),
                "target_seconds": 20,
                "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
