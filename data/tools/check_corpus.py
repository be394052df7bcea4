"""Validate labelled corpus files against shared/corpus-format.md and our own rules.

    .venv/bin/python data/tools/check_corpus.py            # the three splits, then the demo
    .venv/bin/python data/tools/check_corpus.py FILE...    # these files, as one set

Checked: exact fields and types, kinds, ISO times with offsets, replay order,
ids unique across the set, one title per chat id, text length, due after
sent_at (same offset, within 120 days), chatter unlabelled, the two-hour
urgency rule (and no due in the ambiguous 2:00-2:30 band), clusters (two or
more members, one file, same kind and due), and no long passage shared with
the real-policy evaluation corpus. Exits 1 and lists every problem.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

__all__ = ["check_files", "main"]

ROOT = Path(__file__).resolve().parents[2]
FIELDS = ("id", "chat_id", "chat", "sender", "sent_at", "text", "kind", "urgent", "due", "cluster")
KINDS = {"report", "meeting", "task", "checkin", "notice", "chatter"}
POLICIES = ROOT.parent / "shared" / "corpora" / "policies-real.jsonl"
_SHINGLE = 20


def _time(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def _types(row: dict[str, Any]) -> list[str]:
    problems = []
    if list(row) != list(FIELDS):
        problems.append(f"fields {list(row)} are not exactly {list(FIELDS)}")
        return problems
    for name, kind in (("id", str), ("chat", str), ("sender", str), ("text", str)):
        if not isinstance(row[name], kind) or not row[name]:
            problems.append(f"{name}: expected a non-empty string")
    if not isinstance(row["chat_id"], int) or isinstance(row["chat_id"], bool) \
            or row["chat_id"] >= 0:
        problems.append("chat_id: expected a negative integer")
    if row["kind"] not in KINDS:
        problems.append(f"kind: {row['kind']!r} unknown")
    if not isinstance(row["urgent"], bool):
        problems.append("urgent: expected a boolean")
    if _time(row["sent_at"]) is None:
        problems.append("sent_at: not ISO 8601 with an offset")
    if row["due"] is not None and _time(row["due"]) is None:
        problems.append("due: not null nor ISO 8601 with an offset")
    if row["cluster"] is not None and not isinstance(row["cluster"], str):
        problems.append("cluster: expected a string or null")
    return problems


def _semantics(row: dict[str, Any]) -> list[str]:
    problems = []
    sent, due = _time(row["sent_at"]), _time(row["due"])
    if isinstance(row["text"], str) and len(row["text"]) > 500:
        problems.append(f"text: {len(row['text'])} characters, over 500")
    if row["kind"] == "chatter" and (row["urgent"] or due or row["cluster"]):
        problems.append("chatter must have urgent false, due and cluster null")
    if sent and due:
        if due <= sent or due - sent > timedelta(days=120):
            problems.append(f"due {row['due']} not within 120 days after sent_at")
        if due.utcoffset() != sent.utcoffset():
            problems.append("due is not in sent_at's offset")
        if due - sent <= timedelta(hours=2) and not row["urgent"]:
            problems.append("due within two hours of sent_at but urgent is false")
        if timedelta(hours=2) < due - sent <= timedelta(minutes=150):
            problems.append("due 2:00-2:30 after sent_at: urgency would be a judgement call")
    return problems


def _rows(path: Path, problems: list[str]) -> list[dict[str, Any]]:
    rows = []
    last: datetime | None = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{where}: not JSON ({exc.msg})")
            continue
        if not isinstance(row, dict):
            problems.append(f"{where}: not a JSON object")
            continue
        found = _types(row)
        found += [] if found else _semantics(row)
        problems += [f"{where}: {p}" for p in found]
        sent = _time(row.get("sent_at"))
        if sent and last and sent < last:
            problems.append(f"{where}: sent_at goes back in time (not a replay order)")
        last = sent or last
        rows.append(row | {"_file": path.name, "_where": where})
    return rows


def _clusters(rows: list[dict[str, Any]], problems: list[str]) -> dict[str, int]:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        if isinstance(row.get("cluster"), str):
            groups[row["cluster"]].append(row)
    for key, members in groups.items():
        if len(members) < 2:
            problems.append(f"cluster {key}: only one message ({members[0]['_where']})")
        for name in ("_file", "kind", "due"):
            if len({m[name] for m in members}) > 1:
                problems.append(f"cluster {key}: members differ in {name.strip('_')}")
    sizes: dict[str, int] = defaultdict(int)
    for members in groups.values():
        sizes[str(len(members))] += 1
    return dict(sorted(sizes.items()))


def _policy_overlap(rows: list[dict[str, Any]], problems: list[str]) -> None:
    """Nothing copied from the evaluation-only real-policy corpus."""
    if not POLICIES.exists():
        return
    shingles: set[str] = set()
    for line in POLICIES.read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        shingles.update(text[i:i + _SHINGLE] for i in range(len(text) - _SHINGLE + 1))
    for row in rows:
        text = row.get("text") or ""
        if any(text[i:i + _SHINGLE] in shingles for i in range(len(text) - _SHINGLE + 1)):
            problems.append(f"{row['_where']}: shares {_SHINGLE} characters with policies-real")


def check_files(paths: list[Path]) -> tuple[list[str], dict[str, Any]]:
    """Problems found in ``paths`` taken as one corpus, and a short summary."""
    problems: list[str] = []
    rows = [row for path in paths for row in _rows(path, problems)]
    ids: dict[str, str] = {}
    titles: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        key = str(row.get("id"))
        if key in ids:
            problems.append(f"{row['_where']}: id {key!r} also at {ids[key]}")
        ids.setdefault(key, row["_where"])
        titles[str(row.get("chat_id"))].add(str(row.get("chat")))
    problems += [f"chat {cid}: several titles {sorted(t)}" for cid, t in titles.items()
                 if len(t) > 1]
    sizes = _clusters(rows, problems)
    _policy_overlap(rows, problems)
    summary = {"files": [p.name for p in paths], "messages": len(rows), "chats": len(titles),
               "cluster_sizes": sizes}
    return problems, summary


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    corpus = ROOT / "data" / "corpus"
    sets = [[Path(a) for a in args]] if args else [
        [corpus / f"{s}.jsonl" for s in ("train", "dev", "test")], [ROOT / "data" / "demo.jsonl"]]
    failed = False
    for paths in sets:
        missing = [str(p) for p in paths if not p.is_file()]
        if missing:
            print(f"check_corpus: no such file: {', '.join(missing)}", file=sys.stderr)
            return 2
        problems, summary = check_files(paths)
        print(json.dumps(summary | {"problems": len(problems)}, ensure_ascii=False))
        for problem in problems[:200]:
            print(f"  {problem}")
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
