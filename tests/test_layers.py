"""The layers, checked on the real import graph: every product module is imported in a
fresh interpreter and what it pulled in is listed (a static reading would miss an
import hidden in a re-export)."""

from __future__ import annotations

import json
import subprocess
import sys

_LOADED = """
import importlib, json, pkgutil, sys
root = importlib.import_module(sys.argv[1])
for info in pkgutil.walk_packages(root.__path__, root.__name__ + "."):
    if info.name.endswith("__main__") or info.name.startswith("storage.migrations"):
        continue  # scripts, and Alembic's env (it runs on import)
    importlib.import_module(info.name)
print(json.dumps(sorted({name.partition(".")[0] for name in sys.modules})))
"""


def _top_level_imports(package: str) -> set[str]:
    """The top-level packages loaded by importing every module of ``package``."""
    done = subprocess.run(
        [sys.executable, "-c", _LOADED, package],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return set(json.loads(done.stdout.splitlines()[-1]))


def test_the_product_never_imports_the_test_world() -> None:
    for package in ("bot", "nlp", "storage"):
        assert "sim" not in _top_level_imports(package), package


def test_understanding_knows_nothing_of_telegram_or_the_database() -> None:
    loaded = _top_level_imports("nlp")
    assert not loaded & {"bot", "storage", "telegram", "sqlmodel", "sqlalchemy"}
