"""Driver memory and CPU of the output step (JSONL exports + report.html) on real stores.

For each store, and for each code version (``before``: the tree at ``--before-rev``, unpacked with
``git archive``; ``after``: this checkout), a fresh Python process imports that version, opens a
copy of the store as ``run.py`` does and writes the outputs as that version's run does
(``write_outputs`` when it exists, else ``write_exports`` then ``write_report``). The child reports
its peak RSS (``ru_maxrss``) before and after the step, the step's CPU seconds (``process_time``),
and how many full reads of each store table the step made. The two versions' files are then
compared byte for byte (the report with its generation time masked).

    python bench/bench_driver_memory.py --store /tmp/rep1k/storyline.db --store /tmp/rep10k/storyline.db

Stores are copied into the work directory first: the originals are never opened.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "bench")]

from common import save_results, table  # noqa: E402

# Store methods that read a whole table (or a whole index) in one call.
FULL_READS = (
    "iter_articles",
    "iter_articles_with_stories",
    "article_stories",
    "iter_entities",
    "entity_key_map",
    "iter_events",
    "iter_stories",
    "iter_quotes",
    "iter_rejections",
)
GENERATED = re.compile(rb'"generated":"[^"]*"')
HEAD = 8 << 20  # the report's generation time is in its index metadata, in the first few kB
CHUNK = 1 << 20


def _vm_hwm_mb() -> float | None:
    """This process's own peak RSS (``VmHWM``, Linux), as a cross-check of ``ru_maxrss``."""
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii")
    except OSError:
        return None
    match = re.search(r"^VmHWM:\s+(\d+) kB", status, flags=re.M)
    return int(match.group(1)) / 1024 if match else None


def child(src: str, store_path: str, out_dir: str) -> None:
    """Run the output step with the code in ``src``; print one JSON line of figures."""
    sys.path.insert(0, src)
    import storyline.exports as exports
    from storyline.store import Store

    reads: dict[str, int] = {}
    for name in FULL_READS:
        method = getattr(Store, name, None)
        if method is None:
            continue

        def counted(self: Any, *args: Any, _method: Any = method, _name: str = name, **kwargs: Any) -> Any:
            if not args and not kwargs:  # iter_articles(ids) reads only those rows
                reads[_name] = reads.get(_name, 0) + 1
            return _method(self, *args, **kwargs)

        setattr(Store, name, counted)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    store = Store.open(Path(store_path))
    try:
        articles = store.article_count()
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        cpu, wall = time.process_time(), time.perf_counter()
        if hasattr(exports, "write_outputs"):
            exports.write_outputs(store, out)
        else:
            from storyline.report.html import write_report

            exports.write_exports(store, out)
            write_report(store, out)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    finally:
        store.close()
    figures = {
        "storyline": str(Path(exports.__file__).parent),
        "articles": articles,
        "rss_before_mb": rss_before,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "vm_hwm_mb": _vm_hwm_mb(),
        "cpu_s": cpu,
        "wall_s": wall,
        "report_mb": (out / "report.html").stat().st_size / 1e6,
        "reads": reads,
    }
    print(json.dumps(figures))


def measure(src: Path, store: Path, out: Path) -> dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", str(src), str(store), str(out)]
    result = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.exit(f"bench: child failed on {store}:\n{result.stderr[-3000:]}")
    figures: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def _same_file(first: Path, second: Path, *, mask_head: bool) -> bool:
    """Byte comparison in chunks (this process stays small: a child's ``ru_maxrss`` starts at the RSS
    of the process that spawned it, as Linux carries the high-water mark across ``exec``)."""
    with first.open("rb") as a, second.open("rb") as b:
        size = HEAD if mask_head else CHUNK
        while True:
            x, y = a.read(size), b.read(size)
            if mask_head:
                x, y = GENERATED.sub(b"", x), GENERATED.sub(b"", y)
                mask_head, size = False, CHUNK
            if x != y:
                return False
            if not x:
                return True


def same_outputs(first: Path, second: Path) -> bool:
    names = sorted(p.name for p in first.iterdir())
    if names != sorted(p.name for p in second.iterdir()):
        return False
    return all(_same_file(first / n, second / n, mask_head=n == "report.html") for n in names)


def unpack(rev: str, dest: Path) -> Path:
    """The ``src`` tree of ``rev`` (e.g. ``HEAD~1``), unpacked with ``git archive``."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src"], capture_output=True, check=True)
    dest.mkdir(parents=True, exist_ok=True)
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive.stdout, check=True)
    return dest / "src"


def passes(reads: dict[str, int]) -> str:
    articles = reads.get("iter_articles", 0) + reads.get("iter_articles_with_stories", 0)
    return f"{articles} / {sum(reads.values())}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", action="append", required=True, help="a storyline.db (copied, never modified)")
    parser.add_argument("--before-rev", default="a5175ce", help="git revision of the code before the change")
    parser.add_argument("--work", type=Path, default=None, help="work directory (default: a new temporary one)")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-driver-"))
    versions = {"before": unpack(args.before_rev, work / "before-src"), "after": ROOT / "src"}
    rows: list[list[Any]] = []
    figures: dict[str, Any] = {}
    for store_path in args.store:
        copy = work / "store" / "storyline.db"
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(store_path, copy)
        wal = Path(f"{store_path}-wal")
        if wal.is_file():  # committed pages not yet checkpointed into the main file
            shutil.copyfile(wal, Path(f"{copy}-wal"))
        outs = {}
        for label, src in versions.items():
            outs[label] = work / f"out-{label}"
            shutil.rmtree(outs[label], ignore_errors=True)
            result = measure(src, copy, outs[label])
            figures.setdefault(store_path, {})[label] = result
            rows.append(
                [
                    result["articles"],
                    label,
                    round(result["peak_rss_mb"]),
                    round(result["peak_rss_mb"] - result["rss_before_mb"]),
                    round(result["vm_hwm_mb"]) if result["vm_hwm_mb"] is not None else None,
                    result["cpu_s"],
                    result["wall_s"],
                    result["report_mb"],
                    passes(result["reads"]),
                ]
            )
        identical = same_outputs(outs["before"], outs["after"])
        figures[store_path]["identical_outputs"] = identical
        rows[-1].append("yes" if identical else "NO")
        rows[-2].append("")
        for out in outs.values():
            shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(copy.parent, ignore_errors=True)
    headers = [
        "articles",
        "code",
        "peak RSS MB",
        "step's RSS growth MB",
        "VmHWM MB",
        "CPU s",
        "wall s",
        "report MB",
        "article passes / full reads",
        "identical files",
    ]
    command = "python bench/bench_driver_memory.py " + " ".join(f"--store {s}" for s in args.store)
    note = (
        "\n\nOne fresh process per store and code version: open the store, write the JSONL exports and"
        " report.html as that version's run does. Peak RSS is the child's `ru_maxrss` (imports and"
        " store opening included); growth is the peak minus `ru_maxrss` just before the step; VmHWM is the"
        " kernel's own peak for the child (a cross-check)."
        " CPU is `process_time` of the step. Passes: full reads of the articles table / full reads of any"
        f" table or index. Before = `{args.before_rev}`."
    )
    save_results("driver_memory", table(headers, rows) + note, figures, command=command)


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        child(*sys.argv[2:5])
    else:
        main()
