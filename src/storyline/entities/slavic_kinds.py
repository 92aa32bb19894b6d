"""Ukrainian mention kinds read off the words themselves and off the rest of the document.

natasha is trained on Russian news; on Ukrainian fiction, essays and legal text it tags many
single capitalised words as people that are no names at all ("Він", "Ніколи", "Вжити"), or places
("Карпат", "Галичини", "Дністер"), and it misses names that open sentences. The knowledge base
types given names that also spell a town as places ("Роман"). pymorphy3's Ukrainian dictionary
tells these apart well enough:

- a one-word "person" that pymorphy3 reads first as a pronoun, adverb, verb, particle or
  preposition is dropped; one it reads as a lifeless noun is a place when the word is no common
  word (a proper noun of the dictionary: "Галичини"), else no person (``MISC``: "Церква",
  "Словника"); a plain adjective followed by a noun it agrees with is dropped ("Першої світової");
- a one-word "place" (or undecided word) that pymorphy3 reads first as a given name, or that is a
  known given name, is a person ("до Дори", "Роман", "з Інгою"), unless a knowledge-base place
  of its own (not a generated town) or pymorphy3 says it is a place ("Києві" is also "Кий");
- an undecided word that is a common animate noun inside a sentence is a person (fiction and
  scripture capitalise their characters: "Бог", "Пес", "Тюлень");
- once the document has named a person, the other capitalised forms of the same word are that
  person too, also where they open a sentence ("Дора спала", "Дору").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from importlib import resources as package_files
from typing import Any

from storyline.entities.candidates import Candidate
from storyline.entities.kb import KnowledgeBase
from storyline.entities.kind_context import in_quotes
from storyline.entities.resources import EntityResources
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


@dataclass(frozen=True)
class KindWords:
    """The word lists of ``slavic_kinds.tsv`` by (lang, class)."""

    words: dict[tuple[str, str], frozenset[str]]

    @classmethod
    def load(cls) -> KindWords:
        text = package_files.files("storyline.data.entities").joinpath(DATA_FILE).read_text(encoding="utf-8")
        words: dict[tuple[str, str], frozenset[str]] = {}
        for line in text.splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            lang, kind, listed = line.split("\t")
            words[(lang, kind)] = words.get((lang, kind), frozenset()) | frozenset(listed.split())
        return cls(words)

    def get(self, lang: str, kind: str) -> frozenset[str]:
        return self.words.get((lang, kind), frozenset())


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


class SlavicKindRules:
    """Retypes, drops and adds Ukrainian candidates (see the module docs)."""

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

    # -- one candidate ----------------------------------------------------------------------

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

    def _retype_person(self, text: str, cand: Candidate, lang: str) -> Candidate | None:
        """A one-word natasha person without any person reading (see the module docs)."""
        word = text[cand.start : cand.end]
        if " " in word or not word[:1].isupper() or word.isupper():
            return cand
        if self._town_in_the_locative(text, cand, word, lang):
            return replace(cand, kind="LOC")  # "у Харкові", "в Бахмачі": also read as surnames
        if self._person_evidence(word, lang):
            return cand
        reading = self.reading(word.lower(), lang)
        if reading.pos in _FUNCTION_POS:
            return None
        if reading.pos == "NOUN" and not reading.animate and reading.known:
            if self.is_compound(word, lang) or self._body_stem(word, lang):
                return replace(cand, kind="ORG")  # "Мінюст", "Генпрокуратури"
            return replace(cand, kind="MISC" if self.is_common(word, lang) else "LOC")
        if self._adjective_of_a_noun(text, cand, word, lang):
            return None
        return cand

    def _adjective_of_a_noun(self, text: str, cand: Candidate, word: str, lang: str) -> bool:
        """A plain capitalised adjective (no possessive) that a lower-case noun it agrees with follows."""
        if " " in word:
            return False
        reading = self.reading(word.lower(), lang)
        return (
            reading.pos == "ADJF"
            and reading.lemma.endswith(_PLAIN_ADJECTIVE_ENDINGS)
            and self._noun_follows(text, cand.end, reading, lang)
        )

    def _unknown_subject(self, text: str, cand: Candidate, word: str, lang: str) -> bool:
        """A word pymorphy3 does not know, in the nominative, that a verb follows (maybe after an
        adverb): someone acting, as the characters of fiction ("Габр знав", "Тобар везе"); not after a
        preposition, and no place the knowledge base knows."""
        if " " in word or not _cyrillic(word) or len(word) < MIN_PROPAGATED_LENGTH or not word[1:].islower():
            return False  # "ЗакДУ", "МінАПП" are bodies
        if in_quotes(text, cand.start, cand.end) or text[max(0, cand.start - 2) : cand.start].strip()[-1:] in _QUOTES:
            return False  # «Кріогенсервіс» постачало: a company
        reading = self.reading(word.lower(), lang)
        if reading.known or "nomn" not in reading.grammemes or self._known_place(word, lang):
            return False
        head = text[max(0, cand.start - 12) : cand.start].split()
        if head and head[-1].lower() in self.words.get(lang, "place_preposition"):
            return False
        after = [t for t in tokenize(text, cand.end, min(len(text), cand.end + 40)) if t.is_word][:2]
        if not after or not after[0].text.islower():
            return False
        first = self.reading(after[0].text, lang)
        if first.pos == "ADVB" and len(after) > 1 and after[1].text.islower():
            first = self.reading(after[1].text, lang)
        return first.pos == "VERB"

    def _town_in_the_locative(self, text: str, cand: Candidate, word: str, lang: str) -> bool:
        """A word after "у"/"в" that has a locative reading and no given-name one: a town, not a person
        (people after "у" stand in the genitive: "у Петра")."""
        head = text[max(0, cand.start - 6) : cand.start].split()
        if not head or head[-1].lower() not in self.words.get(lang, "in_preposition") | self.words.get(
            lang, "from_preposition"
        ):
            return False
        if self.listed_given_name(word, lang):
            return False
        parses = self._parses(word.lower(), lang)
        if any("Name" in p.tag.grammemes for p in parses):
            return False
        if head[-1].lower() in self.words.get(lang, "in_preposition"):
            return any(p.tag.case == "loct" for p in parses)
        return any(  # "з Галича", "до Луцька": a lifeless noun in the genitive
            p.tag.POS == "NOUN" and p.tag.case == "gent" and "inan" in p.tag.grammemes for p in parses
        )

    def _body_stem(self, word: str, lang: str) -> bool:
        lower = word.lower()
        return any(lower.startswith(stem) and len(lower) - len(stem) <= 3 for stem in self.words.get(lang, "body_stem"))

    def _reads_as_given_name(self, word: str, lang: str, *, strict: bool = False) -> bool:
        """A given name by pymorphy3's first reading or the given-name list; ``strict``: pymorphy3 must
        have a given-name reading of it ("Роман" does, "Луцька" does not)."""
        if " " in word or not word[:1].isupper() or word.isupper() or len(word) < 3 or not _cyrillic(word):
            return False
        reading = self.reading(word.lower(), lang)
        if not (reading.given_name or self.listed_given_name(word, lang)):
            return False
        if strict and not reading.given_name and not self._has_given_name_reading(word, lang):
            return False
        return not self._known_place(word, lang)

    def _has_given_name_reading(self, word: str, lang: str) -> bool:
        return any("Name" in p.tag.grammemes for p in self._parses(word.lower(), lang))

    def _names_an_owner(self, text: str, cand: Candidate, lang: str) -> bool:
        """A capitalised possessive adjective of a person inside a sentence: "Ірминому", "Дориних" (a
        feminine owner, any context), "Андрієвих снах" (a masculine owner, before its noun and not after
        "у"/"в", where the same shape spells towns: "у Миколаєві"), or of God ("Божого", "Господньої")."""
        word = text[cand.start : cand.end]
        if " " in word or not _cyrillic(word) or word.isupper() or self._opens_sentence(text, cand.start):
            return False
        reading = self.reading(word.lower(), lang)
        if reading.pos != "ADJF":
            return False
        if reading.lemma in self.words.get(lang, "divine_adjective"):
            return True
        if self.is_common(word, lang) or self._known_place(word, lang):
            return False
        if reading.lemma.endswith(("ин", "їн")):
            return True
        return (
            reading.lemma.endswith(("ів", "їв", "ов"))
            and not self._after_locative(text, cand.start)
            and self._noun_follows(text, cand.end, reading, lang)
        )

    @staticmethod
    def _after_locative(text: str, start: int) -> bool:
        """Whether "у", "в", "на" or "по" stands just before (a place's locative: "в Змієві")."""
        head = text[max(0, start - 6) : start].split()
        return bool(head) and head[-1].lower() in _LOCATIVE_PREPOSITIONS

    def _opens_sentence(self, text: str, start: int) -> bool:
        head = text[max(0, start - 40) : start]
        stripped = head.rstrip()
        return not stripped or "\n" in head[len(stripped) :] or stripped[-1] in _SENTENCE_OPENERS

    def _function_word_opening(self, text: str, cand: Candidate, lang: str) -> bool:
        """A one-word candidate opening a sentence that pymorphy3 reads first as a function word ("Ніколи",
        also a form of "Нікола")."""
        word = text[cand.start : cand.end]
        if " " in word or cand.source == "phrase" or not self._opens_sentence(text, cand.start):
            return False
        parses = self._parses(word.lower(), lang)
        if cand.source == "kb":  # "Того вечора" is no Togo: a pronoun before a lower-case word
            after = text[cand.end : cand.end + 3].strip()[:1]
            pronoun = any(p.tag.POS in _FUNCTION_POS or "Apro" in p.tag.grammemes for p in parses)
            return pronoun and after.isalpha() and after.islower()
        if not self.is_common(word, lang):
            return False
        return any(p.tag.POS in _FUNCTION_POS for p in parses)

    def _common_word_opening(self, text: str, cand: Candidate, lang: str) -> bool:
        """An undecided one-word candidate opening a sentence that is a common word with no person reading
        ("Стаття 3", "Маски є ...")."""
        word = text[cand.start : cand.end]
        return (
            cand.source == "caps"
            and cand.kind is None
            and " " not in word
            and self._opens_sentence(text, cand.start)
            and self.is_common(word, lang)
            and not self._person_evidence(word, lang)
        )

    def _place_in_a_title(self, text: str, cand: Candidate, lang: str) -> bool:
        """A one-word place right after a word for a law, a code, a book or a day: "Закону України «…»",
        "Червоної книги України", "День Києва" (part of a title, not a place of the story)."""
        if cand.kind != "LOC" or " " in text[cand.start : cand.end]:
            return False
        head = text[max(0, cand.start - 30) : cand.start].split()
        if not head or not head[-1].isalpha():
            return False
        return self.reading(head[-1].lower(), lang).lemma in self.words.get(lang, "title_word")

    def _shouted_words(self, text: str, cand: Candidate, lang: str) -> bool:
        """A heading or slogan in capitals made of common words: "ЗАГАЛЬНІ ПОЛОЖЕННЯ", "ЗА ВІЙСЬКОВУ ДОБЛЕСТЬ"."""
        surface = text[cand.start : cand.end]
        words = [w for w in surface.split() if w.isalpha()]
        return (
            len(words) >= 2
            and surface.isupper()
            and cand.source != "kb"
            and all(self.is_common(w, lang) for w in words)
        )

    def _retype(self, text: str, cand: Candidate, lang: str) -> Candidate | None:
        if (
            self._shouted_words(text, cand, lang)
            or self._function_word_opening(text, cand, lang)
            or self._common_word_opening(text, cand, lang)
            or self._place_in_a_title(text, cand, lang)
        ):
            return None
        word = text[cand.start : cand.end]
        if (
            cand.kind == "LOC"
            and " " not in word
            and self.reading(word.lower(), lang).lemma in self.words.get(lang, "not_place")
        ):
            return replace(cand, kind="MISC")  # "після Різдва", "в Інтернеті", "Сходить Сонце"
        if (
            cand.source == "phrase"
            and cand.kind == "LOC"
            and " " not in word
            and self._after_locative(text, cand.start)
            and self.is_common(word, lang)
        ):
            return replace(cand, kind="MISC")  # "у Передмові", "в Інтернеті": a common word after "у"
        if (
            cand.source in {"natasha", "caps"}
            and word.lower() in self.words.get(lang, "region_word")
            and word[:1].isupper()
            and not self._opens_sentence(text, cand.start)
        ):
            return replace(cand, kind="LOC")  # "на промисловому Сході"
        if cand.source == "natasha" and cand.kind == "PER":
            return self._retype_person(text, cand, lang)
        if cand.source == "natasha" and cand.kind == "LOC" and self._adjective_of_a_noun(text, cand, word, lang):
            return None  # "у Другій світовій війні", "на Полярну зірку"
        if cand.source == "phrase" or cand.kind not in {"LOC", "MISC", None}:
            return cand
        if word.lower() in self.words.get(lang, "divine_noun") and not self._opens_sentence(text, cand.start):
            return replace(cand, kind="PER")  # "Не дай, Господи", "від Господа"
        if self._unknown_subject(text, cand, word, lang):
            return replace(cand, kind="PER")  # "Габр знав", "Лачплесис мав": a character acting
        if self._names_an_owner(text, cand, lang):
            return replace(cand, kind="PER")  # "Ірминому рідному місту", "храму Божого"
        if self._reads_as_given_name(word, lang, strict=cand.source == "kb") and not self._after_locative(
            text, cand.start
        ):
            return replace(cand, kind="PER")
        if (
            cand.kind is None
            and " " not in word
            and word[:1].isupper()
            and not word.isupper()
            and not self._opens_sentence(text, cand.start)
        ):
            reading = self.reading(word.lower(), lang)
            if reading.animate:
                return replace(cand, kind="PER")  # "перед Господом", "Пес, Ведмідь і Тюлень"
        return cand

    # -- the document -------------------------------------------------------------------------

    def apply(self, text: str, candidates: list[Candidate], lang: str) -> list[Candidate]:
        """The candidates retyped (some dropped), people's names joined with the given name, patronymic
        or surname next to them, and the person names the document repeats added."""
        if lang not in KIND_LANGS:
            return candidates
        candidates = [self._whole_words(text, c) if c.source == "natasha" else c for c in candidates]
        candidates = [piece for c in candidates for piece in self._split_at_or(text, c, lang)]
        candidates = [self._trim_person(text, c, lang) if c.kind == "PER" else c for c in candidates]
        kept = [c for c in (self._retype(text, cand, lang) for cand in candidates) if c is not None]
        kept = self._join_name_parts(text, kept, lang)
        return self._propagate_people(text, kept, lang)

    def _split_at_or(self, text: str, cand: Candidate, lang: str) -> list[Candidate]:
        """natasha's "Виженки чи Вижниці", "Нані чи Новаковський" as the two names they are."""
        if cand.source != "natasha" or cand.kind not in {"PER", "LOC"}:
            return [cand]
        pieces: list[Candidate] = []
        start = cand.start
        for token in tokenize(text, cand.start, cand.end):
            if token.text in self.words.get(lang, "alternative"):
                if token.start > start:
                    pieces.append(replace(cand, start=start, end=token.start - 1))
                start = token.end + 1
        if not pieces:
            return [cand]
        return [p for p in [*pieces, replace(cand, start=start)] if text[p.start : p.end].strip()]

    @staticmethod
    def _whole_words(text: str, cand: Candidate) -> Candidate:
        """natasha's span widened to whole words: it cuts at apostrophes ("Хом’як" -> "Хом")."""
        start, end = cand.start, cand.end
        while start > 0 and text[start - 1].isalpha() and text[start : start + 1].isalpha():
            start -= 1
        if text[end - 1 : end] in {"’", "'"} and text[end : end + 1].isalpha():
            end += 1  # "В’" + "ятрович"
        while end < len(text) and text[end - 1 : end].isalpha():
            if text[end].isalpha():
                end += 1
            elif text[end] in "’'" and text[end + 1 : end + 2].isalpha():
                end += 2
            else:
                break
        return cand if (start, end) == (cand.start, cand.end) else replace(cand, start=start, end=end)

    def _not_name_word(self, token: Token, lang: str, *, leading: bool) -> bool:
        """A word of a person span that is no part of the name: a lower-case word, a function word, or
        (leading) a common word with no person reading ("Почуття Михайлини", "Тринадцятирічний Юрко")."""
        if not token.is_word:
            return token.text not in {".", "’", "'", "-"}
        if not token.is_capitalised:
            return True
        word = token.text
        if len(word) == 1 or token.is_acronym or self._person_evidence(word, lang) or not _cyrillic(word):
            return False  # an initial, an acronym, a name
        reading = self.reading(word.lower(), lang)
        if reading.pos in _FUNCTION_POS:
            return True
        return leading and self.is_common(word, lang)

    def _trim_person(self, text: str, cand: Candidate, lang: str) -> Candidate:
        """A person span without the words around the name it swallowed, and with the initials before it
        ("Н . Ф . Клименко")."""
        tokens = tokenize(text, cand.start, cand.end)
        first, last = 0, len(tokens)
        while last - first > 1 and self._not_name_word(tokens[first], lang, leading=True):
            first += 1
        while last - first > 1 and self._not_name_word(tokens[last - 1], lang, leading=False):
            last -= 1
        if not tokens:
            return cand
        start, end = tokens[first].start, tokens[last - 1].end
        initials = _INITIALS_BEFORE.search(text, max(0, start - 12), start)
        if initials is not None and first == 0:
            start = initials.start()
        return cand if (start, end) == (cand.start, cand.end) else replace(cand, start=start, end=end)

    def _name_part(self, token: Token, lang: str, *, given: bool) -> bool:
        """A capitalised Cyrillic word that reads as a given name (``given``) or as a surname or patronymic."""
        word = token.text
        if not (token.is_word and token.is_capitalised) or token.is_acronym or not _cyrillic(word):
            return False
        if self._known_place(word, lang):
            return False
        reading = self.reading(word.lower(), lang)
        if given:
            return reading.given_name or self.listed_given_name(word, lang)
        return bool(reading.grammemes & {"Surn", "Patr"}) or (reading.given_name and len(word) > 3)

    def _join_name_parts(self, text: str, candidates: list[Candidate], lang: str) -> list[Candidate]:
        """A person span that natasha cut short: "Дмитро" + "Ященко", "Ганни" + "Іванівни"."""
        spans = sorted((c.start, c.end) for c in candidates)
        out = []
        for cand in candidates:
            if cand.kind == "PER" and cand.source in {"natasha", "caps"}:
                before = tokenize(text, max(0, cand.start - 30), cand.start)
                if before and before[-1].end == cand.start - 1 and text[before[-1].end] == " ":
                    token = before[-1]
                    if self._name_part(token, lang, given=True) and not _covered(token, spans):
                        cand = replace(cand, start=token.start)
                after = tokenize(text, cand.end, min(len(text), cand.end + 30))
                words = text[cand.start : cand.end].split()
                if (
                    after
                    and after[0].start == cand.end + 1
                    and len(words) == 1
                    and self._name_part(Token(cand.start, cand.end, words[0]), lang, given=True)
                    and self._name_part(after[0], lang, given=False)
                    and not _covered(after[0], spans)
                    and not (after[1:] and after[1].text in {"-", "‐"})
                ):
                    cand = replace(cand, end=after[0].end)
            out.append(cand)
        return out

    def _person_lemmas(self, text: str, candidates: list[Candidate], lang: str) -> tuple[set[str], set[str]]:
        surfaces: set[str] = set()
        lemmas: set[str] = set()
        for cand in candidates:
            if cand.kind != "PER":
                continue
            for token in tokenize(text, cand.start, cand.end):
                if not (token.is_word and token.is_capitalised) or token.is_acronym or not _cyrillic(token.text):
                    continue
                reading = self.reading(token.text.lower(), lang)
                if len(token.text) >= MIN_PROPAGATED_LENGTH and (
                    reading.animate or self._person_evidence(token.text, lang)
                ):
                    surfaces.add(token.text)
                    lemmas.add(reading.lemma)
        return surfaces, lemmas

    def _propagate_people(self, text: str, candidates: list[Candidate], lang: str) -> list[Candidate]:
        """Capitalised words outside every candidate (or in a one-word non-person one) that spell a word
        of a person named in the document become that person."""
        surfaces, lemmas = self._person_lemmas(text, candidates, lang)
        out: list[Candidate] = []
        for cand in candidates:
            word = text[cand.start : cand.end]
            if (
                cand.kind in {"LOC", "MISC", None}
                and cand.source in {"natasha", "caps"}
                and " " not in word
                and not in_quotes(text, cand.start, cand.end)
                and self._same_person_word(word, surfaces, lemmas, lang)
                and not self._known_place(word, lang)
            ):
                cand = replace(cand, kind="PER")
            out.append(cand)
        spans = sorted((c.start, c.end) for c in out)
        added: list[Candidate] = []
        for token in self._uncovered_capitalised(text, spans):
            if in_quotes(text, token.start, token.end) or text[token.end : token.end + 1] in {"-", "‐"}:
                continue
            if (
                self._same_person_word(token.text, surfaces, lemmas, lang) or self._animate_inside(text, token, lang)
            ) and not self._known_place(token.text, lang):
                added.append(Candidate(token.start, token.end, "PER", "caps", confidence=0.6))
        return out + added

    def _animate_inside(self, text: str, token: Token, lang: str) -> bool:
        """A capitalised animate noun of the dictionary inside a sentence that no detector kept (the
        capitalised-run detector leaves words of three letters to natasha): "що Бог послав"."""
        if not _cyrillic(token.text) or token.text.isupper() or self._opens_sentence(text, token.start):
            return False
        if self.resources.is_not_name(token.text, lang):
            return False
        reading = self.reading(token.text.lower(), lang)
        return reading.animate and reading.known

    def _same_person_word(self, word: str, surfaces: set[str], lemmas: set[str], lang: str) -> bool:
        if len(word) < MIN_PROPAGATED_LENGTH or word.isupper() or not _cyrillic(word):
            return False
        if word in surfaces:
            return True
        reading = self.reading(word.lower(), lang)
        return reading.lemma in lemmas and (reading.pos == "NOUN" and "anim" in reading.grammemes)

    @staticmethod
    def _uncovered_capitalised(text: str, spans: list[tuple[int, int]]) -> list[Token]:
        out = []
        index = 0
        for token in tokenize(text):
            if not (token.is_word and token.is_capitalised) or token.is_acronym:
                continue
            while index < len(spans) and spans[index][1] <= token.start:
                index += 1
            if index < len(spans) and spans[index][0] < token.end:
                continue
            out.append(token)
        return out


def _cyrillic(word: str) -> bool:
    return "\u0400" <= word[:1] <= "\u04ff"


def _covered(token: Token, spans: list[tuple[int, int]]) -> bool:
    return any(start < token.end and token.start < end for start, end in spans)
