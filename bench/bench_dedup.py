"""Duplicate matching: latency per notice with 10k, 100k and 1M notices stored.

Prints one JSON object. Each size runs in a fresh process so peak RSS is that
size's own. A naive pairwise scan runs beside the index on the small sizes.

    .venv/bin/python bench/bench_dedup.py [--sizes 10000,100000,1000000] [--probes 2000]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._workload import notices
from nlp.dedup import ClusterIndex, DedupItem
from nlp.dedup._canonical import canonical, shingles
from nlp.due import prepare_message

START = datetime(2026, 11, 1, tzinfo=UTC)


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "p50_ms": round(statistics.median(ordered) * 1000, 3),
        "p99_ms": round(ordered[int(len(ordered) * 0.99) - 1] * 1000, 3),
    }


def _naive(stored: list[set[str]], probes: list[str]) -> dict[str, float]:
    samples = []
    for text in probes:
        grams = shingles(canonical(text))
        began = time.perf_counter()
        best = max(
            (len(grams & other) / (len(grams | other) or 1) for other in stored), default=0.0
        )
        samples.append(time.perf_counter() - began)
        assert best >= 0
    return _percentiles(samples)


def _understood(key: int, text: str, sent_at: datetime) -> DedupItem:
    """As ingest hands it over: the due moment and the prepared text and its dates,
    read by understanding (``Understanding.prepared``)."""
    prepared = prepare_message(text, sent_at)
    return DedupItem(key, text, sent_at, prepared.due, prepared=prepared)


def _rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def run_size(size: int, probes: int, naive: bool) -> dict[str, object]:
    stream = notices(size + probes)  # streamed: the index, not the texts, is measured
    step = timedelta(days=29) / max(size, 1)  # all inside the 30-day window
    index = ClusterIndex()
    before = _rss_mb()
    began = time.perf_counter()
    for key, text in enumerate(islice(stream, size), 1):
        index.assign(_understood(key, text, START + step * key))
    fill = time.perf_counter() - began
    samples = []
    probe_texts = list(stream)
    for key, text in enumerate(probe_texts, size + 1):
        item = _understood(key, text, START + step * size)
        began = time.perf_counter()
        index.assign(item)
        samples.append(time.perf_counter() - began)
    result: dict[str, object] = {
        "stored": size,
        "fill_seconds": round(fill, 1),
        "index": _percentiles(samples),
    }
    result["rss_before_fill_mb"] = before
    result["peak_rss_mb"] = _rss_mb()
    if naive:  # after the RSS reading: the naive scan's sets are not the index's
        stored = [shingles(canonical(t)) for t in notices(size)]
        result["naive_scan"] = _naive(stored, probe_texts[:200])
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--probes", type=int, default=2000)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--naive-up-to", type=int, default=100_000)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_size(args.one, args.probes, args.one <= args.naive_up_to)))
        return
    results = []
    for size in (int(s) for s in args.sizes.split(",")):
        out = subprocess.run(
            [
                sys.executable,
                __file__,
                "--one",
                str(size),
                "--probes",
                str(args.probes),
                "--naive-up-to",
                str(args.naive_up_to),
            ],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        results.append(json.loads(out))
    first, last = results[0]["index"], results[-1]["index"]
    growth = last["p99_ms"] / first["p99_ms"] if first["p99_ms"] else None  # type: ignore[index]
    print(
        json.dumps(
            {
                "benchmark": "dedup_match_latency",
                "sizes": results,
                "p99_growth_first_to_last": round(growth, 2) if growth else None,
                "targets": {"p99_ms_at_1M": 2.0, "growth_10k_to_1M": 3.0, "rss_mb_at_1M": 500},
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
