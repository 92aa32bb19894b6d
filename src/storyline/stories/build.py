"""Story records: title, languages, members, dates, central entities, timeline, briefing.

- members: the articles assigned to the story, in store order;
- entities, most central first: mentions in member articles (an article counts once per
  entity, so one long article cannot dominate) plus participation in the story's events;
- timeline: the story's events in date order (undated last), each carrying its sources as
  evidence and any conflicting source dates in ``Event.date_conflicts``;
- start/end: first and last event dates (day, week or month dates when there are any, so one
  "in 2014" does not stretch a story over a year), else the members' publication dates;
- title: an English member's headline (the member sharing most central entities, earliest
  first; captions in capitals or outlet names are not headlines), else one composed from
  actors, event type and month (no machine translation offline), else the first member's own
  headline;
- summary: a short English briefing (``storyline.stories.brief``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Container, Mapping, Sequence

from storyline.entities.mention_index import ArticleEntityCounts
from storyline.model import Article, Entity, Event, Story
from storyline.stories.brief import briefing, clean_headline, composed_title

MAX_ENTITIES = 12
PRECISE = ("day", "week", "month")  # event dates that bound a story; years and decades only when nothing else
FALLBACK_TITLE_CHARS = 80  # an untitled story with no better title takes this much of its first article's text
EVENT_WEIGHT = 2  # an entity taking part in one of the story's events counts as much as 2 articles


def central_entities(
    member_ids: Sequence[str],
    events: Sequence[Event],
    article_entities: Mapping[tuple[str, str], int],
    entity_ids: Container[str],
    *,
    by_article: Callable[[str], Sequence[str]] | None = None,
) -> list[str]:
    """Entity ids of the story, most central first."""
    weight: Counter[str] = Counter()
    if by_article is not None:
        for aid in member_ids:
            weight.update(by_article(aid))
    else:
        members = set(member_ids)
        weight.update(eid for (aid, eid) in article_entities if aid in members)
    for event in events:
        for eid in (*event.actors, *event.recipients, *([event.location] if event.location else [])):
            weight[eid] += EVENT_WEIGHT
    ranked = sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))
    return [eid for eid, _ in ranked if eid in entity_ids][:MAX_ENTITIES]


def looks_like_headline(title: str, outlet: str | None = None) -> bool:
    """A real headline: several words, not shouted in capitals, not just the outlet's name."""
    words = title.split()
    letters = [c for c in title if c.isalpha()]
    if len(words) < 4 or not letters:
        return False
    if sum(c.isupper() for c in letters) > 0.6 * len(letters):
        return False
    return not (outlet and title.strip().casefold() == outlet.strip().casefold())


def _headline(
    group: Sequence[Article],
    central: Sequence[str],
    by_article: Callable[[str], Sequence[str]],
) -> str | None:
    english = [a for a in group if a.language == "en" and a.title and looks_like_headline(a.title, a.outlet)]
    if not english:
        return None
    top = set(central[:6])

    def rank(item: tuple[int, Article]) -> tuple[int, int]:
        position, article = item
        return (-len(top & set(by_article(article.id))), position)

    _, best = min(enumerate(english), key=rank)
    return clean_headline(best.title or "", best.outlet)


def _entities_by_article(article_entities: Mapping[tuple[str, str], int]) -> Callable[[str], Sequence[str]]:
    """A lookup of the entities an article names: the linker's counts have one; for a plain mapping
    (tests, small corpora) an index is built."""
    if isinstance(article_entities, ArticleEntityCounts):
        return article_entities.entities_in
    index: dict[str, list[str]] = defaultdict(list)
    for aid, eid in article_entities:
        index[aid].append(eid)
    return lambda aid: index.get(aid, [])


def build_stories(
    articles: Sequence[Article],
    article_story: Mapping[str, str | None],
    events: Sequence[Event],
    entities: Sequence[Entity],
    article_entities: Mapping[tuple[str, str], int],
) -> list[Story]:
    """One ``Story`` per story id in ``article_story``, biggest first."""
    members: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        story_id = article_story.get(article.id)
        if story_id:
            members[story_id].append(article)
    story_events: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        if event.story_id:
            story_events[event.story_id].append(event)
    by_id = {e.id: e for e in entities}
    by_article = _entities_by_article(article_entities)
    stories = []
    for story_id, group in members.items():
        timeline = sorted(story_events[story_id], key=lambda e: (e.date.start or "9999", e.id))
        central = central_entities([a.id for a in group], timeline, article_entities, by_id, by_article=by_article)
        precise = [e for e in timeline if e.date.granularity in PRECISE] or timeline
        dates = [e.date.start for e in precise if e.date.start]
        dates += [e.date.end for e in precise if e.date.end]
        if not dates:
            dates = [a.published for a in group if a.published]
        start, end = (min(dates), max(dates)) if dates else (None, None)
        languages = tuple(sorted({a.language for a in group}))
        title = (
            _headline(group, central, by_article)
            or composed_title(central, timeline, by_id, start)
            or clean_headline(group[0].title or group[0].text[:FALLBACK_TITLE_CHARS], group[0].outlet)
        )
        stories.append(
            Story(
                id=story_id,
                title=title,
                languages=languages,
                article_ids=tuple(a.id for a in group),
                start=start,
                end=end,
                entities=tuple(central),
                timeline=tuple(e.id for e in timeline),
                summary=briefing(
                    events=timeline,
                    central=central,
                    entities=by_id,
                    languages=languages,
                    articles=len(group),
                    start=start,
                    end=end,
                ),
            )
        )
    stories.sort(key=lambda s: (-len(s.article_ids), s.id))
    return stories
