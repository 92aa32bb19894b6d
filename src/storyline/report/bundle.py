"""Everything the report page shows, read from the store in one pass and shaped by ``views``.

The bundle has two parts so the page opens fast on large stores: ``index`` (stories, events,
entities, article metadata; parsed when the page loads) and ``texts`` (article bodies with their
highlight layers, in blocks of ``TEXT_CHUNK`` articles; a block is parsed only when one of its
articles is first opened).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from storyline import __version__
from storyline.report.views import (
    article_layers,
    article_meta,
    entity_summary,
    event_view,
    evidence_index,
    plover_palette,
    story_detail,
)
from storyline.store import Store

TEXT_CHUNK = 200  # articles per lazily parsed text block: opening one article parses only its block


@dataclass(frozen=True)
class ReportBundle:
    index: dict[str, Any]
    texts: list[dict[str, Any]]  # blocks of {article id: compact layers}; index.articles[i].chunk says which


def build_bundle(store: Store) -> ReportBundle:
    events = list(store.iter_events())
    event_of = evidence_index(events)
    key_to_entity = store.entity_key_map()
    story_of = store.article_stories()
    stories = [story_detail(story) for story in store.iter_stories()]
    entities = []
    for entity in store.iter_entities():
        summary = entity_summary(entity)
        summary["article_ids"] = list(entity.article_ids)
        entities.append(summary)
    articles: list[dict[str, Any]] = []
    texts: list[dict[str, Any]] = []
    article_text: dict[str, str] = {}
    for number, article in enumerate(store.iter_articles()):
        story_id, duplicate_of, _ = story_of.get(article.id, (None, None, None))
        meta = article_meta(article, story_id=story_id, duplicate_of=duplicate_of)
        meta["chunk"] = number // TEXT_CHUNK
        article_text[article.id] = article.text
        articles.append(meta)
        if number % TEXT_CHUNK == 0:
            texts.append({})
        texts[-1][article.id] = compact_layers(article_layers(article, key_to_entity=key_to_entity, event_of=event_of))
    index = {
        "meta": {
            "version": __version__,
            "generated": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
            "counts": {
                "stories": len(stories),
                "events": len(events),
                "entities": len(entities),
                "articles": len(articles),
            },
        },
        "stories": stories,
        "events": [compact_evidence(event_view(event), article_text) for event in events],
        "entities": entities,
        "articles": articles,
    }
    return ReportBundle(index=index, texts=texts)


def compact_evidence(event: dict[str, Any], article_text: dict[str, str]) -> dict[str, Any]:
    """Evidence as ``[article_id, start, end]``, plus the sentence only when it is not exactly that
    slice of the article's text (the page cuts it from the text block when it needs it)."""
    evidence = []
    for item in event["evidence"]:
        compact: list[Any] = [item["article_id"], item["start"], item["end"]]
        text = article_text.get(item["article_id"])
        if text is None or text[item["start"] : item["end"]] != item["sentence"]:
            compact.append(item["sentence"])
        evidence.append(compact)
    return {**event, "evidence": evidence}


def compact_layers(layers: dict[str, Any]) -> dict[str, Any]:
    """The highlight layers as arrays instead of objects: the bulk of a large report is these spans.

    ``mentions``: ``[start, end, kind, entity_id]``; ``times``: ``[start, end, date start, date end,
    granularity, certainty]``; ``events``: ``[start, end, type, status, event_id, summary]``. The
    front-end (``EmbeddedSource.article``) expands them back to the API's objects.
    """
    compact = {k: v for k, v in layers.items() if k not in {"mentions", "times", "events"} and v}
    compact["text"] = layers["text"]
    compact["mentions"] = [[m["start"], m["end"], m["kind"], m["entity_id"]] for m in layers["mentions"]]
    compact["times"] = [
        [t["start"], t["end"], t["date"]["start"], t["date"]["end"], t["date"]["granularity"], t["date"]["certainty"]]
        for t in layers["times"]
    ]
    compact["events"] = [
        [e["start"], e["end"], e["type"], e["status"], e["event_id"], e["summary"]] for e in layers["events"]
    ]
    return compact


def front_end_config(mode: str) -> dict[str, Any]:
    """What the front-end needs besides data: where data comes from, and the PLOVER palette."""
    return {"mode": mode, "palette": plover_palette(), "page_size": 50}
