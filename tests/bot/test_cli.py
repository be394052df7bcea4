"""The command line: clear messages and non-zero exits for bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main


def _config(tmp_path: Path, text: str) -> str:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_broken_config_names_the_key_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _config(tmp_path, '[digest]\ntimes = ["25:00"]\n')
    assert main(["--config", config, "db", "upgrade"]) == 2
    assert "digest.times" in capsys.readouterr().err


def test_run_without_a_token_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FINGERTIP_TOKEN", raising=False)
    config = _config(tmp_path, f'data_dir = "{tmp_path}"\n')
    assert main(["--config", config, "run"]) == 2
    assert "telegram.token" in capsys.readouterr().err


def test_unreachable_database_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = "postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2"
    config = _config(tmp_path, f'[database]\nurl = "{url}"\n')
    assert main(["--config", config, "db", "upgrade"]) == 3
    err = capsys.readouterr().err
    assert "cannot reach the database at postgresql+psycopg://nobody@127.0.0.1:1/none" in err


def test_db_upgrade_creates_the_sqlite_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _config(tmp_path, f'data_dir = "{tmp_path}"\n')
    assert main(["--config", config, "db", "upgrade"]) == 0
    assert (tmp_path / "fingertip.sqlite").exists()
    assert "up to date" in capsys.readouterr().out


def test_replay_refuses_bad_members(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = Path(__file__).resolve().parents[2] / "data" / "demo.jsonl"
    members = tmp_path / "members.json"
    members.write_text(json.dumps({"5": [-1]}), encoding="utf-8")
    assert (
        main(["replay", str(corpus), "--members", str(members), "--out", str(tmp_path / "out")])
        == 4
    )
    assert "chats not in the corpus: [-1]" in capsys.readouterr().err


def test_malformed_corpus_line_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "bad.jsonl"
    corpus.write_text('{"id": "a"}\n', encoding="utf-8")
    members = tmp_path / "members.json"
    members.write_text("{}", encoding="utf-8")
    assert (
        main(["replay", str(corpus), "--members", str(members), "--out", str(tmp_path / "out")])
        == 4
    )
    assert "bad.jsonl:1: fields missing" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ('[database]\nurl = "sqlite:///{tmp}/no/such/dir/x.sqlite"\n', "{tmp}/no/such/dir"),
        ('data_dir = "{tmp}/no/such"\n', "data_dir: the folder {tmp}/no does not exist"),
        (
            '[database]\nurl = "mysql://u:hunter2@db/fingertip"\n',
            "mysql is not supported; use sqlite:///",
        ),
        (
            '[database]\nurl = "postgresql+nodriver://u:hunter2@db/x"\n',
            "driver 'nodriver' is not installed",
        ),
        ('[database]\nurl = "::hunter2::"\n', "cannot be parsed; use sqlite:///"),
    ],
)
def test_broken_database_settings_exit_2_naming_them_without_the_password(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, said: str
) -> None:
    config = _config(tmp_path, content.format(tmp=tmp_path))
    assert main(["--config", config, "db", "upgrade"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("fingertip: configuration error: ") and said.format(tmp=tmp_path) in err
    assert "hunter2" not in err
    assert not (tmp_path / "no").exists()  # nothing was created on the way


def test_a_missing_config_file_and_bad_toml_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--config", str(tmp_path / "absent.toml"), "db", "upgrade"]) == 2
    assert "absent.toml: file not found" in capsys.readouterr().err
    assert main(["--config", _config(tmp_path, "[digest\n"), "db", "upgrade"]) == 2
    assert "not valid TOML" in capsys.readouterr().err
