"""Readers (``storyline serve`` and plain read-only connections) while a run writes the same store."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from storyline.store import Store
from tests.scale.corpus import build_mixed_corpus
from tests.scale.faults import jsonl, recorded_inputs, store_problems


def _get(url: str) -> tuple[int, object]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8", "replace")


@pytest.mark.slow
def test_serve_and_readers_while_a_run_writes(tmp_path: Path) -> None:
    from storyline.web.server import serve_in_thread

    src = tmp_path / "in"
    documents = build_mixed_corpus(src, n_text=30)
    out = tmp_path / "out"
    db = out / "storyline.db"
    cmd = [sys.executable, "-m", "storyline.cli", "run", str(src), "--out", str(out), "--quiet", "--batch-size", "2"]
    run = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    server = None
    try:
        deadline = time.monotonic() + 300
        while recorded_inputs(db) == 0 and run.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        server, _ = serve_in_thread(out, port=0)
        base = f"http://127.0.0.1:{server.server_address[1]}"
        seen: list[int] = []
        failures: list[str] = []
        requests = 0
        while run.poll() is None and time.monotonic() < deadline:
            for path in ("/api/stories", "/api/entities?q=a", "/api/events"):
                status, body = _get(base + path)
                requests += 1
                if status != 200:
                    failures.append(f"{path}: {status} {str(body)[:200]}")
            reader = Store.open(db, readonly=True)
            try:
                seen.append(reader.input_counts()["inputs"])
                for article in reader.iter_articles():
                    assert article.text  # a whole, decodable record, never a half-written one
            finally:
                reader.close()
            time.sleep(0.1)
        _, err = run.communicate(timeout=300)
        assert run.returncode == 0, err.decode()[-2000:]
        assert not failures, failures[:5]
        assert requests >= 3 and len(seen) >= 1
        assert seen == sorted(seen), "a reader saw the store go backwards"
        status, stories = _get(base + "/api/stories")
        assert status == 200 and stories, "no stories served after the run"
    finally:
        if run.poll() is None:
            run.kill()
        if server is not None:
            server.shutdown()
            server.server_close()
    assert store_problems(db) == []
    outputs = len(jsonl(out / "articles.jsonl")) + len(jsonl(out / "rejected.jsonl"))
    assert outputs == documents
