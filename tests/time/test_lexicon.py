"""The time data files: every language loads, and its tables are complete and consistent."""

from __future__ import annotations

import re

import pytest

from storyline.time.grammar import build_grammar
from storyline.time.lexicon import SUPPORTED_LANGUAGES, load_lexicon, normalise_language

UNITS = {"day", "week", "weekend", "month", "year", "decade", "hour", "minute"}


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_every_month_and_weekday_is_named(lang: str) -> None:
    lexicon = load_lexicon(lang)
    assert lexicon.lang == lang
    assert set(lexicon.months.values()) == set(range(1, 13))
    assert set(lexicon.weekdays.values()) == set(range(1, 8))


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_tables_hold_valid_values(lang: str) -> None:
    lexicon = load_lexicon(lang)
    assert lexicon.date_order in ("dmy", "mdy")
    assert set(lexicon.units.values()) <= UNITS
    assert all(unit in UNITS for _, unit in lexicon.chain.values())
    assert all(-3 <= offset <= 3 for offset in lexicon.day_words.values())
    for table in (lexicon.unit_modifiers_pre, lexicon.unit_modifiers_post, lexicon.weekday_modifiers_pre):
        assert set(table.values()) <= {-1, 0, 1}
    assert all(value in ("PRESENT_REF", "PAST_REF", "FUTURE_REF") for value in lexicon.refs.values())
    assert set(lexicon.seasons.values()) <= {"SP", "SU", "FA", "WI"}
    assert set(lexicon.quarters.values()) <= {1, 2, 3, 4}
    assert lexicon.future_cues, "tense needs at least some future cues"


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_keys_are_lower_case_and_patterns_compile(lang: str) -> None:
    lexicon = load_lexicon(lang)
    for table in (lexicon.months, lexicon.weekdays, lexicon.day_words, lexicon.units, lexicon.numbers):
        assert all(key == key.lower() and key == key.strip() for key in table)
    for pattern in lexicon.decade_patterns + lexicon.century_patterns:
        re.compile(pattern)
    grammar = build_grammar(lexicon)
    assert {rule.name for rule in grammar.rules} >= {"day_month", "month", "weekday", "year", "chain"}


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_month_abbreviations_shorten_a_full_name_of_the_same_month(lang: str) -> None:
    lexicon = load_lexicon(lang)
    full = {form: number for form, number in lexicon.months.items() if form not in lexicon.month_abbreviations}
    for short in lexicon.month_abbreviations:
        number = lexicon.months[short]
        assert any(form.startswith(short) and month == number for form, month in full.items()), short


def test_unknown_languages_fall_back_to_english() -> None:
    assert normalise_language("pt-BR") == "en"
    assert normalise_language(None) == "en"
    assert normalise_language("uk_UA") == "uk"
