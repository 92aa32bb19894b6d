"""`storyline demo` on the bundled examples: every document accounted for, all languages seen."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.cli import examples_dir, main

GOLD = Path(__file__).resolve().parent.parent / "examples" / "gold.json"


@pytest.fixture(scope="module")
def demo_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("demo") / "out"
    assert main(["demo", "--out", str(out), "--quiet"]) == 0
    return out


def _lines(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def test_examples_are_bundled_in_the_package() -> None:
    files = sorted(p.name for p in examples_dir().iterdir())
    assert len(files) >= 16
    assert {"txt", "html", "jsonl"} <= {name.rsplit(".", 1)[-1] for name in files}


def test_every_example_document_becomes_an_article(demo_out: Path) -> None:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    articles = _lines(demo_out / "articles.jsonl")
    rejected = _lines(demo_out / "rejected.jsonl")
    assert len(articles) + len(rejected) == len(gold)
    # exact copies would be rejected as duplicates; the examples hold none
    assert rejected == []
    assert len({a["language"] for a in articles}) >= 4


def test_example_languages_match_gold(demo_out: Path) -> None:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    articles = _lines(demo_out / "articles.jsonl")
    wrong = []
    for article in articles:
        name = Path(article["source"]).name
        key = name if name in gold else next((k for k in gold if article["source"].endswith(k)), None)
        if key is None:  # JSONL lines are named by URL; match them by title
            key = next((k for k, g in gold.items() if g.get("title") == article["title"]), None)
        if key is not None and gold[key]["language"] != article["language"]:
            wrong.append((key, article["language"], gold[key]["language"]))
    assert not wrong
