"""Read-only queries behind the JSON API, answered with the shapes of ``storyline.report.views``.

Filtering and paging run in SQL on the store's indexed tables (``stories``, ``events``,
``event_entities``, ``entity_names``) so a request costs the same on a large store as on a small
one; whole objects are decoded only for the page returned. Every value from the request reaches
SQL as a bound parameter.
"""

from __future__ import annotations

import json
import threading
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyline.io.serialize import entity_from, event_from, story_from
from storyline.report.views import (
    article_layers,
    entity_summary,
    event_view,
    evidence_index,
    referenced_entities,
    story_detail,
    story_summary,
)
from storyline.store import Store

_CHUNK = 500


@dataclass(frozen=True)
class Page:
    limit: int
    offset: int


@dataclass(frozen=True)
class StoryFilter:
    q: str = ""
    lang: str = ""
    date_from: str = ""
    date_to: str = ""
    type: str = ""
    entity: str = ""
    sort: str = ""  # "" (largest first) | newest | oldest


STORY_ORDER = {
    "": "s.size DESC, s.id",
    "newest": 'COALESCE(s."end", s.start) IS NULL, COALESCE(s."end", s.start) DESC, s.id',
    "oldest": 'COALESCE(s.start, s."end") IS NULL, COALESCE(s.start, s."end"), s.id',
}


@dataclass(frozen=True)
class EventFilter:
    entity: str = ""
    type: str = ""
    date_from: str = ""
    date_to: str = ""
    story: str = ""


def _casefold(value: object) -> str:
    return str(value or "").casefold()


def store_version(db_path: Path) -> tuple[int, ...]:
    """Changes whenever a run commits to the store (the database file or its write-ahead log)."""
    stamp: list[int] = []
    for path in (db_path, db_path.with_name(db_path.name + "-wal")):
        try:
            info = path.stat()
            stamp += [info.st_mtime_ns, info.st_size]
        except FileNotFoundError:
            stamp += [0, 0]
    return tuple(stamp)


class EvidenceCache:
    """Which events cite each article as evidence: the store has no index for that, so the server
    builds one on first use and rebuilds it when the store changes. Safe to share between threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._version: tuple[int, ...] | None = None
        self._citing: dict[str, list[str]] = {}

    def events_citing(self, store: Store, article_id: str) -> list[str]:
        version = store_version(store.path)
        with self._lock:
            if version != self._version:
                citing: dict[str, list[str]] = defaultdict(list)
                rows = store.conn.execute(
                    "SELECT DISTINCT e.id, json_extract(j.value, '$.article_id')"
                    " FROM events e, json_each(e.data, '$.evidence') j"
                )
                for event_id, cited in rows:
                    citing[str(cited)].append(str(event_id))
                self._citing, self._version = dict(citing), version
            return list(self._citing.get(article_id, ()))


class StoreQueries:
    """The API's questions, asked of one open (read-only) store."""

    def __init__(self, store: Store, *, evidence: EvidenceCache | None = None) -> None:
        self.store = store
        self.evidence = evidence
        self.conn = store.conn
        self.conn.create_function("sl_fold", 1, _casefold, deterministic=True)

    # -- shared helpers -------------------------------------------------------------------------
    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return list(self.conn.execute(sql, list(params)))

    def _by_ids(self, table: str, ids: Iterable[str]) -> dict[str, str]:
        wanted = sorted(set(ids))
        found: dict[str, str] = {}
        for i in range(0, len(wanted), _CHUNK):
            chunk = wanted[i : i + _CHUNK]
            marks = ",".join("?" * len(chunk))
            found.update(self._rows(f"SELECT id, data FROM {table} WHERE id IN ({marks})", chunk))
        return found

    def entity_map(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        found = self._by_ids("entities", ids)
        return {eid: entity_summary(entity_from(json.loads(data))) for eid, data in found.items()}

    def article_metas(self, ids: Sequence[str]) -> list[dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        wanted = list(dict.fromkeys(ids))
        for i in range(0, len(wanted), _CHUNK):
            chunk = wanted[i : i + _CHUNK]
            marks = ",".join("?" * len(chunk))
            rows = self._rows(
                "SELECT a.id, a.title, a.language, a.published, json_extract(a.data, '$.outlet'), a.source,"
                " json_extract(a.data, '$.url'), s.story_id, s.duplicate_of"
                f" FROM articles a LEFT JOIN article_story s ON s.article_id = a.id WHERE a.id IN ({marks})",
                chunk,
            )
            for aid, title, language, published, outlet, source, url, story_id, duplicate_of in rows:
                found[aid] = {
                    "id": aid,
                    "title": title,
                    "language": language,
                    "published": published,
                    "outlet": outlet,
                    "source": source,
                    "url": url,
                    "story_id": story_id,
                    "duplicate_of": duplicate_of,
                }
        return [found[aid] for aid in wanted if aid in found]

    # -- API answers ----------------------------------------------------------------------------
    def meta(self) -> dict[str, Any]:
        languages = [
            row[0]
            for row in self._rows("SELECT DISTINCT j.value FROM stories, json_each(stories.data, '$.languages') j")
        ]
        count = self.store.input_counts()
        return {
            "counts": {
                "stories": self._rows("SELECT COUNT(*) FROM stories")[0][0],
                "events": self._rows("SELECT COUNT(*) FROM events")[0][0],
                "entities": self._rows("SELECT COUNT(*) FROM entities")[0][0],
                "articles": count["articles"],
                "rejected": count["rejected"],
            },
            "languages": sorted(str(x) for x in languages),
        }

    def stories(self, where: StoryFilter, page: Page) -> dict[str, Any]:
        clauses: list[str] = []
        params: list[Any] = []
        if where.q:
            clauses.append("instr(sl_fold(s.title), ?) > 0")
            params.append(where.q.casefold())
        if where.lang:
            clauses.append("EXISTS (SELECT 1 FROM json_each(s.data, '$.languages') WHERE value = ?)")
            params.append(where.lang)
        if where.date_from:
            clauses.append('COALESCE(s."end", s.start) >= ?')
            params.append(where.date_from)
        if where.date_to:
            clauses.append('COALESCE(s.start, s."end") <= ?')
            params.append(where.date_to)
        if where.type:
            clauses.append("s.id IN (SELECT story_id FROM events WHERE type = ?)")
            params.append(where.type)
        if where.entity:
            clauses.append(
                "(s.id IN (SELECT ev.story_id FROM events ev JOIN event_entities ee ON ee.event_id = ev.id"
                " WHERE ee.entity_id = ?) OR EXISTS (SELECT 1 FROM json_each(s.data, '$.entities') WHERE value = ?))"
            )
            params += [where.entity, where.entity]
        sql_where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        total = self._rows(f"SELECT COUNT(*) FROM stories s{sql_where}", params)[0][0]
        rows = self._rows(
            f"SELECT s.data FROM stories s{sql_where} ORDER BY {STORY_ORDER[where.sort]} LIMIT ? OFFSET ?",
            [*params, page.limit, page.offset],
        )
        items = [story_summary(story_from(json.loads(data))) for (data,) in rows]
        entities = self.entity_map(eid for item in items for eid in item["entities"])
        return {"total": total, "limit": page.limit, "offset": page.offset, "items": items, "entities": entities}

    def story(self, story_id: str) -> dict[str, Any] | None:
        rows = self._rows("SELECT data FROM stories WHERE id = ?", [story_id])
        if not rows:
            return None
        story = story_from(json.loads(rows[0][0]))
        found = self._by_ids("events", story.timeline)
        if found:
            events = [event_view(event_from(json.loads(found[eid]))) for eid in story.timeline if eid in found]
        else:
            events = [
                event_view(event_from(json.loads(data)))
                for (data,) in self._rows(
                    "SELECT data FROM events WHERE story_id = ? ORDER BY COALESCE(date_start, '9999'), id", [story_id]
                )
            ]
        members = set(story.article_ids)
        cited = [ev["article_id"] for event in events for ev in event["evidence"] if ev["article_id"] not in members]
        return {
            "story": story_detail(story),
            "events": events,
            "articles": self.article_metas(story.article_ids),
            "evidence_articles": self.article_metas(cited),
            "entities": self.entity_map(referenced_entities(events, story.entities)),
        }

    def article(self, article_id: str) -> dict[str, Any] | None:
        article = self.store.get_article(article_id)
        if article is None:
            return None
        keys = sorted({m.key for m in article.mentions})
        key_to_entity: dict[str, str] = {}
        for i in range(0, len(keys), _CHUNK):
            chunk = keys[i : i + _CHUNK]
            marks = ",".join("?" * len(chunk))
            key_to_entity.update(self._rows(f"SELECT key, entity_id FROM entity_keys WHERE key IN ({marks})", chunk))
        if self.evidence is not None:
            citing = self.evidence.events_citing(self.store, article_id)
            candidates = [event_from(json.loads(data)) for data in self._by_ids("events", citing).values()]
        else:
            needle = json.dumps({"article_id": article_id}, ensure_ascii=False, separators=(",", ":"))[1:-1]
            candidates = [
                event_from(json.loads(data))
                for (data,) in self._rows("SELECT data FROM events WHERE instr(data, ?) > 0", [needle])
            ]
        event_of = evidence_index(candidates)
        meta = self.article_metas([article_id])[0]
        view = {**meta, **article_layers(article, key_to_entity=key_to_entity, event_of=event_of)}
        story = None
        if meta["story_id"]:
            rows = self._rows("SELECT data FROM stories WHERE id = ?", [meta["story_id"]])
            story = story_summary(story_from(json.loads(rows[0][0]))) if rows else None
        entities = self.entity_map(key_to_entity.values())
        return {"article": view, "story": story, "entities": entities}

    def articles(self, q: str, lang: str, page: Page) -> dict[str, Any]:
        clauses: list[str] = []
        params: list[Any] = []
        if q:
            clauses.append("instr(sl_fold(title), ?) > 0")
            params.append(q.casefold())
        if lang:
            clauses.append("language = ?")
            params.append(lang)
        sql_where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        total = self._rows(f"SELECT COUNT(*) FROM articles{sql_where}", params)[0][0]
        ids = [
            row[0]
            for row in self._rows(
                f"SELECT id FROM articles{sql_where} ORDER BY seq LIMIT ? OFFSET ?", [*params, page.limit, page.offset]
            )
        ]
        return {"total": total, "limit": page.limit, "offset": page.offset, "items": self.article_metas(ids)}

    def entities(self, q: str, page: Page) -> dict[str, Any]:
        if q:
            where = "WHERE e.id IN (SELECT entity_id FROM entity_names WHERE instr(name, ?) > 0)"
            params: list[Any] = [q.casefold()]
        else:
            where, params = "", []
        total = self._rows(f"SELECT COUNT(*) FROM entities e {where}", params)[0][0]
        rows = self._rows(
            f"SELECT e.data FROM entities e {where} ORDER BY e.mentions DESC, e.id LIMIT ? OFFSET ?",
            [*params, page.limit, page.offset],
        )
        items = [entity_summary(entity_from(json.loads(data))) for (data,) in rows]
        return {"total": total, "limit": page.limit, "offset": page.offset, "items": items}

    def entity(self, entity_id: str, *, cap: int = 500) -> dict[str, Any] | None:
        rows = self._rows("SELECT data FROM entities WHERE id = ?", [entity_id])
        if not rows:
            return None
        entity = entity_from(json.loads(rows[0][0]))
        events = [
            event_view(event_from(json.loads(data)))
            for (data,) in self._rows(
                "SELECT data FROM events WHERE id IN (SELECT event_id FROM event_entities WHERE entity_id = ?)"
                " ORDER BY COALESCE(date_start, '9999'), id LIMIT ?",
                [entity_id, cap],
            )
        ]
        story_rows = self._rows(
            "SELECT s.data FROM stories s WHERE s.id IN (SELECT ev.story_id FROM events ev JOIN event_entities ee"
            " ON ee.event_id = ev.id WHERE ee.entity_id = ?) OR EXISTS (SELECT 1 FROM json_each(s.data, '$.entities')"
            " WHERE value = ?) ORDER BY s.size DESC, s.id LIMIT ?",
            [entity_id, entity_id, cap],
        )
        summary = entity_summary(entity)
        return {
            "entity": summary,
            "events": events,
            "stories": [story_summary(story_from(json.loads(data))) for (data,) in story_rows],
            "articles": self.article_metas(entity.article_ids[:cap]),
            "entities": self.entity_map(referenced_entities(events, [entity_id])),
        }

    def events(self, where: EventFilter, page: Page) -> dict[str, Any]:
        clauses: list[str] = []
        params: list[Any] = []
        if where.entity:
            clauses.append("e.id IN (SELECT event_id FROM event_entities WHERE entity_id = ?)")
            params.append(where.entity)
        if where.type:
            clauses.append("e.type = ?")
            params.append(where.type)
        if where.date_from:
            clauses.append("COALESCE(e.date_end, e.date_start) >= ?")
            params.append(where.date_from)
        if where.date_to:
            clauses.append("e.date_start <= ?")
            params.append(where.date_to)
        if where.story:
            clauses.append("e.story_id = ?")
            params.append(where.story)
        sql_where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        total = self._rows(f"SELECT COUNT(*) FROM events e{sql_where}", params)[0][0]
        rows = self._rows(
            f"SELECT e.data FROM events e{sql_where} ORDER BY COALESCE(e.date_start, '9999'), e.id LIMIT ? OFFSET ?",
            [*params, page.limit, page.offset],
        )
        items = [event_view(event_from(json.loads(data))) for (data,) in rows]
        return {
            "total": total,
            "limit": page.limit,
            "offset": page.offset,
            "items": items,
            "entities": self.entity_map(referenced_entities(items)),
        }
