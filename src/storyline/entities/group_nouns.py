"""Groups of people named by a noun: a nation's people ("Američani", "Britové", "британците") and a
party's members ("демократите", "републиканците").

Such a noun is a person mention (PER) that stands for its group as an actor: it links to the
group's knowledge-base entity (the country, the party), as the SlavicNER cross-lingual ids do and
as event coders read "the British" (the actor GBR) or "the Democrats".

The word lists (``data/entities/group_nouns.tsv``) cover the languages whose news annotation reads
these nouns as people: Slovene, Czech and Polish, which capitalise a nation's people, and Bulgarian,
which writes both kinds of group in lower case. English, German and the Romance languages keep the
CoNLL convention (a nationality is MISC); Russian and Ukrainian sets (NEREL, factRuEval, ner-uk) do
not read them as people either.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from storyline.entities.resources import DATA_PACKAGE, PatternIndex

LOWER_CASE_LANGS = frozenset({"bg"})  # languages that write these nouns in lower case
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class GroupNouns:
    by_lang: dict[str, PatternIndex]  # lang -> word patterns; the value is an ISO3 or a KB id

    @classmethod
    def load(cls) -> GroupNouns:
        text = resources.files(DATA_PACKAGE).joinpath("group_nouns.tsv").read_text(encoding="utf-8")
        patterns: dict[str, list[tuple[str, str]]] = {}
        for line in text.splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            lang, group, words = line.split("\t")
            patterns.setdefault(lang, []).extend((word, group) for word in words.split())
        return cls({lang: PatternIndex(listed) for lang, listed in patterns.items()})

    def group_of(self, word: str, lang: str) -> str | None:
        """The group (a country's ISO3, or a KB id) a single word names the people of, in ``lang``;
        else None. The word is capitalised, or in lower case in the languages that write them so."""
        index = self.by_lang.get(lang)
        if index is None or " " in word or not (word[:1].isupper() or lang in LOWER_CASE_LANGS):
            return None
        return index.first(word.lower())

    def in_lower_case(self, text: str, lang: str) -> list[tuple[int, int, str]]:
        """(start, end, group) of the group nouns written in lower case, in the languages that write
        them so (Bulgarian "британците", "демократите")."""
        index = self.by_lang.get(lang)
        if index is None or lang not in LOWER_CASE_LANGS:
            return []
        found = []
        for match in _WORD.finditer(text):
            group = index.first(match.group()) if match.group()[:1].islower() else None
            if group:
                found.append((match.start(), match.end(), group))
        return found
