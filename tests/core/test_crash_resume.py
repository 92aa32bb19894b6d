"""kill -9 in the middle of a run, run again: nothing lost, nothing duplicated."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.core.corpus_builder import DE_TEXT, EN_TEXT, FR_TEXT, RU_TEXT

BASES = [EN_TEXT, RU_TEXT, FR_TEXT, DE_TEXT]


def _make_corpus(root: Path, n: int) -> Path:
    src = root / "in"
    src.mkdir()
    for i in range(n):
        base = BASES[i % len(BASES)]
        paragraphs = base.split("\n\n")
        # every document distinct: a number inside the main body paragraph
        paragraphs[1] = paragraphs[1].replace(",", f" ({1000 + i}),", 1)
        (src / f"doc{i:03d}.txt").write_text("\n\n".join(paragraphs), encoding="utf-8")
    return src


def _run(src: Path, out: Path) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "storyline.cli", "run", str(src), "--out", str(out), "--quiet", "--batch-size", "4"]
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _recorded_inputs(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(conn.execute("SELECT COUNT(*) FROM inputs").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def _lines(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.slow
def test_kill_and_resume_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    n = 32
    src = _make_corpus(tmp_path, n)
    out = tmp_path / "out"
    proc = _run(src, out)
    deadline = time.monotonic() + 240
    while _recorded_inputs(out / "storyline.db") < 8 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = _recorded_inputs(out / "storyline.db")
    assert 0 < partial < n, "the kill must land mid-run; adjust the corpus size"

    resumed = _run(src, out)
    _, err = resumed.communicate(timeout=600)
    assert resumed.returncode == 0, err.decode()[-2000:]

    resumed_articles = _lines(out / "articles.jsonl")
    rejected = _lines(out / "rejected.jsonl")
    sources = [a["source"] for a in resumed_articles] + [r["source"] for r in rejected]
    # nothing lost: every input document is in exactly one output file
    assert sorted(sources) == sorted(str(p) for p in src.iterdir())
    # nothing duplicated: one record per article id, and the store agrees with the export
    assert len({a["id"] for a in resumed_articles}) == len(resumed_articles)
    conn = sqlite3.connect(out / "storyline.db")
    try:
        assert conn.execute("SELECT COUNT(*) FROM inputs").fetchone()[0] == n
        assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == len(resumed_articles)
    finally:
        conn.close()
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert run["counts"]["this_run"]["already_in_store"] == partial
