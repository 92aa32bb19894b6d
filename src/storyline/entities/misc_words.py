"""Words that name a language, a faith or a broad group of peoples: MISC, never a place or a person.

"written in Latin", "translated into Hindi", "on Catholic doctrine", "the Hispanic population": a
lone capitalised word after a preposition of place would otherwise be taken for a place. Language
names are every one-word language name CLDR gives in the article's language (via babel); faiths
and groups are hand-typed in ``storyline/data/entities/misc_words.tsv``. A word that the knowledge
base or the town list knows as a place ("Alabama", "Tonga") is left to them.
"""

from __future__ import annotations

from collections.abc import Callable

from babel import Locale, UnknownLocaleError

from storyline.entities.resources import WordLists


class MiscWordLists(WordLists):
    FILE = "misc_words.tsv"


class MiscWords:
    """``is_misc(word, lang)``: whether a lone capitalised word names a language, faith or group."""

    def __init__(self, is_place: Callable[[str], bool]) -> None:
        self._is_place = is_place
        self._lists = MiscWordLists.load()
        self._by_lang: dict[str, frozenset[str]] = {}

    def _words(self, lang: str) -> frozenset[str]:
        words = self._by_lang.get(lang)
        if words is None:
            try:
                languages: list[str] = list(Locale.parse(lang).languages.values())
            except (UnknownLocaleError, ValueError):
                languages = []
            names = {name.casefold() for name in languages if " " not in name}
            for kind in ("FAITH", "GROUP"):
                names |= {word.casefold() for word in self._lists.get(lang, kind)}
            words = frozenset(names)
            self._by_lang[lang] = words
        return words

    def is_misc(self, word: str, lang: str) -> bool:
        return " " not in word and word.casefold() in self._words(lang) and not self._is_place(word)
