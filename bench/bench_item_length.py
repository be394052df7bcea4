"""Characters per digest item on the demo day: can a cadre scan it on a phone?

Runs ``fingertip demo`` (the bundled sample day, end to end) in a fresh
process and measures every item line of every digest it printed: the
numbered to-do lines and the bulleted lines between a digest's title and
its footer (the welcome message's group list is not a digest). Characters
are Python characters of the text as the reader sees it (tags removed).
Prints one JSON object: the count, median, mean and longest.

    .venv/bin/python bench/bench_item_length.py [--demo-output FILE]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_ITEM = re.compile(r"^(\d+\. |• )")
_TITLES = ("📋 ",)  # a digest message starts with its title
_END = "┈"  # the demo prints a rule after every message


def item_lines(output: str) -> list[str]:
    """The item lines of every digest in the demo's output."""
    items: list[str] = []
    inside = False
    for line in output.splitlines():
        if line.startswith(_TITLES):
            inside = True
        elif line.startswith(_END):
            inside = False
        elif inside and _ITEM.match(line):
            items.append(line)
    return items


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--demo-output", type=Path, help="measure this saved output instead")
    args = parser.parse_args()
    if args.demo_output:
        output = args.demo_output.read_text()
    else:
        command = [str(ROOT / ".venv" / "bin" / "fingertip"), "demo"]
        output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    sizes = [len(line) for line in item_lines(output)]
    if not sizes:
        sys.exit("no digest items found in the demo's output")
    print(
        json.dumps(
            {
                "items": len(sizes),
                "median_chars": statistics.median(sizes),
                "mean_chars": round(statistics.fmean(sizes), 1),
                "max_chars": max(sizes),
            }
        )
    )


if __name__ == "__main__":
    main()
