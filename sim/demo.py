"""``fingertip demo``: one day in a township's work groups, end to end, offline.

It starts the fake Telegram, stages the groups and people of a bundled sample
day, runs the real bot against it, replays every message at its own time,
lets the scheduler send the 08:00 and 17:30 digests (and the next morning's),
and prints what each cadre received.
"""

from __future__ import annotations

import asyncio
import re
import tempfile
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from bot.digests import latest_slot
from nlp.corpus import CorpusRecord, load_corpus
from sim.demo_todos import todo_scene
from sim.replay import ReplaySession, build_stage

__all__ = ["run_demo"]

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent / "data" / "demo.jsonl"
SUPERVISOR = "县委督查室-周主任"
SUPERVISOR_ID = 7000001
# Who reads digests in the demo: a township secretary in every group, a grid
# worker in two, an English-speaking liaison officer, and someone in no group.
CADRES: dict[str, tuple[str, list[int] | None]] = {
    "王书记": ("zh-hans", None),
    "网格员小刘": ("zh-hans", []),
    "Alice Chen": ("en", []),
    "赵会计": ("zh-hans", []),
    SUPERVISOR: ("zh-hans", []),
}
_TAGS = re.compile(r"<[^>]+>")
# The to-do scene: the grid group's sender, in one of 网格员小刘's groups.
_GRID_SENDER, _GRID_CHAT = "镇综治办-马主任", -1001000000103


def _cadres(records: Sequence[CorpusRecord]) -> dict[str, tuple[str, list[int] | None]]:
    chats = sorted({r.chat_id for r in records})
    chosen = dict(CADRES)
    chosen["网格员小刘"] = ("zh-hans", chats[:2])
    chosen["Alice Chen"] = ("en", chats[-2:])
    return chosen


def _slots(first: datetime, last: datetime, session: ReplaySession) -> list[datetime]:
    """Every digest slot from the first message to the morning after the last."""
    config = session.services.config.digest
    slots, cursor = [], first
    end = last + timedelta(days=1)
    while cursor < end:
        cursor += timedelta(minutes=30)
        slot = latest_slot(cursor, config.zone, config.clock_times)
        if slot > first and slot not in slots:
            slots.append(slot)
    return [slot for slot in slots if slot <= end]


async def _replay(session: ReplaySession, records: Sequence[CorpusRecord]) -> None:
    slots = _slots(records[0].sent_at, records[-1].sent_at, session)
    for record in records:
        while slots and slots[0] <= record.sent_at:
            await session.settle()
            await session.run_slot(slots.pop(0))
        await session.post(record)
    await session.settle()
    for slot in slots[:1]:
        await session.run_slot(slot)


def _print_person(name: str, messages: list[dict[str, Any]]) -> None:
    print(f"\n━━━━━━━━ {name}: {len(messages)} 条私聊消息 / messages ━━━━━━━━")
    for message in messages:
        print(_TAGS.sub("", str(message["text"])))
        print("┈" * 40)


async def _demo(corpus: Path, data_dir: Path, database_url: str | None) -> int:
    records = sorted(load_corpus(corpus), key=lambda r: r.sent_at)
    stage = build_stage(records, _cadres(records))
    stage.fixed_ids[SUPERVISOR] = SUPERVISOR_ID
    start = records[0].sent_at - timedelta(hours=1)
    settings: dict[str, Any] = {"supervisors": {"user_ids": [SUPERVISOR_ID]}}
    if database_url:
        settings["database"] = {"url": database_url}
    async with ReplaySession.open(data_dir=data_dir, start=start, settings=settings) as session:
        await session.stage(stage)
        for chat_id in stage.chats:
            await session.register(chat_id, stage.departments[chat_id])
        for name in stage.cadres:
            await session.start_private(name)
        await _replay(session, records)
        await session.command(SUPERVISOR, "/stats")
        print(
            f"Replayed {len(records)} messages from {corpus.name} into {len(stage.chats)} groups."
        )
        for name in stage.cadres:
            _print_person(name, await session.received(name))
        await todo_scene(session, "网格员小刘", _GRID_SENDER, _GRID_CHAT)
    return 0


def run_demo(
    *, corpus: Path | None = None, out_dir: Path | None = None, database_url: str | None = None
) -> int:
    """Run the demo; keeps its database in ``out_dir`` when given, or in ``database_url``."""
    source = corpus or DEFAULT_CORPUS
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
        return asyncio.run(_demo(source, out_dir, database_url))
    with tempfile.TemporaryDirectory(prefix="fingertip-demo-") as folder:
        return asyncio.run(_demo(source, Path(folder), database_url))
