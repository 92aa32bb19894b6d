"""Parties named by their members in the plural: Slovene "republikanci", "demokratov", "laburisti".

Slovene news writes these nouns in lower case and uses the plural for the party acting as a body
("republikanci so blokirali zakon"): an ORG mention that links to the party's knowledge-base entry.
The word forms live in ``data/entities/party_members.tsv``; a capitalised form opening a sentence
("Demokrati") counts too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from storyline.entities.candidates import Candidate
from storyline.entities.resources import DATA_PACKAGE

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class PartyMembers:
    by_lang: dict[str, dict[str, str]]  # lang -> word form (lower case) -> KB id of the party

    @classmethod
    def load(cls) -> PartyMembers:
        text = resources.files(DATA_PACKAGE).joinpath("party_members.tsv").read_text(encoding="utf-8")
        by_lang: dict[str, dict[str, str]] = {}
        for line in text.splitlines():
            if line.strip() and not line.startswith("#"):
                lang, party, words = line.split("\t")
                by_lang.setdefault(lang, {}).update(dict.fromkeys(words.split(), party))
        return cls(by_lang)

    def party_of(self, word: str, lang: str) -> str | None:
        """The KB id of the party a member noun (lower case, or capitalised) of ``lang`` names, else None."""
        if not (word.islower() or word[1:].islower()):
            return None
        return self.by_lang.get(lang, {}).get(word.lower())

    def find(self, text: str, lang: str) -> list[Candidate]:
        """An ORG candidate (source "party") for each plural member noun in ``text``."""
        if lang not in self.by_lang:
            return []
        return [
            Candidate(match.start(), match.end(), "ORG", "party", confidence=0.8)
            for match in _WORD.finditer(text)
            if self.party_of(match.group(), lang)
        ]
