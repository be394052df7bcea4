"""Who is where: chats, senders and cadres derived from a corpus."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from nlp.corpus import CorpusRecord

__all__ = ["Stage", "StageMember", "build_stage"]


@dataclass(frozen=True, slots=True)
class StageMember:
    """A person on stage: a sender, a cadre, or both."""

    name: str
    language_code: str
    chats: tuple[int, ...]


@dataclass(slots=True)
class Stage:
    chats: dict[int, str]
    senders: dict[str, StageMember]
    cadres: dict[str, StageMember]
    admin_name: str = "群管理员"
    departments: dict[int, str] = field(default_factory=dict)
    fixed_ids: dict[str, int] = field(default_factory=dict)


def _department(title: str) -> str:
    for suffix in ("工作群", "群"):
        if title.endswith(suffix):
            return title[: -len(suffix)] or title
    return title


def build_stage(
    records: Sequence[CorpusRecord],
    cadres: Mapping[str, tuple[str, Iterable[int] | None]],
) -> Stage:
    """Chats and senders from the corpus, plus the named cadres.

    ``cadres`` maps a display name to (language code, chats or None for all).
    """
    chats = {record.chat_id: record.chat for record in records}
    sender_chats: dict[str, set[int]] = {}
    for record in records:
        sender_chats.setdefault(record.sender, set()).add(record.chat_id)
    senders = {
        name: StageMember(name, "zh-hans", tuple(sorted(ids))) for name, ids in sender_chats.items()
    }
    chosen = {
        name: StageMember(name, lang, tuple(sorted(chats if ids is None else ids)))
        for name, (lang, ids) in cadres.items()
    }
    departments = {chat_id: _department(title) for chat_id, title in chats.items()}
    return Stage(chats=chats, senders=senders, cadres=chosen, departments=departments)
