"""On real data: aligned MEANTIME articles (../shared/eval, skipped when absent) are found as
translations of each other, with the real embedding model, and nothing else is."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from storyline.ids import article_id
from storyline.model import Article
from storyline.store import Store
from storyline.stories.cluster import update_stories

DOCS_PER_LANGUAGE = 8


def _documents(conll: Path, limit: int) -> dict[str, list[str]]:
    """The first ``limit`` documents of a CoNLL file as lists of sentences (tokens joined)."""
    docs: dict[str, dict[int, list[str]]] = {}
    current = ""
    for line in conll.read_text(encoding="utf-8").splitlines():
        if line.startswith("#begin document"):
            if len(docs) == limit:
                break
            current = line.split("(", 1)[1].split(")", 1)[0]
            docs[current] = defaultdict(list)
        elif line.strip() and not line.startswith("#") and current:
            cols = line.split("\t")
            docs[current][int(cols[1])].append(cols[3])
    return {name: [" ".join(t) for _, t in sorted(s.items())] for name, s in docs.items()}


@pytest.mark.eval
def test_meantime_translations_are_flagged_as_duplicates(eval_dir: Path, tmp_path: Path) -> None:
    base = eval_dir / "meantime" / "MEANTIME-prep" / "output_data"
    articles: list[Article] = []
    gold: dict[str, str] = {}
    for lang in ("en", "it"):
        for name, lines in _documents(base / lang / "meantime.conll", DOCS_PER_LANGUAGE).items():
            text = "\n\n".join(lines[1:])
            article = Article(
                id=article_id(text), source=f"{lang}/{name}", text=text, language=lang, title=lines[0],
                input_key=f"{lang}/{name}",
            )  # fmt: skip
            articles.append(article)
            gold[article.id] = name
    store = Store.open(tmp_path / "storyline.db")
    store.add_results(articles)
    update_stories(store)
    rows = store.article_stories()
    root = {aid: dup or aid for aid, (_sid, dup, _how) in rows.items()}
    english = [a.id for a in articles if a.language == "en"]
    italian = [a.id for a in articles if a.language == "it"]
    found = {(e, i) for e in english for i in italian if root[e] == root[i]}
    expected = {(e, i) for e in english for i in italian if gold[e] == gold[i]}
    assert found <= expected  # no false translation
    assert len(found) >= 0.75 * len(expected)
    for e, i in found:
        assert rows[i][1] == e and rows[i][0] == rows[e][0]  # the later copy points at the original
    store.close()
