"""Bot API methods: what the bot may ask, answered from the world's state."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from typing import Any

from sim.fakegram._html import EntityParseError, parse_html, utf16_len
from sim.fakegram._objects import chat_member, file_object, make_message, timestamp
from sim.fakegram._webhook import WEBHOOK_METHODS
from sim.fakegram._world import ADMIN, ApiError, ChatState, World

__all__ = ["METHODS"]

Method = Callable[[World, dict[str, Any]], Any]
_files = itertools.count(1)
TEXT_LIMIT, CAPTION_LIMIT = 4096, 1024


def _target(world: World, chat_id: Any) -> ChatState:
    """The chat the bot writes to, refused the way Telegram refuses it."""
    if isinstance(chat_id, str) and not chat_id.lstrip("-").isdigit():
        raise ApiError(400, "Bad Request: chat not found")
    chat_id = int(chat_id)
    if chat_id > 0:
        world.user(chat_id)
        if chat_id in world.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        if chat_id not in world.started:
            raise ApiError(403, "Forbidden: bot can't initiate conversation with a user")
        return world.private_chat(chat_id)
    state = world.chat(chat_id)
    if state.migrated_to is not None:
        raise ApiError(
            400,
            "Bad Request: group chat was upgraded to a supergroup chat",
            {"migrate_to_chat_id": state.migrated_to},
        )
    if world.status(chat_id, world.bot["id"]) not in ADMIN | {"member"}:
        raise ApiError(403, f"Forbidden: bot is not a member of the {state.chat['type']} chat")
    return state


def _formatted(
    text: str, parse_mode: str | None, limit: int, what: str
) -> tuple[str, list[dict[str, Any]]]:
    entities: list[dict[str, Any]] = []
    if parse_mode is not None and parse_mode.upper() == "HTML":
        try:
            text, entities = parse_html(text)
        except EntityParseError as exc:
            raise ApiError(400, f"Bad Request: can't parse entities: {exc}") from exc
    elif parse_mode:
        raise ApiError(400, f"Bad Request: unsupported parse_mode {parse_mode!r} in this fake")
    if not text.strip() and what == "text":
        raise ApiError(400, "Bad Request: message text is empty")
    if utf16_len(text) > limit:
        raise ApiError(
            400,
            f"Bad Request: message {what} is too long"
            if what == "caption"
            else "Bad Request: message is too long",
        )
    return text, entities


def _record(
    world: World,
    method: str,
    message: dict[str, Any],
    params: dict[str, Any],
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    world.sent.append(
        {
            "method": method,
            "chat_id": message["chat"]["id"],
            "message_id": message["message_id"],
            "text": message.get("text", message.get("caption", "")),
            "raw_text": params.get("text", params.get("caption", "")),
            "parse_mode": params.get("parse_mode"),
            "entities": message.get("entities", []),
            "reply_markup": params.get("reply_markup"),
            **(extra or {}),
        }
    )
    return message


def send_message(world: World, p: dict[str, Any]) -> Any:
    state = _target(world, p["chat_id"])
    world.throttle(state.chat["id"])
    text, entities = _formatted(p["text"], p.get("parse_mode"), TEXT_LIMIT, "text")
    message = make_message(
        world,
        state,
        world.bot,
        date=timestamp(),
        text=text,
        entities=entities or None,
        reply_markup=p.get("reply_markup"),
    )
    return _record(world, "sendMessage", message, p)


def _send_file(world: World, p: dict[str, Any], kind: str) -> Any:
    state = _target(world, p["chat_id"])
    world.throttle(state.chat["id"])
    caption, entities = _formatted(
        p.get("caption") or "", p.get("parse_mode"), CAPTION_LIMIT, "caption"
    )
    upload = p[kind]
    data, name = upload if isinstance(upload, tuple) else (b"", str(upload))
    content = file_object(kind, name, len(data), next(_files))
    message = make_message(
        world,
        state,
        world.bot,
        date=timestamp(),
        caption=caption or None,
        caption_entities=entities or None,
        **{kind: content},
    )
    return _record(
        world,
        "send" + kind.capitalize(),
        message,
        p,
        {"file_name": name, "file_size": len(data), "file_bytes": data},
    )


def edit_message_text(world: World, p: dict[str, Any]) -> Any:
    state = _target(world, p.get("chat_id", 0))
    message = state.messages.get(int(p.get("message_id", 0)))
    if message is None:
        raise ApiError(400, "Bad Request: message to edit not found")
    if message.get("from", {}).get("id") != world.bot["id"] or "text" not in message:
        raise ApiError(400, "Bad Request: message can't be edited")
    text, entities = _formatted(p["text"], p.get("parse_mode"), TEXT_LIMIT, "text")
    markup = p.get("reply_markup")
    if (text, entities or None, markup) == (
        message.get("text"),
        message.get("entities"),
        message.get("reply_markup"),
    ):
        raise ApiError(
            400,
            "Bad Request: message is not modified: specified new message "
            "content and reply markup are exactly the same as a current content "
            "and reply markup of the message",
        )
    message.update(text=text, edit_date=timestamp())
    for key, value in (("entities", entities or None), ("reply_markup", markup)):
        if value is None:
            message.pop(key, None)
        else:
            message[key] = value
    return _record(world, "editMessageText", dict(message), p)


def edit_message_reply_markup(world: World, p: dict[str, Any]) -> Any:
    state = _target(world, p.get("chat_id", 0))
    message = state.messages.get(int(p.get("message_id", 0)))
    if message is None:
        raise ApiError(400, "Bad Request: message to edit not found")
    if message.get("from", {}).get("id") != world.bot["id"]:
        raise ApiError(400, "Bad Request: message can't be edited")
    markup = p.get("reply_markup")
    if markup == message.get("reply_markup"):
        raise ApiError(
            400,
            "Bad Request: message is not modified: specified new message "
            "content and reply markup are exactly the same as a current content "
            "and reply markup of the message",
        )
    message["edit_date"] = timestamp()
    if markup is None:
        message.pop("reply_markup", None)
    else:
        message["reply_markup"] = markup
    return _record(world, "editMessageReplyMarkup", dict(message), p)


def answer_callback_query(world: World, p: dict[str, Any]) -> Any:
    query_id = p["callback_query_id"]
    if query_id not in world.callbacks:
        raise ApiError(
            400, "Bad Request: query is too old and response timeout expired or query ID is invalid"
        )
    if any(a["callback_query_id"] == query_id for a in world.callback_answers):
        raise ApiError(
            400, "Bad Request: query is too old and response timeout expired or query ID is invalid"
        )
    world.callback_answers.append(dict(p))
    return True


def get_chat(world: World, p: dict[str, Any]) -> Any:
    chat_id = int(p["chat_id"])
    state = world.private_chat(chat_id) if chat_id > 0 else world.chat(chat_id)
    info: dict[str, Any] = world.spec.required_defaults("ChatFullInfo")
    info.update(
        state.chat,
        max_reaction_count=11,
        accepted_gift_types=world.spec.required_defaults("AcceptedGiftTypes"),
    )
    return info


def get_chat_member(world: World, p: dict[str, Any]) -> Any:
    chat_id, user_id = int(p["chat_id"]), int(p["user_id"])
    world.chat(chat_id)
    world.user(user_id)
    return chat_member(world, chat_id, user_id)


def get_chat_administrators(world: World, p: dict[str, Any]) -> Any:
    state = world.chat(int(p["chat_id"]))
    return [
        chat_member(world, state.chat["id"], uid)
        for uid, status in state.members.items()
        if status in ADMIN
    ]


def get_chat_member_count(world: World, p: dict[str, Any]) -> Any:
    state = world.chat(int(p["chat_id"]))
    return sum(1 for status in state.members.values() if status not in ("left", "kicked"))


def _scope_key(p: dict[str, Any]) -> str:
    scope = p.get("scope") or {"type": "default"}
    return json.dumps(scope, sort_keys=True) + "|" + (p.get("language_code") or "")


def set_my_commands(world: World, p: dict[str, Any]) -> Any:
    scope = p.get("scope") or {}
    chat_id = int(scope.get("chat_id", 0))
    if scope.get("type") == "chat" and chat_id not in world.chats and chat_id not in world.started:
        raise ApiError(400, "Bad Request: chat not found")
    world.commands[_scope_key(p)] = list(p["commands"])
    return True


def leave_chat(world: World, p: dict[str, Any]) -> Any:
    world.chat(int(p["chat_id"])).members[world.bot["id"]] = "left"
    return True


METHODS: dict[str, Method] = {
    "getMe": lambda world, p: world.bot | world.bot_extras(),
    **WEBHOOK_METHODS,
    "sendMessage": send_message,
    "sendPhoto": lambda world, p: _send_file(world, p, "photo"),
    "sendDocument": lambda world, p: _send_file(world, p, "document"),
    "editMessageText": edit_message_text,
    "editMessageReplyMarkup": edit_message_reply_markup,
    "answerCallbackQuery": answer_callback_query,
    "getChat": get_chat,
    "getChatMember": get_chat_member,
    "getChatAdministrators": get_chat_administrators,
    "getChatMemberCount": get_chat_member_count,
    "setMyCommands": set_my_commands,
    "getMyCommands": lambda world, p: world.commands.get(_scope_key(p), []),
    "deleteMyCommands": lambda world, p: (
        world.commands.pop(_scope_key(p), None) is not None or True
    ),
    "leaveChat": leave_chat,
}
