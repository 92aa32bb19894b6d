"""Articles that declare themselves machine translations are tied to their source article.

The articles are written for these tests: a Ukrainian report on a new bridge in Lviv, an English
machine translation of it that says so, and a Ukrainian report on something else that day. The
vectors stand in for the embedding model at the cosines it gives such pairs (a machine
translation sits around 0.83 from its source: too far for the undeclared translation rule).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from storyline.model import Article
from storyline.stories.assign import ArticleInfo, StoryAssigner
from storyline.stories.cluster import article_info
from storyline.stories.dedup import TranslationRule
from storyline.stories.names import name_overlap
from tests.stories.helpers import near, topic_vectors

BRIDGE_UK = Article(
    id="uk-bridge",
    source="test:uk",
    language="uk",
    published="2024-05-14",
    title="У Львові відкрили новий міст через залізницю",
    text=(
        "Мер Львова Андрій Садовий у вівторок відкрив новий автомобільний міст через залізничні колії "
        "на вулиці Городоцькій. Міст завдовжки 120 метрів будували два роки. За словами Садового, "
        "він розвантажить рух у західній частині міста. Будівництво коштувало 310 мільйонів гривень, "
        "частину грошей надав Європейський інвестиційний банк. Рух трамваїв мостом почнеться влітку."
    ),
)

BRIDGE_EN_MT = Article(
    id="en-bridge-mt",
    source="test:en",
    language="en",
    published="2024-05-14",
    machine_translated=True,
    translated_from="uk",
    title="A new bridge over the railway opened in Lviv",
    text=(
        "The mayor of Lviv Andriy Sadovyi on Tuesday opened a new road bridge over the railway tracks "
        "on Horodotska street. The bridge, 120 meters long, was built for two years. According to Sadovyi, "
        "it will unload traffic in the western part of the city. The construction cost 310 million hryvnias, "
        "part of the money was given by the European Investment Bank. Tram traffic over the bridge will start "
        "in summer."
    ),
)

OTHER_UK = Article(
    id="uk-harvest",
    source="test:uk-other",
    language="uk",
    published="2024-05-14",
    title="На Полтавщині почали сівбу соняшнику",
    text=(
        "Аграрії Полтавської області розпочали сівбу соняшнику на площі понад 40 тисяч гектарів. "
        "Як повідомив очільник обласного управління Петро Коваленко, погода цього року сприяє роботам. "
        "Фермери скаржаться на дороге пальне та нестачу працівників у селах Кременчуцького району."
    ),
)


def _place(articles: list[Article], cosines_to_first: list[float]) -> dict[str, str | None]:
    """Place the articles in order; article i > 0 sits at ``cosines_to_first[i - 1]`` from article 0."""
    (base,) = topic_vectors(11, 1)
    vectors = np.stack([base] + [near(base, c, seed=i) for i, c in enumerate(cosines_to_first)])
    infos: list[ArticleInfo] = [article_info(a) for a in articles]
    placements = StoryAssigner(vectors, infos).assign({}, list(range(len(articles))))
    return {articles[i].id: p.duplicate_of for i, p in placements.items()}


def test_a_declared_machine_translation_is_a_duplicate_of_its_source() -> None:
    found = _place([BRIDGE_UK, BRIDGE_EN_MT], [0.83])
    assert found == {"uk-bridge": None, "en-bridge-mt": "uk-bridge"}


def test_the_source_arriving_after_its_translation_becomes_what_the_translation_duplicates() -> None:
    (base,) = topic_vectors(11, 1)
    vectors = np.stack([base, near(base, 0.83, seed=0)])
    infos = [article_info(BRIDGE_EN_MT), article_info(BRIDGE_UK)]
    assigner = StoryAssigner(vectors, infos)
    first = assigner.assign({}, [0])  # an earlier run saw only the translation
    assert first[0].duplicate_of is None
    second = assigner.assign(first, [1])
    assert second[1].duplicate_of is None and second[1].story_id == first[0].story_id
    assert second[0].duplicate_of == "uk-bridge"  # the earlier row is updated to point at its original


def test_without_the_declaration_the_same_pair_is_not_a_translation() -> None:
    undeclared = replace(BRIDGE_EN_MT, machine_translated=False, translated_from=None)
    found = _place([BRIDGE_UK, undeclared], [0.83])
    assert found["en-bridge-mt"] is None


def test_a_declared_translation_is_not_tied_to_another_story_in_the_source_language() -> None:
    found = _place([OTHER_UK, BRIDGE_EN_MT], [0.83])
    assert found["en-bridge-mt"] is None


def test_a_declared_translation_needs_the_declared_language_and_a_close_date() -> None:
    rule = TranslationRule()
    uk, en = article_info(BRIDGE_UK), article_info(BRIDGE_EN_MT)
    common = {"names": (en.names, uk.names), "numbers": (en.numbers, uk.numbers), "lengths": (en.length, uk.length)}
    assert rule.matches_declared(cosine=0.83, days=(en.day, uk.day), **common)
    assert not rule.matches_declared(cosine=0.83, days=(en.day, (uk.day or 0) + 10), **common)
    assert not rule.matches_declared(cosine=0.7, days=(en.day, uk.day), **common)
    # in the assigner, the declaration counts only against an article in the declared language
    german = replace(BRIDGE_UK, id="de-bridge", language="de")
    found = _place([german, BRIDGE_EN_MT], [0.83])
    assert found["en-bridge-mt"] is None


def test_linked_entity_ids_do_not_dilute_the_name_overlap() -> None:
    keys_a = frozenset({"bdn", "ptn", "msk", "kv", "rs", "nt"})
    keys_b = frozenset({"bdn", "ptn", "msk", "vsn", "brl", "frn"})
    plain = name_overlap(keys_a, keys_b)
    ids = {"e:biden", "e:putin", "e:moscow", "e:nato"}
    with_ids = name_overlap(keys_a | ids, keys_b | ids)
    assert plain == 0.5
    assert with_ids == 1.0  # the linked entities agree fully; one pooled set would have given 7/10
    # when both were linked, the ids decide: different entities are different actors
    assert name_overlap(keys_a | {"e:x1", "e:x2", "e:x3", "e:x4"}, keys_b | {"e:y1", "e:y2", "e:y3", "e:y4"}) == 0.0
    assert name_overlap(keys_a | ids, keys_b) == plain  # only one side linked: the name keys compare
