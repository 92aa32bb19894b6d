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
    recycled: int = 0  # times the worker processes were replaced for using too much memory


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


def resident_mb() -> float:
    """This process's resident memory now (Linux ``/proc``; elsewhere its peak so far)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError, AttributeError):
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _work(docs: Sequence[RawDoc]) -> WorkResult:
    assert _WORKER_PIPELINE is not None
    timer = StageTimer()
    return _WORKER_PIPELINE.process(docs, timer), timer, resident_mb()


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

    pool = WorkerPool(settings, workers)  # the worker processes start with the first batch that has work
    try:
        # batches in input order; a batch with nothing to process (all known or rejected by the reader)
        # waits in line without a future, so the store records everything in the same order as one process
        pending: deque[tuple[cf.Future[WorkResult] | None, list[RawDoc], list[Rejection]]] = deque()

        def record_oldest() -> None:
            future, docs, rejections = pending.popleft()
            if future is None:
                record([], rejections)
                return
            restarts = pool.restarts
            results, timer, rss_mb = pool.result(future, docs)
            pool.note_memory(rss_mb)
            if pool.restarts != restarts:  # the batches in flight died with the old pool: send them again
                for i, (waiting_future, waiting, rej) in enumerate(pending):
                    if waiting_future is not None:
                        pending[i] = (pool.submit(waiting), waiting, rej)
            stats.timer.merge(timer)
            record(results, rejections)

        for batch in batched(stream, settings.batch_size):
            stats.seen += len(batch)
            docs, rejections, skipped = _split(batch, store.known_inputs([i.key for i in batch]))
            stats.skipped += skipped
            if progress and skipped:
                progress(skipped)
            if docs and pool.oversized:  # a safety net: replace the workers between batches, nothing in flight
                while pending:
                    record_oldest()
                pool.recycle()
                stats.recycled += 1
            pending.append((pool.submit(docs) if docs else None, docs, rejections))
            while len(pending) > workers * 2:  # bounded: at most 2 batches per worker in flight
                record_oldest()
        while pending:
            record_oldest()
    finally:
        pool.close()
    return stats


WorkResult = tuple[list[Article | Rejection], StageTimer, float]  # results, stage times, worker RSS in MB
MAX_POOL_RESTARTS = 50
WORKER_RSS_LIMIT_MB = 2048.0
"""A worker whose resident memory passes this is replaced (with all its siblings) before the next batch.

A safety net only: a worker's memory is flat after its first few hundred articles (models, then
buffers sized by the longest inputs seen). ``ProcessPoolExecutor(max_tasks_per_child=...)`` would do
it per worker, but deadlocks on Python 3.11-3.13 (CPython gh-115634)."""


class WorkerPool:
    """A process pool that outlives its workers: when one dies (killed, out of memory, a crash in
    native code), the pool is started again, the failed batch is retried one document at a time,
    and a document that kills a worker on its own becomes an ``internal_error`` rejection."""

    def __init__(self, settings: Settings, workers: int) -> None:
        self.settings = settings
        self.workers = workers
        self.restarts = 0
        self._pool: cf.ProcessPoolExecutor | None = None  # started on first use: a resumed run may have no work
        self.oversized = False

    @property
    def pool(self) -> cf.ProcessPoolExecutor:
        if self._pool is None:
            self._pool = self._start()
        return self._pool

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
        self._pool = self._start()

    def note_memory(self, rss_mb: float) -> None:
        if rss_mb > WORKER_RSS_LIMIT_MB:
            self.oversized = True

    def recycle(self) -> None:
        """Replace the worker processes (call with no batch in flight); they load their models again."""
        log.info("a worker process uses more than %.0f MB; starting fresh worker processes", WORKER_RSS_LIMIT_MB)
        self.close()
        self._pool = None
        self.oversized = False

    def submit(self, docs: list[RawDoc]) -> cf.Future[WorkResult]:
        return self.pool.submit(_work, docs)

    def result(self, future: cf.Future[WorkResult], docs: list[RawDoc]) -> WorkResult:
        try:
            return future.result()
        except cf.process.BrokenProcessPool:
            self._restart()
        results: list[Article | Rejection] = []
        timer = StageTimer()
        rss_mb = 0.0
        for doc in docs:
            try:
                (result,), one_timer, rss_mb = self.pool.submit(_work, [doc]).result()
                timer.merge(one_timer)
            except cf.process.BrokenProcessPool:
                self._restart()
                detail = (
                    "a worker process died while processing this document (a crash in native code or out of memory)"
                )
                result = Rejection(doc.source, RejectReason.INTERNAL_ERROR, detail, doc.key)
            results.append(result)
        return results, timer, rss_mb

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
