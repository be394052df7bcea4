"""``fingertip``: run the bot, run the offline demo, manage the database."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

from bot.config import Config, ConfigError, load_config
from bot.fleet import ROLES, AnotherProcessRuns
from bot.reachability import TokenRejected
from bot.redaction import install_redaction, mask_url_passwords, secrets_of
from bot.reports.cli import add_report_parser
from nlp.corpus import CorpusError
from storage.database import (
    Database,
    DatabaseUnavailable,
    DatabaseUrlError,
    downgrade_schema,
    head_revision,
    migration_history,
    schema_revision,
)

__all__ = ["log_handler", "main"]

CONFIG_ENV = "FINGERTIP_CONFIG"
# Bad input files: the messages name the file, the line and the field.
_INPUT_ERRORS = (CorpusError, FileNotFoundError, IsADirectoryError)
_log = logging.getLogger("fingertip")


def _config_path(value: str | None) -> Path | None:
    chosen = value or os.environ.get(CONFIG_ENV)
    if chosen:
        return Path(chosen)
    default = Path("config.toml")
    return default if default.exists() else None


def log_handler(config: Config) -> logging.Handler:
    """Lines for people, or one JSON object per line for a log collector."""
    handler = logging.StreamHandler()
    fmt = "%(asctime)s %(levelname)s %(name)s: %(message)s"
    if config.logging.format == "json":
        from pythonjsonlogger.json import JsonFormatter

        handler.setFormatter(JsonFormatter(fmt, rename_fields={"levelname": "level"}))
    else:
        handler.setFormatter(logging.Formatter(fmt))
    return handler


def _setup_logging(config: Config) -> None:
    logging.basicConfig(level=config.logging.level, handlers=[log_handler(config)])
    # One line per poll or per tick otherwise.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    install_redaction(secrets_of(config.telegram.token, config.database_url))


def _prepare_data_dir(config: Config) -> None:
    if not config.database.url:  # data_dir is the bot's own folder: made, one level only
        folder = Path(config.data_dir)
        if not folder.parent.resolve().is_dir():
            raise ConfigError(f"data_dir: the folder {folder.parent.resolve()} does not exist")
        folder.mkdir(exist_ok=True)


def _open_database(config: Config) -> Database:
    _prepare_data_dir(config)
    db = Database(config.database_url)
    db.upgrade()
    return db


def _cmd_run(args: argparse.Namespace) -> int:
    from bot.fleet import run_bot

    config = load_config(_config_path(args.config))
    if not config.telegram.token:
        raise ConfigError("telegram.token: missing; set it in the config file or FINGERTIP_TOKEN")
    _setup_logging(config)
    _prepare_data_dir(config)
    return run_bot(config, webhook=args.webhook, role=args.role)


def _cmd_db_upgrade(args: argparse.Namespace) -> int:
    config = load_config(_config_path(args.config))
    db = _open_database(config)
    print(f"database at {db.safe_url} is up to date ({schema_revision(db.engine)})")
    db.dispose()
    return 0


def _cmd_db_current(args: argparse.Namespace) -> int:
    db = Database(load_config(_config_path(args.config)).database_url)
    db.check()
    current, head = schema_revision(db.engine), head_revision()
    state = "at head" if current == head else f"behind head {head}: run `fingertip db upgrade`"
    print(f"{db.safe_url}: {current or '(empty)'} ({state})")
    db.dispose()
    return 0 if current == head else 1


def _cmd_db_history(args: argparse.Namespace) -> int:
    for line in migration_history():
        print(line)
    return 0


def _cmd_db_downgrade(args: argparse.Namespace) -> int:
    db = Database(load_config(_config_path(args.config)).database_url)
    db.check()
    downgrade_schema(db.engine, args.revision)
    print(f"database at {db.safe_url} is now at {schema_revision(db.engine) or '(empty)'}")
    db.dispose()
    return 0


def _database_override(args: argparse.Namespace) -> str | None:
    """``--db``, else the configured ``[database] url``; None keeps a throwaway SQLite."""
    if args.db:
        return str(args.db)
    return load_config(_config_path(args.config)).database.url or None


def _cmd_demo(args: argparse.Namespace) -> int:
    from sim.demo import run_demo

    return run_demo(
        corpus=Path(args.corpus) if args.corpus else None,
        out_dir=Path(args.out) if args.out else None,
        database_url=_database_override(args),
    )


def _cmd_train(args: argparse.Namespace) -> int:
    from nlp.pipeline import MODEL_DIR, train

    report = train(
        train_path=Path(args.train),
        dev_path=Path(args.dev),
        output_dir=Path(args.out) if args.out else MODEL_DIR,
    )
    print(json.dumps(asdict(report), indent=2))
    return 0


def _cmd_eval(args: argparse.Namespace) -> int:
    from sim.evaluation import run_eval

    return run_eval(
        Path(args.corpus),
        load_config(_config_path(args.config)),
        as_json=args.json,
        predictions_out=Path(args.predictions) if args.predictions else None,
    )


def _cmd_replay(args: argparse.Namespace) -> int:
    # The test world is loaded only by the commands that use it: the bot never imports it.
    from sim.replay import MembersError, run_replay

    _setup_logging(load_config(_config_path(args.config)))
    try:
        return run_replay(
            Path(args.corpus),
            Path(args.members),
            Path(args.out),
            database_url=_database_override(args),
        )
    except MembersError as exc:
        return _bad_input(exc)


def _bad_input(exc: Exception) -> int:
    print(f"fingertip: {exc}", file=sys.stderr)
    return 4


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fingertip", description=__doc__)
    parser.add_argument("--config", help=f"config file (default: ${CONFIG_ENV} or ./config.toml)")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="run the bot (long polling unless --webhook)")
    run.add_argument("--webhook", action="store_true", help="receive updates on [webhook]")
    run.add_argument(
        "--role",
        choices=ROLES,
        default="all",
        help="in a fleet: ingress (webhook only), worker (no ingress), or all (default)",
    )
    run.set_defaults(func=_cmd_run)
    demo = commands.add_parser("demo", help="offline end-to-end demo against a fake Telegram")
    demo.add_argument("--corpus", help="messages to replay (default: data/demo.jsonl)")
    demo.add_argument("--out", help="keep the demo database in this folder")
    demo.add_argument("--db", help="database URL (default: [database] url, else a SQLite file)")
    demo.set_defaults(func=_cmd_demo)
    training = commands.add_parser("train", help="train the kind classifier (CPU, seeded)")
    training.add_argument("--train", default="data/corpus/train.jsonl")
    training.add_argument("--dev", default="data/corpus/dev.jsonl")
    training.add_argument("--out", help="model folder (default: nlp/model, which the bot loads)")
    training.set_defaults(func=_cmd_train)
    evaluate = commands.add_parser("eval", help="replay a labelled corpus, print its metrics")
    evaluate.add_argument("corpus", help="corpus JSONL (../shared/corpus-format.md)")
    evaluate.add_argument("--json", action="store_true", help="one JSON object instead of a table")
    evaluate.add_argument(
        "--predictions",
        metavar="FILE",
        help="write one JSON line per message (id, kind, urgent, due, cluster)",
    )
    evaluate.set_defaults(func=_cmd_eval)
    replay = commands.add_parser("replay", help="replay a labelled corpus, write each digest")
    replay.add_argument("corpus", help="corpus JSONL (../shared/corpus-format.md)")
    replay.add_argument("--members", required=True, help="JSON: user id -> list of chat ids")
    replay.add_argument("--out", required=True, help="folder for fingertip.sqlite, digests.jsonl")
    replay.add_argument("--db", help="database URL (default: [database] url, else in --out)")
    replay.set_defaults(func=_cmd_replay)
    add_report_parser(commands)
    db = commands.add_parser("db", help="database maintenance")
    db_commands = db.add_subparsers(dest="db_command", required=True)
    db_commands.add_parser("upgrade", help="apply migrations").set_defaults(func=_cmd_db_upgrade)
    db_commands.add_parser("current", help="the schema's revision").set_defaults(
        func=_cmd_db_current
    )
    db_commands.add_parser("history", help="every revision, newest first").set_defaults(
        func=_cmd_db_history
    )
    down = db_commands.add_parser("downgrade", help="step the schema down to REV")
    down.add_argument("revision", metavar="REV")
    down.set_defaults(func=_cmd_db_downgrade)
    return parser


def _hoist_config(argv: Sequence[str]) -> list[str]:
    """``--config FILE`` is accepted after the command too (``fingertip run --config X``)."""
    rest, hoisted, items = [], [], list(argv)
    while items:
        item = items.pop(0)
        if item == "--config" and items:
            hoisted = ["--config", items.pop(0)]
        elif item.startswith("--config="):
            hoisted = [item]
        else:
            rest.append(item)
    return hoisted + rest


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(_hoist_config(sys.argv[1:] if argv is None else argv))
    try:
        return int(args.func(args))
    except (ConfigError, DatabaseUrlError) as exc:
        print(f"fingertip: configuration error: {mask_url_passwords(str(exc))}", file=sys.stderr)
        return 2
    except TokenRejected as exc:
        print(f"fingertip: {exc}", file=sys.stderr)
        return 2
    except DatabaseUnavailable as exc:
        print(f"fingertip: {mask_url_passwords(str(exc))}", file=sys.stderr)
        return 3
    except AnotherProcessRuns as exc:
        print(f"fingertip: {exc}", file=sys.stderr)
        return 5
    except _INPUT_ERRORS as exc:
        return _bad_input(exc)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
