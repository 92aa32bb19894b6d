"""kill -9 at random points of a run with a worker pool, then resume: nothing lost, nothing duplicated,
no orphaned worker processes left behind."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.scale.corpus import build_mixed_corpus
from tests.scale.faults import jsonl, recorded_inputs, run_cli, store_problems


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _start(src: Path, out: Path) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "storyline.cli", "run", str(src), "--out", str(out), "--quiet"]
    cmd += ["--batch-size", "3", "--workers", "2"]
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to find worker processes")
def test_kill_at_random_points_then_resume(tmp_path: Path) -> None:
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    src = tmp_path / "in"
    documents = build_mixed_corpus(src, n_text=36)
    out = tmp_path / "out"
    db = out / "storyline.db"
    kills = 0
    for _ in range(3):
        before = recorded_inputs(db)
        target = rng.randint(before + 1, before + 12)
        proc = _start(src, out)
        deadline = time.monotonic() + 300
        while recorded_inputs(db) < target and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(rng.random() * 0.5)  # also kill between commits, not only right after one
        if proc.poll() is not None:
            break
        workers = _children(proc.pid)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        kills += 1
        gone_by = time.monotonic() + 20
        while any(_alive(w) for w in workers) and time.monotonic() < gone_by:
            time.sleep(0.1)
        orphans = [w for w in workers if _alive(w)]
        for w in orphans:
            os.kill(w, signal.SIGKILL)
        assert not orphans, f"worker processes outlived the killed run (seed {seed})"
        assert store_problems(db) == [], f"seed {seed}"
    assert kills >= 1, "the run finished before it could be killed; make the corpus larger"

    resumed = run_cli("run", str(src), "--out", str(out), "--quiet", "--batch-size", "3", "--workers", "2")
    assert resumed.returncode == 0, resumed.stderr[-2000:]
    clean = tmp_path / "clean"
    fresh = run_cli("run", str(src), "--out", str(clean), "--quiet", "--batch-size", "3")
    assert fresh.returncode == 0, fresh.stderr[-2000:]

    articles, rejected = jsonl(out / "articles.jsonl"), jsonl(out / "rejected.jsonl")
    sources = [a["source"] for a in articles] + [r["source"] for r in rejected]
    assert len(sources) == documents, f"seed {seed}: {len(sources)} outputs for {documents} documents"
    assert len(set(sources)) == documents, f"seed {seed}: a document was recorded twice"
    assert [a["id"] for a in articles] == [a["id"] for a in jsonl(clean / "articles.jsonl")], f"seed {seed}"
    assert store_problems(db) == []


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to find worker processes")
def test_a_worker_killed_mid_run_costs_nothing(tmp_path: Path) -> None:
    """The pool restarts, the dead worker's batch is retried, and the run finishes with every document."""
    src = tmp_path / "in"
    documents = build_mixed_corpus(src, n_text=30)
    out = tmp_path / "out"
    proc = _start(src, out)
    deadline = time.monotonic() + 300
    while recorded_inputs(out / "storyline.db") < 4 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    workers = [
        pid
        for pid in _children(proc.pid)
        if b"resource_tracker" not in (Path("/proc") / str(pid) / "cmdline").read_bytes()
    ]
    assert proc.poll() is None and workers, "the run finished before a worker could be killed"
    os.kill(workers[0], signal.SIGKILL)
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err.decode()[-2000:]
    articles, rejected = jsonl(out / "articles.jsonl"), jsonl(out / "rejected.jsonl")
    assert len(articles) + len(rejected) == documents
    assert not [r for r in rejected if r["reason"] == "internal_error"], "a healthy document was given up"
    assert "worker process died" in err.decode()  # the restart is logged
