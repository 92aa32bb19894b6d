"""View models: the JSON shapes the report page and the web API both hand to the front-end.

One set of shapes for both, so ``assets/app.js`` renders the embedded report and the live
``storyline serve`` app with the same code. Every shape is plain JSON (str, int, float, bool,
None, list, dict); every string in it may be attacker-controlled text and is rendered by the
front-end through ``textContent`` only.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from typing import Any

from storyline.io.serialize import event_record
from storyline.model import Article, Entity, Event, Story

EVENT_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)


@cache
def plover_palette() -> dict[str, Any]:
    """The PLOVER quads (label, colour, member types) and one colour per event type."""
    text = resources.files("storyline.report").joinpath("assets/plover_quads.json").read_text(encoding="utf-8")
    palette: dict[str, Any] = json.loads(text)
    return palette


def quad_of(event_type: str) -> str | None:
    """``verbal_cooperation`` … ``material_conflict`` for a PLOVER type, None for an unknown type."""
    for quad, spec in plover_palette()["quads"].items():
        if event_type in spec["types"]:
            return str(quad)
    return None


def entity_summary(entity: Entity) -> dict[str, Any]:
    return {
        "id": entity.id,
        "kind": entity.kind,
        "name": entity.name,
        "country": entity.country,
        "role": entity.role,
        "kb_id": entity.kb_id,
        "mentions": entity.mentions,
        "article_count": len(entity.article_ids),
        "aliases": [{"text": a.text, "lang": a.lang, "count": a.count} for a in entity.aliases],
    }


def event_view(event: Event) -> dict[str, Any]:
    record = event_record(event)
    record["quad"] = quad_of(event.type)
    return record


def story_summary(story: Story, *, event_count: int | None = None) -> dict[str, Any]:
    return {
        "id": story.id,
        "title": story.title,
        "languages": list(story.languages),
        "size": len(story.article_ids),
        "start": story.start,
        "end": story.end,
        "event_count": len(story.timeline) if event_count is None else event_count,
        "entities": list(story.entities[:8]),
    }


def story_detail(story: Story) -> dict[str, Any]:
    summary = story_summary(story)
    summary.update(
        {
            "entities": list(story.entities),
            "article_ids": list(story.article_ids),
            "timeline": list(story.timeline),
            "summary": story.summary,
        }
    )
    return summary


def article_meta(article: Article, *, story_id: str | None = None, duplicate_of: str | None = None) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "language": article.language,
        "published": article.published,
        "outlet": article.outlet,
        "source": article.source,
        "url": article.url,
        "story_id": story_id,
        "duplicate_of": duplicate_of,
    }


def evidence_index(events: Iterable[Event]) -> dict[tuple[str, int, int], str]:
    """(article id, start, end) of each evidence sentence → the corpus event it belongs to."""
    return {(ev.article_id, ev.start, ev.end): event.id for event in events for ev in event.evidence}


def article_layers(
    article: Article, *, key_to_entity: Mapping[str, str], event_of: Mapping[tuple[str, int, int], str]
) -> dict[str, Any]:
    """The article's text and its highlight layers (offsets are code points into ``text``)."""
    return {
        "text": article.text,
        "byline": article.byline,
        "machine_translated": article.machine_translated,
        "translated_from": article.translated_from,
        "mentions": [
            {
                "start": m.start,
                "end": m.end,
                "text": m.text,
                "kind": m.kind,
                "entity_id": key_to_entity.get(m.key),
            }
            for m in article.mentions
        ],
        "times": [{"start": t.start, "end": t.end, "text": t.text, "date": t.value.to_json()} for t in article.times],
        "events": [
            {
                "start": e.start,
                "end": e.end,
                "type": e.type,
                "quad": quad_of(e.type),
                "status": e.status,
                "summary": e.summary,
                "event_id": event_of.get((article.id, e.start, e.end)),
            }
            for e in article.events
        ],
    }


def referenced_entities(events: Iterable[Mapping[str, Any]], extra: Iterable[str] = ()) -> set[str]:
    """Entity ids named by event views (actors, recipients, location) plus ``extra``."""
    ids = set(extra)
    for event in events:
        ids.update(event.get("actors", ()))
        ids.update(event.get("recipients", ()))
        if event.get("location"):
            ids.add(event["location"])
    return ids
