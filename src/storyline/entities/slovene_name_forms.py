"""Slovene word forms that tell a lone capitalised word's kind when nothing else does.

Slovene news names people without a first name in forms of their own:

- a foreign woman's surname takes -ova/-eva ("Merklova", "Mayeva", "Mayevo"), and a possessive
  adjective made from a surname ends alike ("Trumpova politika", "Bidnovega načrta",
  "Junckerjevega"): both are person mentions; a possessive made from a company's or body's name
  ("Ryanairovih letal", "Pfizerjevo cepivo") is that body's (ORG);
- South Slavic surnames end in -ič/-ić ("Šefčovič", "Đokoviću");
- inhabitants' nouns end in -čan ("Newyorčani", "Ljubljančanom") or -ejec ("Evropejci", "Korejcev"):
  people standing for their town or land (PER), like the nation nouns of ``group_nouns``.

Only words that no detector typed and that are not common words (the dictionary) nor towns are read
so; the stage asks before it falls back on prepositions of place ("na Trumpovem posestvu" is no place).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

FORM_LANGS = frozenset({"sl"})
_POSSESSIVE = re.compile(r"^(?P<stem>\w{2,}?)(?P<j>j?)[oe]v(?:a|o|e|i|ega|emu|em|im|ih|imi)?$")
_SURNAME = re.compile(r"^\w{2,}i[čć](?:a|u|em|i)?$")
_VOWELS = frozenset("aeiouy")
_CASE_ENDINGS = ("om", "em", "ih", "a", "u", "e", "i", "o")  # of nouns: Teksas-a, Michigan-u, Nevad-e
_INHABITANTS = re.compile(r"^\w{2,}(?:čan(?:i|a|ov|om|e|ih|u|ka|ke|ki|ko)?|ejc(?:i|ev|em|e|ih|a|u)|ejec)$")


def case_bases(word: str) -> list[str]:
    """The base forms a Slovene case form of a name may come from: "Teksasa" -> "Teksas", "Teksasa";
    "Ljubljani" -> "Ljubljan", "Ljubljana"."""
    bases = []
    for ending in _CASE_ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 4:
            bases += [stem, stem + "a"]
    return bases


@dataclass(frozen=True)
class SloveneNameForms:
    """Kinds from Slovene word forms; the callables are the knowledge base's and the dictionary's."""

    kinds_of: Callable[[str], set[str]]  # the kinds the knowledge base gives a name ("Ryanair" -> {"ORG"})
    is_town: Callable[[str], bool]
    is_common: Callable[[str], bool]
    is_common_lemma: Callable[[str], bool]  # a dictionary base form of a common word ("Predsednik"; not "May")
    place_of: Callable[[str], Any] = lambda name: None  # a country or region of the knowledge base, else None

    def kind(self, word: str, lang: str, article_kinds: dict[str, str] | None = None) -> str | None:
        """PER or ORG when ``word`` (one capitalised word of ``lang``) has a form that tells, else None.

        ``article_kinds`` maps other names of the article to their kinds: "Ryanairovih" after "Ryanair"
        (ORG) is the company's."""
        if lang not in FORM_LANGS or not word[:1].isupper() or word.isupper() or not word.isalpha():
            return None
        if self.is_common(word) or self.is_town(word):
            return None
        if _SURNAME.match(word) or _INHABITANTS.match(word):
            return "PER"
        match = _POSSESSIVE.match(word)
        if match is None:
            return None
        stem = match.group("stem")
        base = word[: match.end("j")] + word[match.end("j") : match.end("j") + 2]  # "Kijeva" -> "Kijev"
        if "LOC" in self.kinds_of(base) or self.is_town(base) or self.is_common_lemma(stem):
            return None  # a place's case form; "Predsednikova": a common noun's possessive
        owners = (stem, stem + "o", stem + "a", stem + "e")  # "Natovo" -> "Nato"
        known = article_kinds or {}
        for owner in owners:
            kinds = self.kinds_of(owner) | ({known[owner]} if owner in known else set())
            if "ORG" in kinds and "PER" not in kinds:
                return "ORG"
        return "PER"

    def place(self, word: str, lang: str) -> Any:
        """The country or region a Slovene case form names when the knowledge base knows only its base
        form ("Teksasa", "Michiganu" -> Texas, Michigan; "Nevade" -> Nevada), else None."""
        if lang not in FORM_LANGS or not word[:1].isupper() or word.isupper() or not word.isalpha():
            return None
        if self.is_common(word):
            return None
        for base in case_bases(word):
            place = self.place_of(base)
            if place is not None:
                return place
        return None

    @staticmethod
    def owner_names(word: str) -> tuple[str, ...]:
        """The names a surname or possessive form may come from, lower-case: "Mayeva" -> "may",
        "Merklova" -> "merkl", "merkel" (Slovene drops the e of "Merkel" before an ending)."""
        match = _POSSESSIVE.match(word)
        if match is None:
            return ()
        stem = match.group("stem").lower()
        if len(stem) >= 4 and stem[-1] not in _VOWELS and stem[-2] not in _VOWELS:
            return (stem, stem[:-1] + "e" + stem[-1])
        return (stem,)
