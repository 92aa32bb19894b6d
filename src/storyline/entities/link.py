"""Corpus-wide entity linking: mentions (by key) become entities with aliases, country and role.

First version: one entity per mention key. The entities issue adds cross-lingual merging of
keys that name the same actor (transliteration, variants, context).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from storyline.ids import stable_id
from storyline.model import Alias, Article, Entity


@dataclass(frozen=True)
class LinkResult:
    entities: list[Entity]
    key_to_entity: dict[str, str]
    article_counts: dict[tuple[str, str], int]  # (article id, entity id) -> mentions


def link_entities(articles: Iterable[Article]) -> LinkResult:
    aliases: dict[str, Counter[tuple[str, str | None]]] = defaultdict(Counter)
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    names: dict[str, Counter[str]] = defaultdict(Counter)
    countries: dict[str, Counter[str]] = defaultdict(Counter)
    roles: dict[str, tuple[str, str]] = {}
    kb_ids: dict[str, str] = {}
    per_article: Counter[tuple[str, str]] = Counter()
    for article in articles:
        for mention in article.mentions:
            key = mention.key
            aliases[key][(mention.text, mention.lang or article.language)] += 1
            kinds[key][mention.kind] += 1
            names[key][mention.name] += 1
            if mention.country:
                countries[key][mention.country] += 1
            if mention.role:
                stamp = article.published or ""
                if key not in roles or stamp >= roles[key][0]:
                    roles[key] = (stamp, mention.role)
            if mention.kb_id:
                kb_ids[key] = mention.kb_id
            per_article[(article.id, key)] += 1
    key_to_entity = {key: stable_id("e", key) for key in aliases}
    entities = []
    for key, counter in aliases.items():
        entity_id = key_to_entity[key]
        article_ids = sorted({aid for (aid, k) in per_article if k == key})
        entities.append(
            Entity(
                id=entity_id,
                kind=kinds[key].most_common(1)[0][0],
                name=names[key].most_common(1)[0][0],
                aliases=tuple(
                    Alias(text, lang, count)
                    for (text, lang), count in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0][0]))
                ),
                country=countries[key].most_common(1)[0][0] if countries[key] else None,
                role=roles[key][1] if key in roles else None,
                kb_id=kb_ids.get(key),
                article_ids=tuple(article_ids),
                mentions=sum(counter.values()),
            )
        )
    entities.sort(key=lambda e: (-e.mentions, e.id))
    counts = {(aid, key_to_entity[key]): n for (aid, key), n in per_article.items()}
    return LinkResult(entities, key_to_entity, counts)
