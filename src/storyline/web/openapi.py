"""The OpenAPI 3.1 description of the JSON API, served at ``/openapi.json``."""

from __future__ import annotations

from typing import Any

from storyline import __version__

_STR = {"type": "string"}
_NSTR = {"type": ["string", "null"]}
_INT = {"type": "integer", "minimum": 0}
_IDS = {"type": "array", "items": _STR}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _obj(props: dict[str, Any], *, extra: bool = True) -> dict[str, Any]:
    return {"type": "object", "required": sorted(props), "properties": props, "additionalProperties": extra}


def _map_of(name: str) -> dict[str, Any]:
    return {"type": "object", "additionalProperties": _ref(name)}


def _page_of(name: str, *, with_entities: bool = False) -> dict[str, Any]:
    props: dict[str, Any] = {
        "total": _INT,
        "limit": {"type": "integer", "minimum": 1},
        "offset": _INT,
        "items": {"type": "array", "items": _ref(name)},
    }
    if with_entities:
        props["entities"] = _map_of("EntitySummary")
    return _obj(props)


def _schemas() -> dict[str, Any]:
    span = {"start": _INT, "end": _INT}
    return {
        "Error": _obj({"error": _STR, "status": {"type": "integer"}}),
        "DateValue": _obj({"start": _NSTR, "end": _NSTR, "granularity": _STR, "certainty": _STR}),
        "Alias": _obj({"text": _STR, "lang": _NSTR, "count": _INT}),
        "EntitySummary": _obj(
            {
                "id": _STR,
                "kind": {"type": "string", "enum": ["PER", "ORG", "LOC", "MISC"]},
                "name": _STR,
                "country": _NSTR,
                "role": _NSTR,
                "kb_id": _NSTR,
                "mentions": _INT,
                "article_count": _INT,
                "aliases": {"type": "array", "items": _ref("Alias")},
            }
        ),
        "Evidence": _obj({"article_id": _STR, "sentence": _STR, **span}),
        "Event": _obj(
            {
                "id": _STR,
                "story_id": _NSTR,
                "type": _STR,
                "quad": _NSTR,
                "mode": _NSTR,
                "actors": _IDS,
                "recipients": _IDS,
                "location": _NSTR,
                "date": _ref("DateValue"),
                "status": _STR,
                "summary": _STR,
                "evidence": {"type": "array", "items": _ref("Evidence")},
                "confidence": {"type": "number"},
            }
        ),
        "StorySummary": _obj(
            {
                "id": _STR,
                "title": _STR,
                "languages": _IDS,
                "size": _INT,
                "start": _NSTR,
                "end": _NSTR,
                "event_count": _INT,
                "entities": _IDS,
            }
        ),
        "StoryDetail": {
            "allOf": [
                _ref("StorySummary"),
                _obj({"article_ids": _IDS, "timeline": _IDS, "summary": _STR}),
            ]
        },
        "ArticleMeta": _obj(
            {
                "id": _STR,
                "title": _NSTR,
                "language": _STR,
                "published": _NSTR,
                "outlet": _NSTR,
                "source": _STR,
                "url": _NSTR,
                "story_id": _NSTR,
                "duplicate_of": _NSTR,
            }
        ),
        "ArticleView": {
            "allOf": [
                _ref("ArticleMeta"),
                _obj(
                    {
                        "text": _STR,
                        "mentions": {
                            "type": "array",
                            "items": _obj({**span, "text": _STR, "kind": _STR, "entity_id": _NSTR}),
                        },
                        "times": {
                            "type": "array",
                            "items": _obj({**span, "text": _STR, "date": _ref("DateValue")}),
                        },
                        "events": {
                            "type": "array",
                            "items": _obj({**span, "type": _STR, "quad": _NSTR, "status": _STR, "event_id": _NSTR}),
                        },
                    }
                ),
            ]
        },
        "StoryPage": _page_of("StorySummary", with_entities=True),
        "EntityPage": _page_of("EntitySummary"),
        "ArticlePage": _page_of("ArticleMeta"),
        "EventPage": _page_of("Event", with_entities=True),
        "StoryResponse": _obj(
            {
                "story": _ref("StoryDetail"),
                "events": {"type": "array", "items": _ref("Event")},
                "articles": {"type": "array", "items": _ref("ArticleMeta")},
                "evidence_articles": {"type": "array", "items": _ref("ArticleMeta")},
                "entities": _map_of("EntitySummary"),
            }
        ),
        "ArticleResponse": _obj(
            {
                "article": _ref("ArticleView"),
                "story": {"oneOf": [_ref("StorySummary"), {"type": "null"}]},
                "entities": _map_of("EntitySummary"),
            }
        ),
        "EntityResponse": _obj(
            {
                "entity": _ref("EntitySummary"),
                "events": {"type": "array", "items": _ref("Event")},
                "stories": {"type": "array", "items": _ref("StorySummary")},
                "articles": {"type": "array", "items": _ref("ArticleMeta")},
                "entities": _map_of("EntitySummary"),
            }
        ),
        "Meta": _obj({"counts": {"type": "object", "additionalProperties": {"type": "integer"}}, "languages": _IDS}),
    }


def _query(name: str, description: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": False, "description": description, "schema": schema}


def _operation(summary: str, response: str, params: list[dict[str, Any]], *, not_found: bool = False) -> dict[str, Any]:
    responses: dict[str, Any] = {
        "200": {"description": "OK", "content": {"application/json": {"schema": _ref(response)}}},
        "400": {"description": "Bad parameter", "content": {"application/json": {"schema": _ref("Error")}}},
    }
    if not_found:
        responses["404"] = {"description": "Not found", "content": {"application/json": {"schema": _ref("Error")}}}
    return {"get": {"summary": summary, "parameters": params, "responses": responses}}


def openapi_spec() -> dict[str, Any]:
    """The API description (OpenAPI 3.1); the patterns and caps are the ones ``api`` enforces."""
    from storyline.report.views import EVENT_TYPES
    from storyline.web.api import DATE_PATTERN, ID_PATTERN, LANG_PATTERN, MAX_LIMIT, MAX_QUERY

    page = [
        _query("limit", f"page size (at most {MAX_LIMIT})", {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT}),
        _query("offset", "items to skip", {"type": "integer", "minimum": 0}),
    ]
    date = {"type": "string", "pattern": DATE_PATTERN}
    ident = {"type": "string", "pattern": ID_PATTERN}
    event_type = {"type": "string", "enum": list(EVENT_TYPES)}
    text = {"type": "string", "maxLength": MAX_QUERY}

    def path_id(what: str) -> dict[str, Any]:
        return {"name": "id", "in": "path", "required": True, "description": f"{what} id", "schema": ident}

    return {
        "openapi": "3.1.0",
        "info": {
            "title": "storyline API",
            "version": __version__,
            "description": "Read-only access to a storyline store: stories, events, entities, articles.",
        },
        "servers": [{"url": "/"}],
        "paths": {
            "/api/meta": _operation("Counts and languages in the store", "Meta", []),
            "/api/stories": _operation(
                "Stories, largest first, with filters",
                "StoryPage",
                [
                    _query("q", "words in the title (case-insensitive)", text),
                    _query(
                        "lang",
                        "only stories with articles in this language",
                        {"type": "string", "pattern": LANG_PATTERN},
                    ),
                    _query("from", "only stories still running on or after this date", date),
                    _query("to", "only stories started on or before this date", date),
                    _query("type", "only stories with an event of this PLOVER type", event_type),
                    _query("entity", "only stories involving this entity id", ident),
                    _query(
                        "sort",
                        "order: largest first (default), newest or oldest (undated stories last)",
                        {"type": "string", "enum": ["newest", "oldest"]},
                    ),
                    *page,
                ],
            ),
            "/api/stories/{id}": _operation(
                "One story with its events, articles and entities",
                "StoryResponse",
                [path_id("story")],
                not_found=True,
            ),
            "/api/articles": _operation(
                "Articles in the order they were added, with filters",
                "ArticlePage",
                [
                    _query("q", "words in the title (case-insensitive)", text),
                    _query("lang", "article language", {"type": "string", "pattern": LANG_PATTERN}),
                    *page,
                ],
            ),
            "/api/articles/{id}": _operation(
                "One article with its text and highlight layers",
                "ArticleResponse",
                [path_id("article")],
                not_found=True,
            ),
            "/api/entities": _operation(
                "Entities by any name or alias, in any language or script (case-insensitive substring)",
                "EntityPage",
                [_query("q", "a name or part of one", text), *page],
            ),
            "/api/entities/{id}": _operation(
                "One entity with its events, stories and articles",
                "EntityResponse",
                [path_id("entity")],
                not_found=True,
            ),
            "/api/events": _operation(
                "Events in date order, with filters",
                "EventPage",
                [
                    _query("entity", "events with this entity as actor, recipient or location", ident),
                    _query("type", "PLOVER event type", event_type),
                    _query("from", "events ending on or after this date", date),
                    _query("to", "events starting on or before this date", date),
                    _query("story", "events of this story", ident),
                    *page,
                ],
            ),
        },
        "components": {"schemas": _schemas()},
    }
