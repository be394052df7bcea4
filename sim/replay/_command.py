"""``fingertip replay``: check digests against a labelled corpus, item by item."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlmodel import Session

from nlp.corpus import CorpusRecord, load_corpus
from sim.replay._session import ReplaySession
from sim.replay._stage import Stage, StageMember, build_stage
from storage import repository as repo

__all__ = ["MembersError", "load_members", "run_replay"]

_DB_FILES = ("fingertip.sqlite", "fingertip.sqlite-wal", "fingertip.sqlite-shm")


class MembersError(ValueError):
    """MEMBERS.json is not an object of user ids to lists of chat ids."""


def load_members(path: Path, chats: set[int]) -> dict[int, list[int]]:
    """Parse and check MEMBERS.json against the corpus's chats."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise MembersError(f"{path}: cannot read a JSON object: {exc}") from exc
    if not isinstance(raw, dict):
        raise MembersError(f"{path}: expected an object mapping user ids to chat id lists")
    members: dict[int, list[int]] = {}
    for key, value in raw.items():
        if not str(key).lstrip("-").isdigit() or int(key) <= 0:
            raise MembersError(f"{path}: {key!r} is not a positive user id")
        if not isinstance(value, list) or not all(isinstance(c, int) for c in value):
            raise MembersError(f"{path}: user {key}: expected a list of integer chat ids")
        unknown = sorted(set(value) - chats)
        if unknown:
            raise MembersError(f"{path}: user {key}: chats not in the corpus: {unknown}")
        members[int(key)] = list(value)
    return members


def _stage(records: Sequence[CorpusRecord], members: dict[int, list[int]]) -> Stage:
    stage = build_stage(records, {})
    for user_id, chats in members.items():
        name = f"member-{user_id}"
        stage.cadres[name] = StageMember(name, "zh-hans", tuple(chats))
        stage.fixed_ids[name] = user_id
    return stage


def _items(
    session: Session, user_id: int, corpus_ids: dict[tuple[int, int], str]
) -> list[list[str]]:
    digests = repo.digests_of(session=session, user_id=user_id)
    notice_ids = [nid for d in digests for item in d.items for nid in item]
    keys = repo.message_keys(session=session, notice_ids=notice_ids)
    return [
        [corpus_ids[keys[nid]] for nid in item if keys.get(nid) in corpus_ids]
        for d in digests
        for item in d.items
    ]


async def _run(
    corpus: Path, members_path: Path, out_dir: Path, settings: dict[str, Any]
) -> list[dict[str, Any]]:
    records = sorted(load_corpus(corpus), key=lambda r: r.sent_at)
    members = load_members(members_path, {r.chat_id for r in records})
    stage = _stage(records, members)
    start = records[0].sent_at - timedelta(hours=1) if records else None
    async with ReplaySession.open(data_dir=out_dir, start=start, settings=settings) as session:
        await session.stage(stage)
        for chat_id in stage.chats:
            await session.register(chat_id, stage.departments[chat_id])
        for user_id in members:
            await session.start_private(f"member-{user_id}")
        corpus_ids: dict[tuple[int, int], str] = {}
        for record in records:
            message = await session.post(record)
            corpus_ids[(record.chat_id, int(message["message_id"]))] = record.id
        await session.settle()
        session.clock.advance(timedelta(minutes=1))
        lines = []
        for user_id in members:
            sent = await session.sent_for(f"member-{user_id}", "/digest")
            items = await asyncio.to_thread(_read_items, session, user_id, corpus_ids)
            lines.append({"user": user_id, "items": items, "messages": sent})
        return lines


def _read_items(
    session: ReplaySession, user_id: int, corpus_ids: dict[tuple[int, int], str]
) -> list[list[str]]:
    with session.services.db.session() as db_session:
        return _items(db_session, user_id, corpus_ids)


def run_replay(
    corpus: Path, members: Path, out_dir: Path, *, database_url: str | None = None
) -> int:
    """Replay into a fresh database in ``out_dir`` (or into ``database_url``);
    write ``digests.jsonl`` in ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for name in _DB_FILES:
        (out_dir / name).unlink(missing_ok=True)
    settings = {"database": {"url": database_url}} if database_url else {}
    lines = asyncio.run(_run(corpus, members, out_dir, settings))
    with (out_dir / "digests.jsonl").open("w", encoding="utf-8") as handle:
        for line in lines:
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"replayed {corpus} for {len(lines)} members → {out_dir / 'digests.jsonl'}")
    return 0
