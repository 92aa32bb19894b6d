"""Words capitalised only because they open a sentence ("However", "Według", "Nel"), told apart from
names that open one ("Danny Howard would ...", "Chicago remained ...").

simplemma's dictionaries hold proper nouns too, with a capitalised lemma ("Chicago", "Danny"); a word is
taken for a common opener when its lemma as written is lower-case, or when only its lower-case form is
known. German capitalises every noun, so there any known word counts (as before); the languages of
``LEMMA_CASE_LANGS`` use the lemma's case, the others keep the plain dictionary test. The Russian,
Ukrainian, Bulgarian and Czech dictionaries hold surnames with a capital too ("Сталин", "Брежнєв",
"Masaryk"), so a surname opening a sentence there stays a name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.entities.morph import Lemmatizer
from storyline.entities.tokens import Token

if TYPE_CHECKING:
    from storyline.entities.detect import MentionDetector

LEMMA_CASE_LANGS = frozenset({"en", "fr", "es", "it", "pl", "sl", "ru", "uk", "bg", "cs"})
_LISTED_ALIAS_LANGS = frozenset({"fr", "es", "it"})  # names not inflected: listed as written


def common_opener(lemmatizer: Lemmatizer, word: str, lang: str) -> bool:
    """Whether ``word``, opening a sentence, is a common word rather than a name."""
    if lang not in LEMMA_CASE_LANGS:
        return lemmatizer.is_known(word, lang)
    lemma = lemmatizer.dictionary_lemma(word, lang)
    if lemma is not None:
        return lemma[:1].islower()
    return lemmatizer.is_known(word, lang)


def _lone_common_opener(det: MentionDetector, text: str, word: Token, lang: str) -> bool:
    """A lone word opening a sentence that the dictionary knows only as a common word, also when it is
    elided ("Nell'estate"): not English, where a lone opening "Pat" or "Bill" is more often a person."""
    if lang not in LEMMA_CASE_LANGS or lang == "en":
        return False
    if text[word.end : word.end + 1] in {"'", "’"} or text[word.end : word.end + 2] in {" '", " ’"}:
        return det.lemmatizer.is_known(f"{word.text}'", lang)
    lemma = det.lemmatizer.dictionary_lemma(word.text, lang)
    return lemma is not None and lemma[:1].islower()


def _inflected_common_form(lemmatizer: Lemmatizer, word: str, lang: str) -> bool:
    """Whether the dictionary reads ``word`` as an inflected form of a lower-case word: "Sollte" ->
    "sollen" (a verb), unlike "Frank" -> "frank", which is as much a given name as an adjective."""
    lemma = lemmatizer.dictionary_lemma(word, lang)
    return lemma is not None and lemma[:1].islower() and lemma != word.lower()


def _foreign_alias_only(det: MentionDetector, words: list[Token], lang: str) -> bool:
    """A lone common word of a Romance language that the knowledge base knows only as a name in other
    languages, through the spelling-variant key ("Venne", "Viene" opening an Italian sentence are verbs,
    not the French "Vienne"): names are not inflected there, so a name of ``lang`` is listed as written."""
    if lang not in _LISTED_ALIAS_LANGS or len(words) != 1 or not common_opener(det.lemmatizer, words[0].text, lang):
        return False
    listed = {lang, "*"}
    return not any(
        words[0].text in names
        for e in det.kb.lookup(words[0].text, lang)
        for code, names in e.aliases.items()
        if code in listed
    )


def drop_common_openers(det: MentionDetector, text: str, words: list[Token], lang: str) -> list[Token]:
    """Drop the sentence's first word when it is capitalised only because it starts the sentence."""
    if not words:
        return words
    word = words[0]
    surface = text[word.start : words[-1].end]
    function_words = (
        det.resources.context.get((lang, "LOC"), frozenset())
        | det.resources.context.get((lang, "AND"), frozenset())
        | det.resources.context.get((lang, "OPEN"), frozenset())
    )
    if word.text.lower() in function_words:
        return words[1:]  # "Z Parlamentu Europejskiego", "In Lebanon"
    if lang == "en" and word.text in {"A", "An"} and len(words) > 1 and words[1].text != ".":
        return words[1:]  # "A Harvard University study": an indefinite article opens no name
    if word.is_acronym:
        return words
    if det.resources.is_given_name(word.text):
        if lang == "de" and _inflected_common_form(det.lemmatizer, word.text, lang):
            return words[1:]  # "Sollte Putin kommen": a verb's form that the given names list also holds
        if (
            len(words) == 1
            and _lone_common_opener(det, text, word, lang)
            and not det.mononyms.is_person(word.text, lang)
        ):
            return []  # "Oggi", "Alla", "Nell'" open Italian sentences, whatever given names they resemble
        return words
    if len(words) > 1 and det.resources.keyword_kind(word.text, lang) in {"ORG", "LOC"}:
        return words  # a marker word heading a name: "Selección de fútbol de Grecia", "Ligue nationale"
    if lang == "it" and det.italian_runs.birth_participle(text, words):
        return words[1:]  # "Nato a Lucerna": born, not NATO
    if (det.strong_kb_match(surface, lang) or det.strong_kb_match(word.text, lang)) and not _foreign_alias_only(
        det, words, lang
    ):
        return words
    if lang == "de":  # not the names the German dictionary holds: "Clara Schumann spielte …"
        return words[1:] if det.german_nouns.is_common(word.text) else words
    return words[1:] if common_opener(det.lemmatizer, word.text, lang) else words
