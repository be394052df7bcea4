"""Ingest throughput: 20,000 messages understood, merged and stored, on one core.

Prints one JSON object. In the same run and on the same texts it times bare
``spacy.blank("zh")`` + jieba tokenisation, the floor any spaCy pipeline
stands on, so the ratio means something on any machine. What is timed for
ingest is the bot's own ``IngestPipeline`` (the configured understander,
duplicate merging, SQLite storage in a temporary file), fed in batches as the
bot's ingest service feeds it under a burst: ``[understanding] batch_size``
messages at a time (``[telegram] concurrent_updates`` lets that many wait).

    .venv/bin/python bench/bench_ingest.py [--messages 20000] [--batch 256] [--model default]
                                           [--clock wall|cpu]

The texts are half generated notices (bench/_workload.py) and half the
project's corpus messages (chatter included), spread over 30 groups and a week;
about half of them repeat an earlier text, as forwarded copies do. Tokens, norms
and features are remembered per recent text and jieba block, so the run is
repeated on a sample in which no text repeats ("distinct"), to show what
remembering is worth. Each sample is measured in a process of its own
(``--sample repeating`` or ``--sample distinct`` runs one).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, cast

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import spacy

from bench._workload import notices
from bot.config import DedupConfig, UnderstandingConfig, parse_clock
from bot.ingest import ClusterKeeper, IncomingMessage, IngestPipeline
from bot.understander import load_understander, resolve_model
from nlp.corpus import load_corpus
from nlp.pipeline._build import quiet_jieba
from sim.clock import ManualClock
from storage import repository as repo
from storage.database import Database

ROOT = Path(__file__).resolve().parents[1]
# Wall time by default; ``--clock cpu`` times this process's CPU instead, for a
# machine shared with other work (both rates move together, so the ratio holds).
_clock = time.perf_counter
START = datetime(2026, 11, 16, 0, 0, tzinfo=UTC)
GROUPS = 30


def _corpus() -> list[str]:
    return [
        record.text
        for split in ("train", "dev", "test")
        for record in load_corpus(ROOT / "data" / "corpus" / f"{split}.jsonl")
    ]


def texts(count: int) -> list[str]:
    corpus = _corpus()
    rng = random.Random(5)
    generated = iter(notices(count))
    return [next(generated) if i % 2 else rng.choice(corpus) for i in range(count)]


def distinct_texts(count: int) -> list[str]:
    """As many texts, none twice: corpus messages and generated notices in turn,
    then generated notices once the corpus has been used up."""
    corpus = list(dict.fromkeys(_corpus()))
    random.Random(6).shuffle(corpus)
    seen = set(corpus)
    generated = []
    for text in notices(count * 10, seed=11):
        if text not in seen:
            seen.add(text)
            generated.append(text)
            if len(generated) + len(corpus) >= count:
                break
    mixed = [text for pair in zip(corpus, generated, strict=False) for text in pair]
    shorter = min(len(corpus), len(generated))
    return (mixed + corpus[shorter:] + generated[shorter:])[:count]


def repeated_share(sample: list[str]) -> float:
    return 1 - len(set(sample)) / len(sample)


def bare_rate(sample: list[str]) -> float:
    quiet_jieba()
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    list(nlp.pipe(sample[:200]))  # jieba loads its dictionary on first use
    began = _clock()
    for _ in nlp.pipe(sample, batch_size=64):
        pass
    return len(sample) / (_clock() - began)


def ingest_rate(sample: list[str], batch: int, model: str) -> tuple[float, str]:
    with tempfile.TemporaryDirectory() as folder:
        db = Database(f"sqlite:///{folder}/bench.sqlite")
        db.upgrade()
        with db.session() as session:
            for index in range(GROUPS):
                repo.register_group(
                    session=session,
                    chat_id=-1001000000000 - index,
                    title=f"群{index}",
                    chat_type="supergroup",
                    registered_by=0,
                )
        config = UnderstandingConfig(model=model)
        clock = ManualClock(START)
        close = parse_clock(config.close_of_business)
        keeper = ClusterKeeper.from_config(DedupConfig(), None, close_of_business=close)
        pipeline = IngestPipeline(db, load_understander(config), None, clock, keeper)
        step = timedelta(days=7) / len(sample)
        messages = [
            IncomingMessage(
                chat_id=-1001000000000 - index % GROUPS,
                message_id=index + 1,
                sender_id=index % 400 + 1,
                sender_name=f"干部{index % 400}",
                sent_at=(START + step * index).astimezone(),
                text=text,
            )
            for index, text in enumerate(sample)
        ]
        began = _clock()
        for offset in range(0, len(messages), batch):
            chunk = messages[offset : offset + batch]
            clock.set(chunk[-1].sent_at)
            pipeline.process(chunk)
        elapsed = _clock() - began
        db.dispose()
    return len(sample) / elapsed, resolve_model(config)


def measure(sample: list[str], batch: int, model: str) -> dict[str, object]:
    # Bare tokenisation before and after ingest: the machine's speed drifts by
    # a fifth or more between runs, and the ratio should not ride on that drift.
    before = bare_rate(sample)
    ingest, understander = ingest_rate(sample, batch, model)
    after = bare_rate(sample)
    bare = (before + after) / 2
    return {
        "messages": len(sample),
        "repeated_texts": round(repeated_share(sample), 3),
        "understander": understander,
        "bare_tokenize_per_second": round(bare, 1),
        "bare_before_and_after": [round(before, 1), round(after, 1)],
        "ingest_per_second": round(ingest, 1),
        "ratio_to_bare": round(ingest / bare, 3),
    }


def _measured_alone(sample: str, args: argparse.Namespace) -> dict[str, Any]:
    """One sample measured in a process of its own: nothing either run remembers
    (tokens, norms, wording of texts) may help the other."""
    command = [sys.executable, __file__, "--sample", sample, "--messages", str(args.messages)]
    command += ["--batch", str(args.batch), "--model", args.model, "--clock", args.clock]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    return cast(dict[str, Any], json.loads(done.stdout))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument("--batch", type=int, default=UnderstandingConfig().batch_size)
    parser.add_argument("--model", default="default")
    parser.add_argument("--sample", choices=("both", "repeating", "distinct"), default="both")
    parser.add_argument("--clock", choices=("wall", "cpu"), default="wall")
    args = parser.parse_args()
    global _clock
    _clock = time.process_time if args.clock == "cpu" else time.perf_counter
    logging.basicConfig(level=logging.WARNING)
    if args.sample != "both":
        if hasattr(os, "sched_setaffinity"):
            os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
        sample = texts if args.sample == "repeating" else distinct_texts
        result = measure(sample(args.messages), args.batch, args.model)
        result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
        print(json.dumps(result))
        return
    result = _measured_alone("repeating", args)
    distinct = _measured_alone("distinct", args)
    shown = ("repeated_texts", "ingest_per_second", "bare_tokenize_per_second", "ratio_to_bare")
    result.update(
        {
            "batch": args.batch,
            "target_ratio": 0.3,
            "clock": args.clock,
            "distinct": {key: distinct[key] for key in (*shown, "peak_rss_mb")},
        }
    )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
