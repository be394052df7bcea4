"""``fingertip eval``: replay a labelled corpus through the real ingest pipeline.

The corpus goes through exactly the code the bot runs at ingest
(``IngestPipeline``: understanding, duplicate merging, storage) on a fresh
in-memory database, in ``sent_at`` order and in batches, so the figures
describe the product, not a side path.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bot.config import Config, parse_clock
from bot.ingest import ClusterKeeper, IncomingMessage, IngestOutcome, IngestPipeline
from bot.understander import load_understander, resolve_model
from nlp.corpus import CorpusRecord, load_corpus
from nlp.metrics import Predicted, evaluate
from nlp.types import Kind
from sim.clock import ManualClock
from storage import repository as repo
from storage.database import Database

__all__ = ["Prediction", "predict_corpus", "run_eval", "write_predictions"]

BATCH = 256


class _Versions:
    """A corrected notice's versions, counted as the corpus format counts notices.

    The product keeps a correction that moves a notice's time on the notice's own
    line (one to-do, "✏️ 已更正：周四 → 周五"); the format calls a notice that asks
    by another time another notice, so its copies are one cluster and the notice
    before the correction another. The correction's own id names the new version,
    and the copies that join after it by the corrected time take that name.
    """

    def __init__(self) -> None:
        self._latest: dict[int, tuple[int, datetime | None]] = {}  # cluster -> (name, due)

    def cluster(self, outcome: IngestOutcome) -> int | None:
        cluster = outcome.cluster_id
        if cluster is None or outcome.notice_id is None:
            return cluster
        moved = outcome.corrected_from is not None and outcome.corrected_from[1] != outcome.due_at
        if outcome.corrects is not None and moved:
            self._latest[cluster] = (outcome.notice_id, outcome.due_at)
            return outcome.notice_id
        latest = self._latest.get(cluster)
        return latest[0] if latest is not None and latest[1] == outcome.due_at else cluster


@dataclass(frozen=True, slots=True)
class Prediction:
    id: str
    kind: str
    urgent: bool
    due: datetime | None
    cluster: int | None


def _register(db: Database, records: Sequence[CorpusRecord]) -> None:
    chats = {record.chat_id: record.chat for record in records}
    with db.session() as session:
        for chat_id, title in chats.items():
            kind = "supergroup" if str(chat_id).startswith("-100") else "group"
            repo.register_group(
                session=session, chat_id=chat_id, title=title[:255], chat_type=kind, registered_by=0
            )


def _batches(
    records: Sequence[CorpusRecord],
) -> Iterator[list[tuple[CorpusRecord, IncomingMessage]]]:
    senders: dict[str, int] = {}
    next_message: dict[int, int] = {}
    batch: list[tuple[CorpusRecord, IncomingMessage]] = []
    for record in records:
        sender_id = senders.setdefault(record.sender, len(senders) + 1)
        message_id = next_message[record.chat_id] = next_message.get(record.chat_id, 0) + 1
        batch.append(
            (
                record,
                IncomingMessage(
                    chat_id=record.chat_id,
                    message_id=message_id,
                    sender_id=sender_id,
                    sender_name=record.sender,
                    sent_at=record.sent_at,
                    text=record.text,
                ),
            )
        )
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def predict_corpus(records: Sequence[CorpusRecord], config: Config) -> list[Prediction]:
    """Predictions for every record, in the order given (sorted by time inside)."""
    ordered = sorted(records, key=lambda r: r.sent_at)
    db = Database("sqlite://")
    db.upgrade()
    _register(db, ordered)
    start = ordered[0].sent_at if ordered else datetime.now().astimezone()
    clock = ManualClock(start)
    pipeline = IngestPipeline(
        db,
        load_understander(config.understanding),
        None,
        clock,
        ClusterKeeper.from_config(
            config.dedup,
            None,
            close_of_business=parse_clock(config.understanding.close_of_business),
        ),
    )
    by_id: dict[str, Prediction] = {}
    versions = _Versions()
    for batch in _batches(ordered):
        clock.set(batch[-1][0].sent_at)
        outcomes = pipeline.process([message for _, message in batch])
        for (record, _), outcome in zip(batch, outcomes, strict=True):
            by_id[record.id] = Prediction(
                record.id,
                outcome.kind or Kind.CHATTER.value,
                outcome.urgent,
                outcome.due_at,
                versions.cluster(outcome),
            )
    db.dispose()
    return [by_id[record.id] for record in records]


def write_predictions(path: Path, predictions: Sequence[Prediction]) -> None:
    """One JSON line per message, so errors can be read one by one beside the corpus."""
    with path.open("w", encoding="utf-8") as out:
        for p in predictions:
            row = {
                "id": p.id,
                "kind": p.kind,
                "urgent": p.urgent,
                "due": None if p.due is None else p.due.isoformat(),
                "cluster": p.cluster,
            }
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def run_eval(
    corpus: Path, config: Config, *, as_json: bool, predictions_out: Path | None = None
) -> int:
    """Replay ``corpus`` through the ingest pipeline and print every metric."""
    records = load_corpus(corpus)
    started = time.perf_counter()
    predictions = predict_corpus(records, config)
    elapsed = time.perf_counter() - started
    if predictions_out is not None:
        write_predictions(predictions_out, predictions)
    report = evaluate(
        records, {p.id: Predicted(p.kind, p.urgent, p.due, p.cluster) for p in predictions}
    )
    report.extra.update(
        seconds=round(elapsed, 3),
        messages_per_second=round(len(records) / elapsed, 1) if elapsed else 0.0,
        understander=resolve_model(config.understanding),
    )
    print(json.dumps(report.to_json(), ensure_ascii=False) if as_json else report.to_table())
    return 0
