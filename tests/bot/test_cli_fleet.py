"""The command line for operators: --config anywhere, db revisions, the environment."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main
from bot.config import ConfigError, load_config
from storage.database import head_revision


def _config(tmp_path: Path, text: str) -> str:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_config_is_taken_after_the_command_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FINGERTIP_TOKEN", raising=False)
    config = _config(tmp_path, f'data_dir = "{tmp_path}"\n')
    assert main(["run", "--config", config]) == 2  # parsed: it got as far as the token
    assert "telegram.token" in capsys.readouterr().err
    assert main(["db", "upgrade", f"--config={config}"]) == 0
    assert str(tmp_path) in capsys.readouterr().out


def test_db_current_history_and_downgrade(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _config(tmp_path, f'data_dir = "{tmp_path}"\n')
    assert main(["--config", config, "db", "upgrade"]) == 0
    assert main(["--config", config, "db", "current"]) == 0
    assert f"{head_revision()} (at head)" in capsys.readouterr().out
    assert main(["--config", config, "db", "downgrade", "0002"]) == 0
    assert "now at 0002" in capsys.readouterr().out
    assert main(["--config", config, "db", "current"]) == 1
    assert f"behind head {head_revision()}" in capsys.readouterr().out
    assert main(["--config", config, "db", "history"]) == 0
    history = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in history][-2:] == ["0002", "0001"]
    assert history[0].split()[0] == head_revision()


def test_a_fleet_role_needs_postgresql(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = _config(tmp_path, f'data_dir = "{tmp_path}"\n[telegram]\ntoken = "1:x"\n')
    assert main(["--config", config, "run", "--role", "worker"]) == 2
    assert "a fleet needs PostgreSQL" in capsys.readouterr().err


def test_webhook_mode_needs_a_url_and_a_secret(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _config(tmp_path, f'data_dir = "{tmp_path}"\n[telegram]\ntoken = "1:x"\n')
    assert main(["--config", config, "run", "--webhook"]) == 2
    assert "webhook.secret_token" in capsys.readouterr().err


def test_every_key_is_settable_from_the_environment(tmp_path: Path) -> None:
    environ = {
        "FINGERTIP_DIGEST__TIMES": '["07:30", "18:00"]',
        "FINGERTIP_DIGEST__TICK_SECONDS": "5",
        "FINGERTIP_OPS__PORT": "9100",
        "FINGERTIP_LOGGING__FORMAT": "json",
        "FINGERTIP_WEBHOOK__SECRET_TOKEN": "12345",
        "FINGERTIP_DATABASE__URL": "postgresql+psycopg://bot@db:5432/fingertip",
        "FINGERTIP_DATA_DIR": str(tmp_path),
        "FINGERTIP_TOKEN": "42:abc",  # the old names still work, and win
    }
    config = load_config(None, environ=environ)
    assert config.digest.times == ["07:30", "18:00"] and config.digest.tick_seconds == 5
    assert (config.ops.port, config.logging.format) == (9100, "json")
    assert config.webhook.secret_token == "12345"
    assert config.database.url.endswith("@db:5432/fingertip")
    assert (config.data_dir, config.telegram.token) == (str(tmp_path), "42:abc")
    file = Path(_config(tmp_path, "[ops]\nport = 1\n"))
    assert load_config(file, environ={"FINGERTIP_OPS__PORT": "2"}).ops.port == 2


def test_a_bad_environment_value_names_the_key() -> None:
    with pytest.raises(ConfigError, match=r"ops\.port"):
        load_config(None, environ={"FINGERTIP_OPS__PORT": "many"})
    with pytest.raises(ConfigError, match=r"digest\.tick_secs: unknown key"):
        load_config(None, environ={"FINGERTIP_DIGEST__TICK_SECS": "5"})
