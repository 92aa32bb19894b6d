"""A full disk or a read-only output directory: a clear error (exit 2) and a store that is still sound."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.scale.corpus import build_mixed_corpus
from tests.scale.faults import can_mount, jsonl, remount, run_cli, store_problems, tmpfs


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    src = tmp_path_factory.mktemp("corpus") / "in"
    return src, build_mixed_corpus(src, n_text=30)


@pytest.mark.slow
@pytest.mark.skipif(not can_mount(), reason="needs root to mount a small tmpfs")
@pytest.mark.parametrize("size", ["200k", "520k"])  # the store fills up / the output files fill up
def test_full_disk_is_a_clear_error_and_the_run_resumes(tmp_path: Path, corpus: tuple[Path, int], size: str) -> None:
    src, documents = corpus
    with tmpfs(tmp_path / "disk", size) as disk:
        out = disk / "out"
        result = run_cli("run", str(src), "--out", str(out), "--quiet", "--batch-size", "4")
        if result.returncode == 0:
            pytest.skip(f"the outputs fit in {size}; nothing was tested")
        assert result.returncode == 2, result.stderr[-2000:]
        assert "storyline: error:" in result.stderr
        assert "No space left" in result.stderr or "disk is full" in result.stderr
        assert "Traceback" not in result.stderr
        assert not list(out.glob("*.tmp")), "a half-written output file was left behind"
        assert store_problems(out / "storyline.db") == []

        remount(disk, "size=50m")  # space again: the same command finishes the job
        result = run_cli("run", str(src), "--out", str(out), "--quiet", "--batch-size", "4")
        assert result.returncode == 0, result.stderr[-2000:]
        assert store_problems(out / "storyline.db") == []
        sources = [a["source"] for a in jsonl(out / "articles.jsonl")] + [
            r["source"] for r in jsonl(out / "rejected.jsonl")
        ]
        assert len(sources) == documents and len(set(sources)) == documents


@pytest.mark.skipif(not can_mount(), reason="needs root to mount a read-only file system")
def test_read_only_output_directory(tmp_path: Path, corpus: tuple[Path, int]) -> None:
    src, _ = corpus
    with tmpfs(tmp_path / "ro", "5m") as disk:
        (disk / "out").mkdir()
        remount(disk, "ro")
        result = run_cli("run", str(src), "--out", str(disk / "out"), "--quiet")
    assert result.returncode == 2
    assert "storyline: error:" in result.stderr and "out" in result.stderr
    assert "Read-only" in result.stderr or "read-only" in result.stderr
    assert "Traceback" not in result.stderr


def test_read_only_store_file_in_a_writable_directory(tmp_path: Path, corpus: tuple[Path, int]) -> None:
    """The store file itself cannot be written (e.g. copied from a read-only medium)."""
    src, _ = corpus
    if os.geteuid() == 0:
        pytest.skip("running as root: file permissions are not enforced (the tmpfs tests cover this)")
    out = tmp_path / "out"
    assert run_cli("run", str(src / "dump000.txt"), "--out", str(out), "--quiet").returncode == 0
    db = out / "storyline.db"
    db.chmod(0o444)
    try:
        result = run_cli("run", str(src), "--out", str(out), "--quiet")
    finally:
        db.chmod(0o644)
    assert result.returncode == 2, result.stderr[-2000:]
    assert "storyline: error:" in result.stderr and "Traceback" not in result.stderr
    assert store_problems(db) == []


def test_file_size_limit_is_a_clear_error(tmp_path: Path, corpus: tuple[Path, int]) -> None:
    """Without root: RLIMIT_FSIZE makes every write past the limit fail, as a full disk would."""
    src, _ = corpus
    out = tmp_path / "out"

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # fail the write (EFBIG) instead of killing
        resource.setrlimit(resource.RLIMIT_FSIZE, (150_000, 150_000))

    result = subprocess.run(
        [sys.executable, "-m", "storyline.cli", "run", str(src), "--out", str(out), "--quiet", "--batch-size", "4"],
        capture_output=True,
        text=True,
        timeout=600,
        preexec_fn=limit,
    )
    assert result.returncode == 2, result.stderr[-2000:]
    assert "storyline: error:" in result.stderr and "Traceback" not in result.stderr
    assert store_problems(out / "storyline.db") == []
