"""Hostile inputs through ``storyline run``: no crash, no hang, every document accounted for."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from tests.fuzz.harness import account, run_and_account, shared_pipeline
from tests.fuzz.strategies import FuzzFile, broken_warc_files, hostile_jsonl_files, input_piles, warc_record


@pytest.fixture(autouse=True, scope="module")
def _one_pipeline() -> Iterator[None]:
    with shared_pipeline():
        yield


FUZZ = settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)


@FUZZ
@given(input_piles())
def test_hostile_piles_are_accounted_for(files: list[FuzzFile]) -> None:
    assert run_and_account(files) == []


@FUZZ
@given(hostile_jsonl_files())
def test_hostile_jsonl_lines_are_each_one_document(jsonl: FuzzFile) -> None:
    assert run_and_account([jsonl]) == []


@FUZZ
@given(broken_warc_files())
def test_broken_warc_files_never_crash(warc: FuzzFile) -> None:
    assert run_and_account([warc]) == []


def test_intact_warc_yields_one_document_per_record() -> None:
    """The harness itself: an undamaged archive must give exactly one output per response record."""
    body = (
        b"<html><body><article><p>"
        + b"The ferry service resumed on Monday after repairs. " * 8
        + b"</p></article></body></html>"
    )
    records = [
        warc_record(f"https://warc.fuzz.example/x/{i}", body.replace(b"Monday", f"day {i}".encode())) for i in range(3)
    ]
    records.append(warc_record("https://warc.fuzz.example/x/3", b"\x89PNG\r\n", content_type="image/png"))
    data = gzip.compress(b"".join(records))
    assert run_and_account([FuzzFile(".warc.gz", data, 4, 4, url_prefix="https://warc.fuzz.example/x/")]) == []


def test_accounting_notices_a_missing_document(tmp_path: Path) -> None:
    """The check can fail: a file with no output line is reported."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "articles.jsonl").write_text("", encoding="utf-8")
    (out / "rejected.jsonl").write_text("", encoding="utf-8")
    problems = account(out, [(tmp_path / "a.txt", FuzzFile(".txt", b"x", 1, 1))])
    assert problems and "0 documents" in problems[0]
