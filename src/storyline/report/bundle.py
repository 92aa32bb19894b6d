"""Everything the report page shows, read from the store in one pass and shaped by ``views``.

The bundle has two parts so the page opens fast on large stores: ``index`` (stories, events,
entities, article metadata; parsed when the page loads) and ``texts`` (article bodies with their
highlight layers; parsed only when an article is first opened).
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


@dataclass(frozen=True)
class ReportBundle:
    index: dict[str, Any]
    texts: dict[str, Any]


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
    texts: dict[str, Any] = {}
    for article in store.iter_articles():
        story_id, duplicate_of, _ = story_of.get(article.id, (None, None, None))
        articles.append(article_meta(article, story_id=story_id, duplicate_of=duplicate_of))
        texts[article.id] = article_layers(article, key_to_entity=key_to_entity, event_of=event_of)
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
        "events": [event_view(event) for event in events],
        "entities": entities,
        "articles": articles,
    }
    return ReportBundle(index=index, texts=texts)


def front_end_config(mode: str) -> dict[str, Any]:
    """What the front-end needs besides data: where data comes from, and the PLOVER palette."""
    return {"mode": mode, "palette": plover_palette(), "page_size": 50}
