"""Ukrainian and Russian organisation names written as phrases, found by a small grammar.

News in these languages names bodies with lower-case words around a capitalised one, and the
whole phrase is the name: "Житомирського апеляційного адміністративного суду", "Партії
регіонів", "Господарський суд Київської області", "Служба безпеки України", "Федеральной службы
по надзору в сфере образования". Capitalised runs and natasha take only the capitalised pieces.

The grammar, over word tokens read by pymorphy3 (lemmas, part of speech, case)::

    name       = adjective* head complement*      (a capitalised adjective first, or a capitalised head
                                                   with at least one complement)
    complement = lower-case genitive chain         ("регіонів", "охорони здоров'я", "з питань ...")
               | capitalised place or body in the genitive ("України", "Київської області", "АМКУ")
               | "м." place | "імені" person | "№" number | "у"/"в" place in the locative
    quoted     = (legal form | acronym | name) «quoted name»   ("ТОВ «Главбуд»", "НАК «Нафтогаз України»")
    compound   = one word made of a body's parts   ("Мінекономрозвитку", "Держпраці", "Київради")

The words of the grammar (heads, stop words, compound parts) are data: ``data/entities/org_phrases.tsv``.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

from storyline.entities.candidates import Candidate
from storyline.entities.kb import KnowledgeBase
from storyline.entities.morph import Lemmatizer
from storyline.entities.resources import EntityResources, WordLists
from storyline.entities.slavic_places import SlavicPlaceFinder
from storyline.entities.tokens import Token, tokenize

PHRASE_LANGS = frozenset({"uk", "ru"})
DATA_FILE = "org_phrases.tsv"
MAX_ADJECTIVES = 5
MAX_COMPLEMENTS = 4
MAX_CHAIN = 6  # words of one lower-case genitive chain
MAX_QUOTED = 14  # tokens between the quotes of a quoted name
_PERSON_TAGS = frozenset({"Name", "Surn", "Patr"})
_OPEN_QUOTES = {"«": "»", "„": "“", "“": "”", '"': '"'}
_CLOSE_QUOTES = frozenset({"»", "“", "”", '"'})
_CONJUNCTIONS = {"uk": frozenset({"і", "й", "та"}), "ru": frozenset({"и"})}
_IN = {"uk": frozenset({"у", "в"}), "ru": frozenset({"в", "во"})}
_TOWN_ABBREVIATION = {"uk": "м", "ru": "г"}
_TOPIC_NOUN = {"uk": "питань"}  # "з питань ..." (uk); Russian "по ..." needs no noun
_TOPIC_CASE = {"uk": "gent", "ru": "datv"}
NOT_NAME_POS = frozenset({"ADVB", "PRED", "CONJ", "PREP", "PRCL", "INTJ"})
_CLAUSE_POS = frozenset({"VERB", "INFN", "GRND", "NPRO", "ADVB", "PRED"})
_TOWN_NOUN = {"uk": frozenset({"міста"}), "ru": frozenset({"города"})}
_FROM = {"uk": frozenset({"з", "із", "зі", "у", "в"})}
_WITH = {"uk": frozenset({"з", "із", "зі"}), "ru": frozenset({"с", "со"})}


@dataclass(frozen=True, slots=True)
class WordInfo:
    """What pymorphy3 says of one word (all its readings together)."""

    lemmas: frozenset[str]
    noun_cases: frozenset[str]
    adjective_cases: frozenset[str]
    plural_only: bool  # every reading is plural
    person: bool  # the first reading is a given name, surname or patronymic
    place: bool  # some reading is a geographical name
    may_be_person: bool  # some reading is a given name, surname or patronymic
    only_person: bool  # every reading is a given name, surname or patronymic
    inanimate: bool  # a noun, and no reading of it names a living being

    @property
    def is_adjective(self) -> bool:
        return bool(self.adjective_cases)


class PhraseWords(WordLists):
    """The word lists of ``org_phrases.tsv`` by (lang, class)."""

    FILE = DATA_FILE


def _is_word(token: Token) -> bool:
    return token.is_word and token.text[:1].isalpha()


class SlavicPhraseFinder:
    """Finds organisation phrases in Ukrainian and Russian sentences (see the module docs)."""

    def __init__(
        self, kb: KnowledgeBase, resources: EntityResources, lemmatizer: Lemmatizer, cache_size: int = 50_000
    ) -> None:
        self.kb = kb
        self.resources = resources
        self.lemmatizer = lemmatizer
        self.words = PhraseWords.load()
        self.info = lru_cache(maxsize=cache_size)(self._info)
        self.places = SlavicPlaceFinder(kb, resources, self.words.get, self.info, lemmatizer.is_common)
        self._compound_whole = {
            lang: tuple(sorted(self.words.get(lang, "compound_whole"), key=len, reverse=True)) for lang in PHRASE_LANGS
        }

    # -- words ----------------------------------------------------------------------------

    def _info(self, word: str, lang: str) -> WordInfo:
        """pymorphy3's readings of a lower-case word, summed up."""
        parses = self.lemmatizer.parses(word, lang)
        lemmas, nouns, adjectives = set(), set(), set()
        plural = bool(parses)
        place = False
        for parse in parses:
            tag = parse.tag
            if "Apro" in tag.grammemes:
                continue  # pronouns used as adjectives ("его", "цього") never join a name
            lemmas.add(parse.normal_form)
            case = tag.case
            if tag.POS == "NOUN" and case:
                nouns.add(case)
            elif tag.POS in {"ADJF", "PRTF"} and case:
                adjectives.add(case)
            plural = plural and "plur" in tag.grammemes
            place = place or "Geox" in tag.grammemes
        if parses and parses[0].tag.POS in NOT_NAME_POS:
            adjectives = set()  # "Раніше" is first an adverb, not the comparative adjective
        person = bool(parses) and bool(_PERSON_TAGS & set(parses[0].tag.grammemes))
        may_be_person = any(_PERSON_TAGS & set(p.tag.grammemes) for p in parses)
        only_person = bool(parses) and all(_PERSON_TAGS & set(p.tag.grammemes) for p in parses)
        noun_tags = [p.tag.grammemes for p in parses if p.tag.POS == "NOUN"]
        inanimate = bool(noun_tags) and all("anim" not in tags for tags in noun_tags)
        return WordInfo(
            frozenset(lemmas),
            frozenset(nouns),
            frozenset(adjectives),
            plural,
            person,
            place,
            may_be_person,
            only_person,
            inanimate,
        )

    def word_info(self, token: Token, lang: str) -> WordInfo:
        return self.info(token.text.lower(), lang)

    def _head_lemmas(self, token: Token, lang: str) -> frozenset[str]:
        if not _is_word(token):
            return frozenset()
        return self.word_info(token, lang).lemmas & self.words.get(lang, "head")

    def _is_head(self, token: Token, lang: str) -> bool:
        lemmas = self._head_lemmas(token, lang)
        if not lemmas:
            return False
        info = self.word_info(token, lang)
        return not info.plural_only or bool(lemmas & self.words.get(lang, "plural")) or "рад" in lemmas

    def _is_place(self, token: Token, lang: str) -> bool:
        """A capitalised word that names a known place (knowledge base or pymorphy3's Geox)."""
        if self.word_info(token, lang).place:
            return True
        return any(e.kind == "LOC" for e in self.kb.lookup(token.text, lang))

    # -- the grammar ------------------------------------------------------------------------

    def find_in_text(self, text: str, sentences: list[tuple[int, int]], lang: str) -> list[Candidate]:
        """Phrases over the sentences of ``text``: sentences on one line are read together, since the
        sentence splitter cuts after abbreviations inside names ("Печерського райсуду м. Києва")."""
        if lang not in PHRASE_LANGS or not sentences:
            return []
        found: list[Candidate] = []
        group = [sentences[0]]
        for sentence in sentences[1:]:
            if "\n" in text[group[-1][1] : sentence[0]]:
                found += self._find_in_group(text, group, lang)
                group = []
            group.append(sentence)
        return found + self._find_in_group(text, group, lang)

    def _find_in_group(self, text: str, group: list[tuple[int, int]], lang: str) -> list[Candidate]:
        tokens = tokenize(text, group[0][0], group[-1][1])
        found = self.find(text, tokens, lang, group[0])
        if len(group) == 1:
            return found
        starts = [start for start, _ in group]
        return [replace(c, sentence=group[bisect_right(starts, c.start) - 1]) for c in found]

    def find(self, text: str, tokens: list[Token], lang: str, sentence: tuple[int, int]) -> list[Candidate]:
        """Phrases over ``tokens`` (all given ``sentence`` as theirs)."""
        if lang not in PHRASE_LANGS:
            return []
        found: list[Candidate] = []
        i = 0
        n = len(tokens)
        while i < n:
            token = tokens[i]
            quoted = self._quoted_words_at(tokens, i, lang)
            if quoted is not None:
                found.append(Candidate(tokens[i + 1].start, tokens[quoted - 1].end, "ORG", "phrase", sentence=sentence))
                i = quoted + 1
                continue
            if _is_word(token) and token.text.islower():
                street = self.places.place_at(tokens, i, lang)
                if street is not None:
                    found.append(Candidate(token.start, tokens[street - 1].end, "LOC", "phrase", sentence=sentence))
                    i = street
                    continue
            if not (_is_word(token) and token.is_capitalised) or self.resources.is_not_name(token.text, lang):
                i += 1
                continue
            opens = i == 0 or tokens[i - 1].text in {".", "!", "?", "…", ":", "—", "–", "-"}
            end = self._quoted_at(tokens, i, lang)
            if end is None:
                end = self.phrase_at(tokens, i, lang, opens_sentence=opens)
                if end is not None:
                    end = self._quoted_after(tokens, end) or end
            if end is None:
                end = self._short_body_at(tokens, i, lang)
            if end is None:
                place = self.places.place_at(tokens, i, lang)
                if place is None and self.places.town_word_at(tokens, i, lang):
                    place = i + 1
                if place is not None:
                    found.append(Candidate(token.start, tokens[place - 1].end, "LOC", "phrase", sentence=sentence))
                    i = place
                    continue
            if end is None:
                i += 1
                continue
            found.append(
                Candidate(token.start, tokens[end - 1].end, "ORG", "phrase", sentence=sentence, confidence=0.85)
            )
            i = end
        return found

    def phrase_at(
        self, tokens: list[Token], i: int, lang: str, *, opens_sentence: bool = False, nested: bool = False
    ) -> int | None:
        """End (exclusive token index) of an organisation phrase starting at ``tokens[i]``, or None."""
        n = len(tokens)
        first = tokens[i]
        if not (_is_word(first) and first.is_capitalised) or first.is_acronym:
            return None
        if self.word_info(first, lang).person or self.resources.is_given_name(first.text):
            return None
        j = i
        while j < n and j - i < MAX_ADJECTIVES and _is_word(tokens[j]) and not self._is_head(tokens[j], lang):
            if j > i and not nested and self._is_body_acronym(tokens[j], lang):
                return self._complements(tokens, j + 1, lang, lower_ok=False, nested=True)  # "Черкаське ОТВ АМКУ"
            info = self.word_info(tokens[j], lang)
            if not info.is_adjective or (nested and "gent" not in info.adjective_cases):
                return None
            j += 1
        if j >= n or not self._is_head(tokens[j], lang):
            return None
        head = tokens[j]
        adjectives = j - i
        if adjectives == 0 and not head.is_capitalised:
            return None
        head_lemmas = self._head_lemmas(head, lang)
        if nested and "gent" not in self.word_info(head, lang).noun_cases and "рад" not in head_lemmas:
            return None
        lower_ok = not (head_lemmas & self.words.get(lang, "seat"))
        end = self._complements(tokens, j + 1, lang, lower_ok=lower_ok, nested=nested)
        if adjectives == 0:
            if end == j + 1:
                # a capitalised head alone ("Рада", "Суд") is left to the other detectors, unless a quoted
                # name follows it: "Аеропорт «Бориспіль»", "Компанія «Зевс»"
                return None if nested else self._quoted_after(tokens, end)
            if opens_sentence and not any(t.is_capitalised for t in tokens[j + 1 : end] if _is_word(t)):
                return None  # "Центр міста ..." opening a sentence
        return end

    def _complements(self, tokens: list[Token], k: int, lang: str, *, lower_ok: bool, nested: bool) -> int:
        end = k
        for _ in range(MAX_COMPLEMENTS):
            nxt = self._complement_at(tokens, end, lang, lower_ok=lower_ok, nested=nested)
            if nxt is None:
                break
            if any(t.is_capitalised for t in tokens[end:nxt]):
                lower_ok = False  # "Служба безпеки України", not "... України минулого тижня"
            end = nxt
        return end

    def _complement_at(self, tokens: list[Token], k: int, lang: str, *, lower_ok: bool, nested: bool) -> int | None:
        n = len(tokens)
        if k >= n:
            return None
        token = tokens[k]
        text = token.text
        if text == "№" and k + 1 < n and tokens[k + 1].text[:1].isdigit():
            return k + 2
        town = self._town_at(tokens, k, lang)
        if town is not None:
            return town
        if text.lower() in self.words.get(lang, "link"):
            return self._person_after(tokens, k + 1)
        if not _is_word(token):
            return None
        if token.is_capitalised:
            found = self._capitalised_complement(tokens, k, lang, nested=nested)
            if found is None and lower_ok and self._capitalised_common(token, lang):
                found = self._lowercase_chain(tokens, k, lang, "gent", capital_first=True)  # "Кабінету Міністрів"
            return found
        if text in _IN.get(lang, ()) and k + 1 < n:
            return self._town_at(tokens, k + 1, lang) or self._region_at(tokens, k + 1, lang, case="loct")
        if not lower_ok:
            return None
        if text in self.words.get(lang, "topic"):
            topic = _TOPIC_NOUN.get(lang)
            if topic is not None:
                if k + 2 < n and tokens[k + 1].text == topic:
                    return self._lowercase_chain(tokens, k + 2, lang, "gent")
                return None
            return self._lowercase_chain(tokens, k + 1, lang, _TOPIC_CASE[lang])
        return self._lowercase_chain(tokens, k, lang, "gent")

    def _capitalised_complement(self, tokens: list[Token], k: int, lang: str, *, nested: bool) -> int | None:
        token = tokens[k]
        if self.resources.is_not_name(token.text, lang) or self.resources.is_given_name(token.text):
            return None
        if token.is_acronym:
            return k + 1  # "Управління СБУ", "відділення АМКУ"
        if self.is_compound(token.text, lang):
            return k + 1  # "Головне слідче управління Нацполіції"
        if not nested:
            inner = self.phrase_at(tokens, k, lang, nested=True)
            if inner is not None:
                return inner  # "відділення Антимонопольного комітету України"
        region = self._region_at(tokens, k, lang, case="gent")
        if region is not None:
            return region
        info = self.word_info(token, lang)
        if "gent" in info.noun_cases and not info.may_be_person and self._is_place(token, lang):
            return k + 1  # "України", "Києва"
        return None

    def _region_at(self, tokens: list[Token], k: int, lang: str, *, case: str) -> int | None:
        """A capitalised adjective and a lower-case place noun in ``case``: "Київської області"."""
        if k + 1 >= len(tokens):
            return None
        adjective, noun = tokens[k], tokens[k + 1]
        if not (_is_word(adjective) and adjective.is_capitalised and _is_word(noun) and noun.text.islower()):
            return None
        if not self.word_info(noun, lang).lemmas & self.words.get(lang, "region"):
            return None
        if case in self.word_info(adjective, lang).adjective_cases and case in self.word_info(noun, lang).noun_cases:
            return k + 2
        return None

    def _town_at(self, tokens: list[Token], k: int, lang: str) -> int | None:
        """ "м. Києва" (uk), "г. Москвы" (ru): the town abbreviation and a capitalised word; "міста Києва"."""
        if (
            k + 1 < len(tokens)
            and tokens[k].text in _TOWN_NOUN.get(lang, ())
            and _is_word(tokens[k + 1])
            and tokens[k + 1].is_capitalised
            and not self.word_info(tokens[k + 1], lang).may_be_person
        ):
            return k + 2
        if (
            k + 2 < len(tokens)
            and tokens[k].text == _TOWN_ABBREVIATION.get(lang)
            and tokens[k + 1].text == "."
            and _is_word(tokens[k + 2])
            and tokens[k + 2].is_capitalised
        ):
            return k + 3
        return None

    def _person_after(self, tokens: list[Token], k: int) -> int | None:
        """The name after "імені": initials and up to three capitalised words."""
        n = len(tokens)
        if k < n and tokens[k].text == ".":
            k += 1  # "ім."
        end = None
        words = 0
        while k < n and words < 3:
            token = tokens[k]
            if not (_is_word(token) and token.is_capitalised):
                break
            if len(token.text) == 1 and k + 1 < n and tokens[k + 1].text == ".":
                k += 2  # an initial
                continue
            words += 1
            k += 1
            end = k
        return end

    def _lowercase_chain(
        self, tokens: list[Token], k: int, lang: str, case: str, *, capital_first: bool = False
    ) -> int | None:
        """Lower-case adjectives and nouns in ``case`` ("охорони здоров'я", "внутрішніх справ"), maybe
        joined by "і"/"та"; the chain ends on a noun."""
        n = len(tokens)
        stops = self.words.get(lang, "stop")
        conjunctions = _CONJUNCTIONS.get(lang, frozenset())
        end = None
        j = k
        while j < n and j - k < MAX_CHAIN:
            token = tokens[j]
            if not _is_word(token) or token.text in stops:
                break
            if not token.text.islower() and not (j == k and capital_first and self._capitalised_common(token, lang)):
                break
            if token.text in conjunctions:
                if end != j or j + 1 >= n or not tokens[j + 1].text.islower():
                    break
                j += 1
                continue
            info = self.word_info(token, lang)
            if case in info.noun_cases:
                end = j + 1
            elif case not in info.adjective_cases:
                break
            j += 1
        return end

    def _capitalised_common(self, token: Token, lang: str) -> bool:
        """A capitalised common noun or adjective inside a name ("Кабінет Міністрів"), not a name."""
        if token.is_acronym or self.resources.is_given_name(token.text):
            return False
        return not self.word_info(token, lang).may_be_person and self.lemmatizer.is_common(token.text, lang)

    # -- people named like towns ---------------------------------------------------------

    def reads_as_person(self, surface: str, lang: str, *, given_name_only: bool = False) -> bool:
        """Whether a name that also spells a place reads as a person's: its first word is a known given
        name ("Андрій Кравець", "Роман"), or (unless ``given_name_only``) pymorphy3 reads every word only
        as a given name, surname or patronymic ("Черніков"; not "Львові", a form of "Лев" and of "Львів")."""
        words = surface.split()
        if lang not in PHRASE_LANGS or not words or any(w.isupper() for w in words):
            return False
        if self.resources.is_given_name(words[0]) and not self.info(words[0].lower(), lang).place:
            return True  # not "Львові", a form of both "Лев" and "Львів"
        if given_name_only:
            return False
        infos = [self.info(word.lower(), lang) for word in words]
        return all(info.only_person for info in infos)

    def with_person(self, before: str, word: str, lang: str) -> bool:
        """Whether "з"/"с" before ``word`` means "with" a person ("із Іванкою", "с Машей"): the word is in
        the instrumental and a given name or read as one by pymorphy3, not a place."""
        if lang not in PHRASE_LANGS or before.lower() not in _WITH.get(lang, ()) or " " in word:
            return False
        info = self.info(word.lower(), lang)
        if "ablt" not in info.noun_cases or info.place:
            return False
        return self.resources.is_given_name(word) or info.may_be_person

    def start_after_clause(self, text: str, start: int, stop: int, lang: str) -> int:
        """Where a natasha span really starts once the clause words it swallowed are dropped: natasha
        on Ukrainian text at times takes "Вранці він поїхав з Полтави" for one name; a name holds no
        verb, pronoun or adverb, so the span starts after the last such lower-case word (at the next
        capitalised word). Returns ``stop`` when nothing capitalised is left."""
        if lang not in PHRASE_LANGS:
            return start
        tokens = tokenize(text, start, stop)
        cut = None
        for k, token in enumerate(tokens):
            if _is_word(token) and token.text.islower() and self._is_clause_word(token.text, lang):
                cut = k
        if cut is None:
            return start
        for token in tokens[cut + 1 :]:
            if _is_word(token) and token.is_capitalised:
                return token.start
        return stop

    def split_person_span(self, text: str, start: int, stop: int, lang: str) -> list[tuple[int, int, str | None]]:
        """natasha's Ukrainian person spans cut where they swallowed a place: "Віталій Косенко з Бучі" ->
        the person and "Бучі" (kind left to the context); "Алупки Андрій Харитонов" -> "Алупки" and the
        person. Returns (start, stop, kind) pieces; the span itself when nothing is cut."""
        whole: list[tuple[int, int, str | None]] = [(start, stop, "PER")]
        if lang != "uk":
            return whole
        tokens = [t for t in tokenize(text, start, stop) if _is_word(t)]
        for k, token in enumerate(tokens[1:-1], start=1):
            if token.text in _FROM.get(lang, ()) and tokens[k + 1].is_capitalised:
                return [(start, tokens[k - 1].end, "PER"), (tokens[k + 1].start, stop, None)]
        if (
            len(tokens) >= 3
            and not self.resources.is_given_name(tokens[0].text)
            and self.resources.is_given_name(tokens[1].text)
            and not self.info(tokens[0].text.lower(), lang).may_be_person
        ):
            first = tokens[0]
            place = self.info(first.text.lower(), lang).inanimate or any(
                e.kind == "LOC" for e in self.kb.lookup(first.text, lang)
            )
            return [(start, first.end, "LOC" if place else None), (tokens[1].start, stop, "PER")]
        return whole

    def _is_clause_word(self, word: str, lang: str) -> bool:
        parses = self.lemmatizer.parses(word, lang)
        return bool(parses) and parses[0].tag.POS in _CLAUSE_POS

    # -- quoted names and compounds -------------------------------------------------------

    def _quoted_after(self, tokens: list[Token], k: int) -> int | None:
        """End of a quoted name opening at ``tokens[k]`` ("«Нафтогаз України»"), or None."""
        n = len(tokens)
        if k >= n or tokens[k].text not in _OPEN_QUOTES:
            return None
        close = _OPEN_QUOTES[tokens[k].text]
        for j in range(k + 2, min(k + MAX_QUOTED, n)):
            if tokens[j].text == close or tokens[j].text in _CLOSE_QUOTES:
                return j + 1
            if tokens[j].text in {".", "!", "?"} and j + 1 < n and tokens[j + 1].is_capitalised:
                return None
        return None

    def _quoted_at(self, tokens: list[Token], i: int, lang: str) -> int | None:
        """A legal form or acronym (one or two) and the quoted name after it: "ТОВ «Главбуд»", "ВАТ ДАК «...»"."""
        forms = self.resources.legal_forms.get(lang, frozenset())
        k = i
        while k < len(tokens) and k - i < 2 and (tokens[k].text in forms or self._is_prefix_acronym(tokens[k], lang)):
            k += 1
        if k == i:
            return None
        return self._quoted_after(tokens, k)

    def _is_prefix_acronym(self, token: Token, lang: str) -> bool:
        """An acronym that may be a legal form ("НАК", "ДТГО"), not a known body or place ("СБУ", "США")."""
        if not token.is_acronym or len(token.text) > 6 or self.resources.is_not_name(token.text, lang):
            return False
        return not self.kb.lookup(token.text, lang)

    def _quoted_words_at(self, tokens: list[Token], i: int, lang: str) -> int | None:
        """A quotation of two to five capitalised words opening at ``tokens[i]`` ("«Легіон Експерт»"), or
        of one after a word for a body ("газети «Житомирщина»"): the index of its closing quote, or None.
        Not after a word for a work ("фільм «...»")."""
        if tokens[i].text not in {"«", "„", "“"}:
            return None
        before = self.word_info(tokens[i - 1], lang).lemmas if i > 0 and _is_word(tokens[i - 1]) else frozenset()
        if before & self.words.get(lang, "work"):
            return None
        close = _OPEN_QUOTES[tokens[i].text]
        needed = 1 if before & self.words.get(lang, "quote_body") else 2  # "газети «Житомирщина»"
        words = 0
        for j in range(i + 1, min(i + 8, len(tokens))):
            token = tokens[j]
            if token.text in {close, "»", "”"}:
                return j if words >= needed and j > i + needed else None
            if _is_word(token) and token.is_capitalised:
                words += 1
            elif token.text not in {"-", "&", "+"}:
                return None
        return None

    def _short_body_at(self, tokens: list[Token], i: int, lang: str) -> int | None:
        """A one-word body or an acronym with its complements: "Держкомітету молодіжної політики",
        "Нацгвардії України", "ДСНС України в Івано-Франківській області", "МИД России"."""
        token = tokens[i]
        compound = self.is_compound(token.text, lang)
        if not compound and not self._is_body_acronym(token, lang):
            return None
        lower_ok = compound and self._opens_compound(token.text, lang)  # "Держкомітету молодіжної політики"
        end = self._complements(tokens, i + 1, lang, lower_ok=lower_ok, nested=False)
        if end == i + 1 and not compound:
            return None
        return end

    def _is_body_acronym(self, token: Token, lang: str) -> bool:
        if not token.is_acronym or len(token.text) > 6 or self.resources.is_not_name(token.text, lang):
            return False
        if token.text.lower() in self.words.get(lang, "not_body"):
            return False
        return not any(e.kind == "LOC" for e in self.kb.lookup(token.text, lang))

    def _opens_compound(self, word: str, lang: str) -> bool:
        lower = word.lower()
        return any(lower.startswith(start) for start in self.words.get(lang, "compound_start"))

    def is_compound(self, word: str, lang: str) -> bool:
        """A one-word body: "Мінекономрозвитку", "Держпраці", "Нацполіції", "Київради", "Минобороны"."""
        lower = word.lower()
        if len(lower) < 5 or word.isupper():
            return False
        if any(lower.startswith(stem) and len(lower) - len(stem) <= 4 for stem in self._compound_whole.get(lang, ())):
            return True
        if self.lemmatizer.is_common(word, lang) or self.resources.is_given_name(word):
            return False
        info = self.info(lower, lang)
        if info.person or info.place:
            return False
        for start in self.words.get(lang, "compound_start"):
            rest = lower[len(start) :]
            if lower.startswith(start) and len(rest) >= 4 and word[len(start) : len(start) + 1].islower():
                return True
        return any(
            lower.endswith(end) and len(lower) - len(end) >= 4 and not lower[: -len(end)].endswith("г")  # -град
            for end in self.words.get(lang, "compound_end")
        )


def prefer_phrases(candidates: list[Candidate]) -> list[Candidate]:
    """Phrase spans win over the natasha and knowledge-base spans they cross or that lie inside them
    (natasha's "Договір підписали ТОВ «Зелена Долина" loses to "ТОВ «Зелена Долина»"); a
    knowledge-base name that holds a whole phrase wins over it."""
    phrases = [c for c in candidates if c.source == "phrase"]
    if not phrases:
        return candidates
    known = [c for c in candidates if c.source == "kb"]
    phrases = [
        p
        for p in phrases
        if not any(k.start <= p.start and p.end <= k.end and (k.start, k.end) != (p.start, p.end) for k in known)
    ]
    others = [
        c for c in candidates if c.source != "phrase" and not any(c.start < p.end and p.start < c.end for p in phrases)
    ]
    return phrases + others
