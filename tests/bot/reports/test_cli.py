"""``fingertip report``: the same reports from the command line, any database."""

from __future__ import annotations

import argparse
import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.reports.cli import add_report_parser, run_report
from storage.database import DatabaseUnavailable
from tests.bot.reports.fixtures.corpus import install
from tests.helpers.databases import fresh_database

DAYS = ["--since", "2026-11-13", "--until", "2026-11-16"]


@pytest.fixture(scope="module")
def db_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("cli")
    with fresh_database("sqlite", folder) as db:
        with db.session() as session:
            install(session)
        yield db.url


@pytest.fixture(autouse=True)
def no_config(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Defaults only: no config.toml from the working directory or environment."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FINGERTIP_CONFIG", raising=False)


def report(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="fingertip")
    parser.add_argument("--config")
    add_report_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["report", *argv])
    assert args.func is run_report
    return int(run_report(args))


def test_text_report_includes_stats_and_overlaps(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert report("--db", db_url, *DAYS, "--lang", "en") == 0
    out = capsys.readouterr().out
    assert "26 messages: 22 notices, 4 chatter" in out
    assert "Duplicate rate 1.57 (22 copies / 14 notices), 8 extra copies" in out
    assert "镇党政办工作群 ⇄ 青石村两委群: 3 notices in common, overlap 33.3%" in out
    assert "<b>" not in out and "&lt;" not in out


def test_scoped_csv_to_a_file(db_url: str, tmp_path: Path) -> None:
    out = tmp_path / "notices.csv"
    assert (
        report(
            "--db", db_url, *DAYS, "--format", "csv", "--department", "应急办", "--out", str(out)
        )
        == 0
    )
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"), newline="")))
    assert len(rows) == 9 and {row[2] for row in rows[1:]} == {"应急办"}


def test_png_charts_into_a_folder(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "charts"
    assert (
        report("--db", db_url, *DAYS, "--format", "png", "--group", "青石村", "--out", str(folder))
        == 0
    )
    names = sorted(path.name for path in folder.iterdir())
    assert names == ["after_hours.png", "duplicates.png", "volume.png"]
    assert all(path.read_bytes().startswith(b"\x89PNG") for path in folder.iterdir())


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--since", "2026-11-31"], "无法识别时间段「2026-11-31」"),
        (["--since", "2026-11-20", "--until", "2026-11-01"], "晚于结束"),
        (["--department", "财政局"], "没有登记过部门「财政局」"),
        (["--group", "不存在的群"], "没有找到「不存在的群」"),
        (["--format", "png"], "--out"),
    ],
)
def test_bad_requests_exit_2_with_a_reason(
    db_url: str, capsys: pytest.CaptureFixture[str], extra: list[str], message: str
) -> None:
    assert report("--db", db_url, *extra) == 2
    assert message in capsys.readouterr().err


def test_missing_or_empty_databases_are_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere" / "x.sqlite"
    assert report("--db", f"sqlite:///{missing}", "--lang", "en") == 2
    assert f"There is no database file at {missing}" in capsys.readouterr().err
    assert not missing.parent.exists()  # nothing was created by asking
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    assert report("--db", f"sqlite:///{empty}") == 2
    assert "fingertip db upgrade" in capsys.readouterr().err
    with pytest.raises(DatabaseUnavailable, match="not supported"):
        report("--db", "nonsense://somewhere")
