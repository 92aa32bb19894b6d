"""German names whose kind no word inside them tells: by the article before them, the genitive, the context.

German people's names take no article, but clubs, bands, companies and buildings do: "die Rolling Stones",
"bei den Kaizer Chiefs", "beim Brackwell United". After an article (or a preposition fused with one) an
unknown name is a body; after "im" and "am" (in/at the) it is mostly a place ("im Regent's Park", "am
Loch Ness"), as it is after "in" and "aus" without an article ("in Palo Alto"); after a bare "bei" it is
mostly a club or firm someone works for ("bei Orlando Pirates").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.entities.kind_context import word_before

if TYPE_CHECKING:
    from storyline.entities.detect import MentionDetector
    from storyline.entities.tokens import Token

_GERMAN_PREPOSITIONS_WITH_ARTICLE = frozenset({"im", "am", "beim", "vom", "zum", "zur", "ins"})
_GENITIVE_ATTACHMENTS = frozenset({"der", "des", "eines", "einer", "von", "vom"})
# prepositions of place and direction that take no article before a town: "bis Bonn", "Richtung Graz"
_MORE_PLACE_PREPOSITIONS = frozenset({"bis", "ab", "zwischen", "richtung", "über", "nahe", "gen", "um"})

# "bei" (at, with) before a name without article is mostly a club or firm one works for
_BODY_WORDS = frozenset({"der", "die", "das", "den", "dem", "des", "beim", "zum", "zur", "vom", "bei"})
_PLACE_WORDS = frozenset({"im", "am", "ins", "in", "aus"})
_CLUB_PREPOSITIONS = frozenset({"gegen", "bei", "beim", "zu", "zum", "für"})
_ENGLISH_CLUB_HEADS = frozenset({"City", "Town", "County"})
_EVENT_WORD_LANGS = ("es", "it", "fr")


def german_article_kind(text: str, start: int) -> str | None:
    """ORG after an article or "bei" ("die Rolling Stones"), LOC after "im", "am", "in" or "aus", else None."""
    before = word_before(text, start)
    if before in _BODY_WORDS:
        return "ORG"
    if before in _PLACE_WORDS:
        return "LOC"
    return None


def german_genitive_place(det: MentionDetector, word: str) -> bool:
    """A place's genitive in "-s" ("Frankreichs", "Kairos", "im Süden Polens"): the word without its
    "s" is a place of the knowledge base (not a given name: "Peters" is a person's)."""
    if len(word) < 5 or not word.endswith("s") or word.endswith("ss"):
        return False
    stem = word[:-1]
    if det.resources.is_given_name(stem) or det.german_nouns.is_common(stem):
        return False  # "Landes" is a form of "Land", though a town may be called "Lande"
    if det.lemmatizer.dictionary_lemma(word, "de") == word:
        return False  # a word of its own: "Kürbis"
    if any(e.kind != "LOC" for e in det.kb.lookup(word, "de")):
        return False
    return any(e.kind == "LOC" for e in det._exact(stem))  # exactly a place: "Hingis" is no form of "Hingi"


def german_place_word(det: MentionDetector, text: str, word: Token) -> bool:
    """A German dictionary word that is a known place or town, bare after a preposition of place, a list
    comma, "und" or a bracket ("in Essen", "Wien, Graz", "( Utah )"): German common nouns take an
    article there."""
    before = word_before(text, word.start)
    if before in _GERMAN_PREPOSITIONS_WITH_ARTICLE:
        return False  # "im Alter", "im Einsatz": the article is inside the preposition
    bare = (
        before in det.resources.context.get(("de", "LOC"), ())
        or before in det.resources.context.get(("de", "AND"), ())
        or before in _MORE_PLACE_PREPOSITIONS
        or before in {",", "("}
        or text[max(0, word.start - 2) : word.start].strip() in {",", "("}
    )
    if not bare:
        return False
    if det.resources.is_given_name(word.text) and not any(e.kind == "LOC" for e in det._exact(word.text)):
        return False  # a given name alone, unless it is exactly a place's name ("in Brünn", spelled like "Bruno")
    common = det.german_nouns.is_common(word.text)
    if any(e.kind == "LOC" for e in (det._exact(word.text) if common else det.kb.lookup(word.text, "de"))):
        return True  # a common noun only by its exact name: "in Essen", not "in Form"
    if not det.kb.is_town(word.text):
        return False
    # a town the dictionary knows only as a name ("und Wetzlar"), or any town after "in" or "nach" ("in Lage",
    # "nach Halle") unless a genitive or "von" follows, as in set phrases ("in Form einer", "in Höhe von")
    after = text[word.end : word.end + 10].split()[:1]
    return not common or (before in {"in", "nach"} and not (after and after[0] in _GENITIVE_ATTACHMENTS))


def german_common_noun_match(det: MentionDetector, text: str, word: Token) -> bool:
    """A lone German common noun that the knowledge base matches only loosely or as a town ("Staat" as a
    spelling of the States, "Gerät", "Danach"): no place, unless it stands bare after "in", a comma or "und"."""
    if not det.german_nouns.is_common(word.text):
        return False
    exact = det._exact(word.text)
    weak = all(e.id.startswith(("city/", "sub/")) for e in det.kb.lookup(word.text, "de"))
    return (weak or not exact) and not german_place_word(det, text, word)


def german_club_kind(det: MentionDetector, text: str, words: list[Token]) -> str | None:
    """ORG for a name that ends on a town's name and follows a preposition that sports news use for clubs
    ("gegen Borussia Gladbach", "zum Sportclub Ahlen", "für Union Berlin"), unless it opens with a given
    name ("gegen Paula Erding" is a player)."""
    last = words[-1].text
    if (
        len(words) < 2
        or word_before(text, words[0].start) not in _CLUB_PREPOSITIONS
        or det.resources.is_given_name(words[0].text)
        or det.resources.is_given_name(last)
    ):
        return None
    town = det.kb.is_town(last) or any(e.kind == "LOC" for e in det.kb.lookup(last, "de"))
    return "ORG" if town else None


def english_club_in_german(det: MentionDetector, text: str, words: list[Token]) -> bool:
    """A town and "City", "Town" or "County" in German text is an English club ("Brackwell Town", "Luton
    City"): German names the town itself without the word, so only the club keeps it; unless the whole is a
    known place ("Kansas City")."""
    if len(words) < 2 or words[-1].text not in _ENGLISH_CLUB_HEADS or word_before(text, words[0].start) in _PLACE_WORDS:
        return False  # "im Brackwell County" is the county
    whole = text[words[0].start : words[-1].end]
    return not any(e.kind == "LOC" for e in det.kb.lookup(whole, "de"))


def foreign_event_in_german(det: MentionDetector, words: list[Token]) -> bool:
    """A cup, games or festival named in Spanish, Italian, French or English inside German text ("Copa
    Sudamericana", "Coppa Campania", "Jeux de la Francophonie", "Brackwell Open"): an event, not a body."""
    if len(words) < 2:
        return False
    if words[-1].text == "Open":
        return True
    return any(det.resources.keyword_kind(words[0].text, lang) == "MISC" for lang in _EVENT_WORD_LANGS)


def german_hyphen_compound_kind(det: MentionDetector, word: str) -> str | None:
    """LOC or ORG for a name and a place or body noun joined by a hyphen ("Brackwell-Talsperre",
    "Quornel-Universität", "des Brackwell-Kanals"), when the first part is no common noun."""
    head, _, tail = word.rpartition("-")
    if not head[:1].isupper() or not tail[:1].isupper() or det.german_nouns.is_common(head.split("-")[0]):
        return None
    kind = det.resources.keyword_kind(tail, "de")
    if kind is None and tail.endswith("s"):
        kind = det.resources.keyword_kind(tail[:-1], "de")  # a genitive: "Kanals"
    return kind if kind in {"LOC", "ORG"} else None


def german_loose_match(det: MentionDetector, text: str, word: Token) -> bool:
    """A lone word the knowledge base should not match in German text: a common noun it matches only
    loosely or as a town (:func:`german_common_noun_match`), or a word it matches only as a spelling
    variant that is no German case form of the name ("Lajos" is no form of Laos; "Kataloniens" is one of
    "Katalonien")."""
    if german_common_noun_match(det, text, word):
        return True
    surface = word.text
    if det._exact(surface) or det.resources.country_of_adjective(surface):
        return False
    stems = [surface[:-1]] if surface.endswith(("s", "n")) else []
    if surface.endswith(("es", "en")):
        stems.append(surface[:-2])
    return not any(len(stem) > 2 and det._exact(stem) for stem in stems)
