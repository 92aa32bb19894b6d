"""English wording for stories: titles built from actors and events, actor links, briefings.

No machine translation is available offline, so a story without an English member gets a
title composed from its central entities (canonical English names), its main event type and
its dates, e.g. "Russia and United States: talks, January 2022".
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from storyline.model import DateValue, Entity, Event

MAX_BRIEF_EVENTS = 5
MAX_LINKS = 4
MAX_ACTORS = 4
_TITLE_TAIL = re.compile(r"\s+[-–—|:]\s+[^-–—|:]{2,40}$")


@dataclass(frozen=True)
class Wording:
    verbs: Mapping[str, str]
    nouns: Mapping[str, str]
    links: Mapping[str, str]
    months: Sequence[str]


@lru_cache(maxsize=1)
def wording() -> Wording:
    """The English phrases of data/stories/plover_english.json."""
    path = resources.files("storyline").joinpath("data", "stories", "plover_english.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    types = data["types"]
    return Wording(
        verbs={t: v["verb"] for t, v in types.items()},
        nouns={t: v["noun"] for t, v in types.items()},
        links={t: v["link"] for t, v in types.items()},
        months=tuple(data["months"]),
    )


def clean_headline(title: str, outlet: str | None = None) -> str:
    """A member's headline without a trailing " - Outlet" / " | Site" and extra white space."""
    title = " ".join(title.split())
    if outlet and title.endswith(outlet):
        title = title[: -len(outlet)].rstrip(" -–—|:")
    else:
        match = _TITLE_TAIL.search(title)
        if match:
            tail = match.group(0).strip(" -–—|:").split()
            head = title[: match.start()].split()
            if len(head) >= 4 and len(tail) <= 4 and all(w[:1].isupper() or not w[:1].isalpha() for w in tail):
                title = title[: match.start()].rstrip()  # " - Daily Courier": the site's name
    return title


def month_year(day: str | None) -> str | None:
    """'2022-01-10' -> 'January 2022'."""
    if not day or not re.match(r"\d{4}-\d{2}", day):
        return None
    month = int(day[5:7])
    return f"{wording().months[month - 1]} {day[:4]}" if 1 <= month <= 12 else day[:4]


def readable_date(day: str | None) -> str | None:
    """'2022-01-10' -> '10 January 2022'."""
    if not day or not re.match(r"\d{4}-\d{2}-\d{2}", day):
        return month_year(day)
    return f"{int(day[8:10])} {month_year(day)}"


def event_date_text(date: DateValue) -> str | None:
    """An event's date as precise as it is known: '10 January 2022', 'week of 10 January 2022',
    'January 2022', '2022', '2020s'."""
    if not date.start:
        return None
    if date.granularity == "year":
        return date.start[:4]
    if date.granularity == "decade":
        return f"{date.start[:3]}0s"
    if date.granularity == "month":
        return month_year(date.start)
    if date.granularity == "week":
        return f"week of {readable_date(date.start)}"
    return readable_date(date.start)


def _names(ids: Sequence[str], entities: Mapping[str, Entity]) -> list[str]:
    return [entities[i].name for i in ids if i in entities]


def _join(names: Sequence[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def composed_title(
    central: Sequence[str], events: Sequence[Event], entities: Mapping[str, Entity], start: str | None
) -> str | None:
    """A title from the central actors, the main event type and the month, when there are actors."""
    actors = [e for e in central if e in entities and entities[e].kind in ("PER", "ORG", "LOC")][:2]
    if not actors:
        return None
    names = _join(_names(actors, entities))
    types = Counter(e.type for e in events)
    noun = wording().nouns.get(types.most_common(1)[0][0]) if types else None
    when = month_year(start)
    parts = [names + (f": {noun}" if noun else "")]
    if when:
        parts.append(when)
    return ", ".join(parts)


def event_sentence(event: Event, entities: Mapping[str, Entity]) -> str:
    """The event's own summary, or one composed from its type and participants."""
    if event.summary.strip():
        text = event.summary.strip()
    else:
        actors = _join(_names(event.actors, entities)) or "Someone"
        recipients = _join(_names(event.recipients, entities))
        verb = wording().verbs.get(event.type, event.type.lower())
        text = f"{actors} {verb} {recipients}".strip() if recipients else f"{actors}: {event.type.lower()}"
    return text if text.endswith((".", "!", "?")) else text + "."


def actor_links(events: Sequence[Event], entities: Mapping[str, Entity]) -> list[tuple[str, str, str, int]]:
    """(actor, link label, recipient, number of events) for actor->recipient pairs, most frequent first."""
    counts: Counter[tuple[str, str, str]] = Counter()
    for event in events:
        if event.status == "negated":
            continue
        for actor in event.actors:
            for recipient in event.recipients:
                if actor != recipient and actor in entities and recipient in entities:
                    counts[(actor, event.type, recipient)] += 1
    label = wording().links
    return [
        (a, label.get(t, t.lower()), r, n) for (a, t, r), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    ]


def _role(entity: Entity) -> str:
    return f"{entity.name} ({entity.role})" if entity.role else entity.name


def briefing(
    *,
    events: Sequence[Event],
    central: Sequence[str],
    entities: Mapping[str, Entity],
    languages: Sequence[str],
    articles: int,
    start: str | None,
    end: str | None,
) -> str:
    """A short English briefing: span and sources, key events with dates, actors and their links."""
    span = readable_date(start)
    if end and end != start:
        span = f"{span} to {readable_date(end)}"
    langs = ", ".join(languages)
    parts = [f"{articles} article{'s' if articles != 1 else ''} in {langs}" + (f", {span}." if span else ".")]
    reported = [e for e in events if e.status != "negated"]
    key = sorted(reported, key=lambda e: (-len(e.evidence), -e.confidence, e.id))[:MAX_BRIEF_EVENTS]
    for event in sorted(key, key=lambda e: (e.date.start or "9999", e.id)):
        when = event_date_text(event.date)
        sentence = event_sentence(event, entities)
        if event.status == "planned" and not sentence.lower().startswith("planned"):
            sentence = f"Planned: {sentence}"
        line = f"{when}: {sentence}" if when else sentence
        if event.date_conflicts:
            other = ", ".join(sorted({d.start for d in event.date_conflicts if d.start}))
            if other:
                line += f" (sources disagree on the date: also {other})"
        parts.append(line)
    actors = [entities[e] for e in central if e in entities and entities[e].kind in ("PER", "ORG")][:MAX_ACTORS]
    if actors:
        parts.append("Main actors: " + ", ".join(_role(a) for a in actors) + ".")
    links = actor_links(events, entities)[:MAX_LINKS]
    if links:
        said = "; ".join(f"{entities[a].name} {label} {entities[r].name}" for a, label, r, _n in links)
        parts.append(f"Links: {said}.")
    return " ".join(parts)
