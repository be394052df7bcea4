"""Build Bot API objects the way Telegram shapes them."""

from __future__ import annotations

import re
import time
from datetime import datetime
from typing import Any

from sim.fakegram._html import utf16_len
from sim.fakegram._world import ChatState, World

__all__ = ["chat_member", "command_entities", "file_object", "make_message", "timestamp"]

_COMMAND = re.compile(r"^/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]+)?")
_MEMBER_TYPES = {
    "creator": "ChatMemberOwner",
    "administrator": "ChatMemberAdministrator",
    "member": "ChatMemberMember",
    "restricted": "ChatMemberRestricted",
    "left": "ChatMemberLeft",
    "kicked": "ChatMemberBanned",
}


def timestamp(value: int | float | str | None = None) -> int:
    """Unix seconds from a number, an ISO 8601 string, or now."""
    if value is None:
        return int(time.time())
    if isinstance(value, str):
        return int(datetime.fromisoformat(value).timestamp())
    return int(value)


def command_entities(text: str) -> list[dict[str, Any]]:
    match = _COMMAND.match(text)
    if match is None:
        return []
    return [{"type": "bot_command", "offset": 0, "length": utf16_len(match.group(0))}]


def chat_member(world: World, chat_id: int, user_id: int) -> dict[str, Any]:
    """The ChatMember subtype for the user's status, required fields filled."""
    status = world.status(chat_id, user_id)
    member: dict[str, Any] = world.spec.required_defaults(_MEMBER_TYPES[status])
    member.update({"status": status, "user": world.user(user_id)})
    if status == "administrator":
        member.update(
            can_manage_chat=True,
            can_delete_messages=True,
            can_invite_users=True,
            can_restrict_members=True,
            can_change_info=True,
        )
    if status == "restricted":
        member["is_member"] = True
    return member


def file_object(kind: str, name: str | None, size: int, serial: int) -> Any:
    unique = f"AgAD{serial:08d}"
    if kind == "photo":
        return [
            {
                "file_id": f"photo-{serial}-s",
                "file_unique_id": unique + "s",
                "width": 90,
                "height": 90,
                "file_size": max(1, size // 10),
            },
            {
                "file_id": f"photo-{serial}",
                "file_unique_id": unique,
                "width": 1280,
                "height": 960,
                "file_size": size,
            },
        ]
    document = {"file_id": f"doc-{serial}", "file_unique_id": unique, "file_size": size}
    if name:
        document["file_name"] = name
    return document


def make_message(
    world: World,
    state: ChatState,
    sender: dict[str, Any] | None,
    *,
    date: int,
    **content: Any,
) -> dict[str, Any]:
    """A new message in ``state``'s chat, stored and returned."""
    message: dict[str, Any] = {
        "message_id": state.new_message_id(),
        "date": date,
        "chat": dict(state.chat),
    }
    if sender is not None:
        message["from"] = sender
    for key, value in content.items():
        if value is not None:
            message[key] = value
    text = message.get("text")
    if isinstance(text, str) and "entities" not in message:
        entities = command_entities(text)
        if entities:
            message["entities"] = entities
    state.messages[message["message_id"]] = message
    return message
