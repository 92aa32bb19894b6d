"""The local engine: stream inputs in batches through the per-article pipeline, in this process
or in a pool of worker processes, and record each batch in the store in one transaction.

Inputs already recorded in the store (same bytes) are skipped, so a killed run resumes where it
stopped and a repeated run adds only what is new.
"""

from __future__ import annotations

import concurrent.futures as cf
import logging
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import IO

from storyline.config import Settings
from storyline.errors import StorylineError
from storyline.io.readers import read_inputs
from storyline.model import Article, RawDoc, Rejection, RejectReason
from storyline.pipeline import Pipeline, StageTimer
from storyline.store import Store

log = logging.getLogger(__name__)

ProgressFn = Callable[[int], None]


class WorkerCrashed(StorylineError):
    """A worker process died (killed, out of memory, a crash in native code); exit status 2."""


@dataclass
class IngestStats:
    seen: int = 0
    skipped: int = 0  # already in the store from an earlier run
    articles: int = 0
    rejected: int = 0
    timer: StageTimer = field(default_factory=StageTimer)


def batched(items: Iterable[RawDoc | Rejection], size: int) -> Iterator[list[RawDoc | Rejection]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


_WORKER_PIPELINE: Pipeline | None = None


def _init_worker(settings: Settings) -> None:
    global _WORKER_PIPELINE
    # one compute thread per worker process: the pool already uses every core, and native models
    # (the e5 embedder is OpenMP) would otherwise start a thread per core in each worker and thrash
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    from storyline.stages import build_pipeline

    _WORKER_PIPELINE = build_pipeline(settings)


def _exit_with_parent(parent: int) -> None:
    """Pool workers do not notice a parent killed with SIGKILL (they would idle on forever): poll for it."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def _work(docs: Sequence[RawDoc]) -> tuple[list[Article | Rejection], StageTimer]:
    assert _WORKER_PIPELINE is not None
    timer = StageTimer()
    return _WORKER_PIPELINE.process(docs, timer), timer


def _split(batch: list[RawDoc | Rejection], known: set[str]) -> tuple[list[RawDoc], list[Rejection], int]:
    docs: list[RawDoc] = []
    rejections: list[Rejection] = []
    skipped = 0
    for item in batch:
        if item.key in known:
            skipped += 1
        elif isinstance(item, RawDoc):
            docs.append(item)
        else:
            rejections.append(item)
    return docs, rejections, skipped


def ingest(
    inputs: Sequence[str],
    store: Store,
    settings: Settings,
    *,
    pipeline: Pipeline | None = None,
    stdin: IO[bytes] | None = None,
    progress: ProgressFn | None = None,
) -> IngestStats:
    stats = IngestStats()
    stream = read_inputs(inputs, max_doc_bytes=settings.max_doc_bytes, stdin=stdin)
    workers = settings.workers if settings.workers > 0 else (os.cpu_count() or 1)

    def record(results: Sequence[Article | Rejection], rejections: Sequence[Rejection]) -> None:
        recorded = store.add_results([*results, *rejections])
        stats.articles += sum(isinstance(r, Article) for r in recorded)
        stats.rejected += sum(isinstance(r, Rejection) for r in recorded)
        if progress:
            progress(len(results) + len(rejections))

    if workers <= 1:
        if pipeline is None:
            from storyline.stages import build_pipeline

            pipeline = build_pipeline(settings)
        for batch in batched(stream, settings.batch_size):
            stats.seen += len(batch)
            docs, rejections, skipped = _split(batch, store.known_inputs([i.key for i in batch]))
            stats.skipped += skipped
            if progress and skipped:
                progress(skipped)
            record(pipeline.process(docs, stats.timer) if docs else [], rejections)
        return stats

    pool = WorkerPool(settings, workers)
    try:
        pending: deque[tuple[cf.Future[WorkResult], list[RawDoc], list[Rejection]]] = deque()

        def record_oldest() -> None:
            future, docs, rejections = pending.popleft()
            restarts = pool.restarts
            results, timer = pool.result(future, docs)
            if pool.restarts != restarts:  # the batches in flight died with the old pool: send them again
                for i, (_, waiting, rej) in enumerate(pending):
                    pending[i] = (pool.submit(waiting), waiting, rej)
            stats.timer.merge(timer)
            record(results, rejections)

        for batch in batched(stream, settings.batch_size):
            stats.seen += len(batch)
            docs, rejections, skipped = _split(batch, store.known_inputs([i.key for i in batch]))
            stats.skipped += skipped
            if progress and skipped:
                progress(skipped)
            pending.append((pool.submit(docs), docs, rejections))
            while len(pending) > workers * 2:  # bounded: at most 2 batches per worker in flight
                record_oldest()
        while pending:
            record_oldest()
    finally:
        pool.close()
    return stats


WorkResult = tuple[list[Article | Rejection], StageTimer]
MAX_POOL_RESTARTS = 50


class WorkerPool:
    """A process pool that outlives its workers: when one dies (killed, out of memory, a crash in
    native code), the pool is started again, the failed batch is retried one document at a time,
    and a document that kills a worker on its own becomes an ``internal_error`` rejection."""

    def __init__(self, settings: Settings, workers: int) -> None:
        self.settings = settings
        self.workers = workers
        self.restarts = 0
        self.pool = self._start()

    def _start(self) -> cf.ProcessPoolExecutor:
        ctx = multiprocessing.get_context("spawn")
        return cf.ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=_init_worker, initargs=(self.settings,))

    def _restart(self) -> None:
        self.restarts += 1
        if self.restarts > MAX_POOL_RESTARTS:
            raise WorkerCrashed(
                f"worker processes died {self.restarts} times (out of memory?); every batch recorded so "
                "far is kept: run again with the same --out to resume, perhaps with fewer --workers"
            )
        log.warning("a worker process died; restarting the pool and retrying its batch one document at a time")
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = self._start()

    def submit(self, docs: list[RawDoc]) -> cf.Future[WorkResult]:
        return self.pool.submit(_work, docs)

    def result(self, future: cf.Future[WorkResult], docs: list[RawDoc]) -> WorkResult:
        try:
            return future.result()
        except cf.process.BrokenProcessPool:
            self._restart()
        results: list[Article | Rejection] = []
        timer = StageTimer()
        for doc in docs:
            try:
                (result,), one_timer = self.pool.submit(_work, [doc]).result()
                timer.merge(one_timer)
            except cf.process.BrokenProcessPool:
                self._restart()
                detail = (
                    "a worker process died while processing this document (a crash in native code or out of memory)"
                )
                result = Rejection(doc.source, RejectReason.INTERNAL_ERROR, detail, doc.key)
            results.append(result)
        return results, timer

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
