"""Build small worlds on the fake Telegram: groups, people, registrations."""

from __future__ import annotations

from dataclasses import dataclass, field

from sim.replay import ReplaySession, Stage, StageMember

__all__ = ["World", "build_world"]


@dataclass
class World:
    session: ReplaySession
    groups: dict[str, int]
    people: dict[str, int] = field(default_factory=dict)

    def user(self, name: str) -> int:
        return self.session.users[name]


async def build_world(
    session: ReplaySession,
    groups: dict[str, int],
    members: dict[str, tuple[str, list[str]]],
    *,
    register: bool = True,
    fixed_ids: dict[str, int] | None = None,
) -> World:
    """Groups by title → chat id; members by name → (language, group titles)."""
    stage = Stage(
        chats={chat_id: title for title, chat_id in groups.items()},
        senders={},
        cadres={
            name: StageMember(name, lang, tuple(groups[title] for title in titles))
            for name, (lang, titles) in members.items()
        },
        fixed_ids=dict(fixed_ids or {}),
    )
    await session.stage(stage)
    if register:
        for title, chat_id in groups.items():
            await session.register(chat_id, title.removesuffix("群"))
    return World(session, groups, dict(session.users))
