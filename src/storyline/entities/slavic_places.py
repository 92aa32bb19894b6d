"""Ukrainian and Russian place phrases: streets with their house numbers, regions named by an
adjective and a place noun, and towns after a preposition of place.

Ukrainian news writes addresses and regions as phrases, and the whole phrase is the place:
"вул. Промислова, 29", "вулиці Городоцьку", "Байковому цвинтарі", "Донецькій та Луганській
областях", "Жашківського району Черкаської області", "у Мирнограді". natasha, trained on
Russian news, often reads the one capitalised word of such a phrase as a person.

The grammar (words in ``data/entities/org_phrases.tsv``: ``street``, ``place_head``,
``place_abbreviation``, ``place_ending``, ``town_marker``)::

    street = street-noun ["."] name-word{1,3} ["," number]      ("вул. Р. Люксембург", "пр. Кірова, 20")
           | adjective street-noun ["," number]                ("Тверському бульварі, 18")
    region = adjective [("і"|"та") adjective] place-noun [genitive region]   (the genitive region apart in
                                                                           Ukrainian, as the uk data names it)
    town   = ("у"|"в") word in the locative that is a known or town-shaped place ("у Мирнограді")
           | town-marker ["."] capitalised word                  ("с. Тарасівка", "смт Саврань"):
             the town word alone is the place
"""

from __future__ import annotations

from collections.abc import Callable

from storyline.entities.kb import KnowledgeBase
from storyline.entities.resources import EntityResources
from storyline.entities.tokens import Token

MAX_STREET_WORDS = 3
HOUSE_NUMBER_LANGS = frozenset({"uk"})
SEPARATE_REGION_LANGS = frozenset({"uk"})  # Ukrainian data names "Жашківського району" and "Черкаської області" apart
_CONJUNCTIONS = {"uk": frozenset({"і", "й", "та"}), "ru": frozenset({"и"})}
_IN = {"uk": frozenset({"у", "в"}), "ru": frozenset({"в", "во"})}


class SlavicPlaceFinder:
    """Finds place phrases in Ukrainian and Russian token lists (see the module docs).

    ``words(lang, kind)`` gives a word class of the grammar file; ``info(word, lang)`` pymorphy3's
    summary of a lower-case word (:class:`storyline.entities.slavic_phrases.WordInfo`).
    """

    def __init__(
        self,
        kb: KnowledgeBase,
        resources: EntityResources,
        words: Callable[[str, str], frozenset[str]],
        info: Callable[[str, str], object],
        is_common: Callable[[str, str], bool],
    ) -> None:
        self.kb = kb
        self.resources = resources
        self.words = words
        self.info = info
        self.lemmatizer_is_common = is_common
        self._street_prefixes: dict[str, frozenset[str]] = {}

    def _word(self, token: Token) -> bool:
        return token.is_word and token.text[:1].isalpha()

    def _lemmas(self, token: Token, lang: str) -> frozenset[str]:
        return getattr(self.info(token.text.lower(), lang), "lemmas", frozenset())

    def _cases(self, token: Token, lang: str, field: str) -> frozenset[str]:
        return getattr(self.info(token.text.lower(), lang), field, frozenset())

    def place_at(self, tokens: list[Token], i: int, lang: str) -> int | None:
        """End (exclusive token index) of a place phrase starting at ``tokens[i]``, or None."""
        token = tokens[i]
        if not self._word(token):
            return None
        if token.text.islower():
            return self._street_at(tokens, i, lang)
        if not token.is_capitalised or token.is_acronym:
            return None
        return self._region_at(tokens, i, lang)

    # -- streets ----------------------------------------------------------------------------

    def _is_street_noun(self, token: Token, lang: str) -> bool:
        streets = self.words(lang, "street")
        lower = token.text.lower()
        if lower in streets:
            return True
        prefixes = self._street_prefixes.get(lang)
        if prefixes is None:
            prefixes = self._street_prefixes[lang] = frozenset(word[:2] for word in streets)
        if lower[:2] not in prefixes:
            return False  # most words: no need to ask pymorphy3
        return bool(self._lemmas(token, lang) & streets)

    def _street_at(self, tokens: list[Token], i: int, lang: str) -> int | None:
        n = len(tokens)
        if not self._is_street_noun(tokens[i], lang):
            return None
        k = i + 1
        if k < n and tokens[k].text == ".":
            if tokens[i].text not in self.words(lang, "street_abbreviation"):
                return None  # "на улицах. За ..." ends a sentence
            k += 1
        end = None
        words = 0
        while k < n and words < MAX_STREET_WORDS:
            token = tokens[k]
            if not (self._word(token) and token.is_capitalised) or self.resources.is_not_name(token.text, lang):
                break
            if len(token.text) == 1 and k + 1 < n and tokens[k + 1].text == ".":
                k += 2  # an initial: "вул. Р. Люксембург"
                continue
            words += 1
            k += 1
            end = k
        if end is None or (end == i + 2 and self._is_known_place(tokens[i + 1], lang)):
            return None  # "улицы Лондона" are a town's streets
        return self._house_number(tokens, end, lang)

    def _is_known_place(self, token: Token, lang: str) -> bool:
        if getattr(self.info(token.text.lower(), lang), "place", False):
            return True
        return any(e.kind == "LOC" for e in self.kb.lookup(token.text, lang))

    def _house_number(self, tokens: list[Token], k: int, lang: str) -> int:
        """``k`` moved past a house number: ", 7", " 362", ", 132-А", ", 5 / 2а", ", буд. 29" (Ukrainian
        news data takes the number into the address; Russian data leaves it out)."""
        n = len(tokens)
        if lang not in HOUSE_NUMBER_LANGS:
            return k
        j = k + 1 if k < n and tokens[k].text == "," else k
        if j + 2 < n and tokens[j].text.lower() in {"буд", "д"} and tokens[j + 1].text == ".":
            j += 2
        if j < n and tokens[j].text[:1].isdigit():
            j += 1
            if j + 1 < n and tokens[j].text == "/" and tokens[j + 1].text[:1].isdigit():
                j += 2
            return j
        return k

    # -- regions and named places -----------------------------------------------------------

    def _place_noun_end(self, tokens: list[Token], k: int, lang: str) -> int | None:
        """End of a place noun at ``tokens[k]`` ("області", "районі", "обл.", "р-ні", "цвинтарі")."""
        if k >= len(tokens) or not self._word(tokens[k]) or not tokens[k].text.islower():
            return None
        token = tokens[k]
        if token.text in self.words(lang, "place_abbreviation"):
            return k + 2 if k + 1 < len(tokens) and tokens[k + 1].text == "." else k + 1
        if self._lemmas(token, lang) & self.words(lang, "place_head") or self._is_street_noun(token, lang):
            return k + 1
        return None

    def _is_adjective(self, token: Token, lang: str) -> bool:
        return self._word(token) and token.is_capitalised and bool(self._cases(token, lang, "adjective_cases"))

    def _region_at(self, tokens: list[Token], i: int, lang: str) -> int | None:
        n = len(tokens)
        if not self._is_adjective(tokens[i], lang):
            return None
        k = i + 1
        if k + 1 < n and tokens[k].text in _CONJUNCTIONS.get(lang, ()) and self._is_adjective(tokens[k + 1], lang):
            k += 2  # "Донецькій та Луганській областях"
        end = self._place_noun_end(tokens, k, lang)
        if end is None:
            return None
        if self._is_street_noun(tokens[k], lang):
            return self._house_number(tokens, end, lang)  # "Тверському бульварі, 18"
        if end < n and lang not in SEPARATE_REGION_LANGS and self._is_adjective(tokens[end], lang):
            outer = self._place_noun_end(tokens, end + 1, lang)
            if outer is not None and "gent" in self._cases(tokens[end], lang, "adjective_cases"):
                return outer  # "Жашковского района Черкасской области"
        return end

    # -- towns -------------------------------------------------------------------------------

    def town_word_at(self, tokens: list[Token], i: int, lang: str) -> bool:
        """Whether ``tokens[i]`` is a town named after a marker or a preposition of place."""
        token = tokens[i]
        if i == 0 or not (self._word(token) and token.is_capitalised) or token.is_acronym:
            return False
        if self.resources.is_given_name(token.text) or self.resources.is_not_name(token.text, lang):
            return False
        before = tokens[i - 1]
        if before.text == "." and i >= 2:  # "с. Тарасівка", "г. Тверь"
            return tokens[i - 2].text in self.words(lang, "town_abbreviation") and (i < 3 or tokens[i - 3].text != ".")
        if before.text in self.words(lang, "town_marker"):
            return True  # "смт Саврань", "у селі Гаврилівка"
        if before.text.lower() in self.words(lang, "place_preposition"):
            return self._lifeless_unknown(token, lang)  # "до Коломиї", "під Фастовом"
        if before.text.lower() not in _IN.get(lang, ()):
            return False
        if any(e.kind == "LOC" for e in self.kb.lookup(token.text, lang)):
            return True  # "у Харкові", which pymorphy3 also reads as a surname
        info = self.info(token.text.lower(), lang)
        cases: frozenset[str] = getattr(info, "noun_cases", frozenset())
        into = "accs" in cases and getattr(info, "inanimate", False)  # "у Рівне"
        if ("loct" not in cases and not into) or getattr(info, "person", True):
            return False
        if getattr(info, "place", False):
            return True
        if token.text.lower().endswith(tuple(self.words(lang, "place_ending"))):
            return True
        # a lifeless noun in the locative after "у"/"в" that no detector knows: "у Коломиї", "у Вавелі"
        return lang == "uk" and getattr(info, "inanimate", False) and not getattr(info, "may_be_person", True)

    def _lifeless_unknown(self, token: Token, lang: str) -> bool:
        """A capitalised word that pymorphy3 reads only as a lifeless noun, no common word and no body the
        knowledge base knows: after a preposition of place it names a place."""
        info = self.info(token.text.lower(), lang)
        if lang != "uk" or not getattr(info, "inanimate", False) or getattr(info, "may_be_person", True):
            return False
        if self.lemmatizer_is_common(token.text, lang):
            return False
        return not any(e.kind != "LOC" for e in self.kb.lookup(token.text, lang))
