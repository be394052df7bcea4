"""The HTTP side: Bot API routes for the bot, control routes for tests and the demo."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from aiohttp import web

from sim.fakegram._control import ACTIONS
from sim.fakegram._methods import METHODS
from sim.fakegram._request import decode_params, read_params
from sim.fakegram._webhook import webhook_courier
from sim.fakegram._world import ApiError, World

__all__ = ["build_app"]

_log = logging.getLogger(__name__)
_MAX_POLL = 50.0


def _error(error: ApiError) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": error.code, "description": error.description}
    if error.parameters:
        body["parameters"] = error.parameters
    return web.json_response(body, status=error.code)


def _chaos(world: World, method: str) -> ApiError | None:
    chaos = world.chaos
    if chaos is None or chaos["method"] != method:
        return None
    roll = chaos["rng"].random()
    if roll < chaos["p429"]:
        return ApiError(429, "Too Many Requests: retry after 1", {"retry_after": 1})
    if roll < chaos["p429"] + chaos["p5xx"]:
        return ApiError(502, "Bad Gateway")
    return None


def _injected(world: World, method: str, params: dict[str, Any]) -> ApiError | None:
    for failure in world.failures:
        chat = failure["chat_id"]
        if failure["method"] != method or failure["count"] <= 0:
            continue
        if chat is not None and str(params.get("chat_id")) != str(chat):
            continue
        failure["count"] -= 1
        code = failure["error_code"]
        if code == 429:
            wait = int(failure["retry_after"] or 1)
            return ApiError(429, f"Too Many Requests: retry after {wait}", {"retry_after": wait})
        if code == 403:
            return ApiError(403, failure["description"] or "Forbidden: bot was blocked by the user")
        return ApiError(
            code,
            failure["description"] or ("Bad Gateway" if code == 502 else "Internal Server Error"),
        )
    return None


async def _maybe_stall(world: World, method: str) -> None:
    stall = world.stall
    if stall is None or stall["method"] != method:
        return
    stall["seen"] += 1
    if stall["seen"] <= stall["after"]:
        return
    world.stalled += 1
    try:
        await world.stall_released.wait()
    finally:
        world.stalled -= 1
    raise ApiError(502, "Bad Gateway")  # dropped unprocessed, as if it never arrived


async def _get_updates(world: World, params: dict[str, Any]) -> list[dict[str, Any]]:
    if world.webhook:
        raise ApiError(
            409,
            "Conflict: can't use getUpdates method while webhook is active; "
            "use deleteWebhook to delete the webhook first",
        )
    if "allowed_updates" in params:
        world.allowed = frozenset(params["allowed_updates"]) or None
    offset = int(params.get("offset", 0))
    if offset < 0:
        world.updates = world.updates[offset:]
        offset = 0
    elif offset:
        world.confirm(offset)
    timeout = min(float(params.get("timeout", 0)), _MAX_POLL)
    limit = min(max(int(params.get("limit", 100)), 1), 100)
    deadline = asyncio.get_running_loop().time() + timeout
    while not world.pending(offset):
        remaining = deadline - asyncio.get_running_loop().time()
        if remaining <= 0:
            break
        world.new_update.clear()
        try:
            await asyncio.wait_for(world.new_update.wait(), remaining)
        except TimeoutError:
            break
    return world.pending(offset)[:limit]


def build_app(world: World, token: str) -> web.Application:
    """Routes: /bot<token>/<method> for the bot, /control/<action> for people."""

    async def api(request: web.Request) -> web.Response:
        if request.match_info["token"] != token:
            return web.json_response(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401
            )
        method = request.match_info["method"]
        if method not in METHODS and method != "getUpdates":
            return web.json_response(
                {"ok": False, "error_code": 404, "description": "Not Found"}, status=404
            )
        try:
            raw = await read_params(request)
        except ConnectionResetError:
            # the bot hung up mid-request (shutting down): nobody is left to answer
            return web.Response(status=499)
        params, errors = decode_params(world.spec, method, raw)
        logged = {k: ("<file>" if isinstance(v, tuple) else v) for k, v in params.items()}
        entry: dict[str, Any] = {"method": method, "params": logged}
        world.requests.append(entry)
        try:
            if errors:
                world.violations.extend(f"request: {e}" for e in errors)
                raise ApiError(400, f"Bad Request: {errors[0]}")
            await _maybe_stall(world, method)
            failure = _injected(world, method, params) or _chaos(world, method)
            if failure is not None:
                raise failure
            if method == "getUpdates":
                result: Any = await _get_updates(world, params)
            else:
                result = METHODS[method](world, params)
        except ApiError as exc:
            entry["status"] = exc.code
            return _error(exc)
        if method != "getUpdates":  # updates are checked when queued; injected ones never
            world.violations.extend(
                f"reply: {e}" for e in world.spec.validate_reply(method, result)
            )
        entry["status"] = 200
        return web.json_response({"ok": True, "result": result})

    async def control(request: web.Request) -> web.Response:
        action = ACTIONS.get(request.match_info["action"])
        if action is None:
            return web.json_response({"error": "unknown control action"}, status=404)
        payload = await request.json() if request.body_exists else {}
        try:
            return web.json_response({"result": action(world, payload)})
        except ApiError as exc:
            return web.json_response({"error": exc.description}, status=400)
        except (KeyError, ValueError, TypeError) as exc:
            return web.json_response({"error": f"bad control request: {exc!r}"}, status=400)

    app = web.Application(client_max_size=60 * 1024 * 1024)
    app.cleanup_ctx.append(webhook_courier(world))
    app.router.add_route("*", "/bot{token}/{method}", api)
    app.router.add_post("/control/{action}", control)
    return app
