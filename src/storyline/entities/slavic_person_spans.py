"""Ukrainian person spans: natasha's spans mended (whole words, initials, "X чи Y" split, swallowed
words trimmed, a given name joined to the surname beside it) and the names a document repeats found
again where they open a sentence ("Дора спала", "Дору")."""

from __future__ import annotations

from dataclasses import replace

from storyline.entities.candidates import Candidate
from storyline.entities.kind_context import in_quotes
from storyline.entities.slavic_readings import (
    _FUNCTION_POS,
    _INITIALS_BEFORE,
    MIN_PROPAGATED_LENGTH,
    WordReadings,
    _covered,
    _cyrillic,
)
from storyline.entities.tokens import Token, tokenize


class PersonSpanRules(WordReadings):
    """Mends person spans and finds repeated names (see the module docs)."""

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

    def _join_patronymics(self, text: str, candidates: list[Candidate], lang: str) -> list[Candidate]:
        """A person and a one-word person right after it that is a patronymic are one name ("Ганни" +
        "Іванівни")."""
        out: list[Candidate] = []
        for cand in sorted(candidates, key=lambda c: c.start):
            if out and out[-1].kind == "PER" and cand.kind == "PER" and text[out[-1].end : cand.start] == " ":
                word = text[cand.start : cand.end]
                if " " not in word and "Patr" in self.reading(word.lower(), lang).grammemes:
                    out[-1] = replace(out[-1], end=cand.end)
                    continue
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
