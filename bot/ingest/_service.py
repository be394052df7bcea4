"""Batch messages that arrive together and understand them off the event loop."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from bot import metrics
from bot.ingest._incoming import IncomingMessage, IngestOutcome
from bot.ingest._pipeline import IngestPipeline

__all__ = ["IngestService"]

_log = logging.getLogger(__name__)
_Waiting = tuple[IncomingMessage, "asyncio.Future[IngestOutcome]"]


class IngestService:
    """Queues messages; one worker drains the queue in batches.

    Understanding is CPU-bound (spaCy, jieba) and storage blocks, so each batch
    runs in a worker thread; batching lets ``nlp.pipe`` amortise its cost when
    a burst of updates arrives in one getUpdates answer.
    """

    def __init__(self, pipeline_factory: Callable[[], IngestPipeline], *, batch_size: int) -> None:
        self._factory = pipeline_factory
        self._batch_size = batch_size
        self._queue: asyncio.Queue[_Waiting] = asyncio.Queue()
        self._pipeline: IngestPipeline | None = None
        self._worker: asyncio.Task[None] | None = None

    async def initialize(self) -> None:
        # Loading a model takes seconds: do it before the first update, off the loop.
        self._pipeline = await asyncio.to_thread(self._factory)
        self._worker = asyncio.create_task(self._run(), name="fingertip-ingest")

    async def shutdown(self) -> None:
        await self._queue.join()
        if self._worker is not None:
            self._worker.cancel()
            await asyncio.gather(self._worker, return_exceptions=True)
            self._worker = None

    async def refresh(self) -> None:
        """Rebuild the duplicate index from the database: another process may have
        stored notices since this one read it (a new owner of the singletons)."""
        if self._pipeline is not None:
            await self._queue.join()
            self._pipeline = await asyncio.to_thread(self._factory)

    async def idle(self) -> None:
        """Return once every submitted message has been processed."""
        await self._queue.join()

    async def submit(self, message: IncomingMessage) -> IngestOutcome:
        """Ingest one message; resolves when it is stored (or refused)."""
        if self._worker is None:
            raise RuntimeError("IngestService.initialize() has not run")
        future: asyncio.Future[IngestOutcome] = asyncio.get_running_loop().create_future()
        self._queue.put_nowait((message, future))
        return await future

    async def _run(self) -> None:
        while True:
            batch = [await self._queue.get()]
            await asyncio.sleep(0)  # let handlers scheduled in the same tick enqueue
            while len(batch) < self._batch_size and not self._queue.empty():
                batch.append(self._queue.get_nowait())
            try:
                await self._process(batch)
            finally:
                for _ in batch:
                    self._queue.task_done()

    async def _process(self, batch: list[_Waiting]) -> None:
        assert self._pipeline is not None
        messages = [message for message, _ in batch]
        try:
            outcomes = await asyncio.to_thread(self._pipeline.process, messages)
        except Exception as exc:  # handed to the waiting handlers, which report it
            if len(batch) > 1:
                # One bad message must not sink its neighbours: retry one by one.
                _log.warning("ingest batch of %d failed; retrying singly", len(batch))
                for waiting in batch:
                    await self._process([waiting])
                return
            batch[0][1].set_exception(exc)
            return
        for (_, future), outcome in zip(batch, outcomes, strict=True):
            future.set_result(outcome)
            _count(outcome)


def _count(outcome: IngestOutcome) -> None:
    if outcome.created:
        metrics.NOTICES_UNDERSTOOD.inc()
        if outcome.cluster_id is not None and outcome.cluster_id != outcome.notice_id:
            metrics.CLUSTERS_MERGED.inc()
