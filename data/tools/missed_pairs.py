"""List the gold copy pairs of one group that the merger missed, with the matcher's reason.

Reads a labelled corpus and the ``--predictions`` file ``fingertip eval`` wrote for
it; a pair is missed when gold puts both messages in one cluster and the
prediction does not. Each pair is explained by :meth:`nlp.dedup.ClusterIndex.explain`
(the failing guard, or the score against the threshold), read with the predicted
dues as ingest hands them to matching, and the pairs are counted by cause, so the
biggest causes of lost recall can be read before any is fixed.

    python data/tools/missed_pairs.py data/corpus/dev.jsonl dev.pred.jsonl [--show 5]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from datetime import datetime
from itertools import combinations
from typing import Any

from nlp.dedup import ClusterIndex, DedupItem
from nlp.due import prepare_message

Row = dict[str, Any]


def _read(path: str) -> list[Row]:
    with open(path, encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def _item(row: Row, pred: Row, key: int) -> DedupItem:
    """The message as matching reads it: a chatter follow-up with its own rules' due."""
    sent = datetime.fromisoformat(row["sent_at"])
    due = datetime.fromisoformat(pred["due"]) if pred.get("due") else None
    if due is None and pred.get("kind") == "chatter":
        due = prepare_message(row["text"], sent).due
    return DedupItem(key, row["text"], sent, due, int(row["chat_id"]))


def _cause(
    index: ClusterIndex, rows: dict[str, Row], preds: dict[str, Row], a: str, b: str
) -> str:
    """Why the earlier ``a`` and the later ``b`` were not merged, in a few words."""
    pa, pb = preds[a], preds[b]
    if pb.get("cluster") is None or pa.get("cluster") is None:
        which = "later" if pb.get("cluster") is None else "earlier"
        return f"{which} not placed (kind {pb['kind'] if which == 'later' else pa['kind']})"
    score = index.explain(_item(rows[a], pa, 1), _item(rows[b], pb, 2))
    if score.merge:
        return "merge allowed: candidate or choice"
    reason = re.sub(r":.*", "", score.conflict or "?")
    if reason.startswith("unlike"):
        return "unlike (never scored)" if score.probability == 0.0 else "unlike (scored low)"
    return reason


def missed(
    rows: list[Row], preds: dict[str, Row], *, split: bool = False
) -> list[tuple[str, str]]:
    """The missed pairs (earlier, later) of one group, in corpus order. With ``split``
    only one pair per later message that joined none of its earlier copies there:
    the latest earlier copy and it (the first broken link, not its consequences)."""
    gold: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        if row.get("cluster"):
            gold[row["cluster"]].append(row["id"])
    by_id = {row["id"]: row for row in rows}
    found = []
    for members in gold.values():
        for a, b in combinations(members, 2):
            pa, pb = preds[a].get("cluster"), preds[b].get("cluster")
            if by_id[a]["chat_id"] == by_id[b]["chat_id"] and (pa is None or pa != pb):
                found.append((a, b))
    if split:
        kept = {}
        joined = {
            b for members in gold.values() for a, b in combinations(members, 2)
            if by_id[a]["chat_id"] == by_id[b]["chat_id"]
            and preds[b].get("cluster") is not None
            and preds[a].get("cluster") == preds[b].get("cluster")
        }  # fmt: skip
        for a, b in found:
            if b not in joined:
                kept[b] = (a, b)  # the latest earlier copy in the group
        return list(kept.values())
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("predictions")
    parser.add_argument("--show", type=int, default=3, help="examples per cause")
    parser.add_argument("--cause", help="only causes containing this")
    parser.add_argument(
        "--split", action="store_true", help="one pair per later message split off its copies"
    )
    args = parser.parse_args()
    rows = _read(args.corpus)
    preds = {row["id"]: row for row in _read(args.predictions)}
    by_id = {row["id"]: row for row in rows}
    index = ClusterIndex()
    causes: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for a, b in missed(rows, preds, split=args.split):
        causes[_cause(index, by_id, preds, a, b)].append((a, b))
    counts = Counter({cause: len(pairs) for cause, pairs in causes.items()})
    print(f"missed same-group {'messages' if args.split else 'pairs'}: {sum(counts.values())}")
    for cause, count in counts.most_common():
        if args.cause and args.cause not in cause:
            continue
        print(f"\n{count:5d}  {cause}")
        for a, b in causes[cause][: args.show]:
            for key in (a, b):
                row, pred = by_id[key], preds[key]
                text = row["text"].replace("\n", " ")[:110]
                print(f"    {key} {row['sent_at'][5:16]} p={pred.get('cluster')} "
                      f"{pred.get('kind')} due={(pred.get('due') or '-')[5:16]} | {text}")
            print("    --")


if __name__ == "__main__":
    main()
