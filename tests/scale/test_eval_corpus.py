"""The benchmark's corpus builder reads the eval sets and makes distinct variations when asked for more."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.scale.eval_corpus import RealArticle, detokenize, variation, write_corpus


def test_detokenize_joins_punctuation() -> None:
    assert detokenize(["He", "said", "(", "twice", ")", ",", "then", "left", "."]) == "He said (twice), then left."


def test_variations_are_distinct_and_keep_the_words() -> None:
    article = RealArticle("x", "T", "First part here.\n\nSecond part there.\n\nThird part too.")
    texts = {variation(article, copy).text for copy in range(8)}
    assert len(texts) == 8
    assert all("part" in text for text in texts)


def test_variations_of_short_and_blank_texts() -> None:
    for text in ("One line without a stop", "   "):
        article = RealArticle("x", None, text)
        assert len({variation(article, copy).text for copy in range(4)}) == 4


def test_write_corpus_counts_inputs(tmp_path: Path) -> None:
    articles = [
        RealArticle("a", "Title", "One sentence. Another sentence.", as_text_dump=True),
        RealArticle("b", None, "Uno. Dos. Tres.", published="2011-02-03"),
    ]
    counts = write_corpus(articles, 5, tmp_path, shard=2)
    dumps = list(tmp_path.glob("dumps*/*.txt"))
    records = [json.loads(x) for f in tmp_path.glob("*.jsonl") for x in f.read_text(encoding="utf-8").splitlines()]
    assert len(dumps) + len(records) == 5
    assert counts["real"] == 2 and counts["variations"] == 3
    assert {r.get("published") for r in records} == {"2011-02-03"}


@pytest.mark.eval
def test_reads_the_eval_sets(eval_dir: Path) -> None:
    from tests.scale.eval_corpus import ecbplus_articles, ml_crisis_articles

    crisis = next(ml_crisis_articles(eval_dir))
    assert crisis.published and len(crisis.published) == 10
    ecb = next(ecbplus_articles(eval_dir))
    assert ecb.title and len(ecb.text) > 100


def test_paths_are_taken_in_turn_from_each_language() -> None:
    from tests.scale.eval_corpus import by_language

    paths = [Path(f"raw/topic{t}/{lang}/{n}.txt") for t in (1, 2) for lang in ("pl", "bg", "ru") for n in (1, 2)]
    ordered = by_language(paths, lambda p: p.parent.name)
    assert sorted(ordered) == sorted(paths)
    assert [p.parent.name for p in ordered[:6]] == ["bg", "pl", "ru", "bg", "pl", "ru"]
    assert ordered[0] == Path("raw/topic1/bg/1.txt")


def test_every_prefix_has_the_whole_mix_of_sources() -> None:
    from tests.scale.eval_corpus import spread

    big = [RealArticle("big", None, f"b{i}") for i in range(30)]
    small = [RealArticle("small", None, f"s{i}") for i in range(10)]
    mixed = spread([big, small])
    assert sorted(a.text for a in mixed) == sorted(a.text for a in big + small)
    for size in (4, 8, 20, 40):
        assert sum(a.origin == "small" for a in mixed[:size]) == size // 4
