"""Cross-article steps, in order, reading and writing through the store:

1. link entities (mention keys -> corpus-wide entities);
2. stories: near-duplicates, translations and story clusters (incremental);
3. merge event mentions into real-world events, attached to stories;
4. quotes with their speakers linked;
5. story records: title, timeline, central entities, briefing.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from storyline.config import Settings
from storyline.entities.link import link_entities
from storyline.events.merge import merge_events
from storyline.ids import stable_id
from storyline.model import Quote
from storyline.store import Store
from storyline.stories.build import build_stories
from storyline.stories.cluster import update_stories

log = logging.getLogger(__name__)


def update_corpus(store: Store, settings: Settings, *, timings: dict[str, float] | None = None) -> None:
    timings = timings if timings is not None else {}

    def timed(name: str, step: Callable[[], None]) -> None:
        started = time.perf_counter()
        step()
        timings[name] = timings.get(name, 0.0) + time.perf_counter() - started

    link = link_entities(store.iter_articles())

    def save_entities() -> None:
        store.replace_entities(link.entities, link.key_to_entity, link.article_counts)

    timed("link_entities", save_entities)
    timed("stories", lambda: update_stories(store, settings))
    article_story = {aid: sid for aid, (sid, _dup, _c) in store.article_stories().items()}

    def events_and_quotes() -> None:
        events = merge_events(store.iter_articles(), link.key_to_entity, article_story, entities=link.entities)
        store.replace_events(events)
        rows: list[tuple[str, str, Quote, str | None]] = []
        for article in store.iter_articles():
            for quote in article.quotes:
                speaker = link.key_to_entity.get(quote.speaker) if quote.speaker else None
                rows.append((stable_id("q", article.id, str(quote.start)), article.id, quote, speaker))
        store.replace_quotes(rows)

    timed("merge_events", events_and_quotes)

    def stories() -> None:
        built = build_stories(
            list(store.iter_articles()),
            article_story,
            list(store.iter_events()),
            link.entities,
            link.article_counts,
        )
        store.replace_stories(built)

    timed("build_stories", stories)
