"""Rebuild data/corpus/{train,dev,test}.jsonl from data/tools/material.

    .venv/bin/python data/tools/build_corpus.py [--seed N] [--out DIR]

Deterministic: the same seed and material give byte-identical files. Prints a
JSON summary (counts, shares, clusters, hard negatives) to stdout.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpusgen.assemble import family_drafts
from corpusgen.handwritten import handwritten_drafts
from corpusgen.library import load_library
from corpusgen.material import MaterialError, read_chats
from corpusgen.records import Draft
from corpusgen.splits import REPLAYS, SPLITS, family_splits, pool_view, publish, unit_split

HERE = Path(__file__).resolve().parent
SEED = 20261116
# Notices drawn per family, by kind: chatter comes from replies and hand-written
# conversations, so it has no families.
PER_FAMILY = {"report": (4, 7), "meeting": (4, 7), "task": (4, 7), "checkin": (3, 6),
              "notice": (4, 7)}


def build(seed: int, material: Path) -> tuple[dict[str, list[dict[str, object]]], dict[str, int]]:
    """All records per split, and generation counters the files cannot show."""
    library = load_library(material)
    split_of = family_splits(library.families, seed)
    views = {held: replace(library, pools=pool_view(library.pools, held, seed))
             for held in (False, True)}
    drafts: list[Draft] = []
    pairs = 0
    for family in library.families:
        rng = random.Random(f"{seed}:{family.name}")
        low, high = PER_FAMILY[family.kind]
        view = views[split_of[f"family:{family.name}"] != "train"]
        made, twins = family_drafts(rng, view, family, rng.randint(low, high))
        drafts += made
        pairs += twins
    scene_chats = tuple(read_chats(material / "scene_chats.txt"))
    hand = handwritten_drafts(material / "handwritten", library, seed, scene_chats)
    split_of |= {d.unit: unit_split(d.unit, seed) for d in hand}
    counters = {"hard_negative_pairs": pairs, "families": len(library.families),
                "handwritten": sum(1 for d in hand if "auto-copy" not in d.tags),
                "handwritten_auto_copies": sum(1 for d in hand if "auto-copy" in d.tags),
                "acknowledgements": sum(1 for d in drafts if d.origin == "ack")}
    counters |= {f"lang_{k}": v for k, v in Counter(d.lang for d in drafts + hand).items()}
    return publish(drafts + hand, split_of), counters


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", type=Path, default=HERE.parent / "corpus")
    parser.add_argument("--material", type=Path, default=HERE / "material")
    args = parser.parse_args(argv)
    try:
        records, counters = build(args.seed, args.material)
    except (MaterialError, OSError, ValueError) as exc:
        print(f"build_corpus: {exc}", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    for split in (*SPLITS, *REPLAYS):
        lines = [json.dumps(r, ensure_ascii=False) for r in records[split]]
        (args.out / f"{split}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    summary = {"messages": {s: len(records[s]) for s in (*SPLITS, *REPLAYS)}} | counters
    print(json.dumps(summary, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
