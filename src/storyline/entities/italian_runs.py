"""Kinds of Italian capitalised runs read off their shape and the article before them.

Asked by :func:`storyline.entities.run_kinds.guess_run_kind` for Italian runs that no marker word typed,
before it falls back on its defaults (a lone name is a place, two or three words a person):

- a name ending in -s after a masculine plural article is a foreign plural, a team or a band ("i Lakers",
  "dei Rolling Stones"): no Italian word ends in -s;
- a foreign name ending in a consonant after a feminine singular article is a company, a club or an army
  ("la Chrysler", "della Juventus"): Italian names of places end in a vowel ("la Borgogna");
- a place after "battaglia di", "guerra di", "assedio di" names the event, which the whole phrase names
  ("la battaglia di Lepanto"): it becomes one MISC name;
- "da" after a known place is a preposition ("inviate da Roma da Benito Mussolini"), not the particle of a
  name ("Leonardo da Vinci");
- a place marker, a mountain range or a sea may take lower-case adjectives ("Impero romano", "Appennino
  campano"), as bodies' names do ("Partito democratico");
- a name of two or three words taken for a person by default, listed next to places, is a place
  ("Montevarchi , Borgo Alto e Terranuova");
- a given name before a place marker word makes a person, the marker is a surname ("Vincenzo Monti");
- a person's name and an epithet after "il" are one name ("Pipino il Breve");
- a pope's name is written with "papa", lower-case, which belongs to it ("papa Clemente VI");
- a given name and a regnal number make a sovereign, whatever follows ("Carlo I d'Angiò", "Federico
  Guglielmo II di Prussia");
- a run opening with a noun of settlements or landmarks ("Castel Goffredo", "Borgo Valsugana"), a saint's
  title and more than a saint's name ("San Benigno Canavese"), or closing with a town qualifier ("Lamezia
  Terme", "Berzo Inferiore") or a district adjective ("Sambuca Pistoiese") is a place, and so is an unknown
  word and a known place joined by "di" ("Prata di Pordenone", "Peschiera del Garda").

The words live in ``storyline/data/entities/italian_runs.tsv``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, ClassVar, Protocol

from storyline.entities.candidates import Candidate
from storyline.entities.kind_context import word_before
from storyline.entities.name_shapes import postposed_adjectives
from storyline.entities.resources import WordLists
from storyline.entities.tokens import Token

if TYPE_CHECKING:
    from storyline.entities.detect import MentionDetector


class _Draft(Protocol):
    start: int
    end: int
    text: str
    kind: str | None

    @property
    def entry(self) -> object | None: ...


_LIST_GAPS = frozenset({",", "e", "ed", "o"})
_VOWELS = frozenset("aeiouàèéìòù")
_REGNAL_NUMBER = re.compile(r"^[IVXL]+$")  # "I" too: "Carlo I"
_PLACE_JOINERS = frozenset(
    {"d", "di", "del", "della", "dei", "delle", "dello", "d'", "dell'", "sul", "sull'", "al", "in"}
)


class ItalianRunShapes(WordLists):
    """The article and place words of ``italian_runs.tsv`` by (language, class)."""

    FILE: ClassVar[str] = "italian_runs.tsv"

    def kind(self, det: MentionDetector, text: str, words: list[Token]) -> str | None:
        """ORG, PER or LOC when the run's shape or the article before it tells, else None."""
        first, last = words[0].text, words[-1].text
        described = self._described_kind(det, text, words[0].start)
        if described is not None:
            return described  # "il filosofo greco Diogene", "il gruppo statunitense Nevermore"
        before = word_before(text, words[0].start)
        connected = not all(w.is_capitalised for w in words)  # "Cima dell'Asnas": a place's name
        if before in self.get("it", "PLURAL_ARTICLES") and (
            (last.endswith("s") and not last.isupper()) or self._foreign_words(det, words)
        ):
            return "ORG"  # "i Lakers", "dei Black Sabbath": a foreign plural, a band
        if (
            before in self.get("it", "FEMININE_ARTICLES")
            and not connected
            and last[-1:].isalpha()
            and last[-1].lower() not in _VOWELS
            and not last.isupper()
            and not det.kb.lookup(text[words[0].start : words[-1].end], "it")
        ):
            return "ORG"
        given_first = det.resources.is_given_name(first)
        if given_first and any(_REGNAL_NUMBER.match(w.text) for w in words[1:]):
            return "PER"
        if len(words) < 2 or given_first:
            return None
        return "LOC" if self._place_shape(det, text, words) else None

    @staticmethod
    def _foreign_words(det: MentionDetector, words: list[Token]) -> bool:
        """Two or more words, none of them Italian nor a given name ("Black Sabbath", "Judas Priest")."""
        return len(words) >= 2 and not any(
            det.lemmatizer.is_known(w.text, "it") or det.resources.is_given_name(w.text) for w in words
        )

    @staticmethod
    def _described_kind(det: MentionDetector, text: str, start: int) -> str | None:
        """PER or ORG when a noun of people or bodies and one adjective stand before the name ("lo scrittore
        greco X", "la band inglese X"); a noun right before it is read by the kind context already."""
        words = text[max(0, start - 60) : start].split()[-2:]
        if len(words) < 2 or not words[1].isalpha() or not words[1].islower() or len(words[1]) < 4:
            return None
        if det.resources.is_connector(words[1], "it") or words[1] in det.italian_runs.get("it", "FEMININE_ARTICLES"):
            return None
        kind = det.kind_context.noun_kind(words[0], "it")
        return kind if kind in {"PER", "ORG"} else None

    def birth_participle(self, text: str, words: list[Token]) -> bool:
        """Whether the run opens with "Nato", "Nata"... followed by a preposition: a biography's "born in"
        ("Nato a Lucerna", "Nata nel 1950"), not a name ("Nato" is also how Italian writes NATO)."""
        if len(words) != 1 or words[0].text.lower() not in self.get("it", "BIRTH_PARTICIPLES"):
            return False
        after = text[words[0].end : words[0].end + 12].split()
        return bool(after) and after[0] in self.get("it", "PLACE_PREPOSITIONS")

    def epithet_width(self, det: MentionDetector, tokens: list[Token], i: int, j: int) -> int:
        """2 when a one-word run is a person's name and "il" and a capitalised epithet follow it ("Pipino il
        Breve", "Plinio il Vecchio", "Lorenzo il Magnifico"), else 0."""
        if j != i + 1 or j + 1 >= len(tokens) or tokens[j].text != "il":
            return 0
        name, epithet = tokens[i].text, tokens[j + 1]
        if not (det.resources.is_given_name(name) or det.mononyms.is_person(name, "it")):
            return 0
        if not (epithet.is_word and epithet.is_capitalised) or det.kb.lookup(epithet.text, "it"):
            return 0
        following = tokens[j + 2] if j + 2 < len(tokens) else None
        return 0 if following is not None and following.is_word and following.is_capitalised else 2

    @staticmethod
    def surname_like_marker(det: MentionDetector, words: list[Token]) -> bool:
        """Whether a run with a place marker word opens with a given name and not with the marker: the marker
        is a surname ("Vincenzo Monti", "Carlo Palazzo"); a place's name opens with its marker ("Monte Rosa")."""
        first = words[0].text
        return det.resources.is_given_name(first) and det.resources.keyword_kind(first, "it") is None

    def heads_described_place(self, det: MentionDetector, word: str) -> bool:
        """Whether ``word`` heads a place's name that lower-case adjectives may follow ("Impero romano",
        "Appennino campano", "Mar Baltico"): a place marker word or a listed range or sea."""
        return det.resources.keyword_kind(word, "it") == "LOC" or word.lower() in self.get("it", "DESCRIBED_PLACES")

    def closing_adjectives(self, det: MentionDetector, tokens: list[Token], j: int, endings: tuple[str, ...]) -> int:
        """How many lower-case adjectives at ``tokens[j]`` close a place's name ("Impero romano ."); none when
        more of the name follows them ("Parco regionale della Valle", "Strada statale 275")."""
        count = postposed_adjectives(tokens, j, endings)
        after = tokens[j + count] if j + count < len(tokens) else None
        if (
            count
            and after is not None
            and (
                after.is_capitalised
                or after.text[:1].isdigit()
                or det.resources.is_connector(after.text, "it")
                or _elided(tokens, j + count)
            )
        ):
            return 0
        return count

    def _place_shape(self, det: MentionDetector, text: str, words: list[Token]) -> bool:
        first, last = words[0].text.lower(), words[-1].text.lower()
        if first in self.get("it", "PLACE_FIRST") or first in self.get("it", "DESCRIBED_PLACES"):
            return True
        if first in self.get("it", "SAINTS"):
            return len(words) > 2 or not det.resources.is_given_name(words[1].text)  # "San Marco" may be the saint
        if last in self.get("it", "PLACE_LAST") or (
            len(last) > 6 and last.endswith(tuple(self.get("it", "PLACE_LAST_ENDINGS")))
        ):
            return True
        if len(words) >= 3 and words[1].text.lower() in _PLACE_JOINERS and words[2].is_capitalised:
            place = text[words[2].start : words[-1].end]
            if any(e.kind == "LOC" for e in det.kb.lookup(place, "it")):
                return True
            return len(words) == 3 and det.kb.is_town(place) and not det.resources.is_given_name(place)
        return False


def _elided(tokens: list[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is an elided word before its apostrophe ("dell '", "d '")."""
    return k + 1 < len(tokens) and tokens[k + 1].text in {"'", "’"} and tokens[k].text.islower()


def with_papal_title(det: MentionDetector, text: str, candidates: list[Candidate]) -> list[Candidate]:
    """People's names after a lower-case "papa" take it in: "papa Clemente VI", "papa Urbano"."""
    out = []
    for cand in candidates:
        head = text[max(0, cand.start - 6) : cand.start]
        name = text[cand.start : cand.end]
        person = cand.kind == "PER" or (cand.kind is None and det.resources.is_given_name(name.split()[0]))
        if person and head.endswith("papa ") and not head[:-5][-1:].isalpha():
            cand = replace(cand, start=cand.start - 5, kind="PER")
        out.append(cand)
    return out


_OF = frozenset({"di", "del", "della", "dei", "delle", "degli", "d'", "dell'"})


def event_names(shapes: ItalianRunShapes, text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A name after an event noun and "di" ("battaglia di Lepanto", "guerra di Corea") with them, as one
    MISC name: the place names the event."""
    nouns = shapes.get("it", "EVENT_NOUNS")
    out = []
    for cand in candidates:
        words = text[max(0, cand.start - 40) : cand.start].split()
        if len(words) >= 2 and words[-1].lower() in _OF and words[-2].lower() in nouns:
            start = text.rfind(words[-2], 0, cand.start)
            cand = replace(cand, start=start, kind="MISC")
        out.append(cand)
    return out


def from_a_place(det: MentionDetector, text: str, words: list[Token], connector: Token) -> bool:
    """Whether ``connector`` is "da" after a known place: "Roma da Mussolini" are two names."""
    if connector.text != "da" or not words:
        return False
    return any(e.kind == "LOC" for e in det.kb.lookup(text[words[0].start : words[-1].end], "it"))


def places_in_lists(text: str, drafts: Sequence[_Draft], is_given_name: Callable[[str], bool]) -> None:
    """A person's name by default only (two or more words, no given name first, unknown to the knowledge
    base) listed next to a place and no person is a place: "Sellano , Monte Vallone e Cerreto" lists towns."""
    ordered = sorted(drafts, key=lambda d: d.start)
    for index, draft in enumerate(ordered):
        words = draft.text.split()
        if draft.kind != "PER" or len(words) < 2 or draft.entry is not None or is_given_name(words[0]):
            continue
        kinds = set()
        if index > 0 and text[ordered[index - 1].end : draft.start].strip() in _LIST_GAPS:
            kinds.add(ordered[index - 1].kind)
        if index + 1 < len(ordered) and text[draft.end : ordered[index + 1].start].strip() in _LIST_GAPS:
            kinds.add(ordered[index + 1].kind)
        if "LOC" in kinds and "PER" not in kinds:
            draft.kind = "LOC"
