"""People named by their nation ("Američani", "Britové", "Polaków"): a person mention with a country.

The word lists (``data/entities/nationals.tsv``) cover the languages that write such nouns with a
capital and whose news annotation reads them as people (Slovene, Czech, Polish), and Bulgarian,
which writes them in lower case. A capitalised
single word that is one of them is a PER mention whose country is that nation's, whatever the
capitalised-run or gazetteer step guessed (they often read "Brytyjczycy" as a place).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from storyline.entities.resources import DATA_PACKAGE, PatternIndex

LOWER_CASE_LANGS = frozenset({"bg"})  # languages that write a nation's people in lower case
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Nationals:
    by_lang: dict[str, PatternIndex]

    @classmethod
    def load(cls) -> Nationals:
        text = resources.files(DATA_PACKAGE).joinpath("nationals.tsv").read_text(encoding="utf-8")
        patterns: dict[str, list[tuple[str, str]]] = {}
        for line in text.splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            lang, country, words = line.split("\t")
            patterns.setdefault(lang, []).extend((word, country) for word in words.split())
        return cls({lang: PatternIndex(listed) for lang, listed in patterns.items()})

    def country_of(self, word: str, lang: str) -> str | None:
        """ISO3 of the nation a single word names the people of, in ``lang``; else None. The word is
        capitalised, or in lower case in the languages that write such nouns so."""
        index = self.by_lang.get(lang)
        if index is None or " " in word or not (word[:1].isupper() or lang in LOWER_CASE_LANGS):
            return None
        return index.first(word.lower())

    def in_lower_case(self, text: str, lang: str) -> list[tuple[int, int, str]]:
        """(start, end, ISO3) of the nations' people written in lower case, in the languages that
        write them so (Bulgarian "британците")."""
        index = self.by_lang.get(lang)
        if index is None or lang not in LOWER_CASE_LANGS:
            return []
        found = []
        for match in _WORD.finditer(text):
            country = index.first(match.group()) if match.group()[:1].islower() else None
            if country:
                found.append((match.start(), match.end(), country))
        return found
