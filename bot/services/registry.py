"""Groups, cadres and who belongs where."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlmodel import Session
from telegram import Bot
from telegram.error import BadRequest, Forbidden

from bot.clock import Clock
from bot.services._threads import in_session
from storage import repository as repo
from storage.database import Database

__all__ = ["GroupRef", "GroupStatus", "Profile", "RegistryService"]

_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Profile:
    user_id: int
    first_name: str
    username: str | None
    language_code: str | None


@dataclass(frozen=True, slots=True)
class GroupRef:
    chat_id: int
    title: str
    department: str | None


@dataclass(frozen=True, slots=True)
class GroupStatus:
    registered: bool
    title: str
    department: str | None
    notice_count: int
    bot_is_admin: bool


class RegistryService:
    """Registration of groups and subscription of cadres."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    async def initialize(self) -> None:
        """Nothing to load: every answer comes from the database."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    async def register(
        self,
        *,
        chat_id: int,
        title: str,
        chat_type: str,
        username: str | None,
        department: str | None,
        user_id: int,
        bot_is_admin: bool,
    ) -> None:
        await in_session(
            self._db,
            lambda s: repo.register_group(
                session=s,
                chat_id=chat_id,
                title=title,
                chat_type=chat_type,
                username=username,
                department=department,
                registered_by=user_id,
                bot_is_admin=bot_is_admin,
            ),
        )

    async def unregister(self, chat_id: int) -> bool:
        return await in_session(
            self._db, lambda s: repo.unregister_group(session=s, chat_id=chat_id)
        )

    async def status(self, chat_id: int) -> GroupStatus | None:
        def work(session: Session) -> GroupStatus | None:
            group = repo.get_group(session=session, chat_id=chat_id)
            if group is None or group.id is None:
                return None
            count = repo.count_notices(session=session, group_id=group.id)
            return GroupStatus(
                group.registered, group.title, group.department, count, group.bot_is_admin
            )

        return await in_session(self._db, work)

    async def set_bot_admin(self, chat_id: int, is_admin: bool) -> None:
        await in_session(
            self._db, lambda s: repo.set_bot_admin(session=s, chat_id=chat_id, is_admin=is_admin)
        )

    async def migrate(self, old_chat_id: int, new_chat_id: int) -> None:
        await in_session(
            self._db,
            lambda s: repo.migrate_group(
                session=s, old_chat_id=old_chat_id, new_chat_id=new_chat_id
            ),
        )

    async def subscribe(self, profile: Profile) -> None:
        await in_session(
            self._db,
            lambda s: repo.upsert_cadre(
                session=s,
                user_id=profile.user_id,
                first_name=profile.first_name,
                username=profile.username,
                language_code=profile.language_code,
                now=self._clock.now(),
            ),
        )

    async def is_active(self, user_id: int) -> bool:
        def work(session: Session) -> bool:
            cadre = repo.get_cadre(session=session, user_id=user_id)
            return cadre is not None and cadre.active

        return await in_session(self._db, work)

    async def language_code(self, user_id: int) -> str | None:
        def work(session: Session) -> str | None:
            cadre = repo.get_cadre(session=session, user_id=user_id)
            return cadre.language_code if cadre else None

        return await in_session(self._db, work)

    async def set_member_status(self, chat_id: int, user_id: int, status: str) -> None:
        def work(session: Session) -> None:
            group = repo.get_group(session=session, chat_id=chat_id)
            if group is not None and group.id is not None and group.registered:
                repo.set_membership(
                    session=session,
                    group_id=group.id,
                    user_id=user_id,
                    status=status,
                    now=self._clock.now(),
                )

        await in_session(self._db, work)

    async def groups_of(self, user_id: int) -> list[GroupRef]:
        groups = await in_session(
            self._db, lambda s: repo.groups_of_user(session=s, user_id=user_id)
        )
        return [GroupRef(g.chat_id, g.title, g.department) for g in groups]

    async def discover_memberships(self, bot: Bot, user_id: int) -> list[GroupRef]:
        """Ask Telegram about every registered group; remember the answers."""
        groups = await in_session(self._db, lambda s: repo.list_registered_groups(session=s))
        for group in groups:
            try:
                member = await bot.get_chat_member(group.chat_id, user_id)
            except (BadRequest, Forbidden) as exc:
                # Not in the chat, or the bot was removed: both mean "not a member here".
                _log.info("getChatMember %s/%s: %s", group.chat_id, user_id, exc.message)
                continue
            await self.set_member_status(group.chat_id, user_id, str(member.status))
        return await self.groups_of(user_id)
