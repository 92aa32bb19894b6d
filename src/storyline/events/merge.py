"""Cross-article event merging: one record per real-world event.

Event mentions (one per sentence) are clustered greedily, in a fixed order so that the result does
not depend on the order articles arrived in. A mention joins a cluster when it has

- the same PLOVER type, and a compatible status (reported and planned reports of one event merge;
  negated and hypothetical ones stay apart);
- overlapping participants (actors and recipients as corpus entities): one set contains the other,
  or they share at least half of their union; unless the type is symmetric (CONSULT, AGREE, ...),
  they must also share an actor (who did it is part of what happened);
- compatible dates: the ranges overlap, or one of them is only approximate (the publication date,
  up to a week after the event), or both are exact days at most two days apart with exactly the
  same participants; the latter case keeps the minority dates in ``Event.date_conflicts``; two
  approximate dates (both from publication dates) at most a week apart with the same participants;
- when a report has no date at all: another undated report with the same participants, status and
  location (never a dated one), told in similar words when in the same language; a report whose
  sentence names a day that could not be placed (no year anywhere) only merges with the same sentence;
- or the very same sentence (syndicated copies, repeated teasers) when one of its dates is only the
  publication date.

Ids hash the merged cluster's identity (type, status class, participants, date), not run order.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from storyline.events.ontology import PloverOntology, load_ontology
from storyline.events.summary import party, summarize
from storyline.ids import stable_id
from storyline.model import Article, DateValue, Entity, Event, EventMention, Evidence

_APPROX_LAG_DAYS = 7
_PLACE_TARGET_TYPES = frozenset({"ASSAULT", "AID"})
_WORD = re.compile(r"\w+")
_NEAR_COPY_SHARE = 0.85  # word overlap of two versions of one syndicated sentence
_NEAR_COPY_MIN_WORDS = 8
_UNDATED_SHARE = 0.4  # shared words two undated reports in one language need (pilots' and cabin crews' demands differ)
_EXACT_SLACK_DAYS = 2
_GRANULARITY_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "decade": 4, "unknown": 5}


@dataclass
class _Report:
    article_id: str
    mention: EventMention
    actors: tuple[str, ...]
    recipients: tuple[str, ...]
    location: str | None
    language: str = ""

    @property
    def participants(self) -> frozenset[str]:
        return frozenset(self.actors) | frozenset(self.recipients)


@dataclass
class _Cluster:
    type: str
    status_class: str
    reports: list[_Report] = field(default_factory=list)

    @property
    def participants(self) -> frozenset[str]:
        out: frozenset[str] = frozenset()
        for report in self.reports:
            out |= report.participants
        return out

    @property
    def actors(self) -> frozenset[str]:
        return frozenset(a for report in self.reports for a in report.actors)


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _status_class(status: str) -> str:
    return "happened" if status in ("reported", "planned") else status


def _participants_match(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b or not a & b:
        return False
    return a <= b or b <= a or len(a & b) * 2 >= len(a | b)


def _dates_match(a: DateValue, b: DateValue, *, same_parties: bool) -> bool:
    a0, a1, b0, b1 = _day(a.start), _day(a.end or a.start), _day(b.start), _day(b.end or b.start)
    if a0 is None or b0 is None or a1 is None or b1 is None:
        return same_parties
    if a0 <= b1 and b0 <= a1:
        return True
    if a.certainty != "exact" and b.certainty == "exact":
        return b0 <= a0 <= b1 + dt.timedelta(days=_APPROX_LAG_DAYS)
    if b.certainty != "exact" and a.certainty == "exact":
        return a0 <= b0 <= a1 + dt.timedelta(days=_APPROX_LAG_DAYS)
    if a.certainty == b.certainty == "exact" and same_parties:
        return abs((a0 - b0).days) <= _EXACT_SLACK_DAYS
    if a.certainty != "exact" and b.certainty != "exact" and same_parties:  # two publication dates
        return abs((a0 - b0).days) <= _APPROX_LAG_DAYS
    return False


def _undated_alike(a: _Report, b: _Report) -> bool:
    """Without a date to compare, two reports are one event only if they also agree on status and place
    (a planned strike and a strike that began, or strikes in Germany and in Spain, stay apart)."""
    if a.mention.date.start is not None and b.mention.date.start is not None:
        return True
    if a.mention.date.start is not None or b.mention.date.start is not None:
        return False  # a dated report and one with no date: nothing says they are the same occasion
    if _named_unknown_day(a.mention.date) or _named_unknown_day(b.mention.date):
        return False  # "on 28 September" (year unknown) cannot be matched to any other report's day
    if a.mention.status != b.mention.status or a.location != b.location:
        return False
    if a.language == b.language:  # in one language, undated reports of one event tell it in similar words
        words_a, words_b = (
            set(_WORD.findall(a.mention.sentence.casefold())),
            set(_WORD.findall(b.mention.sentence.casefold())),
        )
        return len(words_a & words_b) >= _UNDATED_SHARE * min(len(words_a), len(words_b))
    return True


def _named_unknown_day(date: DateValue) -> bool:
    return date.start is None and date.granularity == "day"


def _same_text_loose_date(a: EventMention, b: EventMention) -> bool:
    """The same sentence (up to quotes, punctuation and a word or two), and at least one of its dates not
    exact (borrowed from a publication date, or a day whose year is unknown)."""
    if "exact" == a.date.certainty == b.date.certainty:
        return False
    words_a, words_b = _WORD.findall(a.sentence.casefold()), _WORD.findall(b.sentence.casefold())
    if words_a == words_b:
        return True
    set_a, set_b = set(words_a), set(words_b)
    return len(set_a) >= _NEAR_COPY_MIN_WORDS and len(set_a & set_b) >= _NEAR_COPY_SHARE * len(set_a | set_b)


def _fits(cluster: _Cluster, report: _Report, *, symmetric: bool) -> bool:
    parties = cluster.participants
    if not _participants_match(parties, report.participants):
        return False
    if not symmetric and not cluster.actors & frozenset(report.actors):
        return False  # "Hague called for an inquiry into Gaddafi" and "Gaddafi called for jihad": different doers
    if any(_same_text_loose_date(r.mention, report.mention) for r in cluster.reports):
        return True  # the same sentence in several articles (syndicated copy, a repeated teaser): one event
    same = parties == report.participants
    return all(
        _dates_match(r.mention.date, report.mention.date, same_parties=same) and _undated_alike(r, report)
        for r in cluster.reports
    )


def _best_date(reports: list[_Report]) -> tuple[DateValue, tuple[DateValue, ...]]:
    dates = [r.mention.date for r in reports]
    exact = [d for d in dates if d.certainty == "exact" and d.start]
    pool = exact or [d for d in dates if d.start] or dates
    finest = min(_GRANULARITY_RANK.get(d.granularity, 5) for d in pool)
    fine = [d for d in pool if _GRANULARITY_RANK.get(d.granularity, 5) == finest]
    counts = Counter(fine)
    best = max(counts, key=lambda d: (counts[d], d.start or ""))
    conflicts = sorted(
        {d for d in exact if d.granularity == "day" and best.granularity == "day" and d.start != best.start},
        key=lambda d: d.start or "",
    )
    return best, tuple(conflicts)


def _can_receive(event_type: str, entity: Entity | None) -> bool:
    """Demands, accusations, sanctions... are aimed at actors; a place with no country (a sea, a continent,
    an unlinked name) can only be the target of an attack or the destination of aid."""
    if entity is None or entity.kind != "LOC" or event_type in _PLACE_TARGET_TYPES:
        return True
    return entity.country is not None


def _ranked(ids: Iterable[str]) -> tuple[str, ...]:
    counts = Counter(ids)
    return tuple(sorted(counts, key=lambda k: (-counts[k], k)))


def _label(entity_id: str, entities: Mapping[str, Entity]) -> str:
    entity = entities.get(entity_id)
    if entity is None:
        return ""
    return party(entity.name, entity.country if entity.kind != "LOC" or len(entity.name) > 3 else None)


def _build_event(
    cluster: _Cluster,
    entities: Mapping[str, Entity],
    article_story: Mapping[str, str | None],
    ontology: PloverOntology,
) -> Event:
    reports = cluster.reports
    actors = _ranked(a for r in reports for a in r.actors)
    recipients = tuple(
        x
        for x in _ranked(x for r in reports for x in r.recipients)
        if x not in actors and _can_receive(cluster.type, entities.get(x))
    )
    locations = _ranked(r.location for r in reports if r.location)
    location = locations[0] if locations else None
    modes = _ranked(r.mention.mode for r in reports if r.mention.mode)
    mode = modes[0] if modes else None
    statuses = {r.mention.status for r in reports}
    status = "reported" if "reported" in statuses else sorted(statuses)[0]
    date, conflicts = _best_date(reports)
    if status == "planned" and date.certainty == "exact" and any(r.mention.status == "reported" for r in reports):
        status = "reported"
    evidence = tuple(
        sorted(
            {Evidence(r.article_id, r.mention.sentence, r.mention.start, r.mention.end) for r in reports},
            key=lambda e: (e.article_id, e.start),
        )
    )
    confidences = sorted((r.mention.confidence for r in reports), reverse=True)
    confidence = round(min(0.99, confidences[0] + 0.05 * (len(confidences) - 1)), 3)
    stories = Counter(article_story.get(r.article_id) for r in reports if article_story.get(r.article_id))
    story_id = max(stories, key=lambda s: (stories[s], s or "")) if stories else None
    if entities:
        summary = summarize(
            ontology.verb(cluster.type, mode),
            actors=[_label(a, entities) for a in actors],
            recipients=[_label(x, entities) for x in recipients],
            location=entities[location].name if location and location in entities else None,
            status=status,
        )
    else:
        best = max(reports, key=lambda r: (r.mention.confidence, len(r.mention.summary)))
        summary = best.mention.summary
    identity = ",".join(sorted(actors)) + "|" + ",".join(sorted(recipients))
    event_id = stable_id("ev", cluster.type, cluster.status_class, identity, date.start or "")
    return Event(
        id=event_id,
        type=cluster.type,
        mode=mode,
        actors=actors,
        recipients=recipients,
        location=location,
        date=date,
        status=status,
        summary=summary,
        evidence=evidence,
        confidence=confidence,
        story_id=story_id,
        date_conflicts=conflicts,
    )


def _date_words(article: Article, event: EventMention) -> frozenset[str]:
    """Keys of the event's parties whose every mention in its sentence is also a time expression."""
    keys = set(event.actors) | set(event.recipients)
    spans = [(t.start, t.end) for t in article.times if t.start < event.end and t.end > event.start]
    if not spans:
        return frozenset()
    inside: dict[str, list[bool]] = {}
    for m in article.mentions:
        if m.key in keys and event.start <= m.start < event.end:
            inside.setdefault(m.key, []).append(any(s < m.end and m.start < e for s, e in spans))
    return frozenset(k for k, flags in inside.items() if flags and all(flags))


def merge_events(
    articles: Iterable[Article],
    key_to_entity: Mapping[str, str],
    article_story: Mapping[str, str | None],
    *,
    entities: Iterable[Entity] = (),
) -> list[Event]:
    """Merge the event mentions of ``articles`` into corpus-wide events (see the module doc)."""
    ontology = load_ontology()
    by_id = {entity.id: entity for entity in entities}
    reports: list[_Report] = []
    for article in articles:
        for mention in article.events:
            dates = _date_words(article, mention)
            if dates and all(k in dates for k in mention.actors):
                continue  # "Ayer", "Oggi" taken for names: the only doer is a word the time tagger reads as a date
            actors = tuple(
                dict.fromkeys(key_to_entity[k] for k in mention.actors if k in key_to_entity and k not in dates)
            )
            recipients = tuple(
                dict.fromkeys(
                    key_to_entity[k]
                    for k in mention.recipients
                    if k in key_to_entity and k not in mention.actors and k not in dates
                )
            )
            location = key_to_entity.get(mention.location) if mention.location else None
            reports.append(_Report(article.id, mention, actors, recipients, location, article.language))
    reports.sort(key=lambda r: (r.mention.type, r.mention.date.start or "9999", r.article_id, r.mention.start))
    clusters: list[_Cluster] = []
    for report in reports:
        status_class = _status_class(report.mention.status)
        fitting = [
            c
            for c in clusters
            if c.type == report.mention.type
            and c.status_class == status_class
            and _fits(c, report, symmetric=ontology.is_symmetric(c.type))
        ]
        if fitting:
            best = max(fitting, key=lambda c: len(c.participants & report.participants))
            best.reports.append(report)
        else:
            clusters.append(_Cluster(report.mention.type, status_class, [report]))
    events: list[Event] = []
    seen: Counter[str] = Counter()
    for cluster in clusters:
        event = _build_event(cluster, by_id, article_story, ontology)
        seen[event.id] += 1
        if seen[event.id] > 1:  # two clusters with the same identity: tell them apart by their evidence
            first = event.evidence[0]
            event = replace(event, id=stable_id("ev", event.id, first.article_id, str(first.start)))
        events.append(event)
    events.sort(key=lambda e: (e.date.start or "9999", e.id))
    return events
