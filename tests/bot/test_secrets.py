"""Secrets never appear: the token and the database password are masked in every
log line, traceback and error, whoever logs; a wrong token and an unreachable
Telegram are one clear line each."""

from __future__ import annotations

import io
import logging
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from bot.reachability import OutageReporter
from bot.redaction import MASK, RedactingFilter, mask_url_passwords, secrets_of
from sim.fakegram import FakeTelegram
from tests.helpers.databases import POSTGRES_URL, postgres_available

TOKEN = "987654321:AAHsecretPART-of_the-token-0123456789"
PASSWORD = "pa:ss/w@rd-17"
QUOTED_PASSWORD = "pa%3Ass%2Fw%40rd-17"
FINGERTIP = [sys.executable, "-m", "bot.cli"]


def _logged(filter_: RedactingFilter, emit: object) -> str:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(filter_)
    logger = logging.getLogger(f"test.redaction.{uuid.uuid4().hex}")
    logger.propagate = False
    logger.setLevel(logging.DEBUG)
    logger.addHandler(handler)
    try:
        assert callable(emit)
        emit(logger)
    finally:
        logger.removeHandler(handler)
    return stream.getvalue()


def test_messages_arguments_and_tracebacks_are_masked() -> None:
    url = f"postgresql+psycopg://bot:{QUOTED_PASSWORD}@db:5432/fingertip"
    filter_ = RedactingFilter(secrets_of(TOKEN, url))

    def emit(logger: logging.Logger) -> None:
        logger.warning("POST https://api.telegram.org/bot%s/getMe", TOKEN)
        logger.info("connecting to %s with %s", url, PASSWORD)
        try:
            raise RuntimeError(f"The token `{TOKEN}` was rejected; url {url}")
        except RuntimeError:
            logger.exception("failed")

    out = _logged(filter_, emit)
    assert TOKEN not in out and "AAHsecretPART" not in out
    assert PASSWORD not in out and QUOTED_PASSWORD not in out
    assert out.count(MASK) >= 5 and "Traceback" in out and "bot:***@db" in out


def test_unknown_token_shapes_and_url_passwords_are_masked_too() -> None:
    out = _logged(
        RedactingFilter(),
        lambda logger: logger.error("bot555555:%s and mysql://u:hunter2@h/x", "A" * 35),
    )
    assert "A" * 35 not in out and "hunter2" not in out
    assert mask_url_passwords("redis://:pw@h") == "redis://:***@h"


def test_an_outage_is_said_once_a_minute(caplog: pytest.LogCaptureFixture) -> None:
    now = [0.0]
    reporter = OutageReporter(monotonic=lambda: now[0])
    caplog.set_level(logging.INFO, "fingertip.telegram")
    from telegram.error import NetworkError

    for second in range(0, 150, 5):
        now[0] = float(second)
        reporter(NetworkError("httpx.ConnectError: All connection attempts failed"))
    said = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(said) == 3 and all(r.exc_info is None for r in said)
    assert "30 failed attempts" not in said[-1].getMessage() and reporter.failures == 30
    reporter.recovered()
    assert "after 30 failed attempts" in caplog.records[-1].getMessage()


@pytest.fixture
def database_url(tmp_path: Path) -> Iterator[str]:
    """A PostgreSQL URL carrying a password (trust auth accepts any), in a schema
    of its own; SQLite when the server is away (then only the token is at stake)."""
    if not postgres_available():
        yield f"sqlite:///{tmp_path / 'fingertip.sqlite'}"
        return
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    base = POSTGRES_URL.replace("postgres@", f"postgres:{QUOTED_PASSWORD}@", 1)
    try:
        yield f"{base}?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def _config(tmp_path: Path, base_url: str, database_url: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(
        f'data_dir = "{tmp_path}"\n'
        f'[telegram]\ntoken = "{TOKEN}"\nbase_url = "{base_url}"\n'
        f'[database]\nurl = "{database_url}"\n'
        '[logging]\nlevel = "DEBUG"\n',
        encoding="utf-8",
    )
    return path


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FINGERTIP_")}
    return {**env, "PYTHONUNBUFFERED": "1"}


def _assert_no_secret(output: str) -> None:
    for secret in (TOKEN, TOKEN.split(":")[1], PASSWORD, QUOTED_PASSWORD):
        assert secret not in output


def test_a_wrong_token_is_one_line_and_exit_2(tmp_path: Path, database_url: str) -> None:
    fake = FakeTelegram()  # its own token differs: getMe answers 401
    with fake.run_in_thread():
        config = _config(tmp_path, fake.base_url, database_url)
        done = subprocess.run(
            [*FINGERTIP, "--config", str(config), "run"],
            capture_output=True,
            text=True,
            timeout=120,
            env=_env(),
        )
    output = done.stdout + done.stderr
    assert done.returncode == 2, output[-2000:]
    assert done.stderr.strip().splitlines()[-1] == "fingertip: the token was rejected by Telegram"
    assert "Traceback" not in output and "getMe" in output  # DEBUG logged the call, masked
    _assert_no_secret(output)


def test_an_unreachable_telegram_is_waited_for_quietly(tmp_path: Path, database_url: str) -> None:
    config = _config(tmp_path, "http://127.0.0.1:9/bot", database_url)
    log = tmp_path / "output.log"
    with log.open("w", encoding="utf-8") as sink:
        process = subprocess.Popen(
            [*FINGERTIP, "--config", str(config), "run"], stdout=sink, stderr=sink, env=_env()
        )
        deadline = time.monotonic() + 90
        while "Telegram cannot be reached" not in log.read_text(encoding="utf-8"):
            assert time.monotonic() < deadline and process.poll() is None
            time.sleep(0.1)
        time.sleep(3.5)  # attempts after 1 and 2 more seconds, said no more
        process.send_signal(signal.SIGINT)
        process.wait(timeout=60)
    output = log.read_text(encoding="utf-8")
    said = [line for line in output.splitlines() if "Telegram cannot be reached" in line]
    assert len(said) == 1 and " WARNING " in said[0], output[-2000:]
    assert output.count("Calling Bot API endpoint `getMe`") >= 3  # it retried
    assert "Traceback" not in output
    _assert_no_secret(output)
    assert process.returncode == 130


def test_an_uncaught_crash_is_logged_through_the_filter(tmp_path: Path) -> None:
    script = (
        "import logging\n"
        "from bot.redaction import install_redaction\n"
        "logging.basicConfig(level=logging.INFO)\n"
        f"install_redaction([{TOKEN!r}])\n"
        f"raise RuntimeError('https://api.telegram.org/bot{TOKEN}/getMe failed')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, env=_env()
    )
    assert done.returncode == 1
    assert "CRITICAL:fingertip:uncaught exception" in done.stderr and "bot***/getMe" in done.stderr
    _assert_no_secret(done.stderr)
