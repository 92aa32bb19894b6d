"""``run_corpus``: the whole job (ingest, cross-article steps, exports, report, run.json)."""

from __future__ import annotations

import json
import platform
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from storyline import __version__
from storyline.config import Settings
from storyline.corpus import update_corpus
from storyline.engines.local import IngestStats, ProgressFn, ingest
from storyline.errors import OutputNotWritable
from storyline.exports import write_outputs
from storyline.io.writers import write_text
from storyline.store import Store


@dataclass
class RunSummary:
    out_dir: Path
    report: Path
    counts: dict[str, Any]
    ingest: IngestStats
    seconds: dict[str, float]


def prepare_out_dir(out_dir: Path) -> None:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        probe = out_dir / ".storyline-write-test"
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as exc:
        raise OutputNotWritable(f"cannot write to the output directory {out_dir}: {exc.strerror or exc}") from exc


def run_corpus(
    inputs: Sequence[str],
    settings: Settings,
    *,
    stdin: IO[bytes] | None = None,
    progress: ProgressFn | None = None,
) -> RunSummary:
    out_dir = settings.out_dir
    prepare_out_dir(out_dir)
    seconds: dict[str, float] = {}
    store = Store.open(out_dir / "storyline.db")
    try:
        started, cpu_started = time.perf_counter(), time.process_time()
        if settings.engine == "ray":
            from storyline.engines.ray import ingest_ray

            stats = ingest_ray(inputs, store, settings, stdin=stdin, progress=progress)
        else:
            stats = ingest(inputs, store, settings, stdin=stdin, progress=progress)
        seconds["ingest"] = time.perf_counter() - started
        seconds["cpu.ingest"] = time.process_time() - cpu_started  # this process: with workers, the driver's share
        seconds.update({f"stage.{k}": v for k, v in stats.timer.seconds.items()})
        # CPU seconds (wall time is inflated when other programs share the cores): stages summed over workers
        seconds.update({f"cpu.stage.{k}": v for k, v in stats.timer.cpu_seconds.items()})
        corpus_times: dict[str, float] = {}
        cpu_started = time.process_time()
        update_corpus(store, settings, timings=corpus_times)
        seconds["cpu.corpus"] = time.process_time() - cpu_started
        seconds.update({f"corpus.{k}": v for k, v in corpus_times.items()})
        started, cpu_started = time.perf_counter(), time.process_time()
        exported, report = write_outputs(store, out_dir)  # one pass over the articles for both
        seconds["export"] = time.perf_counter() - started
        seconds["cpu.export"] = time.process_time() - cpu_started
        counts = store.input_counts()
        counts.update({k: v for k, v in exported.items() if k in {"entities", "events", "stories", "quotes"}})
        counts["this_run"] = {
            "inputs_seen": stats.seen,
            "already_in_store": stats.skipped,
            "new_articles": stats.articles,
            "new_rejections": stats.rejected,
        }
        run_info = {
            "version": __version__,
            "python": platform.python_version(),
            "counts": counts,
            "seconds": {k: round(v, 3) for k, v in seconds.items()},
            "settings": settings.to_json(),
            "inputs": list(inputs),
        }
        write_text(out_dir / "run.json", json.dumps(run_info, ensure_ascii=False, indent=2) + "\n")
        return RunSummary(out_dir, report, counts, stats, seconds)
    finally:
        store.close()
