"""``--engine ray`` writes the same files, ids included, as the local engine."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from storyline.config import Settings
from storyline.errors import MissingExtraError
from storyline.run import run_corpus
from tests.scale.corpus import build_mixed_corpus

CONTRACT_FILES = ("articles", "rejected", "entities", "events", "quotes", "stories")


def _outputs(out: Path) -> dict[str, list[dict]]:
    return {
        name: [json.loads(line) for line in (out / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]
        for name in CONTRACT_FILES
    }


def test_missing_ray_names_the_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # makes `import ray` fail as if not installed
    src = tmp_path / "in"
    build_mixed_corpus(src, n_text=1)
    settings = Settings(out_dir=tmp_path / "out", engine="ray", quiet=True)
    with pytest.raises(MissingExtraError) as info:
        run_corpus([str(src)], settings)
    assert "storyline[ray]" in str(info.value)
    assert info.value.exit_status == 1


@pytest.mark.slow
def test_ray_and_local_outputs_are_identical(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if importlib.util.find_spec("ray") is None:
        pytest.skip("ray is not installed (pip install 'storyline[ray]')")
    from storyline.engines import ray as ray_engine

    src = tmp_path / "in"
    documents = build_mixed_corpus(src)
    local = run_corpus([str(src)], Settings(out_dir=tmp_path / "local", batch_size=4, quiet=True))
    # small windows so the run goes through several Ray datasets, as a large crawl would
    windows: list[int] = []
    real_run_window = ray_engine.run_window

    def counting_run_window(*args: Any, **kwargs: Any) -> Any:
        windows.append(sum(len(b) for b in args[1]))
        return real_run_window(*args, **kwargs)

    monkeypatch.setattr(ray_engine, "DEFAULT_WINDOW_DOCS", 9)
    monkeypatch.setattr(ray_engine, "run_window", counting_run_window)
    settings = Settings(out_dir=tmp_path / "ray", batch_size=4, workers=2, engine="ray", quiet=True)
    distributed = run_corpus([str(src)], settings)
    assert len(windows) >= 2 and max(windows) <= 12
    assert local.counts["inputs"] == distributed.counts["inputs"] == documents
    assert local.counts["articles"] >= documents - 2
    for name in CONTRACT_FILES:
        assert (tmp_path / "local" / f"{name}.jsonl").read_bytes() == (
            tmp_path / "ray" / f"{name}.jsonl"
        ).read_bytes(), name
    assert _outputs(tmp_path / "ray")["articles"], "the comparison is empty"
    assert set(distributed.seconds) >= {"stage.clean", "ingest"}
