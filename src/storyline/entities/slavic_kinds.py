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

from dataclasses import replace

from storyline.entities.candidates import Candidate
from storyline.entities.kind_context import in_quotes
from storyline.entities.slavic_person_spans import PersonSpanRules
from storyline.entities.slavic_readings import (
    _FUNCTION_POS,
    _PLAIN_ADJECTIVE_ENDINGS,
    _QUOTES,
    KIND_LANGS,
    MIN_PROPAGATED_LENGTH,
    KindWords,
    _cyrillic,
)
from storyline.entities.tokens import tokenize

__all__ = ["KIND_LANGS", "KindWords", "SlavicKindRules"]


class SlavicKindRules(PersonSpanRules):
    """Retypes, drops and adds Ukrainian candidates (see the module docs)."""

    # -- one candidate ----------------------------------------------------------------------

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
        return self._join_patronymics(text, self._propagate_people(text, kept, lang), lang)
