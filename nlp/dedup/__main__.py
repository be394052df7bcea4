"""``python -m nlp.dedup fit``: refit the pair scorer's weights (deterministic, seconds).

.venv/bin/python -m nlp.dedup fit [--train data/corpus/train.jsonl]
    [--dev data/corpus/dev.jsonl] [--out nlp/dedup/pair_model.json]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from nlp.dedup._pair import MODEL_PATH

__all__: list[str] = []

_CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus"


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m nlp.dedup")
    commands = parser.add_subparsers(dest="command", required=True)
    fitting = commands.add_parser("fit", help="fit the pair scorer on train, threshold on dev")
    fitting.add_argument("--train", type=Path, default=_CORPUS / "train.jsonl")
    fitting.add_argument("--dev", type=Path, default=_CORPUS / "dev.jsonl")
    fitting.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args()
    from nlp.dedup._fit import fit

    try:
        report = fit(args.train, args.dev, args.out)
    except ValueError as exc:  # a corpus with nothing to learn from
        print(f"python -m nlp.dedup fit: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
