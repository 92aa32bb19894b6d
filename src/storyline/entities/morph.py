"""Lemmas of name words: pymorphy3 for Russian and Ukrainian, simplemma for other languages.

Models are loaded lazily, once per :class:`Lemmatizer` object.
"""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)

PYMORPHY_LANGS = ("ru", "uk")
SIMPLEMMA_LANGS = frozenset({"bg", "cs", "pl", "sl", "sk", "de", "fr", "es", "it", "en", "nl", "pt", "hr", "sr"})
_NAME_TAGS = {"PER": ("Surn", "Name", "Patr"), "LOC": ("Geox",), "ORG": ("Orgn",)}


def _match_case(lemma: str, original: str) -> str:
    if original.isupper() and len(original) > 1:
        return lemma.upper()
    if original[:1].isupper():
        return lemma[:1].upper() + lemma[1:]
    return lemma


class Lemmatizer:
    """Lemmatises the words of a name, keeping their capitalisation."""

    def __init__(self) -> None:
        self._morph: dict[str, Any] = {}

    def _analyzer(self, lang: str) -> Any:
        if lang not in self._morph:
            import pymorphy3

            self._morph[lang] = pymorphy3.MorphAnalyzer(lang=lang)
        return self._morph[lang]

    def word(self, token: str, lang: str, kind: str | None = None) -> str:
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
            import simplemma

            lemma = simplemma.lemmatize(token, lang=lang)
            if lemma and lemma.lower() != token.lower():
                return _match_case(lemma, token)
        return token

    def name(self, text: str, lang: str, kind: str | None = None) -> str:
        """The lemma of a name: every word for people and single-word names, else unchanged."""
        words = text.split()
        if kind == "PER" or len(words) == 1:
            return " ".join(self.word(w, lang, kind) for w in words)
        return text
