"""Story records: title, languages, members, dates, central entities, timeline, briefing."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from storyline.model import Article, Entity, Event, Story


def build_stories(
    articles: Sequence[Article],
    article_story: dict[str, str | None],
    events: Sequence[Event],
    entities: Sequence[Entity],
    article_entities: dict[tuple[str, str], int],
) -> list[Story]:
    members: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        story_id = article_story.get(article.id)
        if story_id:
            members[story_id].append(article)
    story_events: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        if event.story_id:
            story_events[event.story_id].append(event)
    names = {e.id: e.name for e in entities}
    stories = []
    for story_id, group in members.items():
        ids = {a.id for a in group}
        weight: Counter[str] = Counter()
        for (aid, eid), n in article_entities.items():
            if aid in ids:
                weight[eid] += n
        timeline = sorted(story_events[story_id], key=lambda e: (e.date.start or "9999", e.id))
        dates = [e.date.start for e in timeline if e.date.start] or [a.published for a in group if a.published]
        lead = next((a for a in group if a.language == "en" and a.title), None) or group[0]
        summary = " ".join(e.summary for e in timeline[:5] if e.summary)
        stories.append(
            Story(
                id=story_id,
                title=lead.title or lead.text[:80],
                languages=tuple(sorted({a.language for a in group})),
                article_ids=tuple(a.id for a in group),
                start=min(dates) if dates else None,
                end=max(dates) if dates else None,
                entities=tuple(eid for eid, _ in weight.most_common(12) if eid in names),
                timeline=tuple(e.id for e in timeline),
                summary=summary,
            )
        )
    stories.sort(key=lambda s: (-len(s.article_ids), s.id))
    return stories
