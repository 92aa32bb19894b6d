"""Cross-article steps, in order, reading and writing through the store:

1. link entities (mention keys -> corpus-wide entities);
2. stories: near-duplicates, translations and story clusters (incremental);
3. merge event mentions into real-world events, attached to stories;
4. quotes with their speakers linked;
5. story records: title, timeline, central entities, briefing.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable, Iterator

from storyline.config import Settings
from storyline.entities.link import LinkResult, link_entities
from storyline.entities.mention_index import ArticleEntityCounts
from storyline.events.merge import merge_events
from storyline.ids import stable_id
from storyline.model import Article, Quote
from storyline.store import Store
from storyline.stories.build import FALLBACK_TITLE_CHARS, build_stories
from storyline.stories.cluster import update_stories

log = logging.getLogger(__name__)


def _without_layers(article: Article) -> Article:
    """The article without its per-article layers (segments, times, mentions, events, quotes) and
    with only the opening of its text, which is all story records read: holding every article of a
    large store whole would make the driver's memory grow by tens of kilobytes per article."""
    return dataclasses.replace(
        article, text=article.text[:FALLBACK_TITLE_CHARS], segments=(), times=(), mentions=(), events=(), quotes=()
    )


def update_corpus(store: Store, settings: Settings, *, timings: dict[str, float] | None = None) -> None:
    timings = timings if timings is not None else {}

    def timed(name: str, step: Callable[[], None]) -> None:
        started = time.perf_counter()
        step()
        timings[name] = timings.get(name, 0.0) + time.perf_counter() - started

    link = LinkResult([], {}, ArticleEntityCounts.from_dict({}))

    def link_and_save() -> None:
        nonlocal link
        link = link_entities(store.iter_articles())
        store.replace_entities(link.entities, link.key_to_entity, link.article_counts)

    timed("link_entities", link_and_save)
    timed("stories", lambda: update_stories(store, settings))
    article_story = {aid: sid for aid, (sid, _dup, _c) in store.article_stories().items()}
    light: list[Article] = []  # every article without its layers, for the story records

    def events_and_quotes() -> None:
        rows: list[tuple[str, str, Quote, str | None]] = []

        def articles_noting_quotes() -> Iterator[Article]:
            # one pass over the store feeds the event merge, the quotes table and the story records
            for article in store.iter_articles():
                light.append(_without_layers(article))
                for quote in article.quotes:
                    speaker = link.key_to_entity.get(quote.speaker) if quote.speaker else None
                    rows.append((stable_id("q", article.id, str(quote.start)), article.id, quote, speaker))
                yield article

        events = merge_events(articles_noting_quotes(), link.key_to_entity, article_story, entities=link.entities)
        store.replace_events(events)
        store.replace_quotes(rows)

    timed("merge_events", events_and_quotes)

    def stories() -> None:
        built = build_stories(
            light,  # noted while merging events: no step in between changes the stored articles
            article_story,
            list(store.iter_events()),
            link.entities,
            link.article_counts,
        )
        store.replace_stories(built)

    timed("build_stories", stories)
