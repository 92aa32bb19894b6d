"""The indexed word-pattern lookups answer exactly as a scan of the patterns in order would."""

from __future__ import annotations

import pytest

from storyline.entities.morph import Lemmatizer
from storyline.entities.resources import EntityResources, PatternIndex, word_matches

WORDS = [
    "ministry",
    "ministerstvo",
    "министерство",
    "міністерства",
    "river",
    "rzeki",
    "university",
    "universität",
    "russian",
    "российского",
    "ukrainische",
    "deutsche",
    "français",
    "polskiego",
    "festival",
    "united",
    "athletic",
    "wsi",
    "gminie",
    "village",
    "областной",
    "області",
    "river's",
    "bank",
    "banku",
    "x",
    "",
    "partii",
    "партия",
    "komisja",
    "комисия",
    "parlament",
    "county",
]


def _scan(patterns: list[tuple[str, str]], word: str) -> str | None:
    return next((value for pattern, value in patterns if word_matches(pattern, word)), None)


def test_pattern_index_keeps_list_order() -> None:
    patterns = [("minist*", "ORG"), ("*ство", "MISC"), ("ministry", "LOC"), ("river", "LOC"), ("*ity", "ORG")]
    index = PatternIndex(patterns)
    for word in ["ministry", "ministerstvo", "министерство", "river", "university", "rivers", "ministeriumsxx"]:
        assert index.first(word) == _scan(patterns, word), word


@pytest.fixture(scope="module")
def resources() -> EntityResources:
    return EntityResources.load()


@pytest.mark.parametrize("lang", ["en", "ru", "uk", "bg", "pl", "cs", "sl", "de", "fr", "es", "it", "hi", "nl"])
def test_keyword_kind_matches_a_scan_of_the_keyword_file(resources: EntityResources, lang: str) -> None:
    ordered = [
        (p, kind)
        for kind in ("ORG", "LOC", "MISC")
        for scope in (lang, "*")
        for p in resources.keywords.get((scope, kind), ())
    ]
    for word in WORDS:
        assert resources.keyword_kind(word, lang) == _scan(ordered, word.lower()), word


def test_country_of_adjective_matches_a_scan_of_the_demonyms(resources: EntityResources) -> None:
    for word in [*WORDS, "Russian", "Українська", "American", "chinesischen", "británico"]:
        assert resources.country_of_adjective(word) == _scan(list(resources.demonyms), word.lower()), word


def test_titles_starting_keeps_every_pattern_that_can_match(resources: EntityResources) -> None:
    for lang, patterns in resources.titles.items():
        for pattern in patterns:
            first = pattern.words[0].strip("*") or "x"
            offered = resources.titles_starting(first, lang)
            matching = [p for p in patterns if word_matches(p.words[0], first)]
            assert all(p in offered for p in matching), (lang, first)
            assert list(offered) == sorted(offered, key=lambda p: -len(p.words))


def test_lemmatizer_tells_common_words_in_every_language_without_mixing_them() -> None:
    lemmatizer = Lemmatizer()
    assert lemmatizer.is_known("Przez", "pl")
    assert lemmatizer.is_known("Срещата", "bg")
    assert lemmatizer.is_known("Haus", "de")
    assert not lemmatizer.is_known("Haus", "hi")  # no dictionary for the language
    assert not lemmatizer.is_known("Zxqwv", "pl")
    assert lemmatizer.word("Warszawie", "pl", "LOC") == "Warszawa"
