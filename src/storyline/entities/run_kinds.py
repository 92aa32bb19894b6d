"""The kind of a capitalised run from the words inside it: marker words ("University", "River"), given
names, initials, acronyms, known places inside a team's or company's name, German dictionary nouns.

Moved out of :mod:`storyline.entities.detect`; the functions read the detector's dictionaries and knowledge
base. ``None`` means the words do not tell (the stage decides from context), ``"DROP"`` that the run is
no name.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from storyline.entities.german_kinds import (
    english_club_in_german,
    foreign_event_in_german,
    german_article_kind,
    german_club_kind,
    german_genitive_place,
    german_hyphen_compound_kind,
    german_place_word,
)
from storyline.entities.german_runs import compound_of_common_noun
from storyline.entities.german_teams import holds_club_number
from storyline.entities.kb import KBEntry
from storyline.entities.kind_context import in_quotes, inside_quotation, word_before
from storyline.entities.name_shapes import english_head_kinds, has_initial, initials_then_surname
from storyline.entities.names import variant_key
from storyline.entities.tokens import Token

if TYPE_CHECKING:
    from storyline.entities.detect import MentionDetector

_TITLE_QUOTE_LANGS = frozenset({"en", "de", "fr", "es", "it", "pl"})  # not ru uk bg: «Газпром» is a body
# a well-formed numeral only: "ICC" (the court) and "CCI" are letters, not numbers
_ROMAN_NUMERAL = re.compile(r"^M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")
_NUMBER_AFTER = re.compile(r"[ \t]?[-–]?[ \t]?\d")
_SCORE = re.compile(r"\s*\d+\s*[-–]\s*\d")  # "Leeds Rhinos 22 – 18": a result, not part of the name


def is_roman_numeral(word: str) -> bool:
    """A well-formed upper-case Roman numeral of two letters or more ("XI", "XVIII"; not "ICC")."""
    return len(word) > 1 and _ROMAN_NUMERAL.match(word) is not None


def _is_country(entry: KBEntry) -> bool:
    return entry.id.startswith("loc/") and len(entry.id) == 7  # loc/<ISO3>


def _plain_town(det: MentionDetector, word: str) -> bool:
    """A known town's name that is not a given name ("Roma", "Trapani"; not "Marcia")."""
    return det.kb.is_town(word) and not det.resources.is_given_name(word)


def _compass_place(det: MentionDetector, word: str, lang: str) -> bool:
    """A compass prefix written together with a known place: "Ostafrika", "Süddeutschland"."""
    rest = det.place_endings.compass_rest(word, lang)
    return rest is not None and any(e.kind == "LOC" for e in det.kb.lookup(rest, lang))


def _ends_like_place(det: MentionDetector, word: str, lang: str) -> bool:
    """An unknown word with a place-name ending ("Gostkowo", "Płońsk"), not a given name or a people's name."""
    return (
        det.place_endings.looks_like_place(word, lang)
        and not det.resources.is_given_name(word)
        and not det.resources.country_of_adjective(word)
        and not det.lemmatizer.is_common(word, lang)
    )


def names_a_body(det: MentionDetector, text: str, words: list[Token], lang: str) -> bool:
    """A short name (not opening with a given name) that holds a known place or a country adjective
    is a club, company or body, not a person: "Legia Warsaw", "Miami Heat", "Deutsche Bahn"; and
    so is an English name opening with "The" ("The Beatles")."""
    if words[0].text == "The" and len(words) > 1 and not inside_quotation(text, words[0].start):
        return True  # in any language: bands and teams ("The Rolling Stones"); a quoted one is a title
    if any(det.resources.is_connector(w.text, lang) for w in words):
        return False  # "Congresso di Vienna", "Chiusi della Verna": the place may name what the rest is
    for index, word in enumerate(words):
        if not word.is_capitalised or len(word.text) < 4 or det.resources.is_given_name(word.text):
            continue
        if det.resources.country_of_adjective(word.text):
            return True
        places = det._exact(word.text)
        if not places and not (lang == "de" and index == 0):  # German: "Connie" is no spelling of Konya
            # a spelling variant counts for hand-written places only: "Angie" is no spelling of a town
            places = [e for e in det.kb.rank_ids(det.kb._key.get(variant_key(word.text), [])) if not e.generated]
        if index == 0:  # "Ukraine Kuleba" after a title is a country and a person
            places = [e for e in places if not _is_country(e)]
        if any(e.kind == "LOC" and not e.id.startswith("sub/") for e in places):
            return True
    return False


def place_prefix(det: MentionDetector, text: str, words: list[Token], lang: str) -> bool:
    """Whether the name opens with a known place of one or two words ("Detroit", "New York")."""
    if det.resources.is_given_name(words[0].text) or det.resources.is_given_name(words[-1].text):
        return False
    for n in (3, 2, 1):
        if n < len(words) and any(
            e.kind == "LOC" for e in det.kb.lookup(text[words[0].start : words[n - 1].end], lang)
        ):
            return True
    return False


# Languages where an unknown two-letter acronym is mostly a term ("EP", "LP", "DJ", "OS"); in the Slavic
# languages parties and bodies often have two letters (sl "SD", uk "ВР", "ОП").
_TWO_LETTER_TERM_LANGS = frozenset({"en", "de", "fr", "es", "it", "nl", "pt"})


# English words after which an unknown run of capitalised words is no person's name: a person takes no
# article, and is not where things happen.
_PLACE_BEFORE_RUN = frozenset({"the", "at", "near", "via", "through", "outside", "across"})


# English nouns of things an acronym often qualifies ("the USB port", "a DNA sequence"): the acronym is
# a term there, not a body's name.
_THING_NOUN_WORDS = (
    "program programs programme address addresses system systems chip chips format formats standard "
    "standards protocol protocols file files code codes level levels users technology broadcasting signal "
    "signals cable interface port mode model card drive disk memory software hardware award awards rating "
    "score scores test tests gene genes protein proteins receptor receptors virus vaccine drug molecule "
    "motif sequence axis transmitter receiver engine engines stage rocket missile missiles reactor boats "
    "boat"
)
_THING_NOUNS = frozenset(_THING_NOUN_WORDS.split())


def _model_letters(word: str) -> bool:
    """An acronym with a one-letter or Roman-numeral part names a variant, stage or edition of a thing
    ("DVB-T", "S-II", "XR-V"), not a body ("AFL-CIO", "WJZ-TV")."""
    parts = word.split("-")
    return len(parts) > 1 and any(len(part) == 1 or is_roman_numeral(part) for part in parts)


def _body_noun_before(det: MentionDetector, text: str, words: list[Token], lang: str) -> bool:
    """A lower-case noun of bodies right before a name that does not open with a given name ("the band
    Velvet Orchard", "la società Keolis"; not "Team Jones", nor "the club Dave Hale joined")."""
    before = text[max(0, words[0].start - 30) : words[0].start].split()[-1:]
    return (
        bool(before)
        and before[0].islower()
        and det.kind_context.apposition_kind(text, words[0].start, lang) == "ORG"
        and not det.resources.is_given_name(words[0].text)
    )


def _plural_head(word: str) -> bool:
    """A capitalised English plural ("Hawks", "Lanterns") or a numbered nickname ("76ers"), not a word that
    only ends in s ("Regulus")."""
    shaped = (word[:1].isupper() or word[:1].isdigit()) and word[1:].lower() == word[1:]
    return shaped and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _thing_noun_after(text: str, end: int) -> bool:
    after = text[end : end + 30].split()[:1]
    return bool(after) and after[0] in _THING_NOUNS


def _defined_in_brackets(text: str, word: Token) -> bool:
    """Whether an acronym stands in brackets right after lower-case words, which it abbreviates
    ("read-only memory (ROM)"); an English or German body's acronym follows its capitalised name (the
    Romance and Slavic languages write bodies' names in lower case: "Partito democratico (PD)")."""
    head = text[max(0, word.start - 40) : word.start].rstrip()
    if not head.endswith("(") or not text[word.end : word.end + 2].lstrip().startswith(")"):
        return False
    before = head[:-1].split()
    return bool(before) and before[-1][:1].islower()


# English head nouns of places that are common surnames too: after a given name they end a person's name
# ("Adam West", "Damon Hill", "Sally Field", "Monty Hall"), not a place's.
_SURNAME_HEAD_WORDS = (
    "west east north south field fields hall hill hills wood woods brooks marsh heath mills ford bell "
    "banks walls rivers firth brook"
)
_SURNAME_HEADS = frozenset(_SURNAME_HEAD_WORDS.split())


def _given_name_and_surname_head(det: MentionDetector, words: list[Token]) -> bool:
    return len(words) == 2 and words[-1].text.lower() in _SURNAME_HEADS and det.resources.is_given_name(words[0].text)


def _place_head_for(det: MentionDetector, words: list[Token]) -> bool:
    """A place's head word followed by "for" names a body: "Centre for Policy Studies" (but "Kelvin Centre")."""
    return any(
        det.resources.keyword_kind(word.text, "en") == "LOC" and after.text == "for" for word, after in pairwise(words)
    )


def guess_run_kind(det: MentionDetector, text: str, words: list[Token], lang: str, after_title: bool) -> str | None:
    if len(words) > 1 and lang in _TITLE_QUOTE_LANGS and in_quotes(text, words[0].start, words[-1].end):
        return "MISC"  # the whole of a quotation is a title: "God Bless America", "Il nome della rosa"
    if (
        lang == "en"
        and len(words) > 1
        and _NUMBER_AFTER.match(text, words[-1].end)
        and not _SCORE.match(text, words[-1].end)
    ):
        return "MISC"  # a numbered event, flight or edition: "UEFA Euro 2016", "Harwell Airlines Flight 212"
    if _body_noun_before(det, text, words, lang):
        return "ORG"  # "the band Velvet Orchard", "the label Big Wheel Tapes": a noun of bodies before the name
    if lang == "de" and (english_club_in_german(det, text, words) or holds_club_number(words)):
        return "ORG"  # "Luton City" in German text is the club, "Eintracht 05 Quornbach" one too
    if lang == "de" and foreign_event_in_german(det, words):
        return "MISC"  # "Copa Sudamericana"
    keyword_kinds: set[str] = {k for w in words if (k := det.resources.keyword_kind(w.text, lang))}
    if not keyword_kinds and lang != "en":
        keyword_kinds = english_head_kinds(words, det.resources)  # "Tennessee River" in German text
    if len(words) == 1 and _compass_place(det, words[0].text, lang):
        return "LOC"  # "Ostafrika", "Mitteleuropa"
    if len(words) == 1 and keyword_kinds and not words[0].is_acronym:
        return "DROP"  # "Vláda", "Parliament" alone are common nouns
    if initials_then_surname(words) and (det.resources.is_given_name(words[0].text) or has_initial(words[:2])):
        return "PER"  # "Helen T. Marsh", "Alice P. Lane": the head noun is a surname here
    if lang == "en" and len(words) > 1 and not any(det.resources.is_connector(w.text, lang) for w in words):
        if _given_name_and_surname_head(det, words):
            return "PER"  # "Adam West", "Damon Hill"
        head = det.resources.keyword_kind(words[-1].text, lang)
        if head is None and words[-1].text.endswith("s") and place_prefix(det, text, words, lang):
            return "ORG"  # a place and a plural: "Kansas City Royals", "St. Louis Cardinals"
        if head is not None:
            return head  # English names end on their head: "Scottish League Cup", "University Park"
    if "ORG" in keyword_kinds or (lang == "en" and _place_head_for(det, words)):
        return "ORG"
    if "MISC" in keyword_kinds:
        return "MISC"  # an event or award: "Cannes Film Festival", "FIFA World Cup"
    if "LOC" in keyword_kinds and len(words) > 1:
        if lang == "it" and det.italian_runs.surname_like_marker(det, words):
            return "PER"  # "Vincenzo Monti", "Giovanni Battista Monte": a surname that is a place word
        return "LOC"
    if lang == "it" and (shaped := det.italian_runs.kind(det, text, words)) is not None:
        return shaped  # "i Lakers", "la Chrysler", "Carlo I d'Angiò", "Lamezia Terme"
    if after_title or has_initial(words):
        return "PER"
    capitalised = [w for w in words if w.is_capitalised]
    if len(words) == 1:
        word = words[0]
        if is_roman_numeral(word.text):
            return "DROP"  # a century or a rank standing alone: "il secolo XX", "dall'XI secolo"
        if word.is_acronym:
            if any(ch.isdigit() for ch in word.text) or _NUMBER_AFTER.match(text, word.end):
                return "MISC"  # a model or standard, not a body: "P2P", "TIROS 1", "PGC 36981"
            if _model_letters(word.text) or (lang in _TITLE_QUOTE_LANGS and in_quotes(text, word.start, word.end)):
                return "MISC"  # a variant or stage ("DVB-T", "S-II"), a title in quotation marks ("MASH")
            letters = sum(ch.isalpha() for ch in word.text)
            if lang == "en" and (word_before(text, word.start) in {"a", "an"} or _thing_noun_after(text, word.end)):
                return "MISC"  # "a UART", "an RFID reader", "the ROM chip": a thing, not a body
            if (letters == 2 and lang in _TWO_LETTER_TERM_LANGS) or (
                lang in {"en", "de"} and _defined_in_brackets(text, word)
            ):
                return "MISC"  # "an EP", "the LP", "read-only memory (ROM)": a term, not a body
            return "ORG" if len(word.text) > 1 else "DROP"
        if lang == "de" and (compound := german_hyphen_compound_kind(det, word.text)):
            return compound  # "Brackwell-Talsperre"
        if lang == "de" and german_genitive_place(det, word.text):
            return "LOC"  # "Frankreichs", "Kentuckys"
        if lang == "de" and (det.is_common_word(word.text, lang) or compound_of_common_noun(det, word.text)):
            if german_place_word(det, text, word):
                return "LOC"  # a place the dictionary knows too: "in Essen", "Wien, Graz"
            return "DROP"  # German capitalises every noun
        if (
            det.resources.country_of_adjective(word.text)
            or (
                det.place_endings.names_a_people(word.text, lang)
                and not det.resources.is_given_name(word.text.rpartition("-")[2])  # "Julian", "Mont-Saint-Jean"
            )
            or _NUMBER_AFTER.match(text, word.end)
        ) and not det.strong_kb_match(word.text, lang):
            return "MISC"  # "Turkish", "Iranian": no place after "in", no person; "Commodore 64": a model
        # "signed for Wrexham", "Arppe died"; not a lone letter ("A spokesman said")
        cue = det.context_cues.kind(text, word.start, word.end, lang) if len(word.text) > 1 else None
        if cue is None and det.mononyms.is_person(word.text, lang):
            return "PER"  # "Aristotele", "Giotto": people known by one name
        if cue is None and (
            _ends_like_place(det, word.text, lang)
            or (det.context_cues.town_word_before(text, word.start, lang) and _plain_town(det, word.text))
        ):
            return "LOC"  # "Gostkowo", "di Roma"
        return cue
    if det.resources.is_given_name(words[0].text) and len(words) <= 4:
        return "PER"
    if any(w.is_acronym for w in words):
        return "ORG"
    if lang == "de" and all(det.german_nouns.is_common(w.text) for w in capitalised):
        return "DROP"
    if len(words) >= 2 and words[-1].text.endswith("s") and place_prefix(det, text, words, lang):
        return "ORG"  # a place and a plural: a team or company ("Boston Red Sox", "Indianapolis Chiefs")
    if len(words) <= 3 and names_a_body(det, text, words, lang):
        return "ORG"
    connectors = [k for k, w in enumerate(words) if det.resources.is_connector(w.text, lang)]
    if (
        connectors
        and connectors[-1] + 1 < len(words)  # a run may end on its connector ("… de")
        and words[0].text.endswith("s")
        and not det.resources.is_given_name(words[0].text)
    ):
        place = text[words[connectors[-1] + 1].start : words[-1].end]
        if det.kb.lookup(place, lang):
            return "ORG"  # a plural and a place: "Reds de Cincinnati", "Yankees de New York"
    if len(words) <= 3 and not any(w.is_acronym for w in words):
        start, end = words[0].start, words[-1].end
        cue = None if inside_quotation(text, words[0].start) else det.context_cues.kind(text, start, end, lang)
        if lang != "de" and all(det.lemmatizer.is_common(w.text, lang) for w in capitalised):
            place_words = det.resources.context.get(("en", "LOC"), ())
            if cue is None and lang == "en" and word_before(text, start) in place_words:
                return "LOC"  # "at Heron Bluffs", "to Long Pastures"
            return cue or "MISC"  # capitalised common words ("Foreign Affairs", "Black Friday") are no person
        german = (german_club_kind(det, text, words) or german_article_kind(text, start)) if lang == "de" else None
        if cue is None and lang == "en" and word_before(text, start) in _PLACE_BEFORE_RUN:
            if word_before(text, start) == "the" and _plural_head(words[-1].text):
                return "ORG"  # "the Harwell Hawks", "the Quillon Lanterns": a team or a band
            return "LOC"  # "the Lowell Connector", "at Villa Mairea": people take neither
        return cue or det.kind_context.unnamed_run_kind(text, start, lang) or german or "PER"
    return "MISC"
