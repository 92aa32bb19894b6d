"""Every input document ends in exactly one of articles.jsonl or rejected.jsonl, with a reason."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from storyline.cli import main
from tests.core.corpus_builder import build_pile


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def pile_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, int]:
    root = tmp_path_factory.mktemp("pile")
    expected = build_pile(root / "in")
    out = root / "out"
    assert main(["run", str(root / "in"), "--out", str(out), "--quiet"]) == 0
    return root / "in", out, expected


def test_every_document_accounted_for_once(pile_run: tuple[Path, Path, int]) -> None:
    _, out, expected = pile_run
    articles = _read(out / "articles.jsonl")
    rejected = _read(out / "rejected.jsonl")
    sources = [a["source"] for a in articles] + [r["source"] for r in rejected]
    # the truncated WARC may yield its readable records plus one rejection for the broken rest
    assert expected <= len(sources) <= expected + 2
    assert len(set(sources)) == len(sources), Counter(sources).most_common(3)


def test_rejections_have_the_right_reasons(pile_run: tuple[Path, Path, int]) -> None:
    _, out, _ = pile_run
    reasons = {Path(r["source"]).name: r["reason"] for r in _read(out / "rejected.jsonl")}
    assert reasons["empty.txt"] == "empty"
    assert reasons["blank.txt"] == "empty"
    assert reasons["noise.txt"] in {"not_text", "undecodable"}
    assert reasons["huge.txt"] == "too_large"
    assert reasons["dangling.txt"] == "unreadable"
    assert reasons["loop-a.txt"] == "unreadable"
    assert reasons["feed.jsonl:2"] == "parse_error"
    assert reasons["feed.jsonl:3"] == "parse_error"
    assert reasons["feed.jsonl:4"] == "parse_error"
    assert reasons["feed.jsonl:5"] == "empty"
    assert reasons["logo.png"] == "not_text"
    assert any(name.startswith("truncated.warc.gz") or r == "parse_error" for name, r in reasons.items())
    assert all(r["detail"] for r in _read(out / "rejected.jsonl"))


def test_legacy_encodings_are_decoded(pile_run: tuple[Path, Path, int]) -> None:
    _, out, _ = pile_run
    by_name = {Path(a["source"]).name: a for a in _read(out / "articles.jsonl")}
    assert "Соколов" in by_name["ru-cp1251.txt"]["text"]
    assert "Петренко" in by_name["ru-koi8r.txt"]["text"]
    assert "rénovation" in by_name["fr-latin1.txt"]["text"]
    assert by_name["ru-cp1251.txt"]["language"] == "ru"
    assert by_name["fr-latin1.txt"]["language"] == "fr"
    assert "\ufeff" not in by_name["de-utf8-bom.txt"]["text"]


def test_good_jsonl_lines_kept_and_warc_html_read(pile_run: tuple[Path, Path, int]) -> None:
    _, out, _ = pile_run
    sources = {a["source"] for a in _read(out / "articles.jsonl")}
    assert any(s.endswith("feed.jsonl:1") for s in sources)
    assert "https://example.org/a1" in sources
    assert "https://example.org/news/1" in sources
    assert "https://example.org/news/2" in sources


def test_rerun_adds_nothing(pile_run: tuple[Path, Path, int], tmp_path: Path) -> None:
    inputs, out, _ = pile_run
    before_articles = (out / "articles.jsonl").read_text(encoding="utf-8")
    before_rejected = (out / "rejected.jsonl").read_text(encoding="utf-8")
    assert main(["run", str(inputs), "--out", str(out), "--quiet"]) == 0
    assert (out / "articles.jsonl").read_text(encoding="utf-8") == before_articles
    assert (out / "rejected.jsonl").read_text(encoding="utf-8") == before_rejected
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert run["counts"]["this_run"]["new_articles"] == 0
    assert run["counts"]["this_run"]["new_rejections"] == 0
