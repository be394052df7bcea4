"""The official Bot API description, used to keep the fake honest both ways.

Every request the bot makes is checked against its method (no unknown or
missing parameters, values of the right type) and every object the fake
returns is checked against its type, so what passes here holds on Telegram.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

__all__ = ["Spec", "load_spec"]

_SPEC_FILE = Path(__file__).with_name("bot-api.json")
_SCALARS = {"Integer", "String", "Boolean", "Float", "True"}
# Union members are told apart by a constant field: 'always "member"', 'must be chat'.
_CONSTANT = re.compile(r'(?:always|must be)\s+[“"]?([a-z_]+)[”"]?', re.IGNORECASE)


def _is_scalar(kind: str, value: Any) -> bool:
    if kind == "Integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "Float":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind == "Boolean":
        return isinstance(value, bool)
    if kind == "True":
        return value is True
    return isinstance(value, str)


class Spec:
    """Validation of requests and replies against bot-api.json."""

    def __init__(self, raw: dict[str, Any]) -> None:
        self.version = str(raw.get("version", "?"))
        self.methods: dict[str, dict[str, Any]] = raw["methods"]
        self.types: dict[str, dict[str, Any]] = raw["types"]

    def method_fields(self, method: str) -> dict[str, dict[str, Any]]:
        return {f["name"]: f for f in self.methods[method].get("fields", [])}

    def required_defaults(self, type_name: str) -> dict[str, Any]:
        """False/0 for every required boolean/integer field: Telegram's dullest values."""
        defaults: dict[str, Any] = {}
        for field in self.types[type_name].get("fields", []):
            if field["required"] and field["types"] == ["Boolean"]:
                defaults[field["name"]] = False
            elif field["required"] and field["types"] == ["Integer"]:
                defaults[field["name"]] = 0
        return defaults

    def check_value(self, kinds: list[str], value: Any, where: str) -> list[str]:
        """Errors for ``value`` against any of ``kinds`` ("Array of X" included)."""
        best: list[str] | None = None
        for kind in kinds:
            errors = self._check_one(kind, value, where)
            if not errors:
                return []
            if best is None or len(errors) < len(best):
                best = errors
        return best or [f"{where}: no type to check against"]

    def _check_one(self, kind: str, value: Any, where: str) -> list[str]:
        if kind.startswith("Array of "):
            if not isinstance(value, list):
                return [f"{where}: expected an array, got {type(value).__name__}"]
            inner = kind.removeprefix("Array of ")
            return [
                e
                for i, item in enumerate(value)
                for e in self._check_one(inner, item, f"{where}[{i}]")
            ]
        if kind in _SCALARS:
            return [] if _is_scalar(kind, value) else [f"{where}: expected {kind}, got {value!r}"]
        if kind == "InputFile":
            return [] if isinstance(value, bytes | str) else [f"{where}: expected a file"]
        return self.validate_object(kind, value, where)

    def _check_union(self, subtypes: list[str], value: Any, where: str) -> list[str]:
        """Valid as one member; else the errors of the member its tag names."""
        results = [self.validate_object(name, value, where) for name in subtypes]
        if any(not errors for errors in results):
            return []
        tagged = [errors for errors in results if not any("must be" in e for e in errors)]
        return min(tagged or results, key=len)

    def validate_object(self, type_name: str, value: Any, where: str = "") -> list[str]:
        """Errors in ``value`` as an instance of ``type_name`` (recursive)."""
        where = where or type_name
        spec = self.types.get(type_name)
        if spec is None:
            return [f"{where}: unknown type {type_name}"]
        if spec.get("subtypes"):
            return self._check_union(list(spec["subtypes"]), value, where)
        if not isinstance(value, dict):
            return [f"{where}: expected a {type_name} object, got {type(value).__name__}"]
        fields = {f["name"]: f for f in spec.get("fields", [])}
        errors = [f"{where}: unknown field {name!r}" for name in value if name not in fields]
        for name, field in fields.items():
            constant = _CONSTANT.search(field.get("description", ""))
            if (
                constant
                and name in value
                and field["types"] == ["String"]
                and value[name] != constant.group(1)
            ):
                errors.append(f"{where}.{name}: must be {constant.group(1)!r}, got {value[name]!r}")
        for name, field in fields.items():
            if name not in value:
                if field["required"]:
                    errors.append(f"{where}: missing required field {name!r}")
                continue
            errors.extend(self.check_value(field["types"], value[name], f"{where}.{name}"))
        return errors

    def validate_reply(self, method: str, result: Any) -> list[str]:
        returns = self.methods[method].get("returns", [])
        return self.check_value(returns, result, f"{method}()")


@cache
def load_spec() -> Spec:
    return Spec(json.loads(_SPEC_FILE.read_text(encoding="utf-8")))
