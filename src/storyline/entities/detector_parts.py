"""The parts a mention detector reads: word lists, cue tables and models, each loaded on first use.

Split from :mod:`storyline.entities.detect` so that the detector's module holds only the detection:
natasha's Russian NER, the Slavic phrase grammar and kind rules, and the lists of the smaller modules
(body names, place heads, context cues, place endings, quoted titles, Italian run shapes, mononyms).
"""

from __future__ import annotations

from typing import Any

from storyline.entities.body_complements import BodyComplements
from storyline.entities.body_phrases import BodyPhrases
from storyline.entities.context_cues import ContextCues
from storyline.entities.german_nouns import GermanNouns
from storyline.entities.italian_runs import ItalianRunShapes
from storyline.entities.kb import KnowledgeBase
from storyline.entities.kind_context import KindContext
from storyline.entities.mononyms import Mononyms
from storyline.entities.morph import Lemmatizer
from storyline.entities.name_shapes import load_postposed_adjective_endings
from storyline.entities.place_endings import PlaceEndings
from storyline.entities.place_heads import PlaceHeads
from storyline.entities.quoted_titles import QuotedTitles
from storyline.entities.resources import EntityResources
from storyline.entities.slavic_kinds import SlavicKindRules
from storyline.entities.slavic_phrases import SlavicPhraseFinder


class DetectorParts:
    """The knowledge base, resources and lemmatizer, and every table or model a detector reads."""

    def __init__(self, kb: KnowledgeBase, resources: EntityResources, lemmatizer: Lemmatizer | None = None) -> None:
        self.kb = kb
        self.resources = resources
        self.lemmatizer = lemmatizer or Lemmatizer()
        self._natasha: tuple[Any, Any] | None = None
        self._phrases: SlavicPhraseFinder | None = None
        self._kind_rules: SlavicKindRules | None = None
        self._kind_context: KindContext | None = None
        self._place_heads: PlaceHeads | None = None
        self._body_phrases: BodyPhrases | None = None
        self._postposed_endings: dict[str, tuple[str, ...]] | None = None
        self._context_cues: ContextCues | None = None
        self._place_endings: PlaceEndings | None = None
        self._body_complements: BodyComplements | None = None
        self._quoted_titles: QuotedTitles | None = None
        self.german_nouns = GermanNouns(self.lemmatizer)  # common nouns, not the names simplemma knows
        self._italian_runs: ItalianRunShapes | None = None
        self._mononyms: Mononyms | None = None

    @property
    def body_phrases(self) -> BodyPhrases:
        """Slovene and Czech names of bodies with one capital (Državni zbor), read on first use."""
        if self._body_phrases is None:
            self._body_phrases = BodyPhrases.load()
        return self._body_phrases

    @property
    def place_heads(self) -> PlaceHeads:
        """Lower-case place nouns that open names ("provincia di Pavia"), read on first use."""
        if self._place_heads is None:
            self._place_heads = PlaceHeads.load()
        return self._place_heads

    @property
    def context_cues(self) -> ContextCues:
        """Phrases around a name that tell a body from a person ("signed for", "directed by"), read on first use."""
        if self._context_cues is None:
            self._context_cues = ContextCues.load()
        return self._context_cues

    @property
    def place_endings(self) -> PlaceEndings:
        """Endings of place names ("-owice", "-sk"), read on first use."""
        if self._place_endings is None:
            self._place_endings = PlaceEndings.load()
        return self._place_endings

    @property
    def body_complements(self) -> BodyComplements:
        """Lower-case complements of bodies' names ("de hockey", "della pubblica istruzione"), read on first use."""
        if self._body_complements is None:
            self._body_complements = BodyComplements.load()
        return self._body_complements

    @property
    def quoted_titles(self) -> QuotedTitles:
        """Quoted titles of works in title case, read on first use."""
        if self._quoted_titles is None:
            self._quoted_titles = QuotedTitles.load()
        return self._quoted_titles

    @property
    def italian_runs(self) -> ItalianRunShapes:
        """Italian articles and place words that type runs ("i Lakers", "Lamezia Terme"), read on first use."""
        if self._italian_runs is None:
            self._italian_runs = ItalianRunShapes.load()
        return self._italian_runs

    @property
    def mononyms(self) -> Mononyms:
        """People known by one name ("Aristotele", "Giotto"), read on first use."""
        if self._mononyms is None:
            self._mononyms = Mononyms.load()
        return self._mononyms

    @property
    def postposed_endings(self) -> dict[str, tuple[str, ...]]:
        """French, Spanish and Italian adjective endings (names of bodies), read on first use."""
        if self._postposed_endings is None:
            self._postposed_endings = load_postposed_adjective_endings()
        return self._postposed_endings

    @property
    def kind_context(self) -> KindContext:
        """Context words that type names (articles, list joiners), read on first use."""
        if self._kind_context is None:
            conjunctions = {lang: words for (lang, cue), words in self.resources.context.items() if cue == "AND"}
            self._kind_context = KindContext.load(conjunctions)
        return self._kind_context

    @property
    def phrases(self) -> SlavicPhraseFinder:
        """The Ukrainian/Russian organisation-phrase grammar, built on first use."""
        if self._phrases is None:
            self._phrases = SlavicPhraseFinder(self.kb, self.resources, self.lemmatizer)
        return self._phrases

    @property
    def kind_rules(self) -> SlavicKindRules:
        """Ukrainian kinds from morphology and the document (see slavic_kinds), built on first use."""
        if self._kind_rules is None:
            self._kind_rules = SlavicKindRules(
                self.kb,
                self.resources,
                self.lemmatizer.parses,
                self.phrases.info,
                self.lemmatizer.is_common,
                self.phrases.is_compound,
            )
        return self._kind_rules

    # -- natasha --------------------------------------------------------------------------

    def _natasha_models(self) -> tuple[Any, Any]:
        if self._natasha is None:
            from natasha import NewsEmbedding, NewsNERTagger, Segmenter

            self._natasha = (Segmenter(), NewsNERTagger(NewsEmbedding()))
        return self._natasha

    def natasha_spans(self, text: str) -> list[tuple[int, int, str]]:
        from natasha import Doc

        segmenter, tagger = self._natasha_models()
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(tagger)
        return [(span.start, span.stop, span.type) for span in doc.spans]

    def natasha_spans_in(self, text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
        """natasha's spans over the given sentences only (one call, offsets into ``text``)."""
        if not sentences:
            return []
        pieces: list[str] = []
        offsets: list[tuple[int, int]] = []  # (start in the joined text, start in ``text``)
        position = 0
        for start, end in sentences:
            offsets.append((position, start))
            pieces.append(text[start:end])
            position += end - start + 2
        joined = "\n\n".join(pieces)
        spans = []
        index = 0
        for start, stop, kind in self.natasha_spans(joined):
            while index + 1 < len(offsets) and offsets[index + 1][0] <= start:
                index += 1
            shift = offsets[index][1] - offsets[index][0]
            spans.append((start + shift, min(stop + shift, sentences[index][1]), kind))  # never past its sentence
        return spans
