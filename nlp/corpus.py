"""Labelled notice corpora (../shared/corpus-format.md): read strictly, line by line.

Any corpus in that format must load, including ones written independently of
this project, and a malformed line must be reported by file, line and field
rather than skipped, since a silently dropped message skews every metric.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from nlp.types import Kind

__all__ = ["FIELDS", "CorpusError", "CorpusRecord", "iter_corpus", "load_corpus"]

FIELDS = ("id", "chat_id", "chat", "sender", "sent_at", "text", "kind", "urgent", "due", "cluster")


class CorpusError(ValueError):
    """A line that does not follow the corpus format; the message says where."""


@dataclass(frozen=True, slots=True)
class CorpusRecord:
    id: str
    chat_id: int
    chat: str
    sender: str
    sent_at: datetime
    text: str
    kind: Kind
    urgent: bool
    due: datetime | None
    cluster: str | None


def _time(value: Any, where: str, name: str) -> datetime:
    if not isinstance(value, str):
        raise CorpusError(f"{where}: field {name!r}: expected an ISO 8601 string, got {value!r}")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as exc:
        raise CorpusError(f"{where}: field {name!r}: not an ISO 8601 time: {value!r}") from exc
    if moment.tzinfo is None:
        raise CorpusError(f"{where}: field {name!r}: time has no UTC offset: {value!r}")
    return moment


def _typed(raw: dict[str, Any], name: str, kind: type | tuple[type, ...], where: str) -> Any:
    value = raw[name]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        expected = (
            kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        )
        raise CorpusError(f"{where}: field {name!r}: expected {expected}, got {value!r}")
    return value


def _record(raw: Any, where: str) -> CorpusRecord:
    if not isinstance(raw, dict):
        raise CorpusError(f"{where}: expected a JSON object")
    missing = [name for name in FIELDS if name not in raw]
    extra = sorted(set(raw) - set(FIELDS))
    if missing or extra:
        problem = f"missing {missing}" if missing else f"unknown {extra}"
        raise CorpusError(f"{where}: fields {problem}")
    kind = _typed(raw, "kind", str, where)
    if kind not in {k.value for k in Kind}:
        raise CorpusError(f"{where}: field 'kind': unknown kind {kind!r}")
    cluster = raw["cluster"]
    if cluster is not None and not isinstance(cluster, str | int):
        raise CorpusError(f"{where}: field 'cluster': expected a string or null, got {cluster!r}")
    return CorpusRecord(
        id=str(_typed(raw, "id", (str, int), where)),
        chat_id=_typed(raw, "chat_id", int, where),
        chat=_typed(raw, "chat", str, where),
        sender=_typed(raw, "sender", str, where),
        sent_at=_time(raw["sent_at"], where, "sent_at"),
        text=_typed(raw, "text", str, where),
        kind=Kind(kind),
        urgent=_typed(raw, "urgent", bool, where),
        due=None if raw["due"] is None else _time(raw["due"], where, "due"),
        cluster=None if cluster is None else str(cluster),
    )


def iter_corpus(path: Path) -> Iterator[CorpusRecord]:
    """Records in file order; blank lines are allowed, duplicate ids are not."""
    seen: set[str] = set()
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            where = f"{path.name}:{number}"
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CorpusError(f"{where}: not valid JSON: {exc.msg}") from exc
            record = _record(raw, where)
            if record.id in seen:
                raise CorpusError(f"{where}: field 'id': duplicate id {record.id!r}")
            seen.add(record.id)
            yield record


def load_corpus(path: Path) -> list[CorpusRecord]:
    return list(iter_corpus(path))
