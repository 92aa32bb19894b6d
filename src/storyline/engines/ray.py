"""The Ray engine: the same per-article stages as the local engine, run as Ray Data ``map_batches``.

How a run goes:

1. The driver (this process) reads the inputs exactly as the local engine does
   (``io.readers.read_inputs``), cuts the stream into batches of ``settings.batch_size`` and
   drops inputs the store already holds. Reader rejections never leave the driver.
2. A *window* of batches (``window_docs`` documents, bounded so the driver's memory stays flat)
   becomes a small Ray dataset with one row per batch (the pickled ``RawDoc`` list and its
   position), so the stages see the very batches the local engine would give them.
3. ``map_batches`` runs :class:`PipelineWorker` (a callable class, so Ray builds one pipeline per
   actor and every model loads once per actor, lazily) with ``concurrency = workers`` actors.
4. The driver collects the window's results, puts them back in input order and records them in
   the store batch by batch, one transaction per batch, with the same grouping as the local
   engine. Only the driver writes the store, so the store, the output files and every id are the
   same as with ``--engine local``; a killed run resumes the same way.

Why windows rather than one dataset for the whole run: the input stream is produced on the
driver (stdin, WARC files, directories with per-file rejections) and Ray Data has no streaming
source for a driver-side generator, so one dataset would mean reading the whole crawl first. A
window costs one actor-pool start (worker processes and lazy model loads), which a few thousand
documents per window amortise.
"""

from __future__ import annotations

import logging
import os
import pickle
from collections.abc import Iterable, Iterator, Sequence
from types import ModuleType
from typing import IO, Any

from storyline.config import Settings
from storyline.engines.local import IngestStats, ProgressFn, batched
from storyline.engines.local import _split as split_known
from storyline.errors import ConfigError, MissingExtraError, StorylineError
from storyline.io.readers import read_inputs
from storyline.model import Article, RawDoc, Rejection
from storyline.pipeline import Pipeline, StageTimer
from storyline.store import Store

log = logging.getLogger(__name__)

DEFAULT_WINDOW_DOCS = 4096
Result = Article | Rejection


class RayEngineError(StorylineError):
    """The Ray cluster could not be reached or failed while running the stages (exit status 2)."""


def require_ray() -> ModuleType:
    """Import Ray with Ray Data, or say how to install the extra."""
    try:
        import ray
        import ray.data  # Ray Data ships in the same package but needs the [data] extra's dependencies
    except ImportError as exc:
        raise MissingExtraError("ray", "ray[data]") from exc
    return ray


class PipelineWorker:
    """The per-article pipeline as a Ray Data callable class: one pipeline per actor, built on first use.

    A row is one batch of the local engine, ``{"index": int, "docs": pickled list[RawDoc]}``, so the
    stages see exactly the batches they would see locally (batch-level models such as embedders
    then give the same numbers). Output rows: ``{"index", "results": pickled list, "timer": pickled
    StageTimer}``.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.pipeline: Pipeline | None = None

    def __call__(self, rows: dict[str, Any]) -> dict[str, list[Any]]:
        if self.pipeline is None:
            from storyline.stages import build_pipeline

            self.pipeline = build_pipeline(self.settings)
        out: dict[str, list[Any]] = {"index": [], "results": [], "timer": []}
        for index, blob in zip(rows["index"], rows["docs"], strict=True):
            docs: list[RawDoc] = pickle.loads(blob)
            timer = StageTimer()
            results = self.pipeline.process(docs, timer) if docs else []
            out["index"].append(int(index))
            out["results"].append(pickle.dumps(results))
            out["timer"].append(pickle.dumps(timer))
        return out


def _connect(ray: ModuleType, settings: Settings) -> tuple[bool, int]:
    """Join the cluster at ``settings.ray_address`` or start a local one. Returns (started here, actors)."""
    started = False
    if not ray.is_initialized():
        quiet = {"logging_level": logging.WARNING, "log_to_driver": False}
        try:
            if settings.ray_address:
                ray.init(address=settings.ray_address, **quiet)
            else:
                cpus = settings.workers if settings.workers > 0 else (os.cpu_count() or 1)
                ray.init(num_cpus=cpus, include_dashboard=False, **quiet)
        except (ConnectionError, RuntimeError, ValueError) as exc:
            where = settings.ray_address or "a local cluster"
            raise RayEngineError(f"cannot start or join the Ray cluster ({where}): {exc}") from exc
        started = True
        if not log.isEnabledFor(logging.INFO):
            logging.getLogger("ray.data").setLevel(logging.WARNING)  # Ray Data logs every execution at INFO
    if settings.workers > 0:
        return started, settings.workers
    cpus = int(ray.cluster_resources().get("CPU", 1))
    return started, max(1, cpus)


def _windows(batches: Iterable[list[RawDoc | Rejection]], window_docs: int) -> Iterator[list[list[RawDoc | Rejection]]]:
    window: list[list[RawDoc | Rejection]] = []
    size = 0
    for batch in batches:
        window.append(batch)
        size += len(batch)
        if size >= window_docs:
            yield window
            window, size = [], 0
    if window:
        yield window


def run_window(
    ray: ModuleType, batches: Sequence[list[RawDoc]], settings: Settings, *, actors: int
) -> tuple[list[list[Result]], StageTimer]:
    """Run the per-article pipeline over each batch on the cluster; results per batch, in order."""
    timer = StageTimer()
    todo = [i for i, batch in enumerate(batches) if batch]
    if not todo:
        return [[] for _ in batches], timer
    import ray.data

    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False
    context.execution_options.preserve_order = True
    rows = [{"index": i, "docs": pickle.dumps(batches[i])} for i in todo]
    dataset = ray.data.from_items(rows, override_num_blocks=len(rows))  # one block per batch: even sharing
    mapped = dataset.map_batches(
        PipelineWorker,
        fn_constructor_kwargs={"settings": settings},
        batch_size=1,
        batch_format="numpy",
        compute=ray.data.ActorPoolStrategy(size=min(actors, len(rows))),
        num_cpus=1,
    )
    results: list[list[Result] | None] = [None] * len(batches)
    for i, batch in enumerate(batches):
        if not batch:
            results[i] = []
    try:
        for out in mapped.iter_batches(batch_size=None, batch_format="numpy"):
            for index, blob, timer_blob in zip(out["index"], out["results"], out["timer"], strict=True):
                results[int(index)] = pickle.loads(blob)
                timer.merge(pickle.loads(timer_blob))
    except ray.exceptions.RayError as exc:
        raise RayEngineError(f"the Ray cluster failed while running the stages: {exc}") from exc
    done = [r for r in results if r is not None]
    if len(done) != len(batches) or any(len(r) != len(b) for r, b in zip(done, batches, strict=True)):
        raise RayEngineError("the Ray cluster returned incomplete results for a window; run again to resume")
    return done, timer


def ingest_ray(
    inputs: Sequence[str],
    store: Store,
    settings: Settings,
    *,
    stdin: IO[bytes] | None = None,
    progress: ProgressFn | None = None,
    window_docs: int | None = None,
) -> IngestStats:
    """Like ``engines.local.ingest``, with the per-article stages on a Ray cluster.

    ``window_docs`` (default ``DEFAULT_WINDOW_DOCS``) bounds how many documents are in flight.
    """
    window_docs = window_docs or DEFAULT_WINDOW_DOCS
    if window_docs < 1:
        raise ConfigError(f"window_docs must be positive, not {window_docs}")
    ray = require_ray()
    started_here, actors = _connect(ray, settings)
    stats = IngestStats()
    try:
        stream = read_inputs(inputs, max_doc_bytes=settings.max_doc_bytes, stdin=stdin)
        for window in _windows(batched(stream, settings.batch_size), window_docs):
            work: list[list[RawDoc]] = []
            reader_rejections: list[list[Rejection]] = []
            for batch in window:
                stats.seen += len(batch)
                docs, rejections, skipped = split_known(batch, store.known_inputs([i.key for i in batch]))
                stats.skipped += skipped
                if progress and skipped:
                    progress(skipped)
                work.append(docs)
                reader_rejections.append(rejections)
            results, timer = run_window(ray, work, settings, actors=actors)
            stats.timer.merge(timer)
            for batch_results, rejections in zip(results, reader_rejections, strict=True):
                recorded = store.add_results([*batch_results, *rejections])
                stats.articles += sum(isinstance(r, Article) for r in recorded)
                stats.rejected += sum(isinstance(r, Rejection) for r in recorded)
                if progress:
                    progress(len(batch_results) + len(rejections))
    finally:
        if started_here:
            ray.shutdown()
    return stats
