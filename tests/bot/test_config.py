"""Configuration: every key documented, every mistake named."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from pydantic import BaseModel

from bot.config import Config, ConfigError, load_config

EXAMPLE = Path(__file__).resolve().parents[2] / "config.example.toml"


def _keys(model: type[BaseModel], prefix: str = "") -> set[str]:
    keys = set()
    for name, field in model.model_fields.items():
        annotation = field.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            keys |= _keys(annotation, f"{prefix}{name}.")
        else:
            keys.add(prefix + name)
    return keys


def _toml_keys(table: dict[str, object], prefix: str = "") -> set[str]:
    keys = set()
    for name, value in table.items():
        if isinstance(value, dict):
            keys |= _toml_keys(value, f"{prefix}{name}.")
        else:
            keys.add(prefix + name)
    return keys


def test_example_documents_every_key_with_its_default() -> None:
    raw = tomllib.loads(EXAMPLE.read_text(encoding="utf-8"))
    assert _toml_keys(raw) == _keys(Config)
    assert load_config(EXAMPLE, environ={}) == Config()


@pytest.mark.parametrize(
    ("content", "named"),
    [
        ('[digest]\ntimes = ["8am"]\n', "digest.times"),
        ('[digest]\ntimezone = "Mars/Base"\n', "digest.timezone"),
        ("[telegram]\npoll_timeout = 99\n", "telegram.poll_timeout"),
        ("[digest]\ntimez = 1\n", "digest.timez: unknown key"),
        ("[understanding]\nclose_of_business = '25:61'\n", "understanding.close_of_business"),
        ("[logging]\nlevel = 'LOUD'\n", "logging.level"),
        ("[supervisors\n", "not valid TOML"),
    ],
)
def test_broken_config_names_the_key(tmp_path: Path, content: str, named: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=named.replace(".", r"\.").replace("[", r"\[")):
        load_config(path, environ={})


def test_environment_wins_for_secrets(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[telegram]\ntoken = "from-file"\n', encoding="utf-8")
    env = {"FINGERTIP_TOKEN": "from-env", "FINGERTIP_DATABASE_URL": "sqlite:///x.db"}
    config = load_config(path, environ=env)
    assert config.telegram.token == "from-env"
    assert config.database_url == "sqlite:///x.db"


def test_missing_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="file not found"):
        load_config(tmp_path / "nope.toml", environ={})
