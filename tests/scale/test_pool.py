"""The process-pool path: same store contents as one process, and a bounded number of documents in flight."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from storyline.config import Settings
from storyline.engines import local
from storyline.store import Store
from tests.scale.corpus import build_mixed_corpus


def _ingest(src: Path, db: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> tuple[int, list[str]]:
    """Run the engine; returns the largest number of documents read but not yet recorded, and the article ids."""
    pulled = recorded = lead = 0
    real_read = local.read_inputs

    def counting_read(*args: Any, **kwargs: Any) -> Iterator[Any]:
        nonlocal pulled, lead
        for item in real_read(*args, **kwargs):
            pulled += 1
            lead = max(lead, pulled - recorded)
            yield item

    monkeypatch.setattr(local, "read_inputs", counting_read)
    store = Store.open(db)
    real_add = store.add_results

    def counting_add(items: Any) -> Any:
        nonlocal recorded
        items = list(items)
        recorded += len(items)
        return real_add(items)

    monkeypatch.setattr(store, "add_results", counting_add)
    try:
        stats = local.ingest([str(src)], store, settings)
        assert stats.seen == pulled
        return lead, [a.id for a in store.iter_articles()]
    finally:
        store.close()


@pytest.mark.slow
def test_pool_matches_one_process_with_bounded_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "in"
    documents = build_mixed_corpus(src, n_text=40)
    batch = 2
    serial_lead, serial_ids = _ingest(src, tmp_path / "one.db", Settings(batch_size=batch), monkeypatch)
    pool_lead, pool_ids = _ingest(src, tmp_path / "pool.db", Settings(batch_size=batch, workers=2), monkeypatch)
    assert pool_ids == serial_ids and len(serial_ids) >= documents - 3
    assert serial_lead <= batch
    # two workers, at most two batches each waiting, plus the batch being submitted
    assert pool_lead <= (2 * 2 + 1) * batch < documents


@pytest.mark.slow
def test_workers_over_the_memory_limit_are_replaced_between_batches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = tmp_path / "in"
    documents = build_mixed_corpus(src, n_text=10)
    _, serial_ids = _ingest(src, tmp_path / "one.db", Settings(batch_size=2), monkeypatch)
    monkeypatch.setattr(local, "WORKER_RSS_LIMIT_MB", 1.0)  # every worker is over it after its first batch
    store = Store.open(tmp_path / "pool.db")
    try:
        stats = local.ingest([str(src)], store, Settings(batch_size=2, workers=2))
        pool_ids = [a.id for a in store.iter_articles()]
    finally:
        store.close()
    assert stats.recycled >= 1
    assert stats.seen == documents and stats.articles + stats.rejected == documents
    assert pool_ids == serial_ids


def test_a_run_with_nothing_new_starts_no_worker_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "in"
    documents = build_mixed_corpus(src, n_text=2)
    store = Store.open(tmp_path / "store.db")
    try:
        local.ingest([str(src)], store, Settings(batch_size=4))
        started: list[int] = []
        monkeypatch.setattr(local.WorkerPool, "_start", lambda self: started.append(1))
        again = local.ingest([str(src)], store, Settings(batch_size=4, workers=2))
    finally:
        store.close()
    assert again.seen == again.skipped == documents
    assert not started
