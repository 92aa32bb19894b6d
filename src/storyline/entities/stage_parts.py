"""The parts an entity stage reads, each loaded on first use, and its lookups in the knowledge base.

Split from :mod:`storyline.entities.stage` so that the stage's module holds only the per-article steps.
"""

from __future__ import annotations

from collections.abc import Sequence

from storyline.entities.detect import MentionDetector
from storyline.entities.group_nouns import GroupNouns
from storyline.entities.hindi_lexicon import HindiLexicon
from storyline.entities.kb import KBEntry, KnowledgeBase
from storyline.entities.kind_context import KindContext
from storyline.entities.misc_words import MiscWords
from storyline.entities.morph import Lemmatizer
from storyline.entities.party_members import PartyMembers
from storyline.entities.slovene_name_forms import SloveneNameForms
from storyline.entities.sports_context import SportsContext


class StageParts:
    """The knowledge base, the detector and the lists of the entity stage."""

    def __init__(self, *, kb_files: Sequence[str] = ()) -> None:
        self.kb_files = tuple(kb_files)
        self._kb: KnowledgeBase | None = None
        self._detector: MentionDetector | None = None
        self._group_nouns: GroupNouns | None = None
        self._hindi_lexicon: HindiLexicon | None = None
        self._misc_words: MiscWords | None = None
        self._sports: SportsContext | None = None
        self._lemmatizer = Lemmatizer()
        self._slovene_forms: SloveneNameForms | None = None
        self._party_members: PartyMembers | None = None

    @property
    def kb(self) -> KnowledgeBase:
        if self._kb is None:
            self._kb = KnowledgeBase.load(self.kb_files)
        return self._kb

    @property
    def hindi_lexicon(self) -> HindiLexicon:
        if self._hindi_lexicon is None:
            self._hindi_lexicon = HindiLexicon.load()
        return self._hindi_lexicon

    @property
    def group_nouns(self) -> GroupNouns:
        if self._group_nouns is None:
            self._group_nouns = GroupNouns.load()
        return self._group_nouns

    @property
    def sports(self) -> SportsContext:
        if self._sports is None:
            self._sports = SportsContext.load()
        return self._sports

    @property
    def misc_words(self) -> MiscWords:
        if self._misc_words is None:
            self._misc_words = MiscWords(self._is_region_or_country)
        return self._misc_words

    @property
    def party_members(self) -> PartyMembers:
        """Parties named by their members in the plural ("republikanci"), read on first use."""
        if self._party_members is None:
            self._party_members = PartyMembers.load()
        return self._party_members

    @property
    def slovene_forms(self) -> SloveneNameForms:
        """Slovene surname, possessive and inhabitant forms ("Merklova", "Šefčovič"), built on first use."""
        if self._slovene_forms is None:
            self._slovene_forms = SloveneNameForms(
                lambda name: {e.kind for e in self.kb.lookup(name, "sl")},
                self.kb.is_town,
                lambda word: self._lemmatizer.is_common(word, "sl"),
                lambda word: self._lemmatizer.dictionary_lemma(word, "sl") == word.lower(),
                self._region_or_country,
            )
        return self._slovene_forms

    @property
    def kind_context(self) -> KindContext:
        return self.detector.kind_context

    @property
    def detector(self) -> MentionDetector:
        if self._detector is None:
            self._detector = MentionDetector(self.kb, self.kb.resources, self._lemmatizer)
        return self._detector

    def _is_place(self, word: str) -> bool:
        return any(e.kind == "LOC" for e in self.kb.lookup(word)) and word[:1].isupper()

    def _is_region_or_country(self, word: str) -> bool:
        return self.kb.names_a_region(word)

    def _is_name(self, surface: str) -> bool:
        return bool(self.kb.lookup(surface))

    def _region_or_country(self, name: str) -> KBEntry | None:
        """The country or region (not a town) that ``name`` spells in the knowledge base, when no person does."""
        entries = self.kb.lookup(name, "sl")
        places = [e for e in entries if e.kind == "LOC" and e.id.startswith(("loc/", "sub/"))]
        return places[0] if places and not any(e.kind == "PER" for e in entries) else None
