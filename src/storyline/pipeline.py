"""Per-article stages and the pipeline that chains them.

A stage is an object with a ``name`` and ``process(batch) -> list``: the output has the same
length and order as the batch. The first stage (cleaning) turns ``RawDoc`` into ``Article`` or
``Rejection``; every later stage maps ``Article -> Article`` and passes rejections through.
Stages are pure: no files, sockets or database; models come in through the constructor and are
loaded lazily on first use. So the same stage objects run in-process, in a process pool, or as
``map_batches`` on Ray Data.

A stage that raises on one article does not stop the run: the pipeline retries the batch one
article at a time and turns the failing article into an ``internal_error`` rejection carrying
the traceback (the only blind ``except Exception`` in the library).
"""

from __future__ import annotations

import logging
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from storyline.model import Article, RawDoc, Rejection, RejectReason

log = logging.getLogger(__name__)


@runtime_checkable
class Stage(Protocol):
    name: str

    def process(self, batch: Sequence[Any]) -> list[Any]: ...


@dataclass
class StageTimer:
    seconds: dict[str, float] = field(default_factory=dict)
    items: dict[str, int] = field(default_factory=dict)
    cpu_seconds: dict[str, float] = field(default_factory=dict)  # CPU time of the process (not wall)

    def add(self, name: str, seconds: float, items: int, cpu_seconds: float = 0.0) -> None:
        self.seconds[name] = self.seconds.get(name, 0.0) + seconds
        self.items[name] = self.items.get(name, 0) + items
        self.cpu_seconds[name] = self.cpu_seconds.get(name, 0.0) + cpu_seconds

    def merge(self, other: StageTimer) -> None:
        for name, secs in other.seconds.items():
            self.add(name, secs, other.items.get(name, 0), other.cpu_seconds.get(name, 0.0))


def _source_of(item: Any) -> tuple[str, str]:
    if isinstance(item, RawDoc):
        return item.source, item.key
    if isinstance(item, Article):
        return item.source, item.input_key
    if isinstance(item, Rejection):
        return item.source, item.key
    return repr(item)[:200], ""


def _internal_error(item: Any, stage: str) -> Rejection:
    source, key = _source_of(item)
    return Rejection(
        source=source,
        reason=RejectReason.INTERNAL_ERROR,
        detail=f"stage {stage} failed: {traceback.format_exc(limit=6)[-2000:]}",
        key=key,
    )


def run_stage(stage: Stage, batch: Sequence[Any]) -> list[Any]:
    """Run one stage over a batch; rejections pass through and failures become rejections."""
    todo = [i for i, item in enumerate(batch) if not isinstance(item, Rejection)]
    out: list[Any] = list(batch)
    if not todo:
        return out
    inputs = [batch[i] for i in todo]
    try:
        results = stage.process(inputs)
        if len(results) != len(inputs):
            raise RuntimeError(f"stage {stage.name} returned {len(results)} items for {len(inputs)}")
    except Exception:  # the engine's per-article boundary: isolate the failing article
        log.warning("stage %s failed on a batch; retrying one article at a time", stage.name)
        results = []
        for item in inputs:
            try:
                (result,) = stage.process([item])
            except Exception:
                result = _internal_error(item, stage.name)
            results.append(result)
    for i, result in zip(todo, results, strict=True):
        out[i] = result
    return out


class Pipeline:
    """An ordered list of per-article stages."""

    def __init__(self, stages: Sequence[Stage]) -> None:
        self.stages = list(stages)

    def process(self, batch: Sequence[RawDoc], timer: StageTimer | None = None) -> list[Article | Rejection]:
        items: list[Any] = list(batch)
        for stage in self.stages:
            started, cpu_started = time.perf_counter(), time.process_time()
            items = run_stage(stage, items)
            if timer is not None:
                timer.add(stage.name, time.perf_counter() - started, len(items), time.process_time() - cpu_started)
        return items


StageFactory = Callable[[], Stage]
