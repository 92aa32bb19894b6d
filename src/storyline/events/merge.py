"""Cross-article event merging: one record per real-world event.

First version: one event per event mention. The events issue merges reports of the same event
(same type, overlapping actors, compatible dates) across articles and languages.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from storyline.ids import stable_id
from storyline.model import Article, Event, Evidence


def merge_events(
    articles: Iterable[Article], key_to_entity: Mapping[str, str], article_story: Mapping[str, str | None]
) -> list[Event]:
    events: list[Event] = []
    for article in articles:
        for mention in article.events:
            actors = tuple(key_to_entity[k] for k in mention.actors if k in key_to_entity)
            recipients = tuple(key_to_entity[k] for k in mention.recipients if k in key_to_entity)
            location = key_to_entity.get(mention.location) if mention.location else None
            events.append(
                Event(
                    id=stable_id("ev", article.id, str(mention.start), mention.type),
                    type=mention.type,
                    mode=mention.mode,
                    actors=actors,
                    recipients=recipients,
                    location=location,
                    date=mention.date,
                    status=mention.status,
                    summary=mention.summary,
                    evidence=(Evidence(article.id, mention.sentence, mention.start, mention.end),),
                    confidence=mention.confidence,
                    story_id=article_story.get(article.id),
                )
            )
    events.sort(key=lambda e: (e.date.start or "9999", e.id))
    return events
