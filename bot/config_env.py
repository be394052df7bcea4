"""Every config key from the environment: ``FINGERTIP_SECTION__KEY``.

A fleet's processes share one config file and differ in a port or two;
containers and systemd units set those in the environment. Lists and tables
are read as TOML (``["08:00", "17:30"]``); anything else is handed over as the
string it is, which the config's validation turns into a number or a boolean
where the key wants one, so ``FINGERTIP_DATABASE__URL=postgresql://...`` and
a numeric secret token need no quotes. ``FINGERTIP_DATA_DIR`` sets the top-level ``data_dir``.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from typing import Any

__all__ = ["PREFIX", "apply_environment"]

PREFIX = "FINGERTIP_"
_TOP_LEVEL = {"FINGERTIP_DATA_DIR": "data_dir"}


def _value(text: str) -> Any:
    if not text.lstrip().startswith(("[", "{")):
        return text
    try:
        return tomllib.loads(f"value = {text}")["value"]
    except tomllib.TOMLDecodeError:
        return text


def apply_environment(raw: dict[str, Any], env: Mapping[str, str]) -> None:
    """Lay ``FINGERTIP_SECTION__KEY`` variables over the file's values (in place).

    Unknown sections or keys are left for the config's own validation, which
    names them; a section given as a scalar in the file is not overwritten.
    """
    for name, text in sorted(env.items()):
        if name in _TOP_LEVEL:
            raw[_TOP_LEVEL[name]] = text
            continue
        if not name.startswith(PREFIX) or "__" not in name:
            continue
        section, _, key = name.removeprefix(PREFIX).lower().partition("__")
        if not section or not key:
            continue
        table = raw.setdefault(section, {})
        if isinstance(table, dict):
            table[key] = _value(text)
