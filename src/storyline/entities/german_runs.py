"""German capitalised runs: common nouns before a name are no part of it.

German capitalises every noun, so a run of capitalised words often opens with descriptors:
"Überraschungsmeister Kettering Town", "Co-Trainer von Jonas Brehmer", "Roman von Ilse Rauter",
"Liga zu Bergheim United". A descriptor is a dictionary noun, or a compound or hyphenated word that ends
in one ("Überraschungs|meister", "Co-|Trainer"), and neither a known place nor a town.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.entities.german_kinds import german_genitive_place
from storyline.entities.name_shapes import drop_german_descriptors
from storyline.entities.tokens import Token

if TYPE_CHECKING:
    from storyline.entities.detect import MentionDetector

MIN_COMPOUND_HEAD = 5  # letters of the noun closing a compound ("meister"; "burg", "berg" are too short)
MIN_COMPOUND_LEFT = 4  # letters before it ("Überraschungs-")
# nouns of settlements and features that stand before a place's name without belonging to it (unlike
# "Provinz", "Kanton", "Schloss", which names of provinces and castles hold)
_SETTLEMENT_NOUNS = frozenset(
    {
        "insel", "inseln", "fluss", "nebenfluss", "stadt", "kleinstadt", "großstadt", "hauptstadt",
        "hafenstadt", "metropole", "ortschaft", "gemeinde", "dorf", "stadtteil", "ortsteil", "vorort",
        "bundesstaat", "bundesstaaten", "staaten", "provinzen", "landschaft", "berg",
    }
)  # fmt: skip
# German connectors a descriptor may stand before ("Co-Trainer von X"); not name particles ("van", "dos")
_GERMAN_CUT_CONNECTORS = frozenset({"von", "zu", "für"})
# nouns of set phrases that often follow a name: "führte X Regie", "holte X Silber"
_PHRASE_NOUNS = frozenset({"regie", "gold", "silber", "bronze", "bescheid", "abschied", "konkurrenz", "platz"})
_NOUN_SUFFIXES = ("ung", "ungen", "heit", "keit", "schaft", "ität")


def _is_common(det: MentionDetector, word: str) -> bool:
    return det.german_nouns.is_common(word)


def compound_of_common_noun(det: MentionDetector, word: str) -> bool:
    """Whether ``word`` is a hyphenated or closed compound whose last part is a dictionary noun."""
    if "-" in word:
        tail = word.rsplit("-", 1)[1]
        return len(tail) >= 3 and tail[:1].isupper() and _is_common(det, tail)
    for cut in range(MIN_COMPOUND_LEFT, len(word) - MIN_COMPOUND_HEAD + 1):
        tail = word[cut:]
        if tail[:1].islower() and _is_common(det, tail[:1].upper() + tail[1:]):
            return True
    return False


def german_descriptor(det: MentionDetector, word: str) -> bool:
    """A German common noun (or a compound of one) that is neither a known place nor a town ("Regisseur",
    "Co-Trainer", "Überraschungsmeister"; not "Manchester")."""
    if not word[:1].isupper() or det.kb.lookup(word, "de") or det.kb.is_town(word):
        return False
    return _is_common(det, word) or compound_of_common_noun(det, word)


def cut_before_connector(det: MentionDetector, words: list[Token]) -> list[Token]:
    """The words after the first connector when all the words before it are descriptors and a word that is
    no common noun follows: "Co-Trainer von Jonas Brehmer" -> "Jonas Brehmer". Marker words keep the run whole
    ("Universität von Kalifornien", "Bank für Internationalen Zahlungsausgleich"); a dictionary noun that
    also spells a town somewhere ("Roman") still counts as a descriptor here."""
    for k, word in enumerate(words):
        if k == 0 or word.text not in _GERMAN_CUT_CONNECTORS:
            continue
        head, rest = words[:k], words[k + 1 :]
        if not any(w.is_capitalised and not _is_common(det, w.text) for w in rest):
            return words
        if all(
            w.is_word
            and not w.is_acronym
            and not det.resources.keyword_kind(w.text, "de")
            and (det.is_common_word(w.text, "de") or compound_of_common_noun(det, w.text))
            and not det.strong_kb_match(w.text, "de")
            and not det.resources.is_given_name(w.text)  # "Erich von Stroheim"
            for w in head
        ):
            return rest
        return words
    return words


def cut_kind_noun(det: MentionDetector, words: list[Token]) -> tuple[list[Token], str | None]:
    """A noun naming a kind of body before the name ("Verein Harwell City", "Klub Brackwood County", "Gruppe
    Nachtfalter") is cut off, and tells the kind: ORG; so is a noun of settlements: LOC, and one of works,
    products and storms: MISC."""
    if len(words) < 2 or not (words[1].is_word and words[1].is_capitalised):
        return words, None
    if det.kind_context.noun_kind(words[0].text, "de") == "ORG":
        return words[1:], "ORG"
    if words[0].text.lower() in _SETTLEMENT_NOUNS:
        return words[1:], "LOC"  # "die Kleinstadt Quornbach", "auf der Insel Brackholm"
    if det.context_cues.before.get("de", {}).get(words[0].text.lower()) == "MISC":
        return words[1:], "MISC"  # a work's, product's or storm's name: "Album Nachtfalter", "Hurrikan Greta"
    return words, None


def _noun_before_genitive(det: MentionDetector, word: Token) -> bool:
    return (
        word.is_word
        and det.is_common_word(word.text, "de")
        and not det.kb.lookup(word.text, "de")
        and not det.resources.is_given_name(word.text)  # "Greta Hingis" is a person
    )


def cut_before_genitive_place(det: MentionDetector, words: list[Token]) -> list[Token]:
    """Nouns before a place in the genitive are no part of it: "Norden Frankreichs" -> "Frankreichs" (any
    word the dictionary knows, "Norden" too, but no place or given name: "Chicago Bears" stays)."""
    if (
        len(words) >= 2
        and german_genitive_place(det, words[-1].text)
        and all(_noun_before_genitive(det, w) for w in words[:-1])
    ):
        return words[-1:]
    return words


def _closing_common_noun(det: MentionDetector, word: Token) -> bool:
    """A common noun that follows a name in German word order rather than closing it ("… Bronze gewann",
    "… Darstellung"): a noun made with a German suffix no surname has ("-ung", "-heit") or a noun of a set
    phrase ("Regie führen"). Other dictionary nouns are not enough: many surnames are such ("Fischer",
    "Dietrich"), and so are English plurals in clubs' names ("Orlando Pirates")."""
    text = word.text
    if not word.is_word or word.is_acronym or det.resources.keyword_kind(text, "de") or det.kb.lookup(text, "de"):
        return False
    lowered = text.lower()
    return lowered in _PHRASE_NOUNS or (lowered.endswith(_NOUN_SUFFIXES) and _is_common(det, text))


def _place_adjective(det: MentionDetector, word: str) -> bool:
    """An adjective in "-er" made from a place's name ("Kölner", "Stuttgarter"), which names open."""
    return word.endswith("er") and (bool(det.kb.lookup(word[:-2], "de")) or det.kb.is_town(word[:-2]))


def cut_trailing_common_nouns(det: MentionDetector, words: list[Token]) -> list[Token]:
    """Common nouns after a name are no part of it: "Anna Berghoff Bronze (gewann)" -> "Anna Berghoff",
    "Yale University Vorlesungen (hielt)". The word before them must be no common word and no place
    adjective in "-er" ("Kölner Dom" is a name), and connectors left at the end go too."""
    end = len(words)
    while end > 1 and _closing_common_noun(det, words[end - 1]):
        end -= 1
    if end == len(words):
        return words
    while end > 1 and (not words[end - 1].is_word or det.resources.is_connector(words[end - 1].text, "de")):
        end -= 1
    last = words[end - 1].text
    if _place_adjective(det, last) or _is_common(det, last) or not words[end - 1].is_capitalised:
        return words
    return words[:end]


def german_name_words(det: MentionDetector, words: list[Token]) -> tuple[list[Token], str | None]:
    """The words of a German run that belong to the name, and the kind the cut words tell (or None)."""
    words, hint = cut_kind_noun(det, cut_trailing_common_nouns(det, cut_before_genitive_place(det, words)))
    words, descriptor_hint = drop_german_descriptors(
        cut_before_connector(det, words),
        det.resources,
        lambda word: german_descriptor(det, word),
        lambda word: det.kind_context.noun_kind(word, "de"),
    )
    return words, hint or descriptor_hint


def german_noun_after_den(det: MentionDetector, word: str) -> bool:
    """A dictionary noun after "den", which then is an article of the object, not a connector inside a name
    ("der Verein den Kader hielt", "kehrte dem Klub den Rücken")."""
    return det.is_common_word(word, "de") or compound_of_common_noun(det, word)
