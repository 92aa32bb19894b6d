"""``storyline export``: the store's contents as CSV or Parquet tables, GraphML or PLOVER JSON.

- ``csv`` / ``parquet``: one table per kind (articles, entities, events, stories, event_entities).
  Lists and objects are JSON text in their cell. In CSV, a text cell that a spreadsheet would run
  as a formula (starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return) gets a leading
  ``'``: article text is untrusted. Parquet needs the optional ``pyarrow`` (``storyline[parquet]``).
- ``graphml``: the actor graph; entities are nodes, each event adds a directed, typed edge from
  every actor to every recipient.
- ``plover``: one JSON object per line per event, in the shape PLOVER-coded datasets use
  (``event_type``, ``mode``, ``source``/``target`` actors with names and countries, date,
  location, evidence text).

Every file is written to a temporary name and moved into place when complete.
"""

from __future__ import annotations

import csv
import itertools
import json
import logging
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from storyline.errors import MissingExtraError, UsageError
from storyline.io.serialize import article_record, entity_record, event_record, story_record
from storyline.model import Entity, Event
from storyline.report.views import quad_of
from storyline.store import Store

log = logging.getLogger(__name__)

FORMATS = ("csv", "parquet", "graphml", "plover")
TABLES = ("articles", "entities", "events", "stories", "event_entities")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def export_store(out_dir: Path, fmt: str, *, dest: Path | None) -> Path:
    """Export the store in ``out_dir`` as ``fmt`` into ``dest`` (default ``out_dir/export-<fmt>``).

    Returns the directory written (csv, parquet) or the file written (graphml, plover).
    """
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    db_path = Path(out_dir) / "storyline.db"
    if not db_path.is_file():
        raise UsageError(f"no store at {db_path}: run `storyline run INPUT... --out {out_dir}` first")
    target = Path(dest) if dest is not None else Path(out_dir) / f"export-{fmt}"
    if fmt == "parquet":
        _require_pyarrow()
    target.mkdir(parents=True, exist_ok=True)
    store = Store.open(db_path, readonly=True)
    try:
        if fmt == "csv":
            for name, rows in table_rows(store).items():
                write_csv(target / f"{name}.csv", rows)
            written = target
        elif fmt == "parquet":
            for name, rows in table_rows(store).items():
                write_parquet(target / f"{name}.parquet", list(rows))  # pyarrow builds each table in memory
            written = target
        elif fmt == "graphml":
            written = target / "actors.graphml"
            write_graphml(written, list(store.iter_entities()), store.iter_events())
        else:
            written = target / "events.plover.jsonl"
            write_plover(written, store.iter_entities(), store.iter_events())
    finally:
        store.close()
    log.info("export %s: %s", fmt, written)
    return written


# --- tables -------------------------------------------------------------------------------------


def _cell(value: Any) -> Any:
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return value


def table_rows(store: Store) -> dict[str, Iterator[dict[str, Any]]]:
    """The five tables as streams of flat rows (nested values as JSON text), read from the store lazily."""
    return {
        "articles": _article_rows(store),
        "entities": ({k: _cell(v) for k, v in entity_record(e).items()} for e in store.iter_entities()),
        "events": (_event_row(event) for event in store.iter_events()),
        "stories": ({k: _cell(v) for k, v in story_record(s).items()} for s in store.iter_stories()),
        "event_entities": _event_entity_rows(store),
    }


def _article_rows(store: Store) -> Iterator[dict[str, Any]]:
    for article, story_id, duplicate_of in store.iter_articles_with_stories():
        record = article_record(article, story_id=story_id, duplicate_of=duplicate_of)
        yield {k: _cell(v) for k, v in record.items()}


def _event_row(event: Event) -> dict[str, Any]:
    record = event_record(event)
    date = record.pop("date")
    flat = {**record, "quad": quad_of(event.type)}
    flat.update({f"date_{k}": v for k, v in date.items()})
    return {k: _cell(v) for k, v in flat.items()}


def _event_entity_rows(store: Store) -> Iterator[dict[str, Any]]:
    for event in store.iter_events():
        yield from ({"event_id": event.id, "entity_id": a, "role": "actor"} for a in event.actors)
        yield from ({"event_id": event.id, "entity_id": r, "role": "recipient"} for r in event.recipients)
        if event.location:
            yield {"event_id": event.id, "entity_id": event.location, "role": "location"}


def _spreadsheet_safe(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _columns(rows: list[dict[str, Any]]) -> list[str]:
    return list(dict.fromkeys(key for row in rows for key in row))


def write_csv(path: Path, rows: Iterable[dict[str, Any]]) -> None:
    """Rows written as they come; the columns are the first row's keys (every row of a table has the
    same keys: the records are fixed shapes), or just ``id`` for an empty table."""
    stream = iter(rows)
    first = next(stream, None)
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(first) if first else ["id"])
        writer.writeheader()
        for row in itertools.chain([first] if first else [], stream):
            writer.writerow({k: _spreadsheet_safe(v) for k, v in row.items()})
    os.replace(tmp, path)


def _require_pyarrow() -> None:
    try:
        import pyarrow  # noqa: F401
    except ImportError as exc:
        raise MissingExtraError("parquet", "pyarrow") from exc


def write_parquet(path: Path, rows: list[dict[str, Any]]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns = _columns(rows) or ["id"]
    if rows:
        table = pa.Table.from_pylist([{c: row.get(c) for c in columns} for row in rows])
    else:
        table = pa.table({c: pa.array([], type=pa.string()) for c in columns})
    tmp = path.with_name(path.name + ".tmp")
    pq.write_table(table, tmp)
    os.replace(tmp, path)


# --- graph ----------------------------------------------------------------------------------------


def _xml_text(value: Any) -> str:
    return _XML_INVALID.sub("", "" if value is None else str(value))


_NODE_KEYS = ("name", "kind", "country", "role", "kb_id", "mentions")
_EDGE_KEYS = ("event_id", "type", "quad", "mode", "status", "date", "summary", "story_id", "confidence")


def write_graphml(path: Path, entities: list[Entity], events: Iterable[Event]) -> None:
    ns = "http://graphml.graphdrawing.org/xmlns"
    ET.register_namespace("", ns)
    root = ET.Element(f"{{{ns}}}graphml")
    for key in _NODE_KEYS:
        kind = "int" if key == "mentions" else "string"
        ET.SubElement(root, f"{{{ns}}}key", {"id": f"n_{key}", "for": "node", "attr.name": key, "attr.type": kind})
    for key in _EDGE_KEYS:
        kind = "double" if key == "confidence" else "string"
        ET.SubElement(root, f"{{{ns}}}key", {"id": f"e_{key}", "for": "edge", "attr.name": key, "attr.type": kind})
    graph = ET.SubElement(root, f"{{{ns}}}graph", {"id": "actors", "edgedefault": "directed"})
    known = {entity.id for entity in entities}
    for entity in entities:
        node = ET.SubElement(graph, f"{{{ns}}}node", {"id": _xml_text(entity.id)})
        for key in _NODE_KEYS:
            value = getattr(entity, key)
            if value is not None:
                ET.SubElement(node, f"{{{ns}}}data", {"key": f"n_{key}"}).text = _xml_text(value)
    count = 0
    for event in events:
        for actor in event.actors:
            for recipient in event.recipients:
                if actor not in known or recipient not in known:
                    continue
                count += 1
                edge = ET.SubElement(
                    graph,
                    f"{{{ns}}}edge",
                    {"id": f"e{count}", "source": _xml_text(actor), "target": _xml_text(recipient)},
                )
                values = {
                    "event_id": event.id,
                    "type": event.type,
                    "quad": quad_of(event.type),
                    "mode": event.mode,
                    "status": event.status,
                    "date": event.date.start,
                    "summary": event.summary,
                    "story_id": event.story_id,
                    "confidence": event.confidence,
                }
                for key in _EDGE_KEYS:
                    if values[key] is not None:
                        ET.SubElement(edge, f"{{{ns}}}data", {"key": f"e_{key}"}).text = _xml_text(values[key])
    tmp = path.with_name(path.name + ".tmp")
    ET.ElementTree(root).write(tmp, encoding="utf-8", xml_declaration=True)
    os.replace(tmp, path)


# --- PLOVER records -------------------------------------------------------------------------------


def _actor(actors: dict[str, dict[str, Any]], entity_id: str) -> dict[str, Any]:
    known = actors.get(entity_id)
    return dict(known) if known else {"id": entity_id, "name": None, "country": None, "kind": None}


def plover_records(entities: Iterable[Entity], events: Iterable[Event]) -> Iterator[dict[str, Any]]:
    # only what an actor record shows is kept per entity (not its aliases and article ids)
    by_id = {e.id: {"id": e.id, "name": e.name, "country": e.country, "kind": e.kind, "role": e.role} for e in entities}
    for event in events:
        yield {
            "id": event.id,
            "event_type": event.type,
            "mode": event.mode,
            "quad": quad_of(event.type),
            "event_date": event.date.start,
            "date": event.date.to_json(),
            "status": event.status,
            "source": [_actor(by_id, a) for a in event.actors],
            "target": [_actor(by_id, r) for r in event.recipients],
            "location": _actor(by_id, event.location) if event.location else None,
            "summary": event.summary,
            "text": event.evidence[0].sentence if event.evidence else None,
            "evidence": [
                {"article_id": e.article_id, "sentence": e.sentence, "start": e.start, "end": e.end}
                for e in event.evidence
            ],
            "story_id": event.story_id,
            "confidence": round(event.confidence, 4),
        }


def write_plover(path: Path, entities: Iterable[Entity], events: Iterable[Event]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8", newline="\n") as out:
        for record in plover_records(entities, events):
            line = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
            # escaped so that line-splitting readers (which also break at U+2028/2029) see one record per line
            out.write(line.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
            out.write("\n")
    os.replace(tmp, path)
