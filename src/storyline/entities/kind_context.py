"""Kinds of names that no detector could type, read off their surroundings (Latin-script languages).

A capitalised name that is neither in the knowledge base nor marked by a cue word inside it gets its
kind from what is around it:

- a name in a list ("Creil, Emmeloord, Espel and Ens") shares the kind of the typed names it is
  listed with;
- an English name before a possessive ("Rodin's work") is a person;
- a name after a lower-case noun in apposition is a person or a body ("l'empereur Héraclius",
  "la società Keolis");
- in Italian, French and Spanish, a lone name after a definite article ("il Po", "la Dordogne",
  "del Monferrato") is a place: people's names take no article there;
- in some languages a lone unknown name inside a sentence is taken for a place when nothing else
  tells (``PLACE_DEFAULT`` in ``kind_context.tsv``).

The words live in ``storyline/data/entities/kind_context.tsv``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Protocol

from storyline.entities.morph import Lemmatizer

DATA_PACKAGE = "storyline.data.entities"
TYPED_KINDS = frozenset({"PER", "ORG", "LOC"})
_ROMAN = re.compile(r"^[IVXLCDM]+$")
_SENTENCE_PUNCT = ".!?:;\"«„“'—–-([)"
_QUOTES = frozenset('"«»„“”')
_INNER_CAPITAL = re.compile(r"(?<!^Mc)(?<!^Mac)[a-z][A-Z]")
DOER_CUES = frozenset(
    {"DOER_OPENER", "DOER_VERB_ENDING", "NOT_DOER_VERB", "OWN_PRONOUN", "DOER_NOT_AFTER", "NOT_DOER_ENDING"}
)
_ROAD_NUMBER = re.compile(r"^(?:[A-Z]{1,2}-?\d{1,4}|I-\d{1,3})$")  # "A612", "M-45", "I-285"
_NUMBER_AFTER = re.compile(r"\s?[-–]?\s?\d")
# Slovene writes bodies with one capital ("predsednik Združenja čebelarjev"): a common word after a
# noun in apposition opens a longer name, and takes no kind of its own from that noun.
ONE_CAPITAL_LANGS = frozenset({"sl"})


class Typed(Protocol):
    """A mention draft: where it is, what it says, and its kind (changed in place)."""

    start: int
    end: int
    text: str
    kind: str | None


def _normalise_apostrophe(word: str) -> str:
    return word.replace("’", "'")


def word_before(text: str, start: int) -> str:
    """The whitespace-separated word just before ``start`` (lower-case), "" at the start of the text."""
    head = text[max(0, start - 30) : start]
    pieces = head.split()
    if not pieces:
        return ""
    return _normalise_apostrophe(pieces[-1]).lower()  # an elided article glued on: "dell'Etna" -> "dell'"


def opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence, a line or a quotation."""
    head = text[max(0, start - 80) : start]
    stripped = head.rstrip()
    if not stripped or "\n" in head[len(stripped) :]:
        return True
    if stripped[-1] in "'’" and stripped[-2:-1].isalpha():
        return False  # an elided article ("dall'Orvella"), not a quotation mark
    return stripped[-1] in _SENTENCE_PUNCT


def inside_quotation(text: str, start: int) -> bool:
    """Whether an odd number of quotation marks stands between the sentence start and ``start``
    (the word is part of a quoted title: "Star Trek: The Next Generation")."""
    head = text[max(0, start - 120) : start]
    cut = max(head.rfind(". "), head.rfind("\n"))
    head = head[cut + 1 :]
    opened = sum(head.count(q) for q in "«„“")
    closed = sum(head.count(q) for q in "»”")
    return (head.count('"') % 2 == 1) or opened > closed


def in_quotes(text: str, start: int, end: int) -> bool:
    """Whether the span is the whole of a quotation ("Pulp Fiction", «Cinque Terre»)."""
    before = text[max(0, start - 2) : start].strip()[-1:]
    after = text[end : end + 2].strip()[:1]
    return before in _QUOTES and after in _QUOTES


@dataclass(frozen=True)
class KindContext:
    articles: dict[str, frozenset[str]]
    place_default: frozenset[str]
    per_after: dict[str, frozenset[str]]
    not_place_after: dict[str, frozenset[str]]
    article_kind: dict[str, str]
    nouns_before: dict[tuple[str, str], frozenset[str]]  # (lang, PER/ORG/LOC/ORG_AFTER) -> words before a name
    list_joiners: dict[str, frozenset[str]]
    subject_verbs: dict[str, frozenset[str]] = field(default_factory=dict)  # lang -> verbs a person opens
    agent_before: dict[str, frozenset[str]] = field(default_factory=dict)  # lang -> "by": the doer follows
    doer: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)  # (lang, DOER_* cue) -> words
    place_nouns_after: dict[str, frozenset[str]] = field(default_factory=dict)  # lang -> "valley", "motorway"
    road_before: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)  # (lang, ROAD_*) -> words

    @classmethod
    def load(cls, conjunctions: dict[str, frozenset[str]]) -> KindContext:
        """Read ``kind_context.tsv``; ``conjunctions`` (by language) join the items of a list."""
        text = resources.files(DATA_PACKAGE).joinpath("kind_context.tsv").read_text(encoding="utf-8")
        articles: dict[str, frozenset[str]] = {}
        per_after: dict[str, frozenset[str]] = {}
        not_place_after: dict[str, frozenset[str]] = {}
        article_kind: dict[str, str] = {}
        nouns_before: dict[tuple[str, str], frozenset[str]] = {}
        place_default: set[str] = set()
        subject_verbs: dict[str, frozenset[str]] = {}
        agent_before: dict[str, frozenset[str]] = {}
        doer: dict[tuple[str, str], frozenset[str]] = {}
        place_nouns_after: dict[str, frozenset[str]] = {}
        road_before: dict[tuple[str, str], frozenset[str]] = {}
        for line in text.splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            lang, cue, words = line.split("\t")
            listed = frozenset(_normalise_apostrophe(w) for w in words.split())
            if cue == "ARTICLE":
                articles[lang] = articles.get(lang, frozenset()) | listed
            elif cue == "PER_AFTER":
                per_after[lang] = per_after.get(lang, frozenset()) | listed
            elif cue == "NOT_PLACE_AFTER":
                not_place_after[lang] = not_place_after.get(lang, frozenset()) | listed
            elif cue == "ORG_AFTER":
                key = (lang, "ORG_AFTER")
                nouns_before[key] = nouns_before.get(key, frozenset()) | listed
            elif cue in {"PER_NOUN", "ORG_NOUN", "LOC_NOUN"}:
                key = (lang, cue[:3])
                nouns_before[key] = nouns_before.get(key, frozenset()) | listed
            elif cue == "ARTICLE_KIND":
                article_kind[lang] = words.strip()
            elif cue == "PLACE_DEFAULT":
                place_default.add(lang)
            elif cue == "SUBJECT_VERB":
                subject_verbs[lang] = subject_verbs.get(lang, frozenset()) | listed
            elif cue == "AGENT_BEFORE":
                agent_before[lang] = agent_before.get(lang, frozenset()) | listed
            elif cue == "LOC_NOUN_AFTER":
                place_nouns_after[lang] = place_nouns_after.get(lang, frozenset()) | listed
            elif cue in {"ROAD_BEFORE", "ROAD_ARTICLE"}:
                road_before[(lang, cue)] = road_before.get((lang, cue), frozenset()) | listed
            elif cue in DOER_CUES:
                doer[(lang, cue)] = doer.get((lang, cue), frozenset()) | listed
            else:
                raise ValueError(f"kind_context.tsv: unknown cue {cue!r}")
        joiners = {lang: words | {","} for lang, words in conjunctions.items()}
        return cls(
            articles,
            frozenset(place_default),
            per_after,
            not_place_after,
            article_kind,
            nouns_before,
            joiners,
            subject_verbs,
            agent_before,
            doer,
            place_nouns_after,
            road_before,
        )

    def resolve(
        self, text: str, drafts: Sequence[Typed], undecided: Sequence[Typed], lang: str, lemmatizer: Lemmatizer
    ) -> None:
        pending = [d for d in undecided if d.kind is None]
        plain = {id(d) for d in pending if self._plain_name(text, d, lang, lemmatizer)}
        for draft in pending:
            draft.kind = self._cue_kind(text, draft, lang, id(draft) in plain)
        ordered = sorted(drafts, key=lambda d: d.start)
        self._share_list_kinds(text, ordered, {id(d) for d in pending if d.kind is None}, lang)
        for draft in pending:
            if draft.kind is None and id(draft) in plain and self.reads_as_person(text, draft, lang):
                draft.kind = "PER"  # "Rodin spent years on it", "written by Olyphant"
            if draft.kind is None:
                draft.kind = "LOC" if id(draft) in plain and self._place_by_default(text, draft, lang) else "MISC"

    def reads_as_doer(self, text: str, draft: Typed, lang: str) -> bool:
        """A lone unknown name that opens a clause before a verb of the past ("Maradona became", "…, Gossard
        had") or follows an agent's "by" is a person more often than anything else."""
        before = word_before(text, draft.start)
        if before in self.agent_before.get(lang, ()):
            return True
        after = text[draft.end : draft.end + 20].split()[:1]
        return (
            bool(after)
            and after[0].lower() in self.subject_verbs.get(lang, ())
            and (opens_sentence(text, draft.start) or before in {",", "that"})
        )

    def reads_as_person(self, text: str, draft: Typed, lang: str, *, pronouns: bool = True) -> bool:
        """:meth:`reads_as_doer`, or, for a name unknown even as a town, two looser signs of a person:

        - it opens a clause (``DOER_OPENER``: "Although", "when", a comma) before a verb in the past
          (``DOER_VERB_ENDING``: "-ed") that is not one a company or team does (``NOT_DOER_VERB``:
          "released", "announced");
        - a possessive or object pronoun of a person follows within a few words (``OWN_PRONOUN``:
          "Valdor sold his farm") and no article or possessive stands before the name (an adjective
          or a title: "his Jamaican roots").

        Words shaped like groups, doctrines or products (``NOT_DOER_ENDING``: "-ians", "-ism"; inner
        capitals: "GameTrailers") are never read so.
        """
        if self.reads_as_doer(text, draft, lang):
            return True
        name = draft.text
        cues = self.doer
        if (
            name.lower() in cues.get((lang, "OWN_PRONOUN"), ())
            or name.lower().endswith(tuple(cues.get((lang, "NOT_DOER_ENDING"), ())))
            or _INNER_CAPITAL.search(name)
            or "-" in name
        ):
            return False
        before = word_before(text, draft.start)
        after = text[draft.end : draft.end + 30].split()[:1]
        verb = after[0] if after else ""
        if (
            verb.isalpha()
            and verb.islower()
            and len(verb) > 4
            and verb.endswith(tuple(cues.get((lang, "DOER_VERB_ENDING"), ())))
            and verb not in cues.get((lang, "NOT_DOER_VERB"), ())
            and (opens_sentence(text, draft.start) or before in cues.get((lang, "DOER_OPENER"), ()))
        ):
            return True
        own = cues.get((lang, "OWN_PRONOUN"), ())
        return (
            pronouns
            and bool(own)
            and before not in cues.get((lang, "DOER_NOT_AFTER"), ())
            and any(word.strip(",.;:") in own for word in text[draft.end : draft.end + 60].lower().split()[:-1])
        )

    def _place_by_default(self, text: str, draft: Typed, lang: str) -> bool:
        return (
            lang in self.place_default
            and not opens_sentence(text, draft.start)
            and word_before(text, draft.start) not in self.not_place_after.get(lang, ())
        )

    def unnamed_run_kind(self, text: str, start: int, lang: str) -> str | None:
        """The kind of a run of two or three capitalised words that would otherwise be taken for a person:
        MISC inside a quotation (a title: "Pulp Fiction"), the language's ``ARTICLE_KIND`` after a definite
        article ("nel Parco dei Nebrodi", "el Real Oviedo"); None when nothing tells."""
        if inside_quotation(text, start):
            return "MISC"
        apposition = self.apposition_kind(text, start, lang)
        if apposition is not None:
            return apposition
        if word_before(text, start) in self.articles.get(lang, ()):
            return self.article_kind.get(lang)
        return None

    def names_a_team(self, text: str, start: int, lang: str) -> bool:
        """Whether the word before ``start`` makes a lone town name a team or body ("against Fulham")."""
        return word_before(text, start) in self.nouns_before.get((lang, "ORG_AFTER"), ())

    def apposition_kind(self, text: str, start: int, lang: str) -> str | None:
        """PER, ORG or LOC when a lower-case noun of that kind stands just before the name ("l'empereur
        Héraclius", "the band Evanescence", "miasta Nowe Warpno"), else None."""
        return self.noun_kind(word_before(text, start).strip(",;:()").rpartition("'")[2], lang)  # "l'empereur"

    def noun_kind(self, word: str, lang: str) -> str | None:
        """PER, ORG or LOC when ``word`` (any case) is a noun of people, bodies or settlements in ``lang``."""
        lowered = word.lower()
        for kind in ("PER", "ORG", "LOC"):
            if lowered in self.nouns_before.get((lang, kind), ()):
                return kind
        return None

    def possessive_follows(self, text: str, end: int, lang: str) -> bool:
        """Whether the English possessive (``PER_AFTER``) follows the name ending at ``end`` ("Rodin's")."""
        after = _normalise_apostrophe(text[end : end + 3].lstrip())
        return any(after.startswith(word) for word in self.per_after.get(lang, ()))

    def _cue_kind(self, text: str, draft: Typed, lang: str, plain: bool) -> str | None:
        if " " in draft.text:
            return None
        if self.possessive_follows(text, draft.end, lang):
            return "PER"
        apposition = self.apposition_kind(text, draft.start, lang)
        if apposition is not None and (plain or lang not in ONE_CAPITAL_LANGS):
            return apposition
        if self.names_a_team(text, draft.start, lang):
            return "ORG"
        road = bool(_ROAD_NUMBER.match(draft.text))
        if (plain or road) and self._place_noun_follows(text, draft.end, lang):
            return "LOC"
        if road and self._road_word_before(text, draft.start, lang):
            return "LOC"
        if plain and word_before(text, draft.start) in self.articles.get(lang, ()):
            return "LOC"
        return None

    def _place_noun_follows(self, text: str, end: int, lang: str) -> bool:
        """Whether a lower-case geographic noun follows the name ("the Velm valley", "the A612 road")."""
        after = text[end : end + 20].split()[:1]
        return bool(after) and after[0] in self.place_nouns_after.get(lang, ())

    def _road_word_before(self, text: str, start: int, lang: str) -> bool:
        """Whether a word that a road number follows stands before it, maybe with an article ("off I-285",
        "it meets the A612")."""
        words = text[max(0, start - 40) : start].lower().split()[-2:]
        if len(words) == 2 and words[1] in self.road_before.get((lang, "ROAD_ARTICLE"), ()):
            words = words[:1]
        return bool(words) and words[-1] in self.road_before.get((lang, "ROAD_BEFORE"), ())

    @staticmethod
    def _plain_name(text: str, draft: Typed, lang: str, lemmatizer: Lemmatizer) -> bool:
        """A lone capitalised word that is not a numeral, an acronym, a common word, a model name
        ("PlayStation 2") or part of a quoted title."""
        word = draft.text
        return (
            " " not in word
            and word[:1].isupper()
            and not word.isupper()
            and not _ROMAN.match(word)
            and not _NUMBER_AFTER.match(text, draft.end)
            and not in_quotes(text, draft.start, draft.end)
            and not inside_quotation(text, draft.start)
            and not lemmatizer.is_common(word, lang)
        )

    def _share_list_kinds(self, text: str, ordered: list[Typed], open_ids: set[int], lang: str) -> None:
        """An undecided name listed next to typed names takes their kind ("Ens, Espel, Creil")."""
        joiners = self.list_joiners.get(lang)
        if not joiners or not open_ids:
            return
        linked = []
        for index in range(len(ordered) - 1):
            gap = text[ordered[index].end : ordered[index + 1].start].replace(",", " , ").split()
            if gap and all(word in joiners for word in gap) and gap.count(",") <= 1:
                linked.append(index)
        changed = True
        while changed:
            changed = False
            for index in linked:
                left, right = ordered[index], ordered[index + 1]
                for item, other in ((left, right), (right, left)):
                    if id(item) in open_ids and item.kind is None and other.kind in TYPED_KINDS:
                        item.kind = other.kind
                        changed = True
