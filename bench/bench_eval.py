"""``fingertip eval`` at scale: seconds for corpora of growing size, and their ratio.

Prints one JSON object. Each corpus is the project's own corpus replayed
week after week (dates shifted, ids, chats and clusters renamed per
replay), so it has the project's mix of kinds, copies and lengths at any
size. Each size runs ``fingertip eval --json`` in a fresh process on a file
of that size; time per message should stay flat (pair metrics come from
contingency counts, matching from the LSH index).

    .venv/bin/python bench/bench_eval.py [--sizes 10000,100000]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = [ROOT / "data" / "corpus" / f"{split}.jsonl" for split in ("train", "dev", "test")]
SPAN = timedelta(weeks=10)  # the corpus covers ten weeks


def _records() -> list[dict[str, Any]]:
    return [json.loads(line) for path in CORPUS for line in path.read_text().splitlines()]


def replayed(size: int) -> Iterator[dict[str, Any]]:
    """``size`` records: the corpus again and again, each replay ten weeks later."""
    base = sorted(_records(), key=lambda r: r["sent_at"])
    made, replay = 0, 0
    while made < size:
        shift = SPAN * replay
        for record in base:
            if made == size:
                return
            moved = dict(record)
            moved["id"] = f"{record['id']}-{replay}"
            moved["chat_id"] = record["chat_id"] - 10_000 * replay
            for field in ("sent_at", "due"):
                if record[field]:
                    moved[field] = (datetime.fromisoformat(record[field]) + shift).isoformat()
            if record["cluster"]:
                moved["cluster"] = f"{record['cluster']}-{replay}"
            made += 1
            yield moved
        replay += 1


def run(size: int, folder: Path) -> dict[str, Any]:
    path = folder / f"corpus-{size}.jsonl"
    rows = sorted(replayed(size), key=lambda r: r["sent_at"])
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    began = time.perf_counter()
    out = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "fingertip"), "eval", str(path), "--json"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    seconds = time.perf_counter() - began
    report = json.loads(out)  # its figures mean little here: written dates do not shift
    return {
        "messages": report["n_messages"],
        "seconds": round(seconds, 1),
        "ms_per_message": round(seconds * 1000 / size, 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,100000")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        results = [run(int(size), Path(folder)) for size in args.sizes.split(",")]
    first, last = results[0], results[-1]
    print(
        json.dumps(
            {
                "benchmark": "eval_scaling",
                "sizes": results,
                "time_ratio": round(last["seconds"] / first["seconds"], 2),
                "size_ratio": round(last["messages"] / first["messages"], 2),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    sys.exit(main())
