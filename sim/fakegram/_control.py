"""The control API: what tests and the demo do as the world's people."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from sim.fakegram._faults import FAULT_ACTIONS, INSPECT_ACTIONS
from sim.fakegram._objects import chat_member, command_entities, make_message, timestamp
from sim.fakegram._world import ADMIN, ApiError, ChatState, World

__all__ = ["ACTIONS"]

Action = Callable[[World, dict[str, Any]], Any]
_supergroups = itertools.count(1_000_000_501)
_groups = itertools.count(400_000_501)
_callbacks = itertools.count(1)


def create_user(world: World, p: dict[str, Any]) -> Any:
    user_id = int(p.get("user_id") or next(world.ids))
    user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": p["first_name"]}
    for key in ("last_name", "username", "language_code"):
        if p.get(key):
            user[key] = p[key]
    world.users[user_id] = user
    return user


def create_chat(world: World, p: dict[str, Any]) -> Any:
    kind = p.get("type", "supergroup")
    default = -int(f"100{next(_supergroups)}") if kind == "supergroup" else -next(_groups)
    chat: dict[str, Any] = {
        "id": int(p.get("chat_id") or default),
        "type": kind,
        "title": p["title"],
    }
    if p.get("username"):
        chat["username"] = p["username"]
    world.chats[chat["id"]] = ChatState(chat)
    return chat


def _member_update(world: World, chat_id: int, user_id: int, new: str, by: int | None) -> None:
    """Change a status and tell the bot like Telegram would."""
    state = world.chat(chat_id)
    old = chat_member(world, chat_id, user_id)
    state.members[user_id] = new
    change = {
        "chat": dict(state.chat),
        "from": world.user(by or user_id),
        "date": timestamp(),
        "old_chat_member": old,
        "new_chat_member": chat_member(world, chat_id, user_id),
    }
    if user_id == world.bot["id"]:
        world.emit("my_chat_member", change)
    elif world.bot_is_admin(chat_id):
        world.emit("chat_member", change)


def _service(world: World, chat_id: int, user_id: int, **content: Any) -> None:
    state = world.chat(chat_id)
    message = make_message(world, state, world.user(user_id), date=timestamp(), **content)
    if world.status(chat_id, world.bot["id"]) in ADMIN | {"member"}:
        world.emit("message", message)


def add_member(world: World, p: dict[str, Any]) -> Any:
    chat_id, user_id = int(p["chat_id"]), int(p["user_id"])
    by = int(p.get("by_user_id") or user_id)
    _member_update(world, chat_id, user_id, p.get("status", "member"), by)
    _service(world, chat_id, by, new_chat_members=[world.user(user_id)])
    return True


def remove_member(world: World, p: dict[str, Any]) -> Any:
    chat_id, user_id = int(p["chat_id"]), int(p["user_id"])
    _member_update(world, chat_id, user_id, "left", None)
    _service(world, chat_id, user_id, left_chat_member=world.user(user_id))
    return True


def set_member_status(world: World, p: dict[str, Any]) -> Any:
    _member_update(world, int(p["chat_id"]), int(p["user_id"]), p["status"], None)
    return True


def add_bot(world: World, p: dict[str, Any]) -> Any:
    chat_id, by = int(p["chat_id"]), int(p["by_user_id"])
    status = "administrator" if p.get("admin", True) else "member"
    _member_update(world, chat_id, world.bot["id"], status, by)
    _service(world, chat_id, by, new_chat_members=[world.bot])
    return True


def set_bot_admin(world: World, p: dict[str, Any]) -> Any:
    status = "administrator" if p["admin"] else "member"
    _member_update(world, int(p["chat_id"]), world.bot["id"], status, None)
    return True


def _visible(world: World, chat_id: int, message: dict[str, Any]) -> bool:
    """Privacy mode: without it or admin rights the bot sees only commands and replies."""
    if world.can_read_all or world.bot_is_admin(chat_id):
        return True
    text = message.get("text") or ""
    entities = command_entities(text)
    if entities:
        command = text[: entities[0]["length"]]
        return "@" not in command or command.endswith("@" + str(world.bot.get("username")))
    reply: dict[str, Any] = message.get("reply_to_message") or {}
    return bool(reply.get("from", {}).get("id") == world.bot["id"])


def _origin(world: World, spec: dict[str, Any] | None, date: int) -> dict[str, Any] | None:
    if not spec:
        return None
    kind = spec["type"]
    origin: dict[str, Any] = {"type": kind, "date": date}
    if kind == "user":
        origin["sender_user"] = world.user(int(spec["user_id"]))
    elif kind == "hidden_user":
        origin["sender_user_name"] = spec["name"]
    elif kind == "chat":
        origin["sender_chat"] = dict(world.chat(int(spec["chat_id"])).chat)
    elif kind == "channel":
        origin["chat"] = dict(world.chat(int(spec["chat_id"])).chat)
        origin["message_id"] = int(spec.get("message_id", 1))
    else:
        raise ApiError(400, f"unknown forward origin type {kind!r}")
    return origin


def _attachments(p: dict[str, Any]) -> dict[str, Any]:
    serial = next(_callbacks)
    content: dict[str, Any] = {}
    if p.get("photo"):
        content["photo"] = [
            {
                "file_id": f"up-photo-{serial}",
                "file_unique_id": f"UP{serial}",
                "width": 1280,
                "height": 960,
                "file_size": 200_000,
            }
        ]
    if p.get("document_name"):
        content["document"] = {
            "file_id": f"up-doc-{serial}",
            "file_unique_id": f"UD{serial}",
            "file_name": p["document_name"],
            "file_size": 30_000,
        }
    return content


def post(world: World, p: dict[str, Any]) -> Any:
    """A user (or the group itself, anonymously) writes in a group."""
    chat_id, user_id = int(p["chat_id"]), int(p["user_id"])
    state = world.chat(chat_id)
    if world.status(chat_id, user_id) not in ADMIN | {"member", "restricted"}:
        raise ApiError(400, f"user {user_id} is not a member of chat {chat_id}")
    date = timestamp(p.get("date"))
    reply = (
        state.messages.get(int(p["reply_to_message_id"])) if p.get("reply_to_message_id") else None
    )
    sender_chat = dict(state.chat) if p.get("sender_chat_id") else None
    message = make_message(
        world,
        state,
        world.user(user_id),
        date=date,
        text=p.get("text"),
        caption=p.get("caption"),
        forward_origin=_origin(world, p.get("forward_origin"), date),
        reply_to_message=reply,
        sender_chat=sender_chat,
        **_attachments(p),
    )
    if _visible(world, chat_id, message):
        world.emit("message", message)
    return message


def edit(world: World, p: dict[str, Any]) -> Any:
    state = world.chat(int(p["chat_id"]))
    message = state.messages.get(int(p["message_id"]))
    if message is None:
        raise ApiError(400, "message to edit not found")
    for key in ("text", "caption"):
        if p.get(key) is not None:
            message[key] = p[key]
    message["edit_date"] = timestamp(p.get("date"))
    if _visible(world, state.chat["id"], message):
        world.emit("edited_message", dict(message))
    return message


def private(world: World, p: dict[str, Any]) -> Any:
    """A user writes to the bot in private, which opens the conversation;
    /start also lifts a block (the user restarted the bot)."""
    user_id = int(p["user_id"])
    state = world.private_chat(user_id)
    text = p["text"]
    if user_id in world.blocked and text.split()[0].split("@")[0] != "/start":
        raise ApiError(400, f"user {user_id} blocked the bot; only /start reaches it")
    world.started.add(user_id)
    world.blocked.discard(user_id)
    message = make_message(
        world, state, world.user(user_id), date=timestamp(p.get("date")), text=text
    )
    world.emit("message", message)
    return message


def press_button(world: World, p: dict[str, Any]) -> Any:
    user_id = int(p["user_id"])
    chat_id = p.get("chat_id")  # a group's message; else the user's private chat
    state = world.chat(int(chat_id)) if chat_id else world.private_chat(user_id)
    message = state.messages.get(int(p["message_id"]))
    if message is None:
        raise ApiError(400, "no such message")
    query_id = f"cb{next(_callbacks)}"
    query = {
        "id": query_id,
        "from": world.user(user_id),
        "message": message,
        "chat_instance": f"ci{user_id}",
        "data": p["data"],
    }
    world.callbacks[query_id] = query
    world.emit("callback_query", query)
    return query_id


def migrate(world: World, p: dict[str, Any]) -> Any:
    """A basic group becomes a supergroup: new id, members carried over."""
    old = world.chat(int(p["chat_id"]))
    new_id = -int(f"100{-old.chat['id']}")
    new = ChatState({**old.chat, "id": new_id, "type": "supergroup"}, dict(old.members))
    world.chats[new_id] = new
    old.migrated_to = new_id
    actor = next(iter(old.members))
    for state, key, value in (
        (old, "migrate_to_chat_id", new_id),
        (new, "migrate_from_chat_id", old.chat["id"]),
    ):
        message = make_message(world, state, world.user(actor), date=timestamp(), **{key: value})
        world.emit("message", message)
    return new_id


ACTIONS: dict[str, Action] = {
    "create_user": create_user,
    "create_chat": create_chat,
    "add_member": add_member,
    "remove_member": remove_member,
    "set_member_status": set_member_status,
    "add_bot": add_bot,
    "set_bot_admin": set_bot_admin,
    "post": post,
    "edit": edit,
    "private": private,
    "press_button": press_button,
    "migrate": migrate,
    **FAULT_ACTIONS,
    **INSPECT_ACTIONS,
}
