"""On SQLite the bot is one process: a second one says so and exits."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from sim.fakegram import FakeTelegram
from tests.helpers.fleet import bot_config

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def fake() -> Iterator[FakeTelegram]:
    telegram = FakeTelegram()
    with telegram.run_in_thread():
        yield telegram


def _run(config: Path, log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "run", "--config", str(config)],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdout=out,
            stderr=subprocess.STDOUT,
        )


async def test_a_second_polling_process_on_sqlite_refuses_to_start(
    fake: FakeTelegram, tmp_path: Path
) -> None:
    config = bot_config(tmp_path, fake)
    first = _run(config, tmp_path / "first.log")
    lock = tmp_path / "fingertip.sqlite.lock"  # taken before anything slow starts
    try:
        for _ in range(1200):
            if lock.exists() and str(first.pid) in lock.read_text(encoding="utf-8"):
                break
            assert first.poll() is None, (tmp_path / "first.log").read_text()
            await asyncio.sleep(0.05)
        second = _run(config, tmp_path / "second.log")
        assert second.wait(60) == 5
        said = (tmp_path / "second.log").read_text()
        assert "already serves the SQLite database" in said and "PostgreSQL" in said
        assert first.poll() is None  # the first goes on serving
    finally:
        first.terminate()
        first.wait(20)
