"""The fake's state: users, chats, members, messages, and the update queue."""

from __future__ import annotations

import asyncio
import itertools
import time
from dataclasses import dataclass, field
from typing import Any

from sim.fakegram._spec import Spec
from sim.fakegram._webhook import WebhookState

__all__ = ["DEFAULT_EXCLUDED", "ApiError", "ChatState", "World"]

DEFAULT_EXCLUDED = frozenset({"chat_member", "message_reaction", "message_reaction_count"})
ADMIN = frozenset({"creator", "administrator"})
PRESENT = frozenset({"creator", "administrator", "member", "restricted"})


class ApiError(Exception):
    """A Bot API error answer: ``{"ok": false, "error_code", "description"}``."""

    def __init__(self, code: int, description: str, parameters: dict[str, Any] | None = None):
        super().__init__(description)
        self.code, self.description, self.parameters = code, description, parameters


@dataclass
class ChatState:
    chat: dict[str, Any]
    members: dict[int, str] = field(default_factory=dict)
    messages: dict[int, dict[str, Any]] = field(default_factory=dict)
    next_message_id: int = 1
    migrated_to: int | None = None

    def new_message_id(self) -> int:
        self.next_message_id += 1
        return self.next_message_id - 1


class World:
    """Everything the fake remembers; methods and the control API share it."""

    def __init__(self, spec: Spec, bot: dict[str, Any], can_read_all: bool) -> None:
        self.spec, self.bot = spec, bot
        self.can_read_all = can_read_all
        self.users: dict[int, dict[str, Any]] = {bot["id"]: bot}
        self.chats: dict[int, ChatState] = {}
        self.started: set[int] = set()
        self.blocked: set[int] = set()
        self.updates: list[dict[str, Any]] = []
        self.confirmed = 0
        self._update_ids = itertools.count(1)
        self.allowed: frozenset[str] | None = None
        self.webhook = ""
        self.hook = WebhookState()
        self.commands: dict[str, list[dict[str, Any]]] = {}
        self.sent: list[dict[str, Any]] = []
        self.requests: list[dict[str, Any]] = []
        self.violations: list[str] = []
        self.failures: list[dict[str, Any]] = []
        self.callbacks: dict[str, dict[str, Any]] = {}
        self.callback_answers: list[dict[str, Any]] = []
        self.flood: dict[str, float | None] = {"global": None, "chat": None}
        # Random failures for load tests: {"method", "p429", "p5xx", "seed"}.
        self.chaos: dict[str, Any] | None = None
        self.send_times: list[tuple[float, int]] = []
        self.new_update = asyncio.Event()
        # A stall holds calls of one method, unprocessed, until released: a
        # request in flight that never reached Telegram when its client died.
        self.stall: dict[str, Any] | None = None
        self.stalled = 0
        self.stall_released = asyncio.Event()
        self.ids = itertools.count(7_000_000_001)

    def bot_extras(self) -> dict[str, Any]:
        """The fields only getMe reports about the bot itself."""
        return {
            "can_join_groups": True,
            "can_read_all_group_messages": self.can_read_all,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    def set_webhook(self, url: str, drop_pending: bool) -> bool:
        self.webhook = url
        if drop_pending:
            self.updates.clear()
        return True

    # -- people and chats -------------------------------------------------
    def user(self, user_id: int) -> dict[str, Any]:
        if user_id not in self.users:
            raise ApiError(400, "Bad Request: user not found")
        return self.users[user_id]

    def chat(self, chat_id: int) -> ChatState:
        state = self.chats.get(chat_id)
        if state is None:
            raise ApiError(400, "Bad Request: chat not found")
        return state

    def private_chat(self, user_id: int) -> ChatState:
        if user_id not in self.chats:
            user = self.user(user_id)
            chat = {"id": user_id, "type": "private", "first_name": user["first_name"]}
            for key in ("last_name", "username"):
                if key in user:
                    chat[key] = user[key]
            self.chats[user_id] = ChatState(chat)
        return self.chats[user_id]

    def status(self, chat_id: int, user_id: int) -> str:
        return self.chat(chat_id).members.get(user_id, "left")

    def bot_is_admin(self, chat_id: int) -> bool:
        return self.status(chat_id, self.bot["id"]) in ADMIN

    # -- updates ----------------------------------------------------------
    def wants(self, kind: str) -> bool:
        if self.allowed:
            return kind in self.allowed
        return kind not in DEFAULT_EXCLUDED

    def next_update_id(self) -> int:
        return next(self._update_ids)

    def emit(self, kind: str, payload: dict[str, Any]) -> None:
        """Queue an update if the bot asked for its kind (as Telegram does)."""
        if not self.wants(kind):
            return
        update = {"update_id": next(self._update_ids), kind: payload}
        self.check_reply("Update", update)
        self.updates.append(update)
        self.new_update.set()

    def pending(self, offset: int) -> list[dict[str, Any]]:
        return [u for u in self.updates if u["update_id"] >= offset]

    def confirm(self, offset: int) -> None:
        """getUpdates with an offset forgets every earlier update."""
        self.confirmed = max(self.confirmed, offset - 1)
        self.updates = [u for u in self.updates if u["update_id"] >= offset]

    def check_reply(self, type_name: str, value: Any) -> None:
        for error in self.spec.validate_object(type_name, value):
            self.violations.append(f"reply: {error}")

    # -- flood control ----------------------------------------------------
    def throttle(self, chat_id: int) -> None:
        """429 when the configured global or per-chat rate is exceeded."""
        now = time.monotonic()
        self.send_times = [(t, c) for t, c in self.send_times if now - t < 1.0]
        limit, per_chat = self.flood["global"], self.flood["chat"]
        if limit is not None and len(self.send_times) >= limit:
            raise ApiError(429, "Too Many Requests: retry after 1", {"retry_after": 1})
        if per_chat is not None:
            recent = [t for t, c in self.send_times if c == chat_id]
            if len(recent) >= per_chat:
                raise ApiError(429, "Too Many Requests: retry after 1", {"retry_after": 1})
        self.send_times.append((now, chat_id))
