"""Per-language time vocabulary, read from ``storyline/data/time/<lang>.json``.

Each file lists surface forms (every inflection we know of, lower case) mapped to what they mean:
month and weekday numbers, relative day words (``yesterday`` -> -1), calendar units, the
modifiers that shift them (``last`` -> -1, ``следующем`` -> +1), number words, the markers of
"ago" / "in N ..." / "N ... later", chained phrases resolved against the previous date in the text
(``the next day`` -> +1 day), and cue words that put a clause in the future.

A :class:`Lexicon` is immutable. :func:`load_lexicon` caches one per language for the life of
the process (a read-only cache, not shared mutable state).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

SUPPORTED_LANGUAGES = ("en", "ru", "uk", "de", "fr", "es", "it", "pl", "hi")
FALLBACK_LANGUAGE = "en"
_APOSTROPHES = "'’ʼ"


@dataclass(frozen=True)
class Lexicon:
    """The time vocabulary of one language."""

    lang: str
    date_order: str  # "dmy" or "mdy": how to read 01/02/2021
    months: Mapping[str, int]
    month_needs_capital: bool
    month_ambiguous: frozenset[str]
    month_abbreviations: frozenset[str]  # short forms that only count beside a day or year ("Dec. 15")
    first_day_words: tuple[str, ...]  # "premier", "primo": the first day of a month in words
    month_licensors: tuple[str, ...]
    weekdays: Mapping[str, int]
    day_words: Mapping[str, int]
    tense_day_words: Mapping[str, tuple[int, int]]
    blockers: Mapping[str, tuple[str, ...]]
    past_cues: tuple[str, ...]
    past_cue_patterns: tuple[str, ...]  # regular expressions, e.g. English "-ed" forms
    future_cue_patterns: tuple[str, ...]  # regular expressions, e.g. Spanish "-rá", Ukrainian "-тиме"
    units: Mapping[str, str]
    unit_modifiers_pre: Mapping[str, int]
    unit_modifiers_post: Mapping[str, int]
    weekday_modifiers_pre: Mapping[str, int]
    weekday_modifiers_post: Mapping[str, int]
    month_modifiers_pre: Mapping[str, int]
    month_modifiers_post: Mapping[str, int]
    numbers: Mapping[str, int]
    ago_post: tuple[str, ...]
    ago_pre: tuple[str, ...]
    in_pre: tuple[str, ...]
    in_post: tuple[str, ...]
    later_post: tuple[str, ...]
    earlier_post: tuple[str, ...]
    duration_pre: tuple[str, ...]
    chain: Mapping[str, tuple[int, str]]
    fuzzy_pre: tuple[str, ...]
    year_post: tuple[str, ...]
    year_pre: tuple[str, ...]
    decade_patterns: tuple[str, ...]
    century_patterns: tuple[str, ...]
    ordinal_suffix: str
    day_month_link: tuple[str, ...]
    month_year_link: tuple[str, ...]
    future_cues: tuple[str, ...]
    refs: Mapping[str, str]
    seasons: Mapping[str, str]
    quarters: Mapping[str, int]
    quarter_year_link: tuple[str, ...]
    comparative_tails: tuple[str, ...]
    prepositional_tails: tuple[str, ...]
    bare_duration_pre: tuple[str, ...]
    plural_units: tuple[str, ...]
    count_words: tuple[str, ...]
    day_range_links: tuple[tuple[str, str], ...]  # ("с", "по"): "с 1 по 5 декабря"
    day_only_prefix: tuple[str, ...]  # "el día" in "el día 15": a day of a month left unsaid


def _lower_keys(mapping: Mapping[str, Any]) -> dict[str, Any]:
    return {squash(key): value for key, value in mapping.items()}


def _lower_all(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(squash(word) for word in words)


def lexicon_from_json(data: Mapping[str, Any]) -> Lexicon:
    """Build a :class:`Lexicon` from the parsed contents of one data file."""
    return Lexicon(
        lang=data["lang"],
        date_order=data.get("date_order", "dmy"),
        months=_lower_keys(data["months"]),
        month_needs_capital=bool(data.get("month_needs_capital", False)),
        month_ambiguous=frozenset(_lower_all(data.get("month_ambiguous", ()))),
        month_abbreviations=frozenset(_lower_all(data.get("month_abbreviations", ()))),
        first_day_words=_lower_all(data.get("first_day_words", ())),
        month_licensors=_lower_all(data.get("month_licensors", ())),
        weekdays=_lower_keys(data["weekdays"]),
        day_words=_lower_keys(data.get("day_words", {})),
        tense_day_words={squash(k): (int(v[0]), int(v[1])) for k, v in data.get("tense_day_words", {}).items()},
        blockers={squash(k): _lower_all(v) for k, v in data.get("blockers", {}).items()},
        past_cues=_lower_all(data.get("past_cues", ())),
        past_cue_patterns=tuple(data.get("past_cue_patterns", ())),
        future_cue_patterns=tuple(data.get("future_cue_patterns", ())),
        units=_lower_keys(data["units"]),
        unit_modifiers_pre=_lower_keys(data.get("unit_modifiers_pre", {})),
        unit_modifiers_post=_lower_keys(data.get("unit_modifiers_post", {})),
        weekday_modifiers_pre=_lower_keys(data.get("weekday_modifiers_pre", {})),
        weekday_modifiers_post=_lower_keys(data.get("weekday_modifiers_post", {})),
        month_modifiers_pre=_lower_keys(data.get("month_modifiers_pre", {})),
        month_modifiers_post=_lower_keys(data.get("month_modifiers_post", {})),
        numbers=_lower_keys(data.get("numbers", {})),
        ago_post=_lower_all(data.get("ago_post", ())),
        ago_pre=_lower_all(data.get("ago_pre", ())),
        in_pre=_lower_all(data.get("in_pre", ())),
        in_post=_lower_all(data.get("in_post", ())),
        later_post=_lower_all(data.get("later_post", ())),
        earlier_post=_lower_all(data.get("earlier_post", ())),
        duration_pre=_lower_all(data.get("duration_pre", ())),
        chain={squash(k): (int(v[0]), str(v[1])) for k, v in data.get("chain", {}).items()},
        fuzzy_pre=_lower_all(data.get("fuzzy_pre", ())),
        year_post=_lower_all(data.get("year_post", ())),
        year_pre=_lower_all(data.get("year_pre", ())),
        decade_patterns=tuple(data.get("decade_patterns", ())),
        century_patterns=tuple(data.get("century_patterns", ())),
        ordinal_suffix=data.get("ordinal_suffix", ""),
        day_month_link=_lower_all(data.get("day_month_link", ())),
        month_year_link=_lower_all(data.get("month_year_link", ())),
        future_cues=_lower_all(data.get("future_cues", ())),
        refs=_lower_keys(data.get("refs", {})),
        seasons=_lower_keys(data.get("seasons", {})),
        quarters=_lower_keys(data.get("quarters", {})),
        quarter_year_link=_lower_all(data.get("quarter_year_link", ())),
        comparative_tails=_lower_all(data.get("comparative_tails", ())),
        prepositional_tails=_lower_all(data.get("prepositional_tails", ())),
        bare_duration_pre=_lower_all(data.get("bare_duration_pre", ())),
        plural_units=_lower_all(data.get("plural_units", ())),
        count_words=_lower_all(data.get("count_words", ())),
        day_range_links=tuple((squash(a), squash(b)) for a, b in data.get("day_range_links", ())),
        day_only_prefix=_lower_all(data.get("day_only_prefix", ())),
    )


def normalise_language(lang: str | None) -> str:
    """The lexicon to use for ``lang`` (an ISO 639-1 code; unknown codes fall back to English)."""
    code = (lang or FALLBACK_LANGUAGE).lower().split("-")[0].split("_")[0]
    return code if code in SUPPORTED_LANGUAGES else FALLBACK_LANGUAGE


@cache
def load_lexicon(lang: str) -> Lexicon:
    """The lexicon of ``lang`` (see :func:`normalise_language`), read once per process."""
    code = normalise_language(lang)
    text = (
        resources.files("storyline")
        .joinpath("data")
        .joinpath("time")
        .joinpath(f"{code}.json")
        .read_text(encoding="utf-8")
    )
    return lexicon_from_json(json.loads(text))


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal ``words``, longest first, with flexible inner white space."""
    unique = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    parts = []
    for word in unique:
        pieces = []
        for char in word:
            if char.isspace():
                pieces.append(r"\s+")
            elif char in _APOSTROPHES:  # apostrophes come in several shapes in real text
                pieces.append("['’ʼ]")
            else:
                pieces.append(re.escape(char))
        parts.append("".join(pieces))
    return "(?:" + "|".join(parts) + ")" if parts else "(?!x)x"


def squash(text: str) -> str:
    """Lower case with runs of white space made single spaces and apostrophes unified (lookup key)."""
    return re.sub(r"\s+", " ", text.strip().lower()).replace("’", "'").replace("ʼ", "'")
