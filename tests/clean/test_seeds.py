"""The sample pages in ../shared/samples: gold snippets kept / removed (read from the gold file at run time)."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

from storyline.clean.stage import CleanStage
from storyline.model import Article, RawDoc


def _norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text or "")).strip()


def test_seed_bodies_and_boilerplate(stage: CleanStage, samples_dir: Path) -> None:
    gold = json.loads((samples_dir / "seeds_gold.json").read_text(encoding="utf-8"))["articles"]
    for name, expected in gold.items():
        raw = (samples_dir / "seeds" / f"{name}.txt").read_text(encoding="utf-8")
        article = stage.process([RawDoc(name, "text", raw, name)])[0]
        assert isinstance(article, Article), name
        body = _norm(article.text)
        for snippet in expected["body"]:
            assert _norm(snippet) in body, (name, snippet)
        for snippet in expected["boilerplate"]:
            assert _norm(snippet) not in body, (name, snippet)
        assert article.language == expected["language"], name
        assert article.page_language == expected.get("page_language"), name
        assert article.machine_translated == expected["machine_translated"], name
        assert article.translated_from == expected.get("translated_from"), name
        assert _norm(expected["title"]) in _norm(article.title), name
        if article.published is not None:  # no date is fine; a wrong one is not
            low, high = expected["published"]
            assert low <= article.published <= high, name
