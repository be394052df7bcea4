"""Random and malformed updates, seeded: every Update field of the Bot API spec,
garbage commands, forged callbacks, odd texts and entities.

Shapes follow the spec (bot-api.json), values are hostile: what Telegram could
deliver from a careless or malicious user. Chats and users are those the fake
knows, so a bot that answers reaches a real chat; unknown ids are used where the
bot must not answer at all.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sim.fakegram._spec import Spec, load_spec

__all__ = ["FuzzTargets", "UpdateFuzzer"]

_QUOTED = re.compile(r'[“"]([a-z_]+)[”"]')
_CONSTANT = re.compile(r'(?:always|must be)\s+[“"]?([a-z_]+)[”"]?', re.IGNORECASE)
_MAX_DEPTH = 4
_SCRIPTS = [
    (0x20, 0x7E),  # ASCII
    (0x4E00, 0x9FFF),  # CJK
    (0x0600, 0x06FF),  # Arabic (right to left)
    (0x0300, 0x036F),  # combining marks
    (0x1F300, 0x1FAFF),  # emoji, outside the BMP (two UTF-16 units)
    (0x200B, 0x200F),  # zero width and direction marks
    (0x0000, 0x001F),  # control characters, NUL included
    (0xE000, 0xF8FF),  # private use
]
COMMANDS = [
    "start", "help", "groups", "digest", "chatter", "stats", "overlap", "export", "grant",
    "revoke", "settings", "mute", "mydata", "forget", "register", "unregister", "groupinfo",
]  # fmt: skip
_GARBAGE_ARGS = [
    "9999-12-31", "0001-01-01", "2024-02-30", "1970-01-01..9999-12-31", "9999-12-31..0001-01-01",
    "2026-01-01..2026-12-31", "2020-01-01..2026-12-31", "-5d", "0d", "99999999999999999999d",
    "1e308", "NaN", "inf", "7d", "30d", "24h", "3d", "-1", "0", "99999999999999999999999",
    "12345678901234567890", "@someone", "'; DROP TABLE notice; --", "%s%s%n", "..", "...", "-",
    "\u202e", "群", "网格员", "<b>x</b>", "&amp;", "2026-13-45",
]  # fmt: skip
_CALLBACK_PREFIXES = ["st:", "sm:", "sv:", "sv:png:", "sv:csv:", "pv:", "fg:", "ur:", "", "x"]


@dataclass
class FuzzTargets:
    """What the fake knows: chats the bot is in and people with a private chat."""

    registered: int
    unregistered: int
    bot_id: int
    members: list[dict[str, Any]]  # group members who post (users as the fake has them)
    private: list[dict[str, Any]]  # users with an open private chat, for commands and buttons
    chats: dict[int, dict[str, Any]] = field(default_factory=dict)  # chat id -> Chat
    supervisor: dict[str, Any] | None = None


class UpdateFuzzer:
    """Generates update payloads (without update_id) from one seed."""

    def __init__(self, seed: int, targets: FuzzTargets, spec: Spec | None = None) -> None:
        self.rng = random.Random(seed)
        self.spec = spec or load_spec()
        self.targets = targets
        self._message_ids = iter(range(10_000_000, 2**31))
        self.kinds: dict[str, int] = {}
        update_fields = self.spec.types["Update"]["fields"]
        self.update_kinds = [f["name"] for f in update_fields if f["name"] != "update_id"]

    # -- values -----------------------------------------------------------
    def text(self, longest: int = 200) -> str:
        roll = self.rng.random()
        if roll < 0.05:
            return ""
        if roll < 0.06:
            return self._chars(100_000)
        return self._chars(self.rng.randint(1, longest))

    def _chars(self, size: int) -> str:
        low, high = self.rng.choice(_SCRIPTS)
        if size > 1000:  # one run of one script keeps a 100k text cheap to make
            return "".join(chr(self.rng.randint(low, high)) for _ in range(64)) * (size // 64)
        out = []
        for _ in range(size):
            if self.rng.random() < 0.2:
                low, high = self.rng.choice(_SCRIPTS)
            out.append(chr(self.rng.randint(low, high)))
        return "".join(out)

    def integer(self) -> int:
        if self.rng.random() < 0.05:  # extremes: the reader must survive them
            return self.rng.choice([2**31 - 1, -(2**31), 2**52, -(2**52)])
        return self.rng.choice([0, 1, -1, self.rng.randint(-(10**6), 10**12)])

    def _string(self, spec_field: dict[str, Any]) -> str:
        choices = _QUOTED.findall(spec_field.get("description", ""))
        if choices and self.rng.random() < 0.8:
            return str(self.rng.choice(choices))
        return self.text(40)

    def value(self, kinds: list[str], spec_field: dict[str, Any], depth: int) -> Any:
        kind = self.rng.choice(kinds)
        if kind.startswith("Array of "):
            inner = kind.removeprefix("Array of ")
            count = 0 if depth >= _MAX_DEPTH else self.rng.randint(0, 2)
            return [self.value([inner], spec_field, depth + 1) for _ in range(count)]
        if kind == "Integer":
            return self.date() if spec_field["name"].endswith("date") else self.integer()
        if kind == "Float":
            return self.rng.choice([0.0, -1.5, 1e300, self.rng.uniform(-180, 180)])
        if kind == "Boolean":
            return self.rng.random() < 0.5
        if kind == "True":
            return True
        if kind in ("String", "InputFile"):
            return self._string(spec_field)
        return self.object(kind, depth + 1)

    def date(self) -> int:
        if self.rng.random() < 0.05:
            return self.rng.choice([0, 1, 2**31 - 1])
        return 1_700_000_000 + self.rng.randint(0, 10**8)

    def object(self, type_name: str, depth: int = 0) -> Any:
        """A random instance: required fields always, optional ones now and then."""
        spec_type = self.spec.types[type_name]
        if spec_type.get("subtypes"):
            subtypes = list(spec_type["subtypes"])
            return self.value([self.rng.choice(subtypes)], {"name": type_name}, depth)
        result: dict[str, Any] = {}
        optional = 0.25 if depth < 2 else 0.05
        for spec_field in spec_type.get("fields", []):
            if not spec_field["required"] and (depth >= _MAX_DEPTH or self.rng.random() > optional):
                continue
            constant = _CONSTANT.search(spec_field.get("description", ""))
            if constant and spec_field["types"] == ["String"]:
                result[spec_field["name"]] = constant.group(1)
            else:
                result[spec_field["name"]] = self.value(spec_field["types"], spec_field, depth)
        return result

    # -- shaped updates ---------------------------------------------------
    def entities(self, text: str) -> list[dict[str, Any]]:
        """Odd entities: past the end, zero or negative length, unknown types."""
        entities = []
        for _ in range(self.rng.randint(0, 3)):
            entity = self.object("MessageEntity", 3)
            entity["offset"] = self.rng.choice([0, len(text), len(text) + 5, -1, 2**31 - 1])
            entity["length"] = self.rng.choice([0, 1, len(text), -3, 10**9])
            entities.append(entity)
        return entities

    def message(self, chat: dict[str, Any], sender: dict[str, Any], text: str) -> dict[str, Any]:
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": self.date(),
            "chat": chat,
            "from": sender,
        }
        if self.rng.random() < 0.15:
            message["caption"] = text
            message["photo"] = [self.object("PhotoSize", 3)]
        else:
            message["text"] = text
        entities = self.entities(text)
        if text.startswith("/"):
            length = len(text.split(" ", 1)[0].encode("utf-16-le")) // 2
            entities.insert(0, {"type": "bot_command", "offset": 0, "length": length})
        if entities:
            message["caption_entities" if "caption" in message else "entities"] = entities
        return message

    def command(self) -> str:
        if self.rng.random() < 0.6:  # the commands that parse arguments, more often
            name = self.rng.choice(["stats", "overlap", "export", "chatter", "grant", "revoke"])
        else:
            name = self.rng.choice([*COMMANDS, "frobnicate", "x" * 32])
        if self.rng.random() < 0.1:
            name += self.rng.choice(["@fingertip_bot", "@other_bot"])
        args = [
            self.rng.choice(_GARBAGE_ARGS) if self.rng.random() < 0.7 else self.text(30)
            for _ in range(self.rng.randint(0, 3))
        ]
        return " ".join([f"/{name}", *args])

    def private_chat(self, user: dict[str, Any]) -> dict[str, Any]:
        return {"id": user["id"], "type": "private", "first_name": user["first_name"]}

    def group_chat(self, registered: bool) -> dict[str, Any]:
        return dict(self.targets.chats[self.targets.registered if registered else
                                       self.targets.unregistered])  # fmt: skip

    def callback(self) -> dict[str, Any]:
        user = self.rng.choice(self.targets.private)
        prefix = self.rng.choice(_CALLBACK_PREFIXES)
        tail = self.rng.choice([self.text(20), str(self.integer()), "main", "times", "groups"])
        data = (prefix + tail).encode("utf-8")[:64].decode("utf-8", "ignore")
        query: dict[str, Any] = {
            "id": f"fz{next(self._message_ids)}",
            "from": user,
            "chat_instance": str(self.integer()),
        }
        if self.rng.random() < 0.9:
            query["data"] = data
        else:
            query["game_short_name"] = self.text(10)
        roll = self.rng.random()
        if roll < 0.25:
            query["inline_message_id"] = self.text(20) or "x"
        elif roll < 0.4:  # a message too old for the bot to see (InaccessibleMessage)
            chat = self.private_chat(self.rng.choice(self.targets.private))
            query["message"] = {"chat": chat, "message_id": self.integer(), "date": 0}
        else:  # a button under some message of a private chat, maybe someone else's
            owner = self.rng.choice(self.targets.private)
            bot_user = {"id": self.targets.bot_id, "is_bot": True, "first_name": "Fingertip"}
            message = self.message(self.private_chat(owner), bot_user, self.text(50) or "x")
            message["message_id"] = self.rng.choice([1, 2, 3, 5, 8, self.integer()])
            query["message"] = message
        return query

    def _random_update(self) -> dict[str, Any]:
        kind = self.rng.choice(self.update_kinds)
        spec_field = next(f for f in self.spec.types["Update"]["fields"] if f["name"] == kind)
        payload = self.value(spec_field["types"], spec_field, 0)
        if isinstance(payload, dict) and "chat" in payload and kind != "channel_post":
            # Messages and member changes come from chats the fake knows, never the
            # registered group's membership of the bot (that would end the run).
            known = self.rng.choice(self.targets.private)
            payload["chat"] = (
                self.private_chat(known) if self.rng.random() < 0.5 else self.group_chat(False)
            )
            if "from" in payload:
                payload["from"] = known
            for key in ("migrate_to_chat_id", "migrate_from_chat_id"):
                payload.pop(key, None)
        if kind == "callback_query":  # Telegram's query ids are unique
            payload["id"] = f"fz{next(self._message_ids)}"
        return {kind: payload}

    def update(self) -> dict[str, Any]:
        """One update payload; ``kinds`` counts what was made."""
        roll = self.rng.random()
        if roll < 0.4:
            made = self._random_update()
            name = f"spec:{next(iter(made))}"
        elif roll < 0.65:
            registered = self.rng.random() < 0.6
            sender = self.rng.choice(self.targets.members)
            text = self.command() if self.rng.random() < 0.2 else self.text()
            kind = "edited_message" if self.rng.random() < 0.15 else "message"
            message = self.message(self.group_chat(registered), sender, text)
            if kind == "edited_message":
                message["edit_date"] = self.date()
            made, name = {kind: message}, "group:" + ("registered" if registered else "unknown")
        elif roll < 0.9:
            user = self.rng.choice(self.targets.private)
            if self.targets.supervisor is not None and self.rng.random() < 0.4:
                user = self.targets.supervisor  # who reaches the argument parsers
            text = self.command() if self.rng.random() < 0.8 else self.text()
            made, name = {"message": self.message(self.private_chat(user), user, text)}, "private"
        else:
            made, name = {"callback_query": self.callback()}, "callback"
        self.kinds[name] = self.kinds.get(name, 0) + 1
        return made

    def updates(self, count: int) -> Iterator[dict[str, Any]]:
        for _ in range(count):
            yield self.update()
