"""The bundled example pages (src/storyline/examples) against their gold (tests/examples/gold.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.clean.stage import CleanStage
from storyline.model import Article, RawDoc

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "examples" / "gold.json"
EXAMPLES = ROOT / "src" / "storyline" / "examples"


def _pages() -> list[tuple[str, dict[str, object]]]:
    if not GOLD.is_file():
        return []
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    return [(name, fields) for name, fields in gold.items() if ":" not in name and (EXAMPLES / name).is_file()]


@pytest.mark.parametrize(("name", "expected"), _pages())
def test_example_metadata(stage: CleanStage, name: str, expected: dict[str, object]) -> None:
    path = EXAMPLES / name
    kind = "html" if path.suffix == ".html" else "text"
    article = stage.process([RawDoc(name, kind, path.read_text(encoding="utf-8"), name)])[0]
    assert isinstance(article, Article)
    for field in ("language", "title", "machine_translated", "translated_from"):
        if field in expected:
            assert getattr(article, field) == expected[field], field
    if article.published is not None:  # no date is allowed; a wrong one is not
        assert article.published == expected["published"]
