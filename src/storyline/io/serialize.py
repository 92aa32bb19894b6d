"""Model objects to and from JSON-ready dicts (for the store and the JSONL exports)."""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from typing import Any

from storyline.model import (
    Alias,
    Article,
    DateValue,
    Entity,
    Event,
    EventMention,
    Evidence,
    Mention,
    Quote,
    Rejection,
    Segment,
    Story,
    TimeExpr,
)


def to_plain(obj: Any) -> Any:
    """Dataclasses, tuples and enums to plain JSON-ready values (field order kept)."""
    if is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_plain(getattr(obj, f.name)) for f in fields(obj) if f.metadata.get("serialise", True)}
    if isinstance(obj, tuple | list):
        return [to_plain(v) for v in obj]
    if isinstance(obj, dict):
        return {k: to_plain(v) for k, v in obj.items()}
    if hasattr(obj, "value") and obj.__class__.__module__ == "storyline.model":
        return obj.value
    return obj


def date_from(d: dict[str, Any] | None) -> DateValue:
    if not d:
        return DateValue(None, None, "unknown", "unresolved")
    return DateValue(d.get("start"), d.get("end"), d.get("granularity", "unknown"), d.get("certainty", "unresolved"))


def article_from(d: dict[str, Any]) -> Article:
    """Inverse of ``to_plain(article)``."""
    data = dict(d)
    data["segments"] = tuple(Segment(**s) for s in d.get("segments", ()))
    data["times"] = tuple(TimeExpr(**{**t, "value": date_from(t.get("value"))}) for t in d.get("times", ()))
    data["mentions"] = tuple(Mention(**m) for m in d.get("mentions", ()))
    data["events"] = tuple(
        EventMention(
            **{
                **e,
                "actors": tuple(e.get("actors", ())),
                "recipients": tuple(e.get("recipients", ())),
                "date": date_from(e.get("date")),
            }
        )
        for e in d.get("events", ())
    )
    data["quotes"] = tuple(Quote(**q) for q in d.get("quotes", ()))
    return Article(**data)


def entity_from(d: dict[str, Any]) -> Entity:
    return Entity(
        **{
            **d,
            "aliases": tuple(Alias(**a) for a in d.get("aliases", ())),
            "article_ids": tuple(d.get("article_ids", ())),
        }
    )


def event_from(d: dict[str, Any]) -> Event:
    return Event(
        **{
            **d,
            "actors": tuple(d.get("actors", ())),
            "recipients": tuple(d.get("recipients", ())),
            "date": date_from(d.get("date")),
            "evidence": tuple(Evidence(**e) for e in d.get("evidence", ())),
            "date_conflicts": tuple(date_from(x) for x in d.get("date_conflicts", ())),
        }
    )


def story_from(d: dict[str, Any]) -> Story:
    return Story(
        **{
            **d,
            "languages": tuple(d.get("languages", ())),
            "article_ids": tuple(d.get("article_ids", ())),
            "entities": tuple(d.get("entities", ())),
            "timeline": tuple(d.get("timeline", ())),
        }
    )


def rejection_record(rejection: Rejection) -> dict[str, Any]:
    return {"source": rejection.source, "reason": rejection.reason.value, "detail": rejection.detail}


# --- contract records (what the JSONL exports contain) ----------------------------------------


def article_record(article: Article, *, story_id: str | None, duplicate_of: str | None) -> dict[str, Any]:
    return {
        "id": article.id,
        "source": article.source,
        "title": article.title,
        "language": article.language,
        "page_language": article.page_language,
        "outlet": article.outlet,
        "byline": article.byline,
        "published": article.published,
        "published_basis": article.published_basis,
        "machine_translated": article.machine_translated,
        "translated_from": article.translated_from,
        "text": article.text,
        "story_id": story_id,
        "duplicate_of": duplicate_of,
        "times": [{"text": t.text, "start": t.start, "end": t.end, "date": t.value.to_json()} for t in article.times],
        "url": article.url,
    }


def entity_record(entity: Entity) -> dict[str, Any]:
    return {
        "id": entity.id,
        "kind": entity.kind,
        "name": entity.name,
        "aliases": [{"text": a.text, "lang": a.lang, "count": a.count} for a in entity.aliases],
        "country": entity.country,
        "role": entity.role,
        "kb_id": entity.kb_id,
        "article_ids": list(entity.article_ids),
        "mentions": entity.mentions,
    }


def event_record(event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "story_id": event.story_id,
        "type": event.type,
        "mode": event.mode,
        "actors": list(event.actors),
        "recipients": list(event.recipients),
        "location": event.location,
        "date": event.date.to_json(),
        "status": event.status,
        "summary": event.summary,
        "evidence": [
            {"article_id": e.article_id, "sentence": e.sentence, "start": e.start, "end": e.end} for e in event.evidence
        ],
        "confidence": round(event.confidence, 4),
        "date_conflicts": [d.to_json() for d in event.date_conflicts],
    }


def story_record(story: Story) -> dict[str, Any]:
    return {
        "id": story.id,
        "title": story.title,
        "languages": list(story.languages),
        "article_ids": list(story.article_ids),
        "start": story.start,
        "end": story.end,
        "entities": list(story.entities),
        "timeline": list(story.timeline),
        "summary": story.summary,
    }
