"""Statistics of the published corpus, as Markdown tables for data/corpus/README.md.

    .venv/bin/python data/tools/describe_corpus.py [DIR]

Counts per split, kind and language (detected from the text), urgent and due
shares, cluster sizes, chats and senders. Reads only the published files, so
the figures describe exactly what colleagues train and evaluate on.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpusgen.language import text_lang

__all__ = ["describe", "main"]

SPLITS = ("train", "dev", "test")
KINDS = ("report", "meeting", "task", "checkin", "notice", "chatter")


def _share(part: int, whole: int) -> str:
    return f"{part} ({100 * part / whole:.1f} %)" if whole else "0"


def _table(head: list[str], rows: Sequence[Sequence[object]]) -> str:
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def _split_row(name: str, rows: list[dict[str, Any]]) -> list[object]:
    kinds = Counter(r["kind"] for r in rows)
    langs = Counter(text_lang(r["text"]) for r in rows)
    notices = [r for r in rows if r["kind"] != "chatter"]
    return [name, len(rows), *(kinds[k] for k in KINDS), langs["zh"], langs["en"], langs["mix"],
            _share(sum(r["urgent"] for r in rows), len(rows)),
            _share(sum(r["due"] is not None for r in notices), len(notices))]


def describe(folder: Path) -> str:
    """Markdown tables describing the three split files in ``folder``."""
    data = {s: [json.loads(line) for line in (folder / f"{s}.jsonl").open(encoding="utf-8")]
            for s in SPLITS}
    every = [r for s in SPLITS for r in data[s]]
    head = ["split", "messages", *KINDS, "zh", "en", "mixed", "urgent", "due (of non-chatter)"]
    rows = [_split_row(s, data[s]) for s in SPLITS] + [_split_row("all", every)]
    clusters = Counter(r["cluster"] for r in every if r["cluster"])
    sizes = Counter(clusters.values())
    per_split = {s: len({r["cluster"] for r in data[s] if r["cluster"]}) for s in SPLITS}
    cluster_rows = [[size, count] for size, count in sorted(sizes.items())]
    lengths = sorted(len(r["text"]) for r in every)
    facts: list[list[object]] = [["chats", len({r["chat_id"] for r in every})],
             ["senders", len({r["sender"] for r in every})],
             ["clusters (train / dev / test)",
              f"{len(clusters)} ({per_split['train']} / {per_split['dev']} / {per_split['test']})"],
             ["messages in clusters", sum(clusters.values())],
             ["text length min / median / max",
              f"{lengths[0]} / {lengths[len(lengths) // 2]} / {lengths[-1]}"],
             ["sent on Saturday or Sunday", _share(sum(
                 datetime.fromisoformat(r["sent_at"]).weekday() >= 5 for r in every), len(every))],
             ["sent 22:00-06:59", _share(sum(
                 not 7 <= datetime.fromisoformat(r["sent_at"]).hour < 22 for r in every),
                 len(every))]]
    return "\n\n".join([_table(head, rows), _table(["cluster size", "clusters"], cluster_rows),
                        _table(["fact", "value"], facts)])


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else Path(__file__).resolve().parents[1] / "corpus"
    try:
        print(describe(folder))
    except (OSError, json.JSONDecodeError, KeyError) as exc:
        print(f"describe_corpus: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
