"""What pymorphy3 and the word lists say of one Ukrainian word, for the kind rules
(:mod:`storyline.entities.slavic_kinds`) and the person-span rules
(:mod:`storyline.entities.slavic_person_spans`); the lists live in ``data/entities/slavic_kinds.tsv``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from storyline.entities.kb import KnowledgeBase
from storyline.entities.resources import EntityResources, WordLists
from storyline.entities.tokens import Token, tokenize

KIND_LANGS = frozenset({"uk"})
_FUNCTION_POS = frozenset({"NPRO", "ADVB", "VERB", "INFN", "GRND", "PRCL", "CONJ", "PREP", "INTJ", "PRED", "COMP"})
_PERSON_TAGS = frozenset({"Name", "Surn", "Patr"})
_SENTENCE_OPENERS = frozenset('.!?…:;—–-«„“"(*•')
_QUOTES = frozenset('«„“"')
_LOCATIVE_PREPOSITIONS = frozenset({"у", "в", "на", "по"})
_PLAIN_ADJECTIVE_ENDINGS = ("ий", "ій")  # "перший", "синій"; possessives end otherwise ("Оленчин", "Шекспірів")
MIN_PROPAGATED_LENGTH = 3
_INITIALS_BEFORE = re.compile(r"(?:(?<![\w.])[А-ЯІЇЄҐA-Z] ?\. ?){1,2}$")  # "Н. Ф. ", "Н . Ф . " (tokenised text)
DATA_FILE = "slavic_kinds.tsv"


class KindWords(WordLists):
    """The word lists of ``slavic_kinds.tsv`` by (lang, class)."""

    FILE = DATA_FILE


@dataclass(frozen=True, slots=True)
class FirstReading:
    """pymorphy3's most likely reading of a lower-case word."""

    pos: str | None
    grammemes: frozenset[str]
    lemma: str
    cases: frozenset[str]  # cases of all readings with the same part of speech
    known: bool = False  # a word of pymorphy3's dictionary, not a guess from its ending

    @property
    def person(self) -> bool:
        return bool(self.grammemes & _PERSON_TAGS)

    @property
    def given_name(self) -> bool:
        return "Name" in self.grammemes

    @property
    def animate(self) -> bool:
        return self.pos == "NOUN" and "anim" in self.grammemes


class WordReadings:
    """pymorphy3's readings of words, cached, with the word lists and the knowledge base."""

    def __init__(
        self,
        kb: KnowledgeBase,
        resources: EntityResources,
        parses: Callable[[str, str], list[Any]],
        info: Callable[[str, str], object],
        is_common: Callable[[str, str], bool],
        is_compound: Callable[[str, str], bool] = lambda word, lang: False,
    ) -> None:
        self.kb = kb
        self.resources = resources
        self._parses = parses
        self.info = info
        self.is_common = is_common
        self.is_compound = is_compound
        self.words = KindWords.load()
        self._readings: dict[tuple[str, str], FirstReading] = {}

    def reading(self, word: str, lang: str) -> FirstReading:
        key = (word, lang)
        found = self._readings.get(key)
        if found is None:
            if len(self._readings) > 50_000:
                self._readings.clear()
            parses = self._parses(word, lang)
            if not parses:
                found = FirstReading(None, frozenset(), word, frozenset())
            else:
                first = parses[0]
                tag = first.tag
                cases = frozenset(p.tag.case for p in parses if p.tag.POS == tag.POS and p.tag.case)
                found = FirstReading(tag.POS, frozenset(tag.grammemes), first.normal_form, cases, bool(first.is_known))
            self._readings[key] = found
        return found

    def _person_evidence(self, word: str, lang: str) -> bool:
        return bool(getattr(self.info(word.lower(), lang), "may_be_person", False)) or self.listed_given_name(
            word, lang
        )

    def listed_given_name(self, word: str, lang: str) -> bool:
        """A word of the given-name list that pymorphy3 does not read only as a lifeless noun: the list
        matches on stems, so "Британії" would pass for a name."""
        if not self.resources.is_given_name(word):
            return False
        parses = self._parses(word.lower(), lang)
        if not parses or any("Name" in p.tag.grammemes for p in parses):
            return True
        return not all(p.tag.POS == "NOUN" and "inan" in p.tag.grammemes for p in parses)

    def _known_place(self, word: str, lang: str) -> bool:
        """A place of the knowledge base that is not only a generated town, or a place for pymorphy3."""
        if getattr(self.info(word.lower(), lang), "place", False):
            return True
        return any(e.kind == "LOC" and not e.generated for e in self.kb.lookup(word, lang))

    def _noun_follows(self, text: str, end: int, reading: FirstReading, lang: str) -> bool:
        """Whether a lower-case noun that agrees in case follows at ``end`` ("Першої світової війни")."""
        after = [t for t in tokenize(text, end, min(len(text), end + 40)) if t.is_word]
        if not after or not after[0].text.islower():
            return False
        nxt = self.reading(after[0].text, lang)
        return nxt.pos in {"NOUN", "ADJF"} and bool(nxt.cases & reading.cases)

    @staticmethod
    def _after_locative(text: str, start: int) -> bool:
        """Whether "у", "в", "на" or "по" stands just before (a place's locative: "в Змієві")."""
        head = text[max(0, start - 6) : start].split()
        return bool(head) and head[-1].lower() in _LOCATIVE_PREPOSITIONS

    def _opens_sentence(self, text: str, start: int) -> bool:
        head = text[max(0, start - 40) : start]
        stripped = head.rstrip()
        return not stripped or "\n" in head[len(stripped) :] or stripped[-1] in _SENTENCE_OPENERS


def _cyrillic(word: str) -> bool:
    return "\u0400" <= word[:1] <= "\u04ff"


def _covered(token: Token, spans: list[tuple[int, int]]) -> bool:
    return any(start < token.end and token.start < end for start, end in spans)
