"""German common nouns told apart from the proper nouns simplemma's German dictionary also holds.

German capitalises every noun, so the case of a word says nothing; and simplemma's German dictionary
holds many proper nouns ("Goethe", "Mozart", "Leibniz") besides common ones. A word counts as a
common word here when the dictionary reads it as another word's form ("Szenen" -> "Szene", "Spielte" ->
"spielen"), or when it knows an inflected form of it: a plural or case ending ("Tisch|e", "Linie|n",
"Absicht|en"), a Latin or Italian plural ("Liga" -> "Ligen", "Album" -> "Alben"), or an umlaut plural
("Bach" -> "Bäche"). A genitive "-s" proves nothing: names take it too ("Mozarts"). Names of people and
places rarely have such forms, so they are no longer taken for common nouns ("Clara Schumann").
"""

from __future__ import annotations

from functools import lru_cache

from storyline.entities.morph import Lemmatizer

_ENDINGS = ("e", "en", "n", "er", "ern", "nen", "es")
# a final syllable replaced in the plural: "Liga" -> "Ligen", "Album" -> "Alben", "Thema" -> "Themen"
_REPLACED_ENDINGS = {"a": ("en",), "um": ("en", "a"), "us": ("en", "i"), "on": ("en", "a"), "o": ("en", "i", "s")}
_UMLAUTS = {"a": "ä", "o": "ö", "u": "ü"}
_UMLAUT_ENDINGS = ("e", "er", "en", "")
CACHE_SIZE = 50_000


def inflected_forms(word: str) -> list[str]:
    """Forms a German noun ``word`` may take in the plural or another case, other than the genitive "-s"."""
    forms = [word + ending for ending in _ENDINGS]
    for end, replacements in _REPLACED_ENDINGS.items():
        if word.endswith(end) and len(word) > len(end) + 2:
            forms += [word[: -len(end)] + replacement for replacement in replacements]
    for k in range(len(word) - 1, 0, -1):  # the last a, o or u takes the umlaut: "Stadt" -> "Städte"
        vowel = word[k]
        if vowel in _UMLAUTS:
            if vowel == "u" and word[k - 1] == "a":  # "Haus" -> "Häuser"
                k, vowel = k - 1, "a"
            umlauted = word[:k] + _UMLAUTS[vowel] + word[k + 1 :]
            forms += [umlauted + ending for ending in _UMLAUT_ENDINGS]
            break
    return [form for form in forms if form != word]


class GermanNouns:
    """Asks simplemma's German dictionary whether a capitalised word is a common word."""

    def __init__(self, lemmatizer: Lemmatizer, cache_size: int = CACHE_SIZE) -> None:
        self.lemmatizer = lemmatizer
        self.is_common = lru_cache(maxsize=cache_size)(self._is_common)  # type: ignore[method-assign]

    def is_common(self, word: str) -> bool:  # replaced by a cached wrapper in __init__
        return self._is_common(word)

    def _is_common(self, word: str) -> bool:
        """Whether ``word`` is a German common word (noun or other), not only a name the dictionary knows."""
        lemma = self.lemmatizer.dictionary_lemma(word, "de")
        if lemma is None:
            return self.lemmatizer.is_known(word, "de")  # only its lower-case form is known: "Über"
        if lemma != word:
            return True  # a form of another word: "Szenen", "Spielte"
        return any(self.lemmatizer.dictionary_lemma(form, "de") == word for form in inflected_forms(word))
