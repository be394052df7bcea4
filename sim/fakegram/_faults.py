"""Control actions that shape Telegram's answers (failures, stalls, limits) or read
what the bot did."""

from __future__ import annotations

import random
from typing import Any

from sim.fakegram._world import World

__all__ = ["FAULT_ACTIONS", "INSPECT_ACTIONS"]


def _inject_failure(world: World, p: dict[str, Any]) -> Any:
    """The next ``count`` calls of ``method`` (optionally in one chat) fail."""
    world.failures.append(
        {
            "method": p["method"],
            "error_code": int(p["error_code"]),
            "count": int(p.get("count", 1)),
            "retry_after": p.get("retry_after"),
            "description": p.get("description"),
            "chat_id": p.get("chat_id"),
        }
    )
    return True


def _set_blocked(world: World, p: dict[str, Any], blocked: bool) -> Any:
    user_id = int(p["user_id"])
    (world.blocked.add if blocked else world.blocked.discard)(user_id)
    return True


def _log(world: World, p: dict[str, Any]) -> Any:
    chat_id = p.get("chat_id")
    methods = {"sendMessage", "sendPhoto", "sendDocument"}
    return [
        {k: v for k, v in entry.items() if k != "file_bytes"}
        for entry in world.sent
        if entry["method"] in methods and (chat_id is None or entry["chat_id"] == int(chat_id))
    ]


def _settings(world: World, p: dict[str, Any]) -> Any:
    if "can_read_all_group_messages" in p:
        world.can_read_all = bool(p["can_read_all_group_messages"])
    for key in ("global", "chat"):
        if key in p:
            world.flood[key] = None if p[key] is None else float(p[key])
    return True


def _stall(world: World, p: dict[str, Any]) -> Any:
    """Hold every call of ``method`` after the first ``after`` ones (unprocessed)."""
    world.stall = {"method": p["method"], "after": int(p.get("after", 0)), "seen": 0}
    world.stall_released.clear()
    return True


def _release(world: World, p: dict[str, Any]) -> Any:
    """Let held calls go, dropped without effect; new calls pass normally."""
    world.stall = None
    world.stall_released.set()
    return True


def _set_chaos(world: World, p: dict[str, Any]) -> Any:
    """Fail a share of ``method`` calls at random (seeded): 429s and 502s."""
    world.chaos = (
        None
        if not p.get("method")
        else {
            "method": p["method"],
            "p429": float(p.get("p429", 0)),
            "p5xx": float(p.get("p5xx", 0)),
            "rng": random.Random(int(p.get("seed", 1))),
        }
    )
    return True


def _inject_updates(world: World, p: dict[str, Any]) -> Any:
    """Queue raw updates as given, unchecked and whatever their kind: for fuzzing.
    Callback queries are remembered, so the bot can answer them as on Telegram."""
    ids = []
    for payload in p["updates"]:
        update = {"update_id": world.next_update_id(), **payload}
        query = update.get("callback_query")
        if isinstance(query, dict) and "id" in query:
            world.callbacks[str(query["id"])] = query
        world.updates.append(update)
        ids.append(update["update_id"])
    world.new_update.set()
    return ids


def _clear_failures(world: World, p: dict[str, Any]) -> Any:
    world.failures.clear()
    return True


def _reset_log(world: World, p: dict[str, Any]) -> Any:
    world.sent.clear()
    world.requests.clear()
    return True


FAULT_ACTIONS = {
    "inject_failure": _inject_failure,
    "clear_failures": _clear_failures,
    "chaos": _set_chaos,
    "stall": _stall,
    "release_stall": _release,
    "stalled": lambda world, p: world.stalled,
    "block": lambda world, p: _set_blocked(world, p, True),
    "unblock": lambda world, p: _set_blocked(world, p, False),
    "settings": _settings,
    "inject_updates": _inject_updates,
}

INSPECT_ACTIONS = {
    "sent": _log,
    "edits": lambda world, p: [
        e for e in world.sent if e["method"] in ("editMessageText", "editMessageReplyMarkup")
    ],
    "requests": lambda world, p: [
        r for r in world.requests if not p.get("method") or r["method"] == p["method"]
    ],
    "violations": lambda world, p: list(world.violations),
    "pending_updates": lambda world, p: len(world.updates),
    "callback_answers": lambda world, p: list(world.callback_answers),
    "commands": lambda world, p: dict(world.commands),
    "reset_log": _reset_log,
}
