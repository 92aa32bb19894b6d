"""Lemmas of name words: pymorphy3 for Russian and Ukrainian, simplemma for other languages.

Models are loaded lazily, once per :class:`Lemmatizer` object. simplemma's dictionaries are read
through a memory-frugal stream index kept for every language at once (its process-wide default
keeps eight fully decoded dictionaries, ~900 MB for our languages, and reloads them in turn when
a batch has more languages than that); answers are kept in bounded per-object caches, so a
worker's memory stays flat over a long run.
"""

from __future__ import annotations

import logging
import unicodedata
from functools import lru_cache
from typing import Any

log = logging.getLogger(__name__)

PYMORPHY_LANGS = ("ru", "uk")
SIMPLEMMA_LANGS = frozenset({"bg", "cs", "pl", "sl", "sk", "de", "fr", "es", "it", "en", "nl", "pt", "hr", "sr"})
_PERSONAL_PRONOUNS = {
    "ru": ("я", "ты", "он", "она", "оно", "мы", "вы", "они", "себя"),
    "uk": ("я", "ти", "він", "вона", "воно", "ми", "ви", "вони", "себе"),
}
VOCABULARY_LANGS = SIMPLEMMA_LANGS | frozenset(PYMORPHY_LANGS)  # languages with a general-vocabulary dictionary
_NAME_TAGS = {"PER": ("Surn", "Name", "Patr"), "LOC": ("Geox",), "ORG": ("Orgn",)}
WORD_CACHE_SIZE = 100_000  # (word, lang, kind) answers kept per cache


def _match_case(lemma: str, original: str) -> str:
    if original.isupper() and len(original) > 1:
        return lemma.upper()
    if original[:1].isupper():
        return lemma[:1].upper() + lemma[1:]
    return lemma


class Lemmatizer:
    """Lemmatises the words of a name, keeping their capitalisation; tells common words."""

    def __init__(self, cache_size: int = WORD_CACHE_SIZE) -> None:
        self._morph: dict[str, Any] = {}
        self._pronouns: dict[str, frozenset[str]] = {}
        self._simplemma: tuple[Any, Any] | None = None  # (lemmatizer, dictionary lookup)
        self.word = lru_cache(maxsize=cache_size)(self._word)  # type: ignore[method-assign]
        self.is_known = lru_cache(maxsize=cache_size)(self._is_known)  # type: ignore[method-assign]
        self.lemma_cache = lru_cache(maxsize=cache_size)(self._dictionary_lemma)
        self.is_common = lru_cache(maxsize=cache_size)(self._is_common)  # type: ignore[method-assign]

    def _analyzer(self, lang: str) -> Any:
        if lang not in self._morph:
            import pymorphy3

            self._morph[lang] = pymorphy3.MorphAnalyzer(lang=lang)
        return self._morph[lang]

    def _simplemma_tools(self) -> tuple[Any, Any]:
        if self._simplemma is None:
            import simplemma
            from simplemma.strategies import DefaultStrategy, DictionaryLookupStrategy
            from simplemma.strategies.dictionaries.stream_dictionary_factory import StreamDictionaryFactory

            factory = StreamDictionaryFactory(cache_max_size=len(SIMPLEMMA_LANGS) + len(PYMORPHY_LANGS))
            lemmatizer = simplemma.Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=factory))
            self._simplemma = (lemmatizer, DictionaryLookupStrategy(factory))
        return self._simplemma

    def is_known(self, word: str, lang: str) -> bool:  # replaced by a cached wrapper in __init__
        return self._is_known(word, lang)

    def _is_known(self, word: str, lang: str) -> bool:
        """Whether ``word`` (any case) is in simplemma's dictionary of ``lang`` (general vocabulary)."""
        return self.lemma_cache(word.lower(), lang) is not None

    def dictionary_lemma(self, word: str, lang: str) -> str | None:
        """simplemma's lemma of ``word`` as written (None when unknown): a capitalised lemma is a proper
        noun in the dictionary ("Toruniu" -> "Toruń"), a lower-case one a common word ("Máte" -> "mít")."""
        return self.lemma_cache(word, lang)

    def _dictionary_lemma(self, word: str, lang: str) -> str | None:
        if lang not in VOCABULARY_LANGS or not word:
            return None
        _, lookup = self._simplemma_tools()
        lemma = lookup.get_lemma(unicodedata.normalize("NFC", word), lang)
        return str(lemma) if lemma is not None else None

    def is_common(self, word: str, lang: str) -> bool:  # replaced by a cached wrapper in __init__
        return self._is_common(word, lang)

    def _is_common(self, word: str, lang: str) -> bool:
        """Whether ``word`` is a common word of ``lang`` (its dictionary lemma is lower-case); German
        capitalises every noun, so there any known word counts."""
        if lang == "de":
            return self.is_known(word, lang)
        lemma = self.dictionary_lemma(word, lang)
        if lemma is not None and lemma[:1].islower():
            return True
        # a form of a personal pronoun ("Мені", "Мене") is no name, whatever town it spells
        return lang in PYMORPHY_LANGS and word.lower() in self._pronoun_forms(lang)

    def _pronoun_forms(self, lang: str) -> frozenset[str]:
        """Every case form of the personal pronouns of ``lang`` (ru, uk), by pymorphy3's paradigms."""
        if lang not in self._pronouns:
            forms = {
                form.word
                for pronoun in _PERSONAL_PRONOUNS[lang]
                for reading in self.parses(pronoun, lang)
                if reading.tag.POS == "NPRO"
                for form in reading.lexeme
            }
            self._pronouns[lang] = frozenset(forms)
        return self._pronouns[lang]

    def word(self, token: str, lang: str, kind: str | None = None) -> str:  # replaced by a cached wrapper
        return self._word(token, lang, kind)

    def _word(self, token: str, lang: str, kind: str | None = None) -> str:
        """The lemma of one word of a name of ``kind`` (PER/LOC/ORG) in ``lang``."""
        if not token or not token[0].isalpha() or (token.isupper() and len(token) > 1):
            return token  # acronyms and symbols stay as they are
        if lang in PYMORPHY_LANGS:
            parses = self._analyzer(lang).parse(token)
            if not parses:
                return token
            tags = _NAME_TAGS.get(kind or "", ())
            chosen = next((p for p in parses if any(t in p.tag.grammemes for t in tags)), parses[0])
            if kind == "PER" and {"Surn", "femn"} <= set(chosen.tag.grammemes):
                # keep the feminine surname (Захаровой -> Захарова, not Захаров)
                femn = chosen.inflect({"nomn"})
                if femn is not None:
                    return _match_case(femn.word, token)
            return _match_case(chosen.normal_form, token)
        if lang in SIMPLEMMA_LANGS:
            lemmatizer, _ = self._simplemma_tools()
            lemma = lemmatizer.lemmatize(token, lang=lang)
            if lemma and lemma.lower() != token.lower():
                return _match_case(lemma, token)
        return token

    def parses(self, word: str, lang: str) -> list[Any]:
        """pymorphy3's readings of ``word`` in ``lang`` (ru, uk), most likely first; [] elsewhere."""
        if lang not in PYMORPHY_LANGS or not word:
            return []
        return list(self._analyzer(lang).parse(word))

    def is_person_name(self, word: str, lang: str) -> bool:
        """Whether pymorphy3 (ru, uk) reads ``word`` first as a given name, surname or patronymic."""
        if lang not in PYMORPHY_LANGS:
            return False
        parses = self._analyzer(lang).parse(word)
        return bool(parses) and any(tag in parses[0].tag.grammemes for tag in _NAME_TAGS["PER"])

    def name(self, text: str, lang: str, kind: str | None = None) -> str:
        """The lemma of a name: every word for people and single-word names, else unchanged."""
        words = text.split()
        if kind == "PER" or len(words) == 1:
            return " ".join(self.word(w, lang, kind) for w in words)
        return text
