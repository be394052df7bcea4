"""``fingertip report``: the supervisor reports from the command line.

Reads any Fingertip database (a copy, a read replica) without migrating it,
so auditors can run reports where the bot itself does not run.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlmodel import Session

from bot.config import Config, load_config
from bot.reports._charts import render_charts
from bot.reports._compute import build_overlaps, build_report
from bot.reports._csv import notices_csv
from bot.reports._errors import ReportError
from bot.reports._hours import WorkingHours
from bot.reports._period import Period
from bot.reports._scope import Scope, parse_departments
from bot.reports._target import ReportRequest, resolve_slice
from bot.reports._text import plain_text, render_overlaps, render_report
from storage import repository as repo
from storage.database import Database, DatabaseUnavailable

__all__ = ["add_report_parser", "run_report"]

CONFIG_ENV = "FINGERTIP_CONFIG"
_TABLES = ("group", "notice", "cadre", "membership", "digest")
_DEFAULT_DAYS = 7


def add_report_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``report`` to the ``fingertip`` command's sub-commands."""
    report = subparsers.add_parser(
        "report", help="supervisor reports (text, CSV of notices, PNG charts) from a database"
    )
    report.add_argument("--db", help="database URL (default: the configured database)")
    report.add_argument("--since", help="first day, YYYY-MM-DD (default: 6 days before --until)")
    report.add_argument("--until", help="last day, YYYY-MM-DD, included (default: today)")
    report.add_argument("--format", choices=("text", "csv", "png"), default="text")
    report.add_argument(
        "--out", help="file for text and csv (default: standard output); folder for png"
    )
    report.add_argument(
        "--department", action="append", help="only this department (repeat for several)"
    )
    report.add_argument("--group", help="only groups whose title contains this, or a department")
    report.add_argument("--lang", choices=("zh", "en"), default="zh")
    report.set_defaults(func=run_report)


def _config(args: argparse.Namespace) -> Config:
    chosen = getattr(args, "config", None) or os.environ.get(CONFIG_ENV)
    if chosen:
        return load_config(Path(chosen))
    default = Path("config.toml")
    return load_config(default if default.exists() else None)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise ReportError("period_bad", text=text) from exc


def _period(args: argparse.Namespace, config: Config) -> Period:
    zone = config.digest.zone
    last = _day(args.until) if args.until else datetime.now(zone).date()
    first = _day(args.since) if args.since else last - timedelta(days=_DEFAULT_DAYS - 1)
    return Period(first, last, zone)


def _open(url: str) -> Database:
    """Open without creating: a mistyped SQLite path must not become an empty file."""
    try:
        parsed = make_url(url)
        file = parsed.database if parsed.get_backend_name() == "sqlite" else None
        if file not in (None, "", ":memory:") and not Path(str(file)).is_file():
            raise ReportError("no_database", path=file)
        db = Database(url)
    except (ArgumentError, NoSuchModuleError) as exc:
        scheme = url.partition("://")[0]  # the URL itself may hold a password
        raise DatabaseUnavailable(f"a database URL with scheme {scheme!r} cannot be used") from exc
    db.check()
    present = set(inspect(db.engine).get_table_names())
    if not set(_TABLES) <= present:
        db.dispose()
        raise ReportError("no_tables", url=db.safe_url)
    return db


def _write(out: str | None, content: bytes) -> None:
    if out is None or out == "-":
        sys.stdout.buffer.write(content)
        sys.stdout.flush()
        return
    Path(out).write_bytes(content)


def _produce(session: Session, args: argparse.Namespace, config: Config, period: Period) -> None:
    known = repo.known_departments(session=session)
    departments = parse_departments(",".join(args.department or []), known)
    request = ReportRequest(period, args.group)
    part, label = resolve_slice(session, Scope(departments), request)
    hours = WorkingHours.from_config(config.analytics)
    if args.format == "csv":
        rows = repo.export_rows(session=session, part=part)
        _write(args.out, notices_csv(rows, config.digest.zone, args.lang))
        return
    report = build_report(session, part, period, hours, coverage=label)
    if args.format == "text":
        parts = [*render_report(report, args.lang)]
        parts += render_overlaps(build_overlaps(session, part), period, args.lang)
        _write(args.out, (plain_text(parts) + "\n").encode("utf-8"))
        return
    folder = Path(args.out)
    folder.mkdir(parents=True, exist_ok=True)
    for chart in render_charts(report, args.lang):
        target = folder / f"{chart.name}.png"
        target.write_bytes(chart.png)
        print(target)


def run_report(args: argparse.Namespace) -> int:
    """Exit codes: 0 done, 2 bad request (period, department, group, no database
    file or tables); configuration and connection errors propagate to ``main``."""
    config = _config(args)
    try:
        if args.format == "png" and not args.out:
            raise ReportError("png_needs_out")
        period = _period(args, config)
        db = _open(args.db or config.database_url)
        try:
            with db.session() as session:
                _produce(session, args, config, period)
        finally:
            db.dispose()
    except ReportError as exc:
        print(f"fingertip report: {exc.describe(args.lang)}", file=sys.stderr)
        return 2
    return 0
