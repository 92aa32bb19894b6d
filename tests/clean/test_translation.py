"""Machine-translation notices and their source language."""

from __future__ import annotations

import pytest

from storyline.clean.lexicon import Lexicon, normalise_line
from storyline.clean.lines import is_mt_notice
from storyline.clean.translation import TranslationSource
from storyline.language.detect import supported_languages


@pytest.fixture(scope="module")
def source() -> TranslationSource:
    return TranslationSource(supported_languages())


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.load()


@pytest.mark.parametrize(
    ("notice", "notice_language", "article_language", "expected"),
    [
        ("This text was automatically translated into English by Google Translate from Russian.", "en", "en", "ru"),
        ("Переклад цього тексту з російської здійснено автоматично сервісом Google Translate.", "uk", "en", "ru"),
        ("Dieser Artikel wurde maschinell aus dem Polnischen ins Deutsche übersetzt.", "de", "de", "pl"),
        ("Cet article a été traduit automatiquement de l'anglais par DeepL.", "fr", "fr", "en"),
    ],
)
def test_source_language(
    source: TranslationSource, notice: str, notice_language: str, article_language: str, expected: str
) -> None:
    assert source.source_of([(notice, notice_language)], article_language) == expected


@pytest.mark.parametrize(
    "line",
    [
        "The article has been machine translated and may contain errors.",
        "Статья автоматически переведена с украинского языка.",
        "Texto traducido automáticamente del inglés.",
        "Hinweis: Dieser Artikel wurde maschinell aus dem Ukrainischen übersetzt.",
    ],
)
def test_notice_lines_are_recognised(lexicon: Lexicon, line: str) -> None:
    assert is_mt_notice(normalise_line(line), lexicon)


def test_ordinary_sentence_is_not_a_notice(lexicon: Lexicon) -> None:
    line = "The minister said the treaty had been translated into six languages by the state agency."
    assert not is_mt_notice(normalise_line(line), lexicon)


def test_long_sentence_about_machine_translation_is_not_a_notice(lexicon: Lexicon) -> None:
    line = (
        "The company said its automatic translation service, which now covers more than a hundred languages, "
        "had been used by forty million people last year, twice as many as the year before, and that it "
        "planned to add more African languages in the coming months."
    )
    assert not is_mt_notice(normalise_line(line), lexicon)
