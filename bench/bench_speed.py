"""Speed of the whole pipeline on real articles: articles/s per stage and overall, peak memory.

Reads the raw texts of slavicner (bg cs pl ru sl uk) and ml-crisis (es fr it) from
../shared/eval, writes them as one JSONL feed in a temporary directory (so the reader path is
the real one), runs ``storyline run`` in-process on them and reports the time per stage from
run.json. Usage::

    python bench/bench_speed.py [--limit 5000] [--workers 1]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import eval_dir, peak_rss_mb, save_results, table


def eval_articles(limit: int, seed: int = 13) -> list[dict[str, str]]:
    root = eval_dir()
    files = sorted((root / "slavicner" / "raw").glob("*/*/*.txt"))
    files += sorted(p for p in (root / "ml-crisis").glob("*/*/*/*.txt"))
    random.Random(seed).shuffle(files)
    records = []
    for path in files[:limit]:
        text = path.read_text(encoding="utf-8", errors="replace")
        records.append({"text": text, "url": f"eval:{path.relative_to(root)}"})
    return records


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=5000)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()

    from storyline.config import load_settings
    from storyline.run import run_corpus

    records = eval_articles(args.limit)
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "feed.jsonl"
        feed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        settings = load_settings(overrides={"out_dir": Path(tmp) / "out", "workers": args.workers, "quiet": True})
        started = time.perf_counter()
        summary = run_corpus([str(feed)], settings)
        total = time.perf_counter() - started
    n = len(records)
    rows = []
    for name, secs in summary.seconds.items():
        if name.startswith(("stage.", "corpus.")) or name in {"export"}:
            rate = n / secs if secs > 0 else float("inf")
            rows.append((name, round(secs, 2), round(rate, 1)))
    rows.append(("total (end to end)", round(total, 2), round(n / total, 2)))
    md = table(["step", "seconds", "articles/s"], rows)
    md += (
        f"\n\n{n} real articles (slavicner raw bg/cs/pl/ru/sl/uk + ml-crisis es/fr/it), "
        f"workers={args.workers}; {summary.counts['articles']} articles, {summary.counts['rejected']} rejected "
        f"({summary.counts['rejected_by_reason']}); peak RSS {peak_rss_mb():.0f} MB.\n"
        "Per-stage rates are per CPU-second of that stage summed over workers. "
        "Goal (issue 9): >= 20 articles/s end to end on 2 cores."
    )
    figures = {
        "articles": n,
        "workers": args.workers,
        "seconds": summary.seconds,
        "total_seconds": total,
        "articles_per_second": n / total,
        "peak_rss_mb": peak_rss_mb(),
        "counts": summary.counts,
    }
    save_results(
        "speed", md, figures, command=f"python bench/bench_speed.py --limit {args.limit} --workers {args.workers}"
    )


if __name__ == "__main__":
    main()
