"""CPU milliseconds per article for each per-article stage, on a fixed set of real articles.

Wall-clock figures lie on a shared machine; CPU time of this one process does not (much).
The articles are the same ones ``bench_speed.py`` reads (slavicner raw + ml-crisis, shuffled
with a fixed seed), so before/after figures of a change are comparable. Each stage runs over
the whole set in batches of 16, in pipeline order, timed with ``time.process_time()``. Models
are loaded before timing starts (a warm-up batch), so the figures are the steady-state cost. Like the
local engine's workers, the process runs native code on one thread.
Usage::

    python bench/bench_stage_cpu.py [--limit 200] [--save]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_speed import eval_articles
from bench.common import peak_rss_mb, save_results, table

BATCH = 16
GOAL_MS = 100.0  # 20 articles/s on 2 cores


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--save", action="store_true", help="keep the table in bench/results/stage_cpu.md")
    args = parser.parse_args()
    # like a worker of the local engine: one compute thread (a second OpenMP thread spins on a busy machine)
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")

    from storyline.config import load_settings
    from storyline.ids import bytes_key
    from storyline.model import RawDoc
    from storyline.pipeline import run_stage
    from storyline.stages import build_pipeline

    records = eval_articles(args.limit + BATCH)
    docs = [
        RawDoc(source=r["url"], kind="text", content=r["text"], key=bytes_key(r["url"].encode()), meta={})
        for r in records
    ]
    warmup, docs = docs[:BATCH], docs[BATCH:]
    pipeline = build_pipeline(load_settings(overrides={"quiet": True}))
    items: list[object] = list(warmup)
    for stage in pipeline.stages:  # load every model before timing
        items = run_stage(stage, items)

    cpu: dict[str, float] = {}
    items = list(docs)
    for stage in pipeline.stages:
        started = time.process_time()
        out: list[object] = []
        for i in range(0, len(items), BATCH):
            out.extend(run_stage(stage, items[i : i + BATCH]))
        cpu[stage.name] = time.process_time() - started
        items = out
    articles = [i for i in items if type(i).__name__ == "Article"]
    if not any("vector" in name or "embed" in name for name in cpu):
        # story vectors are computed in the corpus step (driver): count them too
        from storyline.stories.embed import LeadEmbedder

        embedder = LeadEmbedder()
        embedder.embed_articles(articles[:2])
        started = time.process_time()
        embedder.embed_articles(articles)
        cpu["stories.lead_vectors (corpus step)"] = time.process_time() - started
    n = len(docs)
    total = sum(cpu.values())
    rows = [(name, round(1000 * secs / n, 1), round(n / secs, 1) if secs else "") for name, secs in cpu.items()]
    rows.append(("all stages", round(1000 * total / n, 1), round(n / total, 1) if total else ""))
    md = table(["stage", "CPU ms/article", "articles per CPU-s"], rows)
    md += (
        f"\n\n{n} inputs ({len(articles)} articles), batches of {BATCH}, one process; peak RSS {peak_rss_mb():.0f} MB. "
        f"Budget for 20 articles/s on 2 cores: {GOAL_MS:.0f} CPU ms/article for everything.\n"
    )
    print(md)
    if args.save:
        figures = {name: round(1000 * secs / n, 2) for name, secs in cpu.items()}
        save_results("stage_cpu", md, figures, command=f"python bench/bench_stage_cpu.py --limit {args.limit} --save")


if __name__ == "__main__":
    main()
