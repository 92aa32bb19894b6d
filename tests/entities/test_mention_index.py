"""The linker's compact (article, key) index agrees with the plain dict-of-sets it replaced."""

from __future__ import annotations

import random
from collections import Counter, defaultdict

import numpy as np
import pytest

from storyline.entities.mention_index import ArticleEntityCounts, MentionIndex


def _random_corpus(seed: int) -> list[tuple[str, Counter[str]]]:
    rng = random.Random(seed)
    keys = [f"PER:name{i}" for i in range(40)] + [f"kb:loc/{i}" for i in range(10)]
    ids = [f"{rng.randrange(16**8):08x}" for _ in range(60)]  # read in no particular order
    return [(aid, Counter(rng.choices(keys, k=rng.randrange(0, 12)))) for aid in ids]


@pytest.mark.parametrize("seed", range(5))
def test_index_matches_sets_of_articles_and_keys(seed: int) -> None:
    corpus = _random_corpus(seed)
    index = MentionIndex()
    articles_of: dict[str, set[str]] = defaultdict(set)
    pairs: Counter[tuple[str, str]] = Counter()
    for aid, counts in corpus:
        index.add(aid, counts)
        for key, n in counts.items():
            articles_of[key].add(aid)
            pairs[(aid, key)] += n
    index.freeze()

    assert index.article_ids == sorted({aid for aid, _ in corpus})
    assert len(index) == len(pairs)
    for key, aids in articles_of.items():
        numbers = index.article_numbers([key]).tolist()
        assert [index.article_ids[n] for n in numbers] == sorted(aids)
    two = sorted(articles_of)[:2]
    merged = index.article_numbers(two).tolist()
    assert [index.article_ids[n] for n in merged] == sorted(articles_of[two[0]] | articles_of[two[1]])
    for number, aid in enumerate(index.article_ids):
        assert sorted(index.keys_in(number)) == sorted(k for (a, k) in pairs if a == aid)
    assert index.article_numbers(["PER:never-seen"]).size == 0


def test_entity_counts_sum_the_keys_of_one_entity() -> None:
    index = MentionIndex()
    index.add("b", Counter({"PER:putin": 2, "kb:per/putin": 3, "LOC:kyiv": 1}))
    index.add("a", Counter({"PER:putin": 1}))
    index.add("c", Counter())
    index.freeze()
    counts = index.entity_counts({"PER:putin": "e_putin", "kb:per/putin": "e_putin", "LOC:kyiv": "e_kyiv"})

    assert dict(counts.items()) == {("a", "e_putin"): 1, ("b", "e_kyiv"): 1, ("b", "e_putin"): 5}
    assert list(counts.items()) == sorted(counts.items())  # stored and streamed in key order
    assert counts[("b", "e_putin")] == 5
    assert ("c", "e_putin") not in counts and ("a", "e_kyiv") not in counts
    assert counts.entities_in("b") == ["e_kyiv", "e_putin"]
    assert counts.entities_in("c") == [] and counts.entities_in("zz") == []
    assert sum(n for _pair, n in counts.items()) == 7


def test_an_article_read_twice_adds_up() -> None:
    index = MentionIndex()
    index.add("a", Counter({"ORG:nato": 1}))
    index.add("a", Counter({"ORG:nato": 2, "LOC:riga": 1}))
    index.freeze()
    counts = index.entity_counts({"ORG:nato": "e1", "LOC:riga": "e2"})
    assert dict(counts.items()) == {("a", "e1"): 3, ("a", "e2"): 1}
    with pytest.raises(RuntimeError):
        index.add("b", Counter({"ORG:nato": 1}))


def test_groups_by_article_lists_each_group_once() -> None:
    index = MentionIndex()
    index.add("a", Counter({"PER:putin": 1, "PER:putina": 1, "LOC:kyiv": 4}))
    index.add("b", Counter({"LOC:kyiv": 1}))
    index.freeze()
    group = {"PER:putin": 0, "PER:putina": 0, "LOC:kyiv": 1}
    starts, numbers = index.groups_by_article(np.array([group[k] for k in index.keys]), 2)
    assert numbers[starts[0] : starts[1]].tolist() == [0, 1]
    assert numbers[starts[1] : starts[2]].tolist() == [1]


def test_counts_from_a_plain_mapping() -> None:
    plain = {("a2", "e1"): 1, ("a1", "e2"): 4, ("a1", "e1"): 2}
    counts = ArticleEntityCounts.from_dict(plain)
    assert dict(counts) == plain
    assert list(counts) == sorted(plain)
    assert len(ArticleEntityCounts.from_dict({})) == 0
