"""Shared helpers for benchmarks: where the eval data is, and how results are kept.

Every benchmark prints a Markdown table (with the anchors' figures beside ours where they
exist) and keeps it in ``bench/results/<name>.md`` plus the raw figures in ``<name>.json``,
so a regression shows in review.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"


def eval_dir() -> Path:
    """``../shared/eval`` next to the checkout (or ``$STORYLINE_EVAL``)."""
    env = os.environ.get("STORYLINE_EVAL")
    candidates = [Path(env)] if env else []
    candidates += [ROOT.parent / "shared" / "eval", ROOT.parent.parent / "shared" / "eval"]
    for path in candidates:
        if path.is_dir():
            return path
    sys.exit("bench: ../shared/eval not found (set STORYLINE_EVAL)")


def samples_dir() -> Path:
    for path in (ROOT.parent / "shared" / "samples", ROOT.parent.parent / "shared" / "samples"):
        if path.is_dir():
            return path
    sys.exit("bench: ../shared/samples not found")


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    def fmt(v: Any) -> str:
        if isinstance(v, float):
            return f"{v:.3f}" if abs(v) < 100 else f"{v:.1f}"
        return "" if v is None else str(v)

    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(fmt(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def save_results(name: str, markdown: str, figures: dict[str, Any], *, command: str) -> None:
    """Print and keep the results of benchmark ``name``."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    header = f"# {name}\n\nRun {stamp} on {platform.node() or 'this machine'} ({os.cpu_count()} cores), `{command}`\n\n"
    (RESULTS / f"{name}.md").write_text(header + markdown.rstrip() + "\n", encoding="utf-8")
    payload = {"name": name, "when": stamp, "command": command, "figures": figures}
    (RESULTS / f"{name}.json").write_text(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(header + markdown)
