"""``python -m nlp.dedup fit``: refit the pair scorer's weights (deterministic, seconds).

.venv/bin/python -m nlp.dedup fit [--train data/corpus/train.jsonl]
    [--dev data/corpus/dev.jsonl] [--out nlp/dedup/pair_model.json] [--raw-dues]

The dues the trees learn on are the ones the trained understanding (nlp/model,
``fingertip train``) serves ingest; ``--raw-dues`` fits on the due rules alone.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping, Sequence
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from nlp.corpus import CorpusRecord
from nlp.dedup._pair import MODEL_PATH

if TYPE_CHECKING:
    from nlp.pipeline import SpacyUnderstander

__all__: list[str] = []

_CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus"


@cache
def _understander() -> SpacyUnderstander:
    """Loaded once for both splits the fit reads."""
    from nlp.pipeline import SpacyUnderstander

    return SpacyUnderstander.load()


def _understood(records: Sequence[CorpusRecord]) -> Mapping[str, datetime | None]:
    """The due the trained understanding gives each record, as ingest hands it on: a
    message it reads as chatter keeps the due its words state (a chase's)."""
    from nlp.types import Kind, NoticeInput

    meanings = _understander().understand([NoticeInput(r.text, r.sent_at) for r in records])
    return {
        record.id: meaning.prepared.due if meaning.kind is Kind.CHATTER else meaning.due_at
        for record, meaning in zip(records, meanings, strict=True)
    }


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m nlp.dedup")
    commands = parser.add_subparsers(dest="command", required=True)
    fitting = commands.add_parser("fit", help="fit the pair scorer on train, threshold on dev")
    fitting.add_argument("--train", type=Path, default=_CORPUS / "train.jsonl")
    fitting.add_argument("--dev", type=Path, default=_CORPUS / "dev.jsonl")
    fitting.add_argument("--out", type=Path, default=MODEL_PATH)
    fitting.add_argument(
        "--raw-dues", action="store_true", help="the due rules' dues, not the trained model's"
    )
    args = parser.parse_args()
    from nlp.dedup._fit import fit
    from nlp.pipeline import MODEL_DIR

    if not args.raw_dues and not (MODEL_DIR / "meta.json").exists():
        print(
            f"python -m nlp.dedup fit: no trained model in {MODEL_DIR}: run `fingertip train`"
            " first, or pass --raw-dues",
            file=sys.stderr,
        )
        return 2
    try:
        report = fit(args.train, args.dev, args.out, dues=None if args.raw_dues else _understood)
    except ValueError as exc:  # a corpus with nothing to learn from
        print(f"python -m nlp.dedup fit: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
