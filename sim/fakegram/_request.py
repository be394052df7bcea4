"""Read a Bot API request (query, form, multipart or JSON) into typed values."""

from __future__ import annotations

import json
from typing import Any

from aiohttp import BodyPartReader, web

from sim.fakegram._spec import Spec

__all__ = ["decode_params", "read_params"]

_JSON_KINDS = ("Array of", "InputFile")


async def read_params(request: web.Request) -> dict[str, Any]:
    """Raw parameters; uploaded files become (bytes, filename)."""
    params: dict[str, Any] = dict(request.query)
    if request.content_type == "application/json":
        body = await request.json()
        if isinstance(body, dict):
            params.update(body)
        return params
    if request.content_type == "multipart/form-data":
        reader = await request.multipart()
        async for part in reader:
            if not isinstance(part, BodyPartReader) or part.name is None:
                continue
            if getattr(part, "filename", None):
                params[part.name] = (bytes(await part.read()), part.filename)
            else:
                params[part.name] = await part.text()
        return params
    if request.body_exists:
        params.update(await request.post())
    return params


def _decode_one(kind: str, raw: str) -> Any:
    if kind == "Integer":
        return int(raw)
    if kind == "Float":
        return float(raw)
    if kind in ("Boolean", "True"):
        if raw not in ("true", "false", "True", "False"):
            raise ValueError(raw)
        return raw.lower() == "true"
    if kind in ("String", "InputFile"):
        return raw
    return json.loads(raw)


def _decode(kinds: list[str], raw: Any) -> Any:
    if not isinstance(raw, str):
        return raw  # JSON bodies are typed already; uploads are (bytes, name)
    for kind in kinds:
        try:
            return _decode_one(kind, raw)
        except (ValueError, json.JSONDecodeError):
            continue
    return raw  # left as text: validation names the mismatch


def decode_params(spec: Spec, method: str, raw: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """Typed parameters and every way they break the method's description."""
    fields = spec.method_fields(method)
    params: dict[str, Any] = {}
    errors = [f"{method}: unknown parameter {name!r}" for name in raw if name not in fields]
    for name, field in fields.items():
        if name not in raw:
            if field["required"]:
                errors.append(f"{method}: missing required parameter {name!r}")
            continue
        value = _decode(field["types"], raw[name])
        params[name] = value
        check = value[0] if isinstance(value, tuple) else value
        errors.extend(spec.check_value(field["types"], check, f"{method}.{name}"))
    return params, errors
