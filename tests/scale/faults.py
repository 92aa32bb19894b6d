"""Helpers for fault-injection tests: a tiny or read-only file system, a run in a subprocess, store checks."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path


def can_mount() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0 and Path("/bin/mount").exists()


@contextlib.contextmanager
def tmpfs(where: Path, size: str) -> Iterator[Path]:
    """A tmpfs of ``size`` mounted at ``where`` (root only); unmounted afterwards."""
    where.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], check=True)
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def remount(where: Path, options: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{options}", str(where)], check=True)


def run_cli(*args: str, timeout: float = 600, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``storyline ARGS`` in a fresh interpreter."""
    return subprocess.run(
        [sys.executable, "-m", "storyline.cli", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
    )


def store_problems(db: Path) -> list[str]:
    """What is inconsistent in a store (empty list when it is sound)."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        problems = []
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if check != "ok":
            problems.append(f"integrity_check: {check}")
        dangling = conn.execute(
            "SELECT COUNT(*) FROM inputs i LEFT JOIN articles a ON a.id = i.article_id"
            " WHERE i.outcome = 'article' AND a.id IS NULL"
        ).fetchone()[0]
        if dangling:
            problems.append(f"{dangling} inputs point at missing articles")
        orphans = conn.execute(
            "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM inputs i WHERE i.article_id = a.id)"
        ).fetchone()[0]
        if orphans:
            problems.append(f"{orphans} articles recorded without their input")
        return problems
    finally:
        conn.close()


def recorded_inputs(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(conn.execute("SELECT COUNT(*) FROM inputs").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]
