"""Scale and reliability benchmark: throughput, memory, Ray vs local, fuzz and fault-injection counts.

    python bench/bench_scale.py                      # sizes 1000,10000,50000 within the time budget
    python bench/bench_scale.py --sizes 300 --fuzz-examples 20 --kills 2   # a quick look

For each size, real articles from ../shared/eval (see tests/scale/eval_corpus.py; beyond ~8,000 the
extra ones are labelled variations) are written as inputs and ``storyline run --workers N`` is
timed in a fresh process while the peak resident memory of its whole process tree is sampled.
A size whose predicted time (from the previous size's cost per article) does not fit in the
remaining budget is not run; its row says so and gives the labelled extrapolation.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "bench"), str(ROOT)]

from tests.scale.eval_corpus import real_articles, write_corpus  # noqa: E402

from common import eval_dir, save_results, table  # noqa: E402

PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


# -- measuring a run ----------------------------------------------------------------------------
def _tree_rss_bytes(root: int) -> tuple[int, int, int]:
    """Resident memory of ``root`` with all its descendants, of ``root`` alone, and of its largest
    descendant (a worker process) (Linux /proc)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            statm = (entry / "statm").read_text().split()
        except OSError:
            continue
        parents[int(entry.name)] = int(stat[1])
        rss[int(entry.name)] = int(statm[1]) * PAGE
    family = {root}
    grew = True
    while grew:
        grew = False
        for pid, parent in parents.items():
            if parent in family and pid not in family:
                family.add(pid)
                grew = True
    largest_child = max((rss.get(pid, 0) for pid in family if pid != root), default=0)
    return sum(rss.get(pid, 0) for pid in family), rss.get(root, 0), largest_child


@dataclass
class RunResult:
    seconds: float
    returncode: int
    peak_rss_mb: float
    driver_rss_mb: float
    worker_rss_mb: float
    cpu_seconds: float
    load: float  # mean 1-minute load average of the machine during the run
    stderr: str
    run_info: dict[str, Any] = field(default_factory=dict)


def frozen_source(work: Path) -> dict[str, str]:
    """A copy of ``src/storyline`` as it is now, and the environment that makes child processes import it.

    Other engineers commit to the same working tree while a benchmark runs: without the copy, two
    runs meant to be compared (local and Ray, or two sizes) could run different code.
    """
    dest = work / "frozen-src"
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(ROOT / "src" / "storyline", dest / "storyline", ignore=shutil.ignore_patterns("__pycache__"))
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(dest), str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return env


ENV: dict[str, str] | None = None  # set once by main(): the frozen source for every child process


def source_state() -> str:
    """The commit the frozen copy was taken at, and how many files under src/ differed from it."""

    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False)
        return done.stdout.strip()

    dirty = [line for line in git("status", "--short", "--", "src").splitlines() if line.strip()]
    return f"commit {git('rev-parse', '--short', 'HEAD')} + {len(dirty)} uncommitted files under src/"


def timed_run(args: list[str], out: Path, *, timeout: float) -> RunResult:
    cmd = [sys.executable, "-m", "storyline.cli", "run", *args, "--out", str(out), "--quiet"]
    started = time.perf_counter()
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=ENV)
    peak = driver = worker = 0
    loads: list[float] = []
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak, driver, worker
        while not stop.is_set():
            tree, root, child = _tree_rss_bytes(proc.pid)
            peak, driver, worker = max(peak, tree), max(driver, root), max(worker, child)
            loads.append(os.getloadavg()[0])
            stop.wait(0.5)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        _, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
        err = f"timed out after {timeout:.0f} s\n{err}"
    seconds = time.perf_counter() - started
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (cpu_after.ru_utime + cpu_after.ru_stime) - (cpu_before.ru_utime + cpu_before.ru_stime)
    stop.set()
    sampler.join()
    info: dict[str, Any] = {}
    if (out / "run.json").exists():
        info = json.loads((out / "run.json").read_text(encoding="utf-8"))
    load = sum(loads) / len(loads) if loads else os.getloadavg()[0]
    return RunResult(
        seconds, proc.returncode, peak / 2**20, driver / 2**20, worker / 2**20, cpu, load, err[-3000:], info
    )


# -- throughput at each size --------------------------------------------------------------------
def stage_rates(info: dict[str, Any], inputs: int) -> dict[str, float]:
    """Articles per second of each stage alone (per worker: stage seconds are summed over workers)."""
    seconds = info.get("seconds", {})
    return {k: round(inputs / v, 1) for k, v in seconds.items() if (k.startswith(("stage.", "corpus.")) and v > 0)}


def stage_cpu_ms(info: dict[str, Any], inputs: int) -> dict[str, float]:
    """CPU milliseconds per input of each stage (summed over workers) and of the driver's own steps."""
    seconds = info.get("seconds", {})
    return {k[4:]: round(1000 * v / inputs, 1) for k, v in seconds.items() if k.startswith("cpu.")}


def run_sizes(
    articles: list[Any], sizes: list[int], work: Path, *, workers: int, budget_s: float
) -> tuple[list[dict[str, Any]], RunResult | None]:
    rows: list[dict[str, Any]] = []
    started = time.monotonic()
    cost: float | None = None
    cpu_cost: float | None = None
    last: RunResult | None = None
    for size in sizes:
        remaining = budget_s - (time.monotonic() - started)
        predicted = cost * size * 1.1 if cost is not None else None
        if predicted is not None and predicted > remaining:
            rows.append(
                {
                    "size": size,
                    "ran": False,
                    "note": f"not run: predicted {predicted / 60:.0f} min at this load > {remaining / 60:.0f} min left"
                    + (f"; {cpu_cost * size / 120:.0f} min on 2 free cores (derived from CPU)" if cpu_cost else ""),
                    "extrapolated_seconds": round(cost * size, 1) if cost else None,
                }
            )
            continue
        corpus = work / f"corpus{size}"
        counts = write_corpus(articles, size, corpus)
        out = work / f"out{size}"
        result = timed_run([str(corpus), "--workers", str(workers)], out, timeout=max(60.0, remaining))
        ok = result.returncode == 0
        row: dict[str, Any] = {
            "size": size,
            "ran": ok,
            "real": counts["real"],
            "variations": counts["variations"],
            "seconds": round(result.seconds, 1),
            "articles_per_s": round(size / result.seconds, 2),
            "ms_per_article": round(1000 * result.seconds / size, 1),
            "peak_rss_mb": round(result.peak_rss_mb),
            "driver_rss_mb": round(result.driver_rss_mb),
            "worker_rss_mb": round(result.worker_rss_mb),
            "cpu_ms_per_article": round(1000 * result.cpu_seconds / size, 1),
            # derived, not measured: the articles/s if the 2 cores were ours alone (2000 / CPU ms per article)
            "derived_articles_per_s": round(2 * size / result.cpu_seconds, 1) if result.cpu_seconds else None,
            "load": round(result.load, 1),
            "stage_rates": stage_rates(result.run_info, size) if ok else {},
            "stage_cpu_ms": stage_cpu_ms(result.run_info, size) if ok else {},
            "stage_seconds": result.run_info.get("seconds", {}),
            "counts": result.run_info.get("counts", {}),
            "note": "" if ok else f"failed (exit {result.returncode}): {result.stderr[-400:]}",
        }
        rows.append(row)
        cost = result.seconds / size
        cpu_cost = result.cpu_seconds / size
        last = result
        shutil.rmtree(corpus, ignore_errors=True)
    return rows, last


def add_earlier_rows(rows: list[dict[str, Any]], name: str) -> list[dict[str, Any]]:
    """Sizes this invocation did not measure, taken from an earlier result file (``--earlier NAME``), labelled."""
    path = ROOT / "bench" / "results" / f"{name}.json"
    if not path.exists():
        sys.exit(f"bench: no earlier results {path}")
    earlier = json.loads(path.read_text(encoding="utf-8"))
    measured = {r["size"] for r in rows if r.get("ran")}
    label = f"from `{name}` run {earlier['when']} ({earlier['figures'].get('source', 'source not recorded')})"
    added = [
        {**r, "note": label} for r in earlier["figures"].get("sizes", []) if r.get("ran") and r["size"] not in measured
    ]
    sizes = {r["size"] for r in added}
    return sorted([*[r for r in rows if r["size"] not in sizes], *added], key=lambda r: r["size"])


# -- the engine's own floor -------------------------------------------------------------------------
class PassThroughStage:
    """The least a stage can do: RawDoc -> Article with the raw text (no cleaning, no NLP)."""

    name = "pass_through"

    def process(self, batch: Any) -> list[Any]:
        from storyline.ids import article_id
        from storyline.model import Article

        return [
            Article(
                id=article_id(doc.content),
                source=doc.source,
                text=doc.content,
                language=doc.meta.get("language", "und"),
                input_key=doc.key,
            )
            for doc in batch
        ]


def engine_floor_child(corpus: Path, out: Path) -> None:
    """Reader + store + exports with a pass-through stage, in this process (run as a child)."""
    from storyline.config import Settings
    from storyline.engines.local import ingest
    from storyline.exports import write_exports
    from storyline.pipeline import Pipeline
    from storyline.store import Store

    out.mkdir(parents=True, exist_ok=True)
    store = Store.open(out / "storyline.db")
    try:
        ingest([str(corpus)], store, Settings(out_dir=out), pipeline=Pipeline([PassThroughStage()]))
        write_exports(store, out)
    finally:
        store.close()


def engine_floor(articles: list[Any], sizes: list[int], work: Path) -> list[dict[str, Any]]:
    rows = []
    for size in sizes:
        corpus = work / f"floor{size}"
        write_corpus(articles, size, corpus)
        out = work / f"floor-out{size}"
        cmd = [sys.executable, str(Path(__file__).resolve()), "--engine-floor-child", str(corpus), str(out)]
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=ENV)
        peak = 0
        while proc.poll() is None:
            peak = max(peak, _tree_rss_bytes(proc.pid)[0])
            time.sleep(0.2)
        seconds = time.perf_counter() - started
        err = proc.stderr.read() if proc.stderr else ""
        db_mb = (out / "storyline.db").stat().st_size / 2**20 if (out / "storyline.db").exists() else 0.0
        rows.append(
            {
                "size": size,
                "seconds": round(seconds, 1),
                "articles_per_s": round(size / seconds, 1),
                "ms_per_article": round(1000 * seconds / size, 2),
                "peak_rss_mb": round(peak / 2**20),
                "store_mb": round(db_mb),
                "note": "" if proc.returncode == 0 else f"failed: {err[-300:]}",
            }
        )
        shutil.rmtree(corpus, ignore_errors=True)
        shutil.rmtree(out, ignore_errors=True)
    return rows


# -- Ray vs local -------------------------------------------------------------------------------
def ray_ratio(articles: list[Any], size: int, work: Path, *, workers: int) -> dict[str, Any]:
    try:
        import ray  # noqa: F401
    except ImportError:
        return {"size": size, "note": "ray not installed (pip install 'storyline[ray]')"}
    corpus = work / "ray-corpus"
    write_corpus(articles, size, corpus)
    local = timed_run([str(corpus), "--workers", str(workers)], work / "ray-local", timeout=3600)
    distributed = timed_run([str(corpus), "--workers", str(workers), "--engine", "ray"], work / "ray-ray", timeout=3600)
    differ = [
        name
        for name in ("articles", "rejected", "entities", "events", "quotes", "stories")
        if not (work / "ray-ray" / f"{name}.jsonl").exists()
        or (work / "ray-local" / f"{name}.jsonl").read_bytes() != (work / "ray-ray" / f"{name}.jsonl").read_bytes()
    ]
    same = not differ
    return {
        "size": size,
        "local_s": round(local.seconds, 1),
        "ray_s": round(distributed.seconds, 1),
        "ratio": round(distributed.seconds / local.seconds, 2),
        "identical_outputs": same and local.returncode == 0 and distributed.returncode == 0,
        "ray_exit": distributed.returncode,
        "differing_files": differ,
        "load": round((local.load + distributed.load) / 2, 1),
        "note": distributed.stderr[-300:] if distributed.returncode else " ".join(f"{n}.jsonl differs" for n in differ),
    }


# -- fuzz and fault injection ---------------------------------------------------------------------
def fuzz_campaign(examples: int) -> dict[str, Any]:
    from hypothesis import HealthCheck, given, settings
    from tests.fuzz.harness import FuzzTally, run_and_account, shared_pipeline
    from tests.fuzz.strategies import input_piles

    tally = FuzzTally()

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(input_piles())
    def campaign(files: Any) -> None:
        try:
            run_and_account(files, tally)
        except Exception as exc:  # counted, and the campaign goes on
            tally.problems.append(f"crash: {type(exc).__name__}: {exc}"[:300])

    with shared_pipeline():
        campaign()
    return {
        "runs": tally.runs,
        "files": tally.files,
        "documents": tally.documents,
        "crashes": tally.crashes,
        "lost": tally.lost,
        "problems": tally.problems[:10],
    }


def kill_campaign(articles: list[Any], size: int, kills: int, work: Path, *, workers: int) -> dict[str, Any]:
    """kill -9 the run at random moments, resume, and count what was lost or duplicated."""
    from tests.scale.faults import jsonl, recorded_inputs, store_problems

    rng = random.Random(20240601)
    corpus = work / "kill-corpus"
    write_corpus(articles, size, corpus)
    out = work / "kill-out"
    db = out / "storyline.db"
    done = 0
    cmd = [sys.executable, "-m", "storyline.cli", "run", str(corpus), "--out", str(out), "--quiet"]
    cmd += ["--workers", str(workers), "--batch-size", "8"]
    for _ in range(kills):
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
        target = recorded_inputs(db) + rng.randint(1, max(2, size // (kills + 2)))
        deadline = time.monotonic() + 1200
        while recorded_inputs(db) < target and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(rng.random())
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            done += 1
        proc.wait()
    final = subprocess.run(cmd, capture_output=True, text=True, timeout=3600, env=ENV)
    sources = [str(a["source"]) for a in jsonl(out / "articles.jsonl")] if final.returncode == 0 else []
    sources += [str(r["source"]) for r in jsonl(out / "rejected.jsonl")] if final.returncode == 0 else []
    return {
        "documents": size,
        "kills": done,
        "resume_exit": final.returncode,
        "lost": size - len(set(sources)),
        "duplicated": len(sources) - len(set(sources)),
        "store_problems": store_problems(db),
    }


# -- profile --------------------------------------------------------------------------------------
def profile_pipeline(articles: list[Any], size: int, work: Path) -> str:
    """pyinstrument over a whole in-process run (one worker): where the time goes, as Markdown."""
    try:
        from pyinstrument import Profiler
    except ImportError:
        sys.exit("bench: --profile-only needs pyinstrument (pip install pyinstrument)")

    from storyline.config import Settings
    from storyline.run import run_corpus

    corpus = work / "profile-corpus"
    write_corpus(articles, size, corpus)
    profiler = Profiler(interval=0.01)
    profiler.start()
    summary = run_corpus([str(corpus)], Settings(out_dir=work / "profile-out", quiet=True))
    profiler.stop()
    session = profiler.last_session
    wall = session.duration if session else 0.0
    cpu = session.cpu_time if session else 0.0
    rows = sorted(summary.seconds.items(), key=lambda kv: -kv[1])
    parts = [f"## Profile: one process, {size} real articles, {wall:.0f} s wall, {cpu:.0f} s CPU\n"]
    parts.append(
        table(
            ["step", "seconds", "share of wall", "articles/s"],
            [[k, round(v, 1), f"{100 * v / wall:.0f}%", round(size / v, 1) if v else None] for k, v in rows],
        )
    )
    tree = profiler.output_text(unicode=False, color=False, show_all=False)
    parts.append("\n```\n" + "\n".join(tree.splitlines()[:80]) + "\n```")
    return "\n".join(parts)


# -- report ---------------------------------------------------------------------------------------
def render(
    rows: list[dict[str, Any]],
    floor: list[dict[str, Any]],
    ray: dict[str, Any] | None,
    fuzz: dict[str, Any] | None,
    kill: dict[str, Any] | None,
) -> str:
    parts = ["## Throughput (2 cores, `storyline run --workers 2`, end to end incl. corpus steps and exports)\n"]
    parts.append(
        table(
            [
                "articles",
                "real / variations",
                "wall s",
                "articles/s",
                "wall ms/article",
                "CPU ms/article (all processes)",
                "articles/s if the 2 cores were ours (derived)",
                "peak RSS MB (all processes)",
                "peak RSS MB (driver)",
                "peak RSS MB (largest worker)",
                "load avg during run",
                "note",
            ],
            [
                [
                    r["size"],
                    f"{r.get('real', '')} / {r.get('variations', '')}" if r.get("ran") else "",
                    r.get("seconds", r.get("extrapolated_seconds")),
                    r.get("articles_per_s"),
                    r.get("ms_per_article"),
                    r.get("cpu_ms_per_article"),
                    r.get("derived_articles_per_s"),
                    r.get("peak_rss_mb"),
                    r.get("driver_rss_mb"),
                    r.get("worker_rss_mb"),
                    r.get("load"),
                    r.get("note") or ("" if r.get("ran") else "extrapolated, not measured"),
                ]
                for r in rows
            ],
        )
    )
    parts.append("\nGoal (issue #9): >= 20 articles/s end to end. Anchor: EMM daily volume ~200,000 articles.\n")
    ran = [r for r in rows if r.get("ran")]
    if ran and any(r.get("stage_cpu_ms") for r in ran):
        names = sorted({k for r in ran for k in r.get("stage_cpu_ms", {})})
        parts.append(
            "\n## CPU ms per input, per step (stages summed over the workers; `ingest`, `corpus`, `export`:"
            " the driver process)\n"
        )
        parts.append(
            table(
                ["step", *[str(r["size"]) for r in ran]],
                [[n, *[r.get("stage_cpu_ms", {}).get(n) for r in ran]] for n in names],
            )
        )
    if ran:
        names = sorted({k for r in ran for k in r["stage_rates"]})
        parts.append("\n## Per stage (articles/s of one worker in that stage alone; corpus steps run once)\n")
        parts.append(
            table(
                ["stage", *[str(r["size"]) for r in ran]],
                [[n, *[r["stage_rates"].get(n) for r in ran]] for n in names],
            )
        )
    if floor:
        parts.append(
            "\n## The engine's floor: reader + store + exports with a pass-through stage (no cleaning, no NLP,"
            " no corpus steps), one process\n"
        )
        parts.append(
            table(
                ["articles", "wall s", "articles/s", "ms/article", "peak RSS MB", "store MB", "note"],
                [
                    [
                        r["size"],
                        r["seconds"],
                        r["articles_per_s"],
                        r["ms_per_article"],
                        r["peak_rss_mb"],
                        r["store_mb"],
                        r["note"],
                    ]
                    for r in floor
                ],
            )
        )
    if ray:
        parts.append("\n## Ray (local cluster, 2 workers) vs local engine (2 workers)\n")
        parts.append(
            table(
                ["articles", "local s", "ray s", "ray / local", "identical outputs", "load avg", "note"],
                [
                    [
                        ray.get("size"),
                        ray.get("local_s"),
                        ray.get("ray_s"),
                        ray.get("ratio"),
                        ray.get("identical_outputs"),
                        ray.get("load"),
                        ray.get("note", ""),
                    ]
                ],
            )
        )
    if fuzz or kill:
        parts.append("\n## Fuzz and fault injection (crashes and lost inputs must be 0)\n")
        rows_f = []
        if fuzz:
            rows_f.append(
                [
                    "hypothesis fuzz: bytes, broken HTML/WARC, hostile JSONL",
                    f"{fuzz['runs']} runs, {fuzz['files']} files, >= {fuzz['documents']} documents",
                    fuzz["crashes"],
                    fuzz["lost"],
                ]
            )
        if kill:
            rows_f.append(
                [
                    "kill -9 at random points, then resume",
                    f"{kill['kills']} kills over {kill['documents']} documents",
                    0 if kill["resume_exit"] == 0 else 1,
                    f"{kill['lost']} (duplicated {kill['duplicated']})",
                ]
            )
        parts.append(table(["campaign", "inputs tried", "crashes", "inputs lost"], rows_f))
    return "\n".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000,50000")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--budget-minutes", type=float, default=10.0, help="time for the throughput sizes")
    parser.add_argument("--ray-size", type=int, default=200, help="articles for the Ray/local ratio (0: skip)")
    parser.add_argument("--fuzz-examples", type=int, default=60)
    parser.add_argument("--kills", type=int, default=3)
    parser.add_argument("--kill-size", type=int, default=120)
    parser.add_argument("--floor-sizes", default="10000,50000", help="engine-only sizes (no NLP stages)")
    parser.add_argument("--engine-floor-child", nargs=2, type=Path, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--profile-only", type=int, default=0, help="only profile N articles (scale_profile.md)")
    parser.add_argument("--name", default="scale", help="results file name under bench/results/")
    parser.add_argument("--earlier", default="", help="results file whose measured sizes fill the ones not run here")
    parser.add_argument("--work", type=Path, default=None, help="scratch directory (default: a temp dir)")
    args = parser.parse_args()
    if args.engine_floor_child:
        engine_floor_child(*args.engine_floor_child)
        return
    sizes = [int(s) for s in args.sizes.split(",") if s]
    floor_sizes = [int(s) for s in args.floor_sizes.split(",") if s]
    articles = real_articles(eval_dir())
    work = args.work or Path(tempfile.mkdtemp(prefix="storyline-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    global ENV
    ENV = frozen_source(work)
    source = source_state()
    if args.profile_only:
        try:
            markdown = profile_pipeline(articles, args.profile_only, work)
        finally:
            if args.work is None:
                shutil.rmtree(work, ignore_errors=True)
        command = "python bench/bench_scale.py " + " ".join(sys.argv[1:])
        save_results("scale_profile", markdown, {"size": args.profile_only}, command=command.strip())
        return
    try:
        rows, _ = run_sizes(articles, sizes, work, workers=args.workers, budget_s=args.budget_minutes * 60)
        if args.earlier:
            rows = add_earlier_rows(rows, args.earlier)
        floor = engine_floor(articles, floor_sizes, work)
        ray = ray_ratio(articles, args.ray_size, work, workers=args.workers) if args.ray_size else None
        fuzz = fuzz_campaign(args.fuzz_examples) if args.fuzz_examples else None
        kill = kill_campaign(articles, args.kill_size, args.kills, work, workers=args.workers) if args.kills else None
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    markdown = render(rows, floor, ray, fuzz, kill)
    markdown += f"\n\nMachine load average (1 min) at the end: {load:.1f} on {os.cpu_count()} cores.\n"
    markdown += f"Code measured: a frozen copy of src/ at {source}.\n"
    command = "python bench/bench_scale.py " + " ".join(sys.argv[1:])
    save_results(
        args.name,
        markdown,
        {
            "sizes": rows,
            "engine_floor": floor,
            "ray": ray,
            "fuzz": fuzz,
            "kill": kill,
            "real_articles": len(articles),
            "load": load,
            "source": source,
        },
        command=command.strip(),
    )


if __name__ == "__main__":
    main()
