"""The JSON API: request paths and query strings in, (status, JSON body) out.

Pure routing and validation over ``StoreQueries``; the HTTP server wraps it. Every parameter is
checked before it reaches a query: ids against ``ID_PATTERN`` (so no path parameter can name a
file or climb out of the store), dates as ``YYYY-MM-DD``, event types against the PLOVER list,
``limit`` capped at ``MAX_LIMIT``. Problems are ``ApiError`` answers (400 or 404), never tracebacks.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from storyline.report.views import EVENT_TYPES
from storyline.web.openapi import openapi_spec
from storyline.web.queries import STORY_ORDER, EventFilter, Page, StoreQueries, StoryFilter

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.:\-]{0,127}$"
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
LANG_PATTERN = r"^[a-z]{2,3}$"
DEFAULT_LIMIT = 50
MAX_LIMIT = 200
MAX_OFFSET = 10_000_000
MAX_QUERY = 200

_ID = re.compile(ID_PATTERN)
_DATE = re.compile(DATE_PATTERN)
_LANG = re.compile(LANG_PATTERN)

Params = Mapping[str, list[str]]


class ApiError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message

    def body(self) -> dict[str, Any]:
        return {"error": self.message, "status": self.status}


def _one(params: Params, name: str) -> str:
    values = params.get(name) or []
    if len(values) > 1:
        raise ApiError(400, f"give {name} at most once")
    return values[0] if values else ""


def _int(params: Params, name: str, default: int, low: int, high: int) -> int:
    raw = _one(params, name)
    if not raw:
        return default
    if not raw.isdigit():
        raise ApiError(400, f"{name} must be a whole number")
    value = int(raw)
    if not low <= value <= high:
        raise ApiError(400, f"{name} must be between {low} and {high}")
    return value


def _page(params: Params) -> Page:
    return Page(
        limit=_int(params, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT),
        offset=_int(params, "offset", 0, 0, MAX_OFFSET),
    )


def _matching(params: Params, name: str, pattern: re.Pattern[str], what: str) -> str:
    value = _one(params, name)
    if value and not pattern.match(value):
        raise ApiError(400, f"{name} must be {what}")
    return value


def _date(params: Params, name: str) -> str:
    return _matching(params, name, _DATE, "a date YYYY-MM-DD")


def _type(params: Params) -> str:
    value = _one(params, "type").upper()
    if value and value not in EVENT_TYPES:
        raise ApiError(400, "type must be one of the PLOVER event types: " + " ".join(EVENT_TYPES))
    return value


def _sort(params: Params) -> str:
    value = _one(params, "sort")
    if value not in STORY_ORDER:
        raise ApiError(400, "sort must be newest or oldest (or absent: largest first)")
    return value


def _text(params: Params, name: str) -> str:
    value = _one(params, name).strip()
    if len(value) > MAX_QUERY:
        raise ApiError(400, f"{name} is longer than {MAX_QUERY} characters")
    return value


def _valid_id(raw: str, what: str) -> str:
    if not _ID.match(raw):
        raise ApiError(400, f"not a valid {what} id")
    return raw


def _known(found: dict[str, Any] | None, what: str) -> dict[str, Any]:
    if found is None:
        raise ApiError(404, f"no {what} with that id")
    return found


class Api:
    """Answers ``GET`` requests for the paths under ``/api/`` and ``/openapi.json``."""

    def __init__(self, queries: StoreQueries) -> None:
        self.queries = queries

    def get(self, path: str, params: Params) -> dict[str, Any]:
        if path == "/openapi.json":
            return openapi_spec()
        parts = path.strip("/").split("/")
        if len(parts) < 2 or parts[0] != "api":
            raise ApiError(404, "no such endpoint")
        collection = parts[1]
        if len(parts) == 2:
            handler = self._collections().get(collection)
            if handler is None:
                raise ApiError(404, "no such endpoint")
            return handler(params)
        singular = {"stories": "story", "articles": "article", "entities": "entity"}
        if len(parts) == 3 and collection in singular:
            what = singular[collection]
            item_id = _valid_id(parts[2], what)
            if collection == "stories":
                return _known(self.queries.story(item_id), what)
            if collection == "articles":
                return _known(self.queries.article(item_id), what)
            return _known(self.queries.entity(item_id), what)
        raise ApiError(404, "no such endpoint")

    def _collections(self) -> dict[str, Callable[[Params], dict[str, Any]]]:
        return {
            "meta": lambda params: self.queries.meta(),
            "stories": self._stories,
            "articles": self._articles,
            "entities": self._entities,
            "events": self._events,
        }

    def _stories(self, params: Params) -> dict[str, Any]:
        entity = _one(params, "entity")
        where = StoryFilter(
            q=_text(params, "q"),
            lang=_matching(params, "lang", _LANG, "an ISO 639-1 language code"),
            date_from=_date(params, "from"),
            date_to=_date(params, "to"),
            type=_type(params),
            entity=_valid_id(entity, "entity") if entity else "",
            sort=_sort(params),
        )
        return self.queries.stories(where, _page(params))

    def _articles(self, params: Params) -> dict[str, Any]:
        lang = _matching(params, "lang", _LANG, "an ISO 639-1 language code")
        return self.queries.articles(_text(params, "q"), lang, _page(params))

    def _entities(self, params: Params) -> dict[str, Any]:
        return self.queries.entities(_text(params, "q"), _page(params))

    def _events(self, params: Params) -> dict[str, Any]:
        entity = _one(params, "entity")
        story = _one(params, "story")
        where = EventFilter(
            entity=_valid_id(entity, "entity") if entity else "",
            type=_type(params),
            date_from=_date(params, "from"),
            date_to=_date(params, "to"),
            story=_valid_id(story, "story") if story else "",
        )
        return self.queries.events(where, _page(params))
