"""Quoted titles in title case are works (MISC), and the names inside them are no mentions of their own."""

from __future__ import annotations

from storyline.entities.quoted_titles import QuotedTitles
from storyline.entities.stage import EntityStage
from storyline.entities.tokens import tokenize

from .conftest import kinds


def _titles(text: str, lang: str) -> list[str]:
    found = QuotedTitles.load().find(tokenize(text), lang, (0, len(text)))
    return [text[c.start : c.end] for c in found]


def test_title_words_file() -> None:
    titles = QuotedTitles.load()
    for lang in ("en", "de", "fr", "es", "it", "pl"):
        assert titles.small_words[lang], lang
        assert all(word == word.lower() for word in titles.small_words[lang])
    assert "ru" not in titles.small_words  # Russian news quote the names of bodies


def test_titles_in_quotation_marks() -> None:
    assert _titles('He hosted " Evenings with Carla Bruny " for years .', "en") == ["Evenings with Carla Bruny"]
    assert _titles("Il a joué dans « La Nuit de Varennes » en 1982 .", "fr") == ["La Nuit de Varennes"]
    assert _titles('The word " hello " and " Bright Harbour Lights " differ .', "en") == ["Bright Harbour Lights"]
    assert _titles('He said " we will win " to Jane Smith .', "en") == []  # a quoted sentence
    assert _titles('He read " Dune " twice .', "en") == []  # one word


def test_names_inside_a_title_are_no_mentions(stage: EntityStage) -> None:
    found = kinds(stage, 'The series " Evenings with Carla Bruny " ran on Channel Nine .', "en")
    assert found.get("Evenings with Carla Bruny") == "MISC"
    assert "Carla Bruny" not in found
